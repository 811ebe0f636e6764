import CadreIO

/// A large sweep's report (a district: 185 schools × 6 scenarios) summarises by school type:
/// one point per (type, axis values) with the median and the 10th to 90th percentile, heat
/// maps by type, a table per type, and drill-downs without the master schedules (each stays
/// in its `scenarios/<id>.json`), so the page stays readable and about a megabyte.
extension ReportHTML {
  /// More schools than the charts have colours: one colour per school would repeat, and
  /// hundreds of points would overlap, so the charts summarise by school type.
  static func summarisedByType(schools: Int) -> Bool { schools > SVGChart.palette.count }

  /// Past this many scenarios, the drill-downs leave out the master schedules (a 1,000-
  /// scenario page with them runs to tens of megabytes).
  static let gridLimit = 200

  /// School types in a fixed order (elementary, middle, high), then any other in order of
  /// first appearance; a record of an older version without one is "unknown".
  static func types(_ records: [ScenarioRecord]) -> [String] {
    let found = unique(records.map(typeName))
    let known = ["elementary", "middle", "high"].filter(found.contains)
    return known + found.filter { !known.contains($0) }
  }

  static func typeName(_ r: ScenarioRecord) -> String {
    r.schoolType.isEmpty ? "unknown" : r.schoolType
  }

  /// The records grouped by (school type, axis values), types in `types` order and the axis
  /// values in scenario order within a type.
  static func typeGroups(_ records: [ScenarioRecord]) -> [(
    type: String, labels: [String], records: [ScenarioRecord]
  )] {
    var out: [(type: String, labels: [String], records: [ScenarioRecord])] = []
    for type in types(records) {
      let ofType = records.filter { typeName($0) == type }
      for labels in unique(ofType.map { $0.labels.joined(separator: "\u{1}") }) {
        let members = ofType.filter { $0.labels.joined(separator: "\u{1}") == labels }
        out.append((type, members[0].labels, members))
      }
    }
    return out
  }

  /// The value at quantile `q` (0...1) of `values` by the nearest rank; nil when empty.
  static func quantile(_ values: [Double], _ q: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let i = Int((Double(sorted.count - 1) * min(1, max(0, q))).rounded())
    return sorted[i]
  }

  static func typeCostChart(_ records: [ScenarioRecord], manifest: SweepManifest) -> String {
    let types = types(records)
    let currency = records.first { $0.totalCost != nil }?.currency ?? "USD"
    let points = typeGroups(records).compactMap { g -> SVGChart.Point? in
      let costs = g.records.compactMap(\.costPerTeacher).map(Double.init)
      guard let median = quantile(costs, 0.5), let low = quantile(costs, 0.1),
        let high = quantile(costs, 0.9)
      else { return nil }
      let release = quantile(g.records.map { ($0.release ?? 0) * 100 }, 0.5) ?? 0
      let feasible = g.records.filter { $0.status == .feasible }.count
      return SVGChart.Point(
        x: release, y: median, series: types.firstIndex(of: g.type) ?? 0,
        filled: feasible * 2 >= g.records.count,
        title:
          "\(g.type), \(labelText(g.labels, manifest)): \(g.records.count) scenarios, "
          + "\(feasible) feasible; cost per teacher median \(NumberText.grouped(Int(median))) "
          + "\(currency) (10th-90th percentile \(NumberText.grouped(Int(low)))-"
          + "\(NumberText.grouped(Int(high)))), release median "
          + "\(NumberText.trimmed(release, digits: 1))%",
        range: (low, high))
    }
    return SVGChart.scatter(
      title: "Cost per teacher against release, by school type",
      xLabel: "Teacher-leader release (% of teachable periods, median)",
      yLabel: "Cost per teacher a year (\(currency))", series: types, points: points,
      xFormat: { NumberText.trimmed($0, digits: 1) + "%" }, yFormat: { money($0, currency) },
      xMin: 0)
  }

