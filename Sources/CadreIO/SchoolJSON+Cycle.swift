import CadreModel

/// The cycle, its periods and blocked slots, slot references, and the school year.
extension SchoolJSON {
  static let cycleKeys = ["weeks", "days", "periods", "blocked"]
  static let periodKeys = ["name", "start", "end", "late"]
  static let slotKeys = ["day", "period", "week"]
  static let blockedKeys = ["day", "period", "week", "reason"]
  static let yearKeys = ["firstDay", "lastDay", "timeZone", "closures", "terms", "firstCycleWeek"]
  static let rangeKeys = ["name", "from", "to"]

  // MARK: Decoding

  static func cycleValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Cycle? {
    guard let o = r.object(v, at: p, "cycle", keys: cycleKeys) else { return nil }
    let weeks = r.optional(o, "weeks") { r, v, p in r.strings(v, p) } ?? ["A"]
    let days = r.required(o, "days") { r, v, p in r.strings(v, p) }
    let periods = r.requiredList(o, "periods") { r, v, p in period(&r, v, p) }
    let blocked = r.optionalList(o, "blocked") { r, v, p in blockedSlot(&r, v, p) }
    guard let days, let periods else { return nil }
    return Cycle(weeks: weeks, days: days, periods: periods, blocked: blocked)
  }

  static func period(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Period? {
    guard let o = r.object(v, at: p, "period", keys: periodKeys) else { return nil }
    let name = r.requiredString(o, "name")
    let start = r.required(o, "start") { r, v, p in r.time(v, p) }
    let end = r.required(o, "end") { r, v, p in r.time(v, p) }
    let late = r.optionalBool(o, "late") ?? false
    guard let name, let start, let end else { return nil }
    return Period(name: name, start: start, end: end, late: late)
  }

  static func blockedSlot(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> BlockedSlot? {
    guard let o = r.object(v, at: p, "blocked slot", keys: blockedKeys) else { return nil }
    let slot = slotFields(&r, o)
    let reason = r.optionalString(o, "reason") ?? ""
    guard let slot else { return nil }
    return BlockedSlot(slot: slot, reason: reason)
  }

  /// A slot reference `{"day", "period", "week"?}`.
  static func slotRef(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> SlotRef? {
    guard let o = r.object(v, at: p, "slot", keys: slotKeys) else { return nil }
    return slotFields(&r, o)
  }

  static func slotFields(_ r: inout JSONReader, _ o: JSONReader.Object) -> SlotRef? {
    let day = r.requiredString(o, "day")
    let period = r.requiredString(o, "period")
    let week = r.optionalString(o, "week")
    guard let day, let period else { return nil }
    return SlotRef(week: week, day: day, period: period)
  }

  static func yearValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String, cycle: Cycle?)
    -> SchoolYear?
  {
    guard let o = r.object(v, at: p, "year", keys: yearKeys) else { return nil }
    let first = r.required(o, "firstDay") { r, v, p in r.date(v, p) }
    let last = r.required(o, "lastDay") { r, v, p in r.date(v, p) }
    let zone = r.requiredString(o, "timeZone")
    let closures = r.optionalList(o, "closures") { r, v, p in dateRange(&r, v, p, "closure") }
    let terms = r.optionalList(o, "terms") { r, v, p in dateRange(&r, v, p, "term") }
    var firstWeek = 0
    if let name = r.optionalString(o, "firstCycleWeek"), let cycle {
      if let i = cycle.weeks.firstIndex(of: name) {
        firstWeek = i
      } else {
        let weeks = cycle.weeks.map { "\"\($0)\"" }.joined(separator: ", ")
        var hint = "the cycle's weeks are \(weeks)"
        if let near = closestMatch(to: name, in: cycle.weeks) {
          hint = "did you mean \"\(near)\"? " + hint
        }
        r.report(
          "unknown-week", at: p + "/firstCycleWeek", o.value["firstCycleWeek"],
          "unknown cycle week \"\(name)\"", hint: hint)
      }
    }
    guard let first, let last, let zone else { return nil }
    return SchoolYear(
      firstDay: first, lastDay: last, timeZone: zone, closures: closures, terms: terms,
      firstCycleWeek: firstWeek)
  }

  static func dateRange(_ r: inout JSONReader, _ v: JSONValue, _ p: String, _ what: String)
    -> DateRange?
  {
    guard let o = r.object(v, at: p, what, keys: rangeKeys) else { return nil }
    let name = r.requiredString(o, "name")
    let from = r.required(o, "from") { r, v, p in r.date(v, p) }
    let to = r.required(o, "to") { r, v, p in r.date(v, p) }
    guard let name, let from, let to else { return nil }
    return DateRange(name: name, from: from, to: to)
  }

  // MARK: Encoding

  static func encodeCycle(_ c: Cycle) -> JSONValue {
    var b = JSONObjectBuilder()
    if c.weeks != ["A"] { b.set("weeks", .array(c.weeks.map { .string($0) })) }
    b.set("days", .array(c.days.map { .string($0) }))
    b.set(
      "periods",
      .array(
        c.periods.map { p in
          var pb = JSONObjectBuilder()
          pb.string("name", p.name)
          pb.string("start", p.start.description)
          pb.string("end", p.end.description)
          if p.late { pb.set("late", .bool(true)) }
          return pb.value
        }))
    b.list("blocked", c.blocked) { blocked in
      var bb = slotBuilder(blocked.slot)
      bb.string("reason", blocked.reason, omitting: "")
      return bb.value
    }
    return b.value
  }

  static func encodeSlot(_ s: SlotRef) -> JSONValue { slotBuilder(s).value }

  static func slotBuilder(_ s: SlotRef) -> JSONObjectBuilder {
    var b = JSONObjectBuilder()
    b.string("day", s.day)
    b.string("period", s.period)
    b.string("week", s.week)
    return b
  }

  static func encodeYear(_ y: SchoolYear, cycle: Cycle) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("firstDay", y.firstDay.description)
    b.string("lastDay", y.lastDay.description)
    b.string("timeZone", y.timeZone)
    b.list("closures", y.closures, encodeRange)
    b.list("terms", y.terms, encodeRange)
    if y.firstCycleWeek != 0, cycle.weeks.indices.contains(y.firstCycleWeek) {
      b.string("firstCycleWeek", cycle.weeks[y.firstCycleWeek])
    }
    return b.value
  }

  static func encodeRange(_ d: DateRange) -> JSONValue {
    .object([
      ("name", .string(d.name)), ("from", .string(d.from.description)),
      ("to", .string(d.to.description)),
    ])
  }
}
