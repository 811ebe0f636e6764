import CadreModel

/// The simple axes as pure functions School -> School. The validator judges the result: a
/// transform never checks feasibility itself (docs/SWEEPS.md).
public enum AxisTransforms {
  /// Role kinds whose leaders teach and are released from teaching.
  public static let teacherLeaderKinds: Set<RoleKind> = [.teamLead, .multiClassroomLeader]

  /// The roles an axis about teacher-leaders changes: those of teacher-leader kinds, or, in a
  /// school without any (AP-centred), every role.
  static func targetRoles(_ school: School) -> [Int] {
    let roles = school.leadership.roles
    let teaching = roles.indices.filter { teacherLeaderKinds.contains(roles[$0].kind) }
    return teaching.isEmpty ? Array(roles.indices) : teaching
  }

  /// Sets the release of every teacher-leader role; a school without teacher-leaders is
  /// unchanged (administrators do not teach).
  public static func release(_ value: ReleaseSetting, _ school: School) -> School {
    var out = school
    for i in out.leadership.roles.indices
    where teacherLeaderKinds.contains(out.leadership.roles[i].kind) {
      switch value {
      case .fraction(let f):
        out.leadership.roles[i].release = f
        out.leadership.roles[i].releasePeriodsPerDay = nil
      case .periodsPerDay(let n):
        out.leadership.roles[i].releasePeriodsPerDay = n
      }
    }
    return out
  }

  /// Sets the span limit of the teacher-leader roles (of every role when there are none), then
  /// merges neighbouring teacher-led teams that fit the limit together (one leader steps down)
  /// and splits each teacher-led team larger than it, promoting a leader for every new part
  /// (`SpanReform`). Administrators' teams stay as they are: one larger than the limit is the
  /// validator's `span-exceeded`, an infeasible scenario.
  public static func span(_ limit: Int, _ school: School) -> School {
    var out = school
    let targets = targetRoles(school)
    for i in targets { out.leadership.roles[i].spanLimit = limit }
    let teaching = targets.map { out.leadership.roles[$0] }
      .filter { teacherLeaderKinds.contains($0.kind) }
    return SpanReform.apply(limit: limit, roles: Set(teaching.map(\.id)), out)
  }

  /// Sets the yearly quota of the kinds named; 0 removes the quota; a new spot quota is a
  /// 15-minute visit.
  public static func observations(_ value: ObservationSetting, _ school: School) -> School {
    var out = school
    for (kind, perYear) in [(ObservationKind.spot, value.spot), (.formal, value.formal)] {
      guard let n = perYear else { continue }
      var quotas = out.policy.observations
      if n == 0 {
        quotas.removeAll { $0.kind == kind }
      } else if let i = quotas.firstIndex(where: { $0.kind == kind }) {
        quotas[i].perYear = n
      } else {
        quotas.append(ObservationQuota(kind: kind, perYear: n, minutes: kind == .spot ? 15 : nil))
      }
      out.policy.observations = quotas
    }
    return out
  }

  /// Sets the budget cap (nil: no cap), adding a budget section when the school has none.
  public static func budgetCap(_ cap: Int?, _ school: School) -> School {
    var out = school
    var budget = out.budget ?? Budget()
    budget.cap = cap
    out.budget = budget
    return out
  }
}
