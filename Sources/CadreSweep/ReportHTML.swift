import CadreIO

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no network) that a
/// district office opens in any browser. Charts: yearly cost against teacher-leader release;
/// observations scheduled against span; feasibility heat maps over every pair of the
/// dimensions the sweep varies (the school and each axis); then a table of every scenario
/// whose rows open a drill-down (`<details>`) with the school's master schedule, its calendar
/// summary, the budget and what did not fit. Built from records only, deterministically.
public enum ReportHTML {
  public static func render(
    _ records: [ScenarioRecord], manifest: SweepManifest, total: Int
  ) -> String {
    let verdicts = records.map(\.verdict)
    let feasible = verdicts.filter { $0 == .feasible }.count
    let proven = verdicts.filter { $0 == .provenInfeasible }.count
    let notFound = verdicts.filter {
      if case .scheduleNotFound = $0 { return true }
      return $0 == .calendarNotFound
    }.count
    let overBudget = verdicts.filter { $0 == .overBudget }.count
    let invalid = verdicts.filter { $0 == .invalid }.count
    let errors = verdicts.filter { $0 == .error }.count
    var h = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Markup.escape(manifest.name)): scenario sweep</title>
      <style>
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;
        max-width:1180px;padding:0 16px;color:#1a1a1a;line-height:1.4}
      h1{font-size:26px;margin-bottom:4px} h2{font-size:20px;margin-top:32px;
        border-bottom:2px solid #0072B2;padding-bottom:4px}
      .lead{color:#444} .charts{display:grid;gap:16px;
        grid-template-columns:repeat(auto-fill,minmax(min(100%,540px),1fr))}
      figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:8px;background:#fff;
        min-width:0;overflow-x:auto}
      figcaption{font-size:13px;color:#555;max-width:700px;padding:4px 6px}
      svg.chart{display:block;width:100%;height:auto}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;font-size:13px;width:100%}
      th,td{border-bottom:1px solid #e2e2e2;padding:4px 6px;text-align:right;vertical-align:top}
      th{background:#f4f6f8;position:sticky;top:0} td.l,th.l{text-align:left}
      .ok{color:#1a7f37;font-weight:600} .no{color:#b42318;font-weight:600}
      details{border:1px solid #ddd;border-radius:6px;margin:8px 0;padding:6px 10px}
      summary{cursor:pointer;font-weight:600} pre{font-size:11px;overflow-x:auto;
        background:#fafafa;padding:8px;border:1px solid #eee}
      .kpi{display:inline-block;margin-right:24px;font-size:15px} .kpi b{font-size:22px}
      </style></head><body>

      """
    h += "<h1>\(Markup.escape(manifest.name))</h1>\n"
    h +=
      "<p class=\"lead\">Scenario sweep: \(records.count) of \(total) scenarios finished. "
      + "Each scenario is one school under one set of policy numbers, solved with the same "
      + "seed and step budget; the verdict comes from Cadre's independent checkers "
      + "(schedule, coaching calendar, budget).</p>\n<p>"
    h += "<span class=\"kpi\"><b>\(feasible)</b> feasible</span>"
    h += "<span class=\"kpi\"><b>\(proven)</b> proven infeasible</span>"
    h += "<span class=\"kpi\"><b>\(notFound)</b> not found within the step limit</span>"
    if overBudget > 0 { h += "<span class=\"kpi\"><b>\(overBudget)</b> over budget</span>" }
    h += "<span class=\"kpi\"><b>\(invalid)</b> invalid school</span>"
    if errors > 0 { h += "<span class=\"kpi no\"><b>\(errors)</b> checker disagreements</span>" }
    h += "</p>\n"
    h +=
      "<p class=\"lead\">\"Not found within N steps\" means the search stopped at its step "
      + "limit without a schedule (or calendar) that holds every hard rule: a longer search "
      + "may find one. \"Proven infeasible\" means no schedule exists.</p>\n"

    let schools = unique(records.map(\.school))
    let byType = summarisedByType(schools: schools.count)
    if byType { h += typeTable(records, manifest: manifest) }
    h += "<h2>Cost and coverage</h2>\n<div class=\"charts\">\n"
    if byType {
      h += figure(
        typeCostChart(records, manifest: manifest),
        caption: """
          Each point is one school type under one set of values: the median cost per teacher \
          a year (leader stipends plus the coverage positions who teach the released periods, \
          over the teachers in teams) at the median release of those scenarios; the bar runs \
          from the 10th to the 90th percentile. Hollow points: fewer than half feasible. One \
          point per scenario of \(schools.count) schools would hide most of them.
          """)
      h += figure(
        typeObservationChart(records, manifest: manifest),
        caption: """
          Observations the coaching calendars place against those the policy requires, per \
          school type and set of values: the median, and a bar from the 10th to the 90th \
          percentile, at the median largest team. Below 100% the leaders' time does not hold \
          the observation policy.
          """)
    } else {
      h += figure(
        costChart(records, schools: schools),
        caption: """
          Each point is a scenario. Cost is what the plan costs a year: leader stipends plus the \
          coverage positions who teach the released periods. Release 0% means the school has no \
          teacher-leaders (principal and APs lead). Hollow points are not feasible; ×N marks N \
          scenarios with the same figures, and scenarios of different schools or verdicts at \
          one place sit side by side.
          """)
      h += figure(
        observationChart(records, schools: schools),
        caption: """
          Observations the coaching calendar places against those the policy requires, by the \
          largest team one leader leads (teachers per leader). Below 100% the leaders' time does \
          not hold the observation policy. ×N marks N scenarios at one point.
          """)
    }
    h += "</div>\n<h2>Feasibility</h2>\n<div class=\"charts\">\n"
    for map in heatMaps(records, manifest: manifest, schools: schools, byType: byType) {
      h += figure(
        map,
        caption: "Scenarios in each cell that hold every hard rule; the key shows the shares "
          + "that occur.")
    }
    h += "</div>\n"
    h += table(records, manifest: manifest)
    h += drillDown(records, manifest: manifest, grids: records.count <= gridLimit)
    h += "</body></html>\n"
    return h
  }

  static func figure(_ svg: String, caption: String) -> String {
    "<figure>\n" + svg + "<figcaption>\(Markup.escape(caption))</figcaption></figure>\n"
  }

  static func unique(_ items: [String]) -> [String] {
    var out: [String] = []
    for i in items where !out.contains(i) { out.append(i) }
    return out
  }

  static func money(_ v: Double, _ currency: String) -> String {
    if v >= 1000 { return NumberText.grouped(Int((v / 1000).rounded())) + "k" }
    return NumberText.grouped(Int(v.rounded()))
  }

  static func costChart(_ records: [ScenarioRecord], schools: [String]) -> String {
    let withCost = records.filter { $0.totalCost != nil }
    let currency = withCost.first?.currency ?? "USD"
    let points = withCost.map { r in
      SVGChart.Point(
        x: (r.release ?? 0) * 100, y: Double(r.totalCost ?? 0),
        series: schools.firstIndex(of: r.school) ?? 0, filled: r.status == .feasible,
        title:
          "\(r.id): \(NumberText.grouped(r.totalCost ?? 0)) \(r.currency) a year, release "
          + "\(NumberText.trimmed((r.release ?? 0) * 100, digits: 1))%, \(r.verdictText)")
    }
    return SVGChart.scatter(
      title: "Yearly cost against teacher-leader release",
      xLabel: "Teacher-leader release (% of teachable periods)",
      yLabel: "Yearly cost (\(currency), stipends + coverage)", series: schools,
      points: points, xFormat: { NumberText.trimmed($0, digits: 1) + "%" },
      yFormat: { money($0, currency) }, xMin: 0)
  }

  static func observationChart(_ records: [ScenarioRecord], schools: [String]) -> String {
    let points = records.compactMap { r -> SVGChart.Point? in
      guard let c = r.observationCoverage else { return nil }
      return SVGChart.Point(
        x: Double(r.maxSpan), y: c * 100, series: schools.firstIndex(of: r.school) ?? 0,
        filled: r.status == .feasible,
        title:
          "\(r.id): \(r.observationsScheduled ?? 0) of \(r.observationsRequired ?? 0) "
          + "observations, largest team \(r.maxSpan), \(r.verdictText)")
    }
    return SVGChart.scatter(
      title: "Observations scheduled against span",
      xLabel: "Span: most teachers led by one leader", yLabel: "Observations scheduled (%)",
      series: schools, points: points, xFormat: { NumberText.trimmed($0, digits: 1) },
      yFormat: { NumberText.trimmed($0, digits: 1) + "%" }, xMin: 0,
      yMin: min(90, (points.map(\.y).min() ?? 0) - 2), yMax: 100)
  }

  /// The dimensions that vary (school, then axes with two or more values) as (title, label of
  /// each record); heat maps over every pair of the first four.
  static func heatMaps(
    _ records: [ScenarioRecord], manifest: SweepManifest, schools: [String], byType: Bool = false
  ) -> [String] {
    var dims: [(title: String, value: (ScenarioRecord) -> String)] = []
    if byType {
      dims.append(("school type", { typeName($0) }))
    } else if schools.count > 1 {
      dims.append(("school", { $0.school }))
    }
    for (k, axis) in manifest.axes.enumerated() {
      let value: (ScenarioRecord) -> String = { r in r.labels.indices.contains(k) ? r.labels[k] : ""
      }
      if unique(records.map(value)).count > 1 { dims.append((axis.title, value)) }
    }
    if dims.isEmpty { dims.append(("scenarios", { _ in "all" })) }
    if dims.count == 1 { dims.append(("", { _ in "all scenarios" })) }
    var out: [String] = []
    let used = Array(dims.prefix(4))
    for a in used.indices {
      for b in used.indices where b > a {
        let rows = unique(records.map(used[a].value))
        let columns = unique(records.map(used[b].value))
        let cells = rows.map { row in
          columns.map { column -> (feasible: Int, total: Int) in
            let inCell = records.filter { used[a].value($0) == row && used[b].value($0) == column }
            return (inCell.filter { $0.status == .feasible }.count, inCell.count)
          }
        }
        let title =
          used[b].title.isEmpty
          ? "Feasible scenarios by \(used[a].title)"
          : "Feasible scenarios: \(used[a].title) × \(used[b].title)"
        out.append(
          SVGChart.heatMap(
            title: title, rowLabel: used[a].title, columnLabel: used[b].title, rows: rows,
            columns: columns, cells: cells))
      }
    }
    return out
  }

  static func table(_ records: [ScenarioRecord], manifest: SweepManifest) -> String {
    var h =
      "<h2>Every scenario</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th class=\"l\">school</th>"
    for a in manifest.axes { h += "<th class=\"l\">\(Markup.escape(a.title))</th>" }
    h +=
      "<th class=\"l\">verdict</th><th>cost / year</th><th>per teacher</th><th>span max</th>"
      + "<th>span mean</th><th>observations</th><th>leader h/wk observing</th>"
      + "<th>teacher gaps</th><th>coverage periods/wk</th></tr></thead>\n<tbody>\n"
    for r in records {
      h += "<tr><td>\(r.index + 1)</td><td class=\"l\">\(Markup.escape(r.school))</td>"
      for k in manifest.axes.indices {
        h +=
          "<td class=\"l\">\(Markup.escape(r.labels.indices.contains(k) ? r.labels[k] : ""))</td>"
      }
      let ok = r.status == .feasible
      h +=
        "<td class=\"l\"><a href=\"#s-\(Markup.escape(r.id))\" class=\"\(ok ? "ok" : "no")\">"
        + "\(r.verdictText)</a></td>"
      h += "<td>\(r.totalCost.map(NumberText.grouped) ?? "-")</td>"
      h += "<td>\(r.costPerTeacher.map(NumberText.grouped) ?? "-")</td>"
      h += "<td>\(r.maxSpan)</td><td>\(NumberText.fixed(r.meanSpan, digits: 1))</td>"
      h +=
        "<td>\(r.observationsRequired.map { "\(r.observationsScheduled ?? 0) / \($0)" } ?? "-")</td>"
      h += "<td>\(r.hoursObserving.map { NumberText.fixed($0, digits: 1) } ?? "-")</td>"
      h += "<td>\(r.teacherGaps.map(String.init) ?? "-")</td>"
      h += "<td>\(r.coveragePeriods.map(String.init) ?? "-")</td></tr>\n"
    }
    return h + "</tbody></table></div>\n"
  }

  static func drillDown(_ records: [ScenarioRecord], manifest: SweepManifest, grids: Bool = true)
    -> String
  {
    var h = "<h2>Scenario details</h2>\n<p class=\"lead\">Open a scenario for its "
    h +=
      grids
      ? "master schedule (one row per teacher), coaching calendar summary and budget.</p>\n"
      : "coaching calendar summary and budget. With \(records.count) scenarios the master "
        + "schedules are left out of this page: each is in <code>scenarios/&lt;id&gt;.json"
        + "</code> (<code>teacherGrid</code>).</p>\n"
    for r in records {
      let labels = zip(manifest.axes, r.labels).map { "\($0.title) \($1)" }
      h += "<details id=\"s-\(Markup.escape(r.id))\"><summary>\(r.index + 1). "
      h += Markup.escape(([r.schoolName] + labels).joined(separator: ", "))
      h += ": <span class=\"\(r.status == .feasible ? "ok" : "no")\">\(r.verdictText)</span>"
      h += "</summary>\n"
      if !r.reason.isEmpty { h += "<p><b>Why not:</b> \(Markup.escape(r.reason))</p>\n" }
      h += "<p>Scenario id <code>\(Markup.escape(r.id))</code>; \(r.teachers) teachers, "
      h += "\(r.leaders) leaders"
      if let o = r.hoursObserving, let d = r.hoursDebriefing, let u = r.hoursHuddles,
        let one = r.hoursOneOnOnes
      {
        h +=
          "; leader hours a week: observing \(NumberText.fixed(o, digits: 1)), debriefing "
          + "\(NumberText.fixed(d, digits: 1)), huddles \(NumberText.fixed(u, digits: 1)), "
          + "one-on-ones \(NumberText.fixed(one, digits: 1))"
      }
      h += ".</p>\n"
      if !r.details.isEmpty {
        h += "<pre>\(Markup.escape(r.details.joined(separator: "\n")))</pre>\n"
      }
      if grids && !r.teacherGrid.isEmpty {
        h += "<details><summary>Master schedule (per teacher)</summary>"
        h += "<pre>\(Markup.escape(r.teacherGrid))</pre></details>\n"
      }
      h += "</details>\n"
    }
    return h
  }
}
