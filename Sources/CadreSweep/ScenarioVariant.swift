import CadreModel

extension Scenario {
  /// The scenario's school: `base` with each axis applied in `SweepAxis` order (model,
  /// leaders, release, span, observations, budget cap). Pure; the validator judges the result.
  public func apply(to base: School) -> School {
    var s = base
    if let m = model { s = ModelTransforms.apply(m, s) }
    if let l = leaders { s = ModelTransforms.leaders(l, s) }
    if let r = release { s = AxisTransforms.release(r, s) }
    if let n = span { s = AxisTransforms.span(n, s) }
    if let o = observations { s = AxisTransforms.observations(o, s) }
    if let c = budgetCap { s = AxisTransforms.budgetCap(c, s) }
    return s
  }
}
