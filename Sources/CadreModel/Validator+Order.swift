extension Validator {
  /// Orders diagnostics as they would be met reading the file: by JSON Pointer, where array
  /// indices compare as numbers and object keys in the order docs/FORMAT.md lists them (the
  /// `School` value does not keep the file's key order), then by code, then by message.
  static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let pa = tokens(a.pointer)
    let pb = tokens(b.pointer)
    for (x, y) in zip(pa, pb) where x != y { return tokenLess(x, y) }
    if pa.count != pb.count { return pa.count < pb.count }
    if a.code != b.code { return a.code < b.code }
    return a.message < b.message
  }

  static func tokens(_ pointer: String) -> [Substring] {
    pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
  }

  static func tokenLess(_ x: Substring, _ y: Substring) -> Bool {
    switch (Int(x), Int(y)) {
    case (let i?, let j?): return i < j
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil):
      let rx = keyRank[String(x)] ?? Int.max
      let ry = keyRank[String(y)] ?? Int.max
      return rx != ry ? rx < ry : x < y
    }
  }

  /// Keys in the order the format documents them, every object kind in one list (keys of one
  /// object never compare with keys of another, so one list suffices).
  static let keyRank: [String: Int] = {
    let keys =
      [
        "format", "id", "name", "cycle", "year", "teachers", "classes", "rooms", "lessons",
        "studentGroups",
        "leadership", "policy", "budget", "weights", "source", "title", "figures", "quote",
        "measure", "assumed",
        "weeks", "days", "periods", "blocked", "start", "end", "late", "reason",
        "firstDay", "lastDay", "timeZone", "closures", "terms", "firstCycleWeek", "from", "to",
        "class", "subject", "subjects", "grade", "grades", "students", "kind", "capacity",
        "meetings", "duration", "teacher", "candidates", "pinned", "room", "roomKind",
        "preferred", "maxPerDay", "maxPerWeek", "unavailable", "costPerPeriod", "team",
        "coverage", "homeRoom", "maxGapsPerDay", "maxGapsPerWeek", "maxDaysPerWeek", "minPerDay",
        "maxInARow", "preferredRooms", "roles", "leaders", "teams", "formation", "release",
        "releasePeriodsPerDay", "spanLimit", "stipend", "role", "leader", "members",
        "observations", "perYear", "minutes", "debriefWindowDays",
        "minDaysBetweenObservations", "maxObservationsPerLeaderPerDay", "huddlesPerWeek",
        "huddleMinutes", "oneOnOnesPerMonth", "observableSlotsPerMember",
        "maxConsecutivePeriods", "noObservationDaysAtStart", "noObservationDaysAtEnd",
        "announceSpotObservations", "count", "weight", "cap", "coveragePerPeriod", "weeksPerYear",
        "currency",
      ] + SoftRule.allCases.map(\.key) + ["day", "period", "week"]
    var out: [String: Int] = [:]
    for (i, k) in keys.enumerated() where out[k] == nil { out[k] = i }
    return out
  }()
}
