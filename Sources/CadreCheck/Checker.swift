import CadreModel

/// The independent checker: recomputes every rule of docs/RULES.md from the `School` and a
/// `Schedule` with plain loops over domain values.
///
/// It shares no code with the search (it imports only CadreModel, and resolves names itself),
/// so that `cadre solve` can compare the two costs on every answer: a difference is a bug in
/// one of them. Malformed schedules never trap; what they name wrongly is reported under the
/// checker-only rules and the meeting is treated as unplaced.
public enum Checker {
  /// Every violation of `schedule` for `school`, its cost and a human report. `previous` is
  /// the schedule being re-solved (for the `moved` rule); without it `moved` counts 0.
  /// - Complexity: O(meetings × duration + teachers × slots × team size + entries), with small
  ///   factors; this runs once per solve, not in the search loop.
  public static func check(school: School, schedule: Schedule, previous: Schedule? = nil)
    -> CheckReport
  {
    let context = CheckContext(school: school, schedule: schedule, previous: previous)
    var counts: [(rule: String, hard: Bool, count: Int, weighted: Int)] = []
    var groups: [(hard: Bool, violations: [Violation])] = []
    var hard = 0
    var soft = 0
    let w = school.weights
    for rule in Rule.all {
      let isHard = rule.isHard(w)
      var found = rule.check(context)
      // A soft rule the school requires reports its violations as hard ones.
      if isHard { for i in found.indices { found[i].hard = true } }
      let count = found.reduce(0) { saturatingAdd($0, $1.count) }
      let weighted = saturatingMultiply(count, rule.weight(w))
      if isHard {
        hard = saturatingAdd(hard, weighted)
      } else {
        soft = saturatingAdd(soft, weighted)
      }
      counts.append((rule.code, isHard, count, weighted))
      groups.append((isHard, found))
    }
    // Hard rules first, each kind in catalogue order (a stable sort keeps that order).
    let ordered = groups.enumerated().sorted { a, b in
      (a.element.hard ? 0 : 1, a.offset) < (b.element.hard ? 0 : 1, b.offset)
    }.map(\.element.violations)
    let cost = HardSoft(hard: hard, soft: soft)
    let violations = ordered.flatMap { $0 }
    let teachers = TeacherSummary.all(school: school, violations: violations)
    let students = StudentSummary.of(context)
    return CheckReport(
      violations: violations, cost: cost, countsByRule: counts,
      text: ReportText.render(
        cost: cost, counts: counts, groups: ordered, teachers: teachers, students: students,
        limit: ReportText.linesPerRule),
      fullText: ReportText.render(
        cost: cost, counts: counts, groups: ordered, teachers: teachers, students: students,
        limit: nil),
      teachers: teachers, students: students)
  }
}
