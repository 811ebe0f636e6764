/// The scenarios of a sweep: the cartesian product of its schools and axis values.
public enum ScenarioExpansion {
  /// Every scenario in expansion order: schools outermost, then the axes in `SweepAxis`
  /// order, the last axis varying fastest. Axes without values do not vary (and are absent
  /// from the scenarios and their ids).
  /// - Complexity: O(product of the axis sizes × axes).
  public static func expand(_ spec: SweepSpec) -> [Scenario] {
    let a = spec.axes
    var out: [Scenario] = []
    func values<T>(_ list: [T]) -> [T?] { list.isEmpty ? [nil] : list.map { $0 } }
    let caps: [Int??] = a.budgetCap.isEmpty ? [nil] : a.budgetCap.map { .some($0) }
    for school in spec.schools.indices {
      for model in values(a.model) {
        for leaders in values(a.leaders) {
          for release in values(a.release) {
            for span in values(a.span) {
              for observations in values(a.observations) {
                for cap in caps {
                  var s = Scenario(
                    index: out.count, id: "", school: school, model: model, leaders: leaders,
                    release: release, span: span, observations: observations, budgetCap: cap)
                  s.id =
                    ([spec.schools[school].id]
                    + SweepAxis.allCases.compactMap {
                      AxisLabel.slug($0, s)
                    }).joined(separator: "_")
                  out.append(s)
                }
              }
            }
          }
        }
      }
    }
    return out
  }

  /// The axes the sweep varies (those with at least one value), in order.
  public static func axes(_ spec: SweepSpec) -> [SweepAxis] {
    let a = spec.axes
    let present: [SweepAxis: Bool] = [
      .model: !a.model.isEmpty, .leaders: !a.leaders.isEmpty, .release: !a.release.isEmpty,
      .span: !a.span.isEmpty, .observations: !a.observations.isEmpty,
      .budgetCap: !a.budgetCap.isEmpty,
    ]
    return SweepAxis.allCases.filter { present[$0] ?? false }
  }
}
