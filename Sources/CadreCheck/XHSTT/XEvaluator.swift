import CadreModel

/// The independent XHSTT evaluator: recomputes the cost of a timetable from the instance with
/// plain loops, one constraint type per file (`Rules/`), as the specification (HSEval) defines
/// it. Shares no code with the search.
///
/// For every constraint and every point of application a deviation is computed; the point
/// costs `weight × f(deviation)` with f the constraint's cost function (applied to the point's
/// already summed deviation). Required constraints add to the infeasibility, the others to the
/// objective. Constraints of unsupported types cost nothing and are listed in
/// `XReport.unsupported`.
public enum XEvaluator {
  /// The specification's order of constraint types (also HSEval's order of monitors), then
  /// Cadre's own extensions (`XConstraintKind.endsDay`).
  public static let typeOrder = [
    "AssignResource", "AssignTime", "SplitEvents", "DistributeSplitEvents", "PreferResources",
    "PreferTimes", "AvoidSplitAssignments", "SpreadEvents", "LinkEvents", "OrderEvents",
    "AvoidClashes", "AvoidUnavailableTimes", "LimitIdleTimes", "ClusterBusyTimes",
    "LimitBusyTimes", "LimitWorkload", "EndsDay",
  ]

  /// "AssignTimeConstraint" -> "AssignTime".
  public static func shortTypeName(_ elementName: String) -> String {
    let suffix = "Constraint"
    return elementName.hasSuffix(suffix)
      ? String(elementName.dropLast(suffix.count)) : elementName
  }

  /// Scores `timetable` against `instance`. Sub-events that do not fit the instance (an event
  /// or time index out of range, a duration below 1) are ignored, never trapped on; resolve
  /// solutions with `XSolution.timetable(in:)` to get diagnostics for them instead.
  /// - Complexity: O(constraints × points × times) in the worst case; linear in the size of the
  ///   instance and timetable for the instances of the archive.
  public static func evaluate(_ instance: XInstance, _ timetable: XTimetable) -> XReport {
    let context = XEvalContext(instance, timetable)
    var hard: [String: Int] = [:]
    var soft: [String: Int] = [:]
    var present = Set<String>()
    var constraintCosts: [XConstraintCost] = []
    var points: [XPointCost] = []
    var infeasibility = 0
    var objective = 0
    for (ci, c) in instance.constraints.enumerated() {
      let type = shortTypeName(c.kind.typeName)
      guard let deviations = context.deviations(c.kind) else {
        constraintCosts.append(
          XConstraintCost(
            constraint: ci, id: c.id, required: c.required, cost: 0, violatedPoints: 0,
            evaluated: false))
        continue
      }
      present.insert(type)
      var total = 0
      var violated = 0
      for (pi, d) in deviations.enumerated() where d.deviation > 0 {
        violated += 1
        let cost = c.cost(deviation: d.deviation)
        total = XLimits.sum(total, cost)
        if cost > 0 {
          points.append(
            XPointCost(
              constraint: ci, type: type, constraintName: c.name, index: pi,
              required: c.required, point: d.point, deviation: d.deviation, cost: cost,
              detail: d.detail))
        }
      }
      if c.required {
        infeasibility = XLimits.sum(infeasibility, total)
        hard[type] = XLimits.sum(hard[type] ?? 0, total)
      } else {
        objective = XLimits.sum(objective, total)
        soft[type] = XLimits.sum(soft[type] ?? 0, total)
      }
      constraintCosts.append(
        XConstraintCost(
          constraint: ci, id: c.id, required: c.required, cost: total, violatedPoints: violated,
          evaluated: true))
    }
    points.sort { a, b in
      if a.required != b.required { return a.required }
      if a.cost != b.cost { return a.cost > b.cost }
      if a.constraint != b.constraint { return a.constraint < b.constraint }
      return a.index < b.index
    }
    let byType = typeOrder.filter { present.contains($0) }.map {
      XTypeCost(type: $0, hard: hard[$0] ?? 0, soft: soft[$0] ?? 0)
    }
    return XReport(
      infeasibility: infeasibility, objective: objective, byType: byType,
      constraints: constraintCosts, points: points,
      unsupported: instance.unsupportedConstraintCounts)
  }
}
