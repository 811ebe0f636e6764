extension Validator {
  /// The year runs forward; closures and terms are forward ranges inside the year; terms do not
  /// overlap and come in order; the time zone looks like an IANA name; the first cycle week
  /// exists.
  static func checkYear(_ c: Context, into out: inout [Diagnostic]) {
    guard let y = c.school.year else { return }
    if y.lastDay < y.firstDay {
      out.append(
        .error(
          "dates-out-of-order", at: Pointer.of("year", "lastDay"),
          "The year's last day \(y.lastDay) is before its first day \(y.firstDay)",
          hint: "firstDay is the first instructional day, lastDay the last; check the years"))
    }
    checkRanges(y.closures, key: "closures", kind: "Closure", year: y, into: &out)
    checkRanges(y.terms, key: "terms", kind: "Term", year: y, into: &out)
    for i in y.terms.indices.dropFirst() {
      let (a, b) = (y.terms[i - 1], y.terms[i])
      guard a.from <= a.to, b.from <= b.to, b.from <= a.to else { continue }
      out.append(
        .error(
          "terms-overlap", at: Pointer.of("year", "terms", i, "from"),
          "Term '\(b.name)' starts \(b.from), before term '\(a.name)' ends \(a.to)",
          hint: "terms are grading periods listed in order; each starts after the previous ends"))
    }
    checkTimeZone(y.timeZone, into: &out)
    if !c.cycle.weeks.isEmpty && !c.cycle.weeks.indices.contains(y.firstCycleWeek) {
      out.append(
        .error(
          "unknown-week", at: Pointer.of("year", "firstCycleWeek"),
          "The year starts in cycle week number \(y.firstCycleWeek + 1), but the cycle has "
            + "\(c.cycle.weekCount) week(s)",
          hint: "name one of /cycle/weeks: \(c.cycle.weeks.joined(separator: ", "))"))
    }
  }

  static func checkRanges(
    _ ranges: [DateRange], key: String, kind: String, year y: SchoolYear,
    into out: inout [Diagnostic]
  ) {
    let inYear = DateRange(name: "", from: y.firstDay, to: y.lastDay)
    for (i, r) in ranges.enumerated() {
      if r.to < r.from {
        out.append(
          .error(
            "dates-out-of-order", at: Pointer.of("year", key, i, "to"),
            "\(kind) '\(r.name)' ends \(r.to), before it starts \(r.from)",
            hint: "from and to are inclusive: from is the first day, to the last"))
        continue
      }
      guard y.firstDay <= y.lastDay else { continue }
      for (field, d) in [("from", r.from), ("to", r.to)] where !inYear.contains(d) {
        out.append(
          .error(
            "date-outside-year", at: Pointer.of("year", key, i, field),
            "\(kind) '\(r.name)' \(field == "from" ? "starts" : "ends") \(d), outside the "
              + "school year \(y.firstDay) to \(y.lastDay)",
            hint: "check the year of the date; ranges must lie within firstDay...lastDay"))
      }
    }
  }

  /// An IANA name is "Area/Location" (possibly "Area/Region/City"), or UTC. Cadre does not
  /// carry the time zone database, so an unusual shape is only a warning; an empty name is an
  /// error because calendar exports need one.
  static func checkTimeZone(_ tz: String, into out: inout [Diagnostic]) {
    let pointer = Pointer.of("year", "timeZone")
    if tz.trimmed.isEmpty {
      out.append(
        .error(
          "bad-time-zone", at: pointer, "The school year has no time zone",
          hint: "use the IANA name of the school's zone, e.g. \"America/Denver\""))
      return
    }
    if ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(tz) { return }
    let parts = tz.split(separator: "/", omittingEmptySubsequences: false)
    let shaped =
      parts.count >= 2
      && parts.allSatisfy { part in
        !part.isEmpty && part.first?.isLetter == true
          && part.allSatisfy { $0.isLetter || $0.isNumber || "_-+".contains($0) }
      }
    if !shaped {
      out.append(
        .warning(
          "bad-time-zone", at: pointer,
          "Time zone '\(tz)' does not look like an IANA name (Area/Location)",
          hint: "use a name such as \"America/Denver\" or \"Europe/Berlin\", not an "
            + "abbreviation like MST"))
    }
  }
}
