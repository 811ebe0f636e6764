/// Maps cycle day names to ISO weekdays, so that a cycle written `Mon … Fri`, `Monday …` or
/// `M T W Th F` lands on real dates (docs/CALENDAR.md, "Day names"). One table for the
/// calendar's school days and the instructional weeks that price coverage (`InstructionalYear`).
public enum DayNames {
  /// Accepted spellings, lowercased, by ISO weekday (Monday = 0).
  private static let table: [(String, Int)] = [
    ("mon", 0), ("monday", 0), ("m", 0), ("mo", 0),
    ("tue", 1), ("tues", 1), ("tuesday", 1), ("t", 1), ("tu", 1),
    ("wed", 2), ("wednesday", 2), ("w", 2), ("we", 2),
    ("thu", 3), ("thur", 3), ("thurs", 3), ("thursday", 3), ("th", 3), ("r", 3),
    ("fri", 4), ("friday", 4), ("f", 4), ("fr", 4),
    ("sat", 5), ("saturday", 5), ("sa", 5),
    ("sun", 6), ("sunday", 6), ("su", 6), ("u", 6),
  ]

  /// The ISO weekday (Monday = 0 … Sunday = 6) a day name stands for, ignoring case and
  /// surrounding spaces; nil for names such as "Day 1".
  public static func isoWeekday(_ name: String) -> Int? {
    let key = String(
      name.lowercased().drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " })
        .reversed())
    for (spelling, weekday) in table where spelling == key { return weekday }
    return nil
  }

  /// The weekday of every cycle day, when all of them map and no two share a weekday (a
  /// weekday-mapped cycle); nil for a rotating cycle.
  public static func weekdays(of cycle: Cycle) -> [Int]? {
    var out: [Int] = []
    var seen = [Bool](repeating: false, count: 7)
    for name in cycle.days {
      guard let w = isoWeekday(name), !seen[w] else { return nil }
      seen[w] = true
      out.append(w)
    }
    return out.isEmpty ? nil : out
  }
}
