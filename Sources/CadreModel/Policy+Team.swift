/// A policy number that a team or a role may mark soft: hard (the default, `weight` nil), or
/// soft with an integer weight, when a shortfall of n costs `weight` × n in the soft cost
/// (rule `team-policy`) instead of n in the hard cost.
public struct PolicyNumber: Sendable, Equatable {
  public var count: Int
  /// nil: hard. A number: soft, this weight per unit of shortfall (0 turns the need off as a
  /// cost while keeping it in reports).
  public var weight: Int?

  public init(_ count: Int, weight: Int? = nil) {
    self.count = count
    self.weight = weight
  }

  public var isSoft: Bool { weight != nil }
}

/// A team's or a role's own coaching numbers (issue 14 item 6: a new teachers' team may need
/// weekly visits, a veteran team monthly ones). Every field is optional: nil inherits.
///
/// Precedence, field by field: the team's own value, else the role of the team's leader, else
/// the school's `policy`. `School.policy(for:)` is the one place that applies it.
public struct PolicyOverride: Sendable, Equatable {
  /// Replaces the school's whole list of observation quotas (a quota may carry a weight).
  public var observations: [ObservationQuota]?
  public var observableSlotsPerMember: PolicyNumber?
  public var huddlesPerWeek: PolicyNumber?
  public var oneOnOnesPerMonth: PolicyNumber?

  public init(
    observations: [ObservationQuota]? = nil, observableSlotsPerMember: PolicyNumber? = nil,
    huddlesPerWeek: PolicyNumber? = nil, oneOnOnesPerMonth: PolicyNumber? = nil
  ) {
    self.observations = observations
    self.observableSlotsPerMember = observableSlotsPerMember
    self.huddlesPerWeek = huddlesPerWeek
    self.oneOnOnesPerMonth = oneOnOnesPerMonth
  }

  /// Whether the override sets nothing (then it is written as absent).
  public var isEmpty: Bool {
    observations == nil && observableSlotsPerMember == nil && huddlesPerWeek == nil
      && oneOnOnesPerMonth == nil
  }
}

/// The numbers one team works under, after the team > role > school precedence.
public struct TeamPolicy: Sendable, Equatable {
  /// Per member per year, by kind; a quota with a weight is soft.
  public var observations: [ObservationQuota]
  /// Per member per cycle week: slots in which the member teaches and the leader is free
  /// (`observation-window`), and as many in which both are free (`debrief-time`).
  public var observableSlotsPerMember: PolicyNumber
  /// Per cycle week: the team's huddles (`common-planning`, the calendar's `huddle-count`).
  public var huddlesPerWeek: PolicyNumber
  /// Per member per month (the calendar's `one-on-one-count`, soft already).
  public var oneOnOnesPerMonth: PolicyNumber

  public init(
    observations: [ObservationQuota], observableSlotsPerMember: PolicyNumber,
    huddlesPerWeek: PolicyNumber, oneOnOnesPerMonth: PolicyNumber
  ) {
    self.observations = observations
    self.observableSlotsPerMember = observableSlotsPerMember
    self.huddlesPerWeek = huddlesPerWeek
    self.oneOnOnesPerMonth = oneOnOnesPerMonth
  }

  /// The school's numbers, all hard.
  public init(school p: Policy) {
    self.init(
      observations: p.observations,
      observableSlotsPerMember: PolicyNumber(p.observableSlotsPerMember),
      huddlesPerWeek: PolicyNumber(p.huddlesPerWeek),
      oneOnOnesPerMonth: PolicyNumber(p.oneOnOnesPerMonth))
  }

  /// Per member per year of one kind: the sum of that kind's quotas.
  public func perYear(_ kind: ObservationKind) -> Int {
    observations.filter { $0.kind == kind }.reduce(0) { sum, q in
      let (r, overflow) = sum.addingReportingOverflow(max(0, q.perYear))
      return overflow ? Int.max : r
    }
  }

  /// The weight of a kind's quota: nil (hard) unless every quota of that kind is soft, then
  /// the smallest of their weights.
  public func weight(_ kind: ObservationKind) -> Int? {
    let quotas = observations.filter { $0.kind == kind }
    guard !quotas.isEmpty, quotas.allSatisfy({ $0.weight != nil }) else { return nil }
    return quotas.compactMap(\.weight).min()
  }
}

extension School {
  /// The numbers team `team` works under: each field from the team's own `policy`, else from
  /// the role of the team's leader, else the school's `policy` (hard). Every layer (validator,
  /// compiler, checker, calendar, reports) reads team numbers through this function.
  /// - Complexity: O(leaders + roles).
  public func policy(for team: Team) -> TeamPolicy {
    var out = TeamPolicy(school: policy)
    let role = leadership.leaders.first { $0.id == team.leader }.flatMap { leader in
      leadership.roles.first { $0.id == leader.role }
    }
    for o in [role?.policy, team.policy] {
      guard let o else { continue }
      if let v = o.observations { out.observations = v }
      if let v = o.observableSlotsPerMember { out.observableSlotsPerMember = v }
      if let v = o.huddlesPerWeek { out.huddlesPerWeek = v }
      if let v = o.oneOnOnesPerMonth { out.oneOnOnesPerMonth = v }
    }
    return out
  }

  /// Whether any team or role overrides the school's policy.
  public var hasPolicyOverrides: Bool {
    leadership.teams.contains { $0.policy != nil } || leadership.roles.contains { $0.policy != nil }
  }
}
