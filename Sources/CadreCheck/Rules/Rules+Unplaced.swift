import CadreModel

extension Rules {
  /// `unplaced`: 1 per meeting without a start slot (or missing from the schedule).
  static func unplaced(_ c: CheckContext) -> [Violation] {
    c.meetings.filter { !$0.isPlaced }.map {
      violation("unplaced", 1, "\(c.name($0)) is not placed")
    }
  }
}
