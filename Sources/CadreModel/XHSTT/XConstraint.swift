/// One XHSTT constraint. Its cost is the sum over its points of application of
/// `weight × costFunction(deviation)`; required constraints add to infeasibility, the others to
/// the objective.
public struct XConstraint: Sendable, Equatable {
  public var id: String
  public var name: String
  public var required: Bool
  /// 0...1000 in the published archive; the reader accepts 0...`XLimits.maxWeight`.
  public var weight: Int
  public var costFunction: XCostFunction
  public var kind: XConstraintKind

  public init(
    id: String, name: String, required: Bool, weight: Int, costFunction: XCostFunction,
    kind: XConstraintKind
  ) {
    self.id = id
    self.name = name
    self.required = required
    self.weight = weight
    self.costFunction = costFunction
    self.kind = kind
  }

  /// `weight × f(deviation)` for one point of application's (already summed) deviation,
  /// saturating at `XLimits.maxPointCost` (the engine computes the same).
  public func cost(deviation: Int) -> Int {
    XLimits.pointCost(weight: weight, value: costFunction.apply(deviation))
  }
}

/// f in `weight × f(deviation)`.
public enum XCostFunction: String, Sendable, Equatable {
  case linear = "Linear"
  case quadratic = "Quadratic"
  case step = "Step"

  /// f(deviation); the square saturates at `Int.max` instead of trapping.
  public func apply(_ deviation: Int) -> Int {
    switch self {
    case .linear: deviation
    case .quadratic:
      deviation.multipliedReportingOverflow(by: deviation).overflow
        ? Int.max : deviation * deviation
    case .step: deviation > 0 ? 1 : 0
    }
  }
}

/// One `TimeGroup` limit of a SpreadEvents constraint: between `minimum` and `maximum`
/// sub-events of each event group must start inside `timeGroup`.
public struct XSpreadLimit: Sendable, Equatable {
  /// Index into `XInstance.timeGroups`.
  public var timeGroup: Int
  public var minimum: Int
  public var maximum: Int

  public init(timeGroup: Int, minimum: Int, maximum: Int) {
    self.timeGroup = timeGroup
    self.minimum = minimum
    self.maximum = maximum
  }
}