  static func typeObservationChart(_ records: [ScenarioRecord], manifest: SweepManifest)
    -> String
  {
    let types = types(records)
    let points = typeGroups(records).compactMap { g -> SVGChart.Point? in
      let shares = g.records.compactMap(\.observationCoverage).map { $0 * 100 }
      guard let median = quantile(shares, 0.5), let low = quantile(shares, 0.1),
        let high = quantile(shares, 0.9)
      else { return nil }
      let span = quantile(g.records.map { Double($0.maxSpan) }, 0.5) ?? 0
      let feasible = g.records.filter { $0.status == .feasible }.count
      return SVGChart.Point(
        x: span, y: median, series: types.firstIndex(of: g.type) ?? 0,
        filled: feasible * 2 >= g.records.count,
        title:
          "\(g.type), \(labelText(g.labels, manifest)): observations scheduled median "
          + "\(NumberText.trimmed(median, digits: 1))% (10th-90th percentile "
          + "\(NumberText.trimmed(low, digits: 1))-\(NumberText.trimmed(high, digits: 1))%), "
          + "largest team median \(NumberText.trimmed(span, digits: 1))",
        range: (low, high))
    }
    return SVGChart.scatter(
      title: "Observations against span, by school type",
      xLabel: "Span: most teachers led by one leader (median)",
      yLabel: "Observations scheduled (%)", series: types, points: points,
      xFormat: { NumberText.trimmed($0, digits: 1) },
      yFormat: { NumberText.trimmed($0, digits: 1) + "%" }, xMin: 0,
      yMin: min(90, (points.compactMap { $0.range?.low }.min() ?? 0) - 2), yMax: 100)
  }

  static func labelText(_ labels: [String], _ manifest: SweepManifest) -> String {
    zip(manifest.axes, labels).map { "\($0.title) \($1)" }.joined(separator: ", ")
  }

  /// One row per (school type, axis values): schools, feasible scenarios, and the medians
  /// (10th to 90th percentile) of cost per teacher and observations scheduled.
  static func typeTable(_ records: [ScenarioRecord], manifest: SweepManifest) -> String {
    var h = "<h2>By school type</h2>\n<p class=\"lead\">The sweep covers "
    h += types(records).map { t in
      "\(unique(records.filter { typeName($0) == t }.map(\.school)).count) \(Markup.escape(t))"
    }.joined(separator: ", ")
    h +=
      " schools. Each row summarises the scenarios of one school type under one set of "
      + "values: the median, with the 10th to 90th percentile under it.</p>\n"
    h += "<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">school type</th>"
    for a in manifest.axes { h += "<th class=\"l\">\(Markup.escape(a.title))</th>" }
    h +=
      "<th>schools</th><th>feasible</th><th>cost / teacher / year</th>"
      + "<th>observations scheduled</th><th>span max</th><th>teachers</th></tr></thead>\n<tbody>\n"
    func spread(_ values: [Double], _ format: (Double) -> String) -> String {
      guard let m = quantile(values, 0.5), let lo = quantile(values, 0.1),
        let hi = quantile(values, 0.9)
      else { return "-" }
      return "\(format(m))<br><small>\(format(lo))–\(format(hi))</small>"
    }
    for g in typeGroups(records) {
      let feasible = g.records.filter { $0.status == .feasible }.count
      h += "<tr><td class=\"l\">\(Markup.escape(g.type))</td>"
      for k in manifest.axes.indices {
        h +=
          "<td class=\"l\">\(Markup.escape(g.labels.indices.contains(k) ? g.labels[k] : ""))</td>"
      }
      h += "<td>\(unique(g.records.map(\.school)).count)</td>"
      h +=
        "<td>\(feasible) of \(g.records.count) "
        + "(\(NumberText.trimmed(Double(feasible) * 100 / Double(g.records.count), digits: 0))%)</td>"
      h +=
        "<td>\(spread(g.records.compactMap(\.costPerTeacher).map(Double.init)) { NumberText.grouped(Int($0)) })</td>"
      h +=
        "<td>\(spread(g.records.compactMap(\.observationCoverage).map { $0 * 100 }) { NumberText.trimmed($0, digits: 1) + "%" })</td>"
      h +=
        "<td>\(spread(g.records.map { Double($0.maxSpan) }) { NumberText.trimmed($0, digits: 1) })</td>"
      h +=
        "<td>\(spread(g.records.map { Double($0.teachers) }) { NumberText.trimmed($0, digits: 0) })</td></tr>\n"
    }
    return h + "</tbody></table></div>\n"
  }
}
