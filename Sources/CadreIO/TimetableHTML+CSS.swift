/// The style sheet every page carries inline (a page saved or mailed alone still prints the
/// same). Screen: a card per timetable on a grey desk. Print: landscape on whatever paper the
/// printer holds (A4 or Letter), one timetable per page, shadings printed as shown.
extension TimetableHTML {
  static let css = """
    :root{--line:#c9ced6;--ink:#1b1f24;--muted:#5b636e}
    *{box-sizing:border-box}
    body{margin:0;background:#eef0f3;color:var(--ink);
      font:13px/1.35 "DejaVu Sans","Segoe UI",Roboto,Helvetica,Arial,sans-serif}
    a{color:#0b5cad}
    .nav{padding:8px 18px;background:#fff;border-bottom:1px solid var(--line);font-size:12px}
    .sheet,.index{background:#fff;max-width:1200px;margin:16px auto;padding:14px 18px 10px;
      border:1px solid var(--line);border-radius:6px}
    .sheet header{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 14px;
      border-bottom:2px solid var(--ink);padding-bottom:4px;margin-bottom:8px}
    .school{width:100%;font-size:11px;letter-spacing:.06em;text-transform:uppercase;
      color:var(--muted)}
    h1{font-size:21px;margin:0}
    .id,.idcol{font:11px/1.2 "DejaVu Sans Mono",Menlo,Consolas,monospace;color:var(--muted)}
    h1 .id{border:1px solid var(--line);border-radius:3px;padding:1px 4px;vertical-align:middle}
    .what{color:var(--muted);font-size:12px}
    .weeks{display:grid;gap:12px;align-items:start;grid-template-columns:minmax(0,1fr)}
    .weeks-2{grid-template-columns:repeat(2,minmax(0,1fr))}
    .weeks-3{grid-template-columns:repeat(3,minmax(0,1fr))}
    .weeks-4{grid-template-columns:repeat(2,minmax(0,1fr))}
    table.grid{border-collapse:collapse;width:100%;table-layout:fixed;font-size:11px}
    .grid caption{text-align:left;font-weight:700;font-size:13px;padding:0 0 3px}
    .grid th,.grid td{border:1px solid var(--line);padding:3px 4px;vertical-align:top;
      overflow-wrap:anywhere}
    .grid thead th{background:#f1f3f5;font-size:12px}
    .grid th.corner{width:78px}
    .grid th.period{text-align:left;background:#f8f9fa;font-weight:400}
    .grid th.period b,.grid th.period small{display:block}
    .grid th.period small{color:var(--muted);font-size:10px;white-space:nowrap}
    .grid td{height:38px}
    .grid td b,.grid td span{display:block}
    td.lesson{background:hsl(var(--hue,210) 65% 94%);
      border-left:4px solid hsl(var(--hue,210) 50% 42%)}
    td.lesson .room{color:var(--muted)}
    td.clash{background:#fde2e1;border-left:4px solid #b42318}
    .flag{display:block;color:#b42318;font-style:normal;font-weight:700;font-size:10px}
    td.clash b{margin-top:2px}
    td.blocked,tr.break td{background:#e6e8eb;color:var(--muted);text-align:center;
      font-style:italic}
    tr.break th,tr.break td{height:auto;padding:1px 4px}
    tr.break th.period b,tr.break th.period small{display:inline;margin-right:6px}
    td.away,.key.away{background:repeating-linear-gradient(45deg,#f6f7f8 0 4px,#dde1e6 4px 8px);
      color:var(--muted);text-align:center}
    td.plan,.key.plan{background:#e3edff}
    td.plan b{color:#1d4f91}
    td.release,.key.release{background:#f0f8ef}
    td.release b{font-size:10px}
    td.observe,.key.observe{background:#d8f0da}
    td.planning,.key.planning{background:#dbe7ff}
    td.observe.planning{background:linear-gradient(180deg,#dbe7ff 0 50%,#d8f0da 50% 100%)}
    .planline,.obsline{display:block;font-size:10px}
    .planline b{color:#1d4f91}.obsline b{color:#1f6b2a}
    .obsline em{color:var(--muted);font-style:normal}
    .key.lesson{background:hsl(210 65% 94%);border-left:4px solid hsl(210 50% 42%)}
    .key.blocked{background:#e6e8eb}
    .notes{font-size:11.5px;margin-top:6px}
    .notes p{margin:2px 0}
    .legend{color:var(--muted);font-size:10.5px}
    .key{display:inline-block;width:14px;height:11px;border:1px solid var(--line);
      vertical-align:-1px;margin:0 3px 0 10px}
    .key:first-child{margin-left:0}
    .index h2{font-size:16px;margin:18px 0 6px;border-bottom:1px solid var(--line)}
    .index h2 small{color:var(--muted);font-weight:400}
    table.list{border-collapse:collapse;width:100%;font-size:12px}
    .list th,.list td{border-bottom:1px solid #e3e6ea;padding:3px 6px;text-align:left;
      vertical-align:top}
    .list th{background:#f4f6f8}
    .verdict.ok{color:#1a7f37}.verdict.no{color:#b42318;font-weight:700}
    .files{color:var(--muted);font-size:12px}
    @page{size:landscape;margin:9mm}
    @media print{
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{background:#fff;font-size:11px}
      .nav{display:none}
      .sheet,.index{max-width:none;margin:0;padding:0;border:0;border-radius:0}
      .sheet{break-inside:avoid}
      .sheet+.sheet{break-before:page}
      .grid td{height:30px}
      table.grid{font-size:10px}
      .grid th,.grid td{padding:2px 3px}
      .planline,.obsline{font-size:9px;line-height:1.2}
      .notes{font-size:10px}
      a{color:inherit;text-decoration:none}
    }

    """
}
