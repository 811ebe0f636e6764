import CadreModel

/// The cost of one XHSTT timetable as the standard evaluator (HSEval) computes it: the
/// infeasibility (sum of the costs of required constraints), the objective (the others), and
/// where the cost comes from, by constraint type, by constraint and by point of application.
public struct XReport: Sendable, Equatable, XCost {
  public var infeasibility: Int
  public var objective: Int
  /// One entry per supported constraint type present in the instance, in the specification's
  /// order of types (AssignResource, AssignTime, SplitEvents, ... LimitWorkload).
  public var byType: [XTypeCost]
  /// One entry per constraint, in file order (unsupported ones with cost 0 and
  /// `evaluated == false`).
  public var constraints: [XConstraintCost]
  /// Every point of application with a non-zero cost, worst first: hard before soft, then by
  /// cost, then by constraint and point order.
  public var points: [XPointCost]
  /// Constraints of types Cadre does not evaluate, counted per type (sorted by name).
  public var unsupported: [XTypeCount]

  public init(
    infeasibility: Int, objective: Int, byType: [XTypeCost], constraints: [XConstraintCost],
    points: [XPointCost], unsupported: [XTypeCount] = []
  ) {
    self.infeasibility = infeasibility
    self.objective = objective
    self.byType = byType
    self.constraints = constraints
    self.points = points
    self.unsupported = unsupported
  }

  /// The (infeasibility, objective) pair, compared hard first.
  public var cost: HardSoft { HardSoft(hard: infeasibility, soft: objective) }

  /// The breakdown in the form of `solution-costs.csv` (and HSEval's monitor names):
  /// `DistributeSplitEventsMonitor=0/3;LimitIdleTimesMonitor=0/12;` — types with a non-zero
  /// cost only, in the specification's order; "" when the cost is zero.
  public var breakdown: String {
    var out = ""
    for t in byType where t.hard != 0 || t.soft != 0 {
      out += "\(t.type)Monitor=\(t.hard)/\(t.soft);"
    }
    return out
  }
}

/// The cost of all constraints of one type.
public struct XTypeCost: Sendable, Equatable {
  /// The type without the `Constraint` suffix: "AssignTime", "LimitIdleTimes".
  public var type: String
  public var hard: Int
  public var soft: Int
  public init(type: String, hard: Int, soft: Int) {
    self.type = type
    self.hard = hard
    self.soft = soft
  }
}

/// The cost of one constraint.
public struct XConstraintCost: Sendable, Equatable {
  /// Index into `XInstance.constraints`.
  public var constraint: Int
  public var id: String
  public var required: Bool
  public var cost: Int
  /// Points of application with a non-zero deviation.
  public var violatedPoints: Int
  /// False for a constraint of an unsupported type (its cost is not known, and counted as 0).
  public var evaluated: Bool
  public init(
    constraint: Int, id: String, required: Bool, cost: Int, violatedPoints: Int, evaluated: Bool
  ) {
    self.constraint = constraint
    self.id = id
    self.required = required
    self.cost = cost
    self.violatedPoints = violatedPoints
    self.evaluated = evaluated
  }
}

/// One point of application with its deviation and cost, in plain words.
public struct XPointCost: Sendable, Equatable {
  /// Index into `XInstance.constraints`.
  public var constraint: Int
  /// The constraint's type without the suffix ("LimitIdleTimes") and its name.
  public var type: String
  public var constraintName: String
  /// Position of the point in the constraint's list of points.
  public var index: Int
  public var required: Bool
  /// "teacher T12 (Mrs X)", "event group gr_T1-S1", "event Mat-3A".
  public var point: String
  public var deviation: Int
  public var cost: Int
  /// What the deviation consists of: "3 idle times (allowed 0..0)".
  public var detail: String
  public init(
    constraint: Int, type: String, constraintName: String, index: Int, required: Bool,
    point: String, deviation: Int, cost: Int, detail: String
  ) {
    self.constraint = constraint
    self.type = type
    self.constraintName = constraintName
    self.index = index
    self.required = required
    self.point = point
    self.deviation = deviation
    self.cost = cost
    self.detail = detail
  }
}
