import CadreModel

extension Rules {
  /// `double-lesson-overflow`: 1 per placed meeting with start period p and
  /// p + duration > periods per day.
  static func doubleLessonOverflow(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard let s = m.start else { continue }
      let duration = c.lesson(m).duration
      let p = s % c.periodCount
      // Clamped so that huge durations cannot overflow; the comparison is unchanged.
      guard p + min(max(duration, 0), c.periodCount + 1) > c.periodCount else { continue }
      out.append(
        violation(
          "double-lesson-overflow", 1,
          "\(c.name(m)) lasts \(plural(duration, "period")) from \(c.label(s)), past the end "
            + "of the day"))
    }
    return out
  }
}
