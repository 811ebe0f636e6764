import CadreIO

/// Inline SVG charts for report.html: a scatter plot with series and a heat map. Plain text
/// generation, fixed number formats, no scripts, readable without colour (feasible points are
/// filled, the others hollow; heat-map cells carry their count).
enum SVGChart {
  /// Colour-blind-safe palette (Okabe & Ito).
  static let palette = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442",
  ]

  struct Point {
    var x: Double
    var y: Double
    var series: Int
    var filled: Bool
    /// Tooltip text.
    var title: String
    /// A summary point's spread (low, high on the y axis), drawn as a whisker through it.
    var range: (low: Double, high: Double)? = nil
  }

  /// A scatter plot; points of one series with the same x are joined by nothing (scenarios
  /// differ in other axes), so each point is a scenario with a tooltip naming it.
  ///
  /// Points that land on the same spot are drawn once per (series, filled) with a "×N" label
  /// and a tooltip naming all of them; different series or verdicts at one spot sit side by
  /// side, so no scenario hides another. The legend sits under the plot, so the chart is
  /// narrow enough to stay readable at phone width. Groups keep first-appearance order: the
  /// output depends on the points' order only.
  static func scatter(
    title: String, xLabel: String, yLabel: String, series: [String], points: [Point],
    xFormat: (Double) -> String, yFormat: (Double) -> String, xMin: Double? = nil,
    yMin: Double? = 0, yMax: Double? = nil
  ) -> String {
    let w = 520.0
    let left = 76.0
    let right = 24.0
    let top = 44.0
    let ph = 280.0
    let pw = w - left - right
    // Legend rows under the x label: series names, then the filled/hollow key.
    let legendTop = top + ph + 64
    let entries =
      series.enumerated().map { (text: clip($1, 22), colour: palette[$0 % palette.count]) }
    let perRow = 3
    let seriesRows = (entries.count + perRow - 1) / perRow
    let h = legendTop + Double(seriesRows + 1) * 22 + 8
    let xs = points.map(\.x)
    let ys = points.flatMap { p in [p.y] + (p.range.map { [$0.low, $0.high] } ?? []) }
    // A little room beyond the largest value, so no point sits on the frame.
    let xHigh = xs.max() ?? 1
    let yHigh = ys.max() ?? 1
    let (x0, x1, xt) = ticks(
      min: xMin ?? (xs.min() ?? 0), max: xHigh + abs(xHigh - (xMin ?? xs.min() ?? 0)) * 0.04)
    let (y0, y1, yt) = ticks(min: yMin ?? (ys.min() ?? 0), max: yMax ?? yHigh * 1.04)
    func px(_ x: Double) -> Double { left + (x1 > x0 ? (x - x0) / (x1 - x0) : 0.5) * pw }
    func py(_ y: Double) -> Double { top + ph - (y1 > y0 ? (y - y0) / (y1 - y0) : 0.5) * ph }
    var s = open(w, h, title)
    s += text(left + pw / 2, 24, title, size: 16, weight: "bold", anchor: "middle")
    for t in yt {
      s += line(left, py(t), left + pw, py(t), stroke: "#e3e3e3")
      s += text(left - 8, py(t) + 4, yFormat(t), size: 13, anchor: "end")
    }
    for t in xt {
      s += line(px(t), top, px(t), top + ph, stroke: "#f0f0f0")
      s += text(px(t), top + ph + 18, xFormat(t), size: 13, anchor: "middle")
    }
    s += line(left, top + ph, left + pw, top + ph, stroke: "#333")
    s += line(left, top, left, top + ph, stroke: "#333")
    s += text(left + pw / 2, top + ph + 42, xLabel, size: 14, anchor: "middle")
    s +=
      "<text x=\"18\" y=\"\(f(top + ph / 2))\" font-size=\"14\" text-anchor=\"middle\" "
      + "transform=\"rotate(-90 18 \(f(top + ph / 2)))\">\(Markup.escape(yLabel))</text>\n"
    for spot in stacked(points, at: { "\(f(px($0.x))),\(f(py($0.y)))" }) {
      let m = Double(spot.count)
      for (k, group) in spot.enumerated() {
        let p = group[0]
        let c = palette[p.series % palette.count]
        let cx = px(p.x) + (Double(k) - (m - 1) / 2) * 16
        let cy = py(p.y)
        let tip =
          group.count == 1
          ? p.title : "\(group.count) scenarios:\n" + group.map(\.title).joined(separator: "\n")
        if let r = p.range {
          s +=
            "<path class=\"range\" d=\"M\(f(cx - 5)) \(f(py(r.high)))h10M\(f(cx)) \(f(py(r.high)))"
            + "V\(f(py(r.low)))M\(f(cx - 5)) \(f(py(r.low)))h10\" stroke=\"\(c)\" "
            + "stroke-width=\"2\" fill=\"none\"/>\n"
        }
        s +=
          "<circle class=\"point\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"6\" stroke=\"\(c)\" "
          + "stroke-width=\"2\" fill=\"\(p.filled ? c : "#ffffff")\" fill-opacity=\"0.85\">"
          + "<title>\(Markup.escape(tip))</title></circle>\n"
        if group.count > 1 {
          // Above the point, or below for every second neighbour, so counts side by side
          // do not run into each other.
          s += text(
            cx, k % 2 == 0 ? cy - 10 : cy + 21, "×\(group.count)", size: 12, weight: "bold",
            anchor: "middle", fill: c)
        }
      }
    }
    var ly = legendTop
    for row in 0..<seriesRows {
      for (i, e) in entries.dropFirst(row * perRow).prefix(perRow).enumerated() {
        let lx = left + Double(i) * 150
        s += "<circle cx=\"\(f(lx + 6))\" cy=\"\(f(ly))\" r=\"6\" fill=\"\(e.colour)\"/>\n"
        s += text(lx + 18, ly + 4, e.text, size: 13)
      }
      ly += 22
    }
    s += "<circle cx=\"\(f(left + 6))\" cy=\"\(f(ly))\" r=\"6\" fill=\"#555\" stroke=\"#555\"/>\n"
    s += text(left + 18, ly + 4, "feasible", size: 13)
    s +=
      "<circle cx=\"\(f(left + 156))\" cy=\"\(f(ly))\" r=\"6\" fill=\"#fff\" stroke=\"#555\" "
      + "stroke-width=\"2\"/>\n"
    s += text(left + 168, ly + 4, "not feasible", size: 13)
    return s + "</svg>\n"
  }

  /// The points grouped by spot (`at`), then by (series, filled) within a spot, both in
  /// first-appearance order.
  /// - Complexity: O(n · g), g the number of groups; a report has a few hundred points.
  static func stacked(_ points: [Point], at key: (Point) -> String) -> [[[Point]]] {
    var spots: [(key: String, groups: [[Point]])] = []
    for p in points {
      let k = key(p)
      guard let i = spots.firstIndex(where: { $0.key == k }) else {
        spots.append((k, [[p]]))
        continue
      }
      if let j = spots[i].groups.firstIndex(where: {
        $0[0].series == p.series && $0[0].filled == p.filled
      }) {
        spots[i].groups[j].append(p)
      } else {
        spots[i].groups.append([p])
      }
    }
    return spots.map(\.groups)
  }

  /// A heat map of the share of feasible scenarios per (row value, column value). The key
  /// lists exactly the colours the cells use (each share that occurs, and grey for an empty
  /// cell), so no colour on the map goes unexplained.
  static func heatMap(
    title: String, rowLabel: String, columnLabel: String, rows: [String], columns: [String],
    cells: [[(feasible: Int, total: Int)]]
  ) -> String {
    let cellW = 96.0
    let cellH = 40.0
    let longest = Double(rows.map { clip($0, 26).count }.max() ?? 0)
    let left = max(110, 24 + 7.5 * longest)
    let top = 78.0
    var shares: [Double] = []
    for row in cells {
      for cell in row {
        let share = cell.total > 0 ? Double(cell.feasible) / Double(cell.total) : -1
        if !shares.contains(where: { colour($0) == colour(share) }) { shares.append(share) }
      }
    }
    shares.sort()
    let keyW = 86.0
    let w = max(420, left + cellW * Double(columns.count) + 24)
    let perRow = max(1, Int((w - 32) / keyW))
    let keyRows = (shares.count + perRow - 1) / perRow
    let ky = top + cellH * Double(rows.count) + 22
    let h = ky + 26 + Double(keyRows) * 24 + 8
    var s = open(w, h, title)
    s += text(16, 24, title, size: 16, weight: "bold")
    s += text(left + cellW * Double(columns.count) / 2, 50, columnLabel, size: 13, anchor: "middle")
    s += text(16, top - 8, rowLabel, size: 13, weight: "bold")
    for (j, c) in columns.enumerated() {
      s += text(left + cellW * (Double(j) + 0.5), top - 8, clip(c, 14), size: 13, anchor: "middle")
    }
    for (i, r) in rows.enumerated() {
      let y = top + cellH * Double(i)
      s += text(left - 10, y + cellH / 2 + 4, clip(r, 26), size: 13, anchor: "end")
      for j in columns.indices {
        let cell = cells[i][j]
        let x = left + cellW * Double(j)
        let share = cell.total > 0 ? Double(cell.feasible) / Double(cell.total) : -1
        let tip = Markup.escape("\(r), \(columns[j]): \(cell.feasible) of \(cell.total) feasible")
        s +=
          "<rect class=\"cell\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cellW - 2))\" "
          + "height=\"\(f(cellH - 2))\" fill=\"\(colour(share))\"><title>\(tip)</title></rect>\n"
        let label = cell.total > 0 ? "\(cell.feasible)/\(cell.total)" : "-"
        s += text(
          x + cellW / 2 - 1, y + cellH / 2 + 5, label, size: 14, anchor: "middle",
          fill: share >= 0 && share < 0.5 ? "#ffffff" : "#111111")
      }
    }
    s += text(16, ky + 12, "Share of the cell's scenarios that are feasible:", size: 13)
    for (k, share) in shares.enumerated() {
      let x = 16 + Double(k % perRow) * keyW
      let y = ky + 22 + Double(k / perRow) * 24
      s +=
        "<rect class=\"key\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"18\" height=\"16\" "
        + "fill=\"\(colour(share))\"/>\n"
      let name = share < 0 ? "empty" : NumberText.trimmed(share * 100, digits: 0) + "%"
      s += text(x + 24, y + 13, name, size: 13)
    }
    return s + "</svg>\n"
  }

  /// Red (none feasible) through amber to green (all feasible); grey for an empty cell.
  static func colour(_ share: Double) -> String {
    guard share >= 0 else { return "#dddddd" }
    let stops: [(Double, (Double, Double, Double))] = [
      (0, (178, 34, 34)), (0.5, (240, 180, 40)), (1, (26, 150, 65)),
    ]
    let t = min(1, max(0, share))
    let (a, b) = t <= 0.5 ? (stops[0], stops[1]) : (stops[1], stops[2])
    let u = (t - a.0) / (b.0 - a.0)
    func mix(_ p: Double, _ q: Double) -> Int { Int((p + (q - p) * u).rounded()) }
    return "rgb(\(mix(a.1.0, b.1.0)),\(mix(a.1.1, b.1.1)),\(mix(a.1.2, b.1.2)))"
  }

  /// "Nice" ticks (1, 2, 5 × 10^k) covering min...max: (low, high, ticks).
  static func ticks(min lo: Double, max hi: Double) -> (Double, Double, [Double]) {
    var a = lo
    var b = hi
    if !(a.isFinite && b.isFinite) { return (0, 1, [0, 0.5, 1]) }
    if b <= a {
      let pad = a == 0 ? 1 : abs(a) * 0.1
      a -= pad
      b += pad
    }
    let raw = (b - a) / 5
    var mag = 1.0
    while mag * 10 <= raw { mag *= 10 }
    while mag > raw { mag /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? mag * 10
    let start = (a / step).rounded(.down) * step
    let end = (b / step).rounded(.up) * step
    var out: [Double] = []
    var t = start
    while t <= end + step / 2 && out.count < 20 {
      out.append(t)
      t += step
    }
    return (start, end, out)
  }

  /// The chart's frame. The page's CSS scales a chart to its column (`width:100%`), but
  /// never below 70% of its size, where 13 px labels would drop under 9 px: a chart wider
  /// than a phone allows then scrolls inside its frame instead of shrinking out of reading.
  static func open(_ w: Double, _ h: Double, _ title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(f(w))\" "
      + "height=\"\(f(h))\" style=\"min-width:\(f((w * 0.7).rounded()))px\" viewBox=\"0 0 \(f(w)) \(f(h))\" role=\"img\" "
      + "aria-label=\"\(Markup.escape(title))\" font-family=\"system-ui, sans-serif\">\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
  }

  static func text(
    _ x: Double, _ y: Double, _ s: String, size: Int, weight: String = "normal",
    anchor: String = "start", fill: String = "#222222"
  ) -> String {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" font-weight=\"\(weight)\" "
      + "text-anchor=\"\(anchor)\" fill=\"\(fill)\">\(Markup.escape(s))</text>\n"
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String)
    -> String
  {
    "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\"/>\n"
  }

  static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(n - 1)) + "…"
  }

  static func f(_ v: Double) -> String { NumberText.trimmed(v, digits: 1) }
}
