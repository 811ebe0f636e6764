/// A timetable's XHSTT cost as a solution file records it: infeasibility (the required
/// constraints' cost) and objective (the others'). The evaluator's report (`XReport`, in
/// CadreCheck) has one; the writer takes any.
public protocol XCost: Sendable {
  var infeasibility: Int { get }
  var objective: Int { get }
}
