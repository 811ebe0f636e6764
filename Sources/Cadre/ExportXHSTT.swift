import CadreCheck
import CadreCompiler
import CadreModel

/// What `exportXHSTT` wrote: the archive's instance with what became of every rule, and, when
/// a schedule was given, that schedule scored both ways.
public struct XHSTTSchoolExport: Sendable {
  public var export: XHSTTExport
  /// Present when a schedule was given.
  public var solution: XHSTTExportedSolution?
}

/// A schedule as a timetable of the exported instance, scored by the XHSTT evaluator and by
/// the school checker, rule by rule.
public struct XHSTTExportedSolution: Sendable {
  public var timetable: XTimetable
  public var report: XReport
  /// The school checker's cost of the schedule, all rules.
  public var checked: HardSoft
  /// One row per rule exported as constraints, in docs/RULES.md order.
  public var rules: [XHSTTRuleCost]
  /// The cost of constraints that export no rule (SplitEvents that keep meetings whole): 0 for
  /// any schedule Cadre reads.
  public var structural: Int

  /// Rules the archive holds by its structure (pinned-moved, no-teacher, ...), the
  /// checker-only rules of malformed schedules, and double-lesson-overflow, that the schedule
  /// breaks, with their counts: the timetable in the archive is then not quite the schedule
  /// (a meeting past its day's end runs into the next day there), and costs may differ.
  public var structureBroken: [(rule: String, count: Int)]

  /// Whether every wholly exported rule costs the same both ways (only meaningful when
  /// `structureBroken` is empty).
  public var agrees: Bool {
    rules.allSatisfy {
      $0.partial || $0.archive == $0.checker || ($0.mayCountLess && $0.archive < $0.checker)
    }
  }
}

/// One rule's cost under both paths: the checker's count × weight, and the sum of its
/// constraints' costs in the evaluator's report.
public struct XHSTTRuleCost: Sendable, Equatable {
  public var rule: String
  public var required: Bool
  public var checker: Int
  public var archive: Int
  /// The mapping covers only part of the rule for this school (see `XHSTTRuleExport.partial`).
  public var partial: Bool
  /// See `XHSTTRuleExport.mayCountLess`.
  public var mayCountLess: Bool
}

/// The school as an XHSTT instance (`cadre export`): docs/XHSTT.md, "Exporting a school".
/// With `schedule`, the teachers and rooms it chose are preassigned (so every rule that maps
/// is wholly exported) and it is converted to a timetable of the instance and scored both
/// ways. The school should be valid (`Validator`).
public func exportXHSTT(_ school: School, schedule: Schedule? = nil) -> XHSTTSchoolExport {
  let export = SchoolXHSTTExporter.export(school, assignments: schedule)
  guard let schedule else { return XHSTTSchoolExport(export: export, solution: nil) }
  let timetable = export.timetable(for: schedule, school: school)
  let report = XEvaluator.evaluate(export.instance, timetable)
  let check = Checker.check(school: school, schedule: schedule)
  var owned = Set<Int>()
  var rows: [XHSTTRuleCost] = []
  for rule in export.rules {
    guard case .constraints(let list) = rule.mapping else { continue }
    owned.formUnion(list)
    let archive = list.reduce(0) { $0 &+ report.constraints[$1].cost }
    let weighted = check.countsByRule.first { $0.rule == rule.rule }?.weighted ?? 0
    rows.append(
      XHSTTRuleCost(
        rule: rule.rule, required: rule.required, checker: weighted, archive: archive,
        partial: !rule.partial.isEmpty, mayCountLess: rule.mayCountLess))
  }
  let structureRules = Set(
    export.rules.compactMap { r -> String? in
      if case .structure = r.mapping { return r.rule }
      return nil
    })
  let exportedRules = Set(export.rules.map(\.rule))
  // The teacher and room rules are held by the structure where the archive preassigns (a
  // fixed teacher, the one suitable room, a pin) and by constraints on the open roles: a
  // schedule that differs from a preassignment makes them differ.
  let preassigned: Set<String> = ["no-teacher", "unqualified-teacher", "room-unsuitable"]
  let differing = Set(rows.filter { $0.checker != $0.archive }.map(\.rule))
  // A meeting that runs past its day's end holds, in the archive, the times after the day's
  // last period (the next day's first): the rules counted on busy times then see more.
  let overflow = "double-lesson-overflow"
  let broken = check.countsByRule.filter {
    $0.count > 0
      && (structureRules.contains($0.rule) || !exportedRules.contains($0.rule)
        || (preassigned.contains($0.rule) && differing.contains($0.rule)) || $0.rule == overflow)
      && $0.hard
  }.map { (rule: $0.rule, count: $0.count) }
  let structural = report.constraints.indices.filter { !owned.contains($0) }.reduce(0) {
    $0 &+ report.constraints[$1].cost
  }
  return XHSTTSchoolExport(
    export: export,
    solution: XHSTTExportedSolution(
      timetable: timetable, report: report, checked: check.cost, rules: rows,
      structural: structural, structureBroken: broken))
}
