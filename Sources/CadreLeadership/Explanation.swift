import CadreModel

/// Why a school's leadership plan fits or does not, in the school's own words: each leader's
/// weekly coaching need against the periods their release leaves, each team's common planning
/// need against the slots its people could share, and, when something does not fit, the
/// smallest changes that would make it fit, ranked by yearly cost. `cadre explain` prints
/// `text`.
public struct Explanation: Sendable, Equatable {
  /// One leader's week: the periods coaching needs against the periods they are free.
  public struct LeaderLoad: Sendable, Equatable {
    public var leader: LeaderID
    /// "Team Lead Aisha Wilson (T01)".
    public var label: String
    public var role: RoleID
    public var members: Int
    /// ⌈(spot + formal quota per member) × members / weeks⌉.
    public var observationsPerWeek: Int
    /// One debrief per observation.
    public var debriefsPerWeek: Int
    /// Each team's own hard `huddlesPerWeek` (`School.policy(for:)`), summed over teams with
    /// members.
    public var huddlesPerWeek: Int
    /// ⌈oneOnOnesPerMonth × members × months / weeks⌉.
    public var oneOnOnesPerWeek: Int
    /// The sum of the four needs above.
    public var neededPerWeek: Int
    /// Teachable slots a week the leader is not away and not teaching (at best).
    public var availablePerWeek: Int
    /// For a teaching leader: periods of fixed lessons per cycle and what the release lets
    /// them teach; nil for a leader who does not teach.
    public var fixedLoad: Int?
    public var teachingLimit: Int?
    /// Periods a cycle the leader may end up teaching: fixed lessons, raised by the lessons
    /// they are a candidate for up to the teaching limit (0 for a leader who does not teach).
    public var teachingLoad: Int
    /// Fixed periods per cycle beyond the teaching limit (the release cannot be kept).
    public var overload: Int
    /// Periods a week short: max(0, needed − available) + overload.
    public var shortfall: Int
    public var fits: Bool
    /// The verdict in school terms.
    public var verdict: String
  }

  /// One team's common planning: huddle slots a week needed against the most possible.
  public struct TeamPlanning: Sendable, Equatable {
    public var team: TeamID
    public var leader: LeaderID
    public var members: Int
    public var required: Int
    /// An upper bound on the slots of the tightest week of the cycle in which the leader and
    /// every member are free (not blocked, not away, not in a pinned fixed lesson), also
    /// bounded by each person's free slots minus their fixed lessons.
    public var possible: Int
    public var fits: Bool
    public var verdict: String
  }

  /// A change to the school and what it does, re-checked on the changed school.
  public struct Remedy: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
      /// Move some of a teaching leader's fixed lessons to coverage.
      case moveLessons
      /// Lower a role's release so that the fixed lessons fit.
      case lowerRelease
      /// Fewer observations per teacher per year (school-wide policy).
      case fewerObservations
      /// Move members to another leader, whose role's span limit grows by 2 if needed.
      case widenSpan
      /// Raise a role's release to its next step (0.25, 0.5, 1).
      case raiseRelease
      /// One more leader in the role, taking half of the team.
      case addLeader
      /// Make the leader available in some of the periods they are marked away.
      case addAvailability
    }
    public var kind: Kind
    /// The failing leader this remedy is for.
    public var leader: LeaderID
    /// What to change, in school terms.
    public var change: String
    /// Yearly cost in whole currency units (0 for policy changes).
    public var yearlyCost: Int
    /// How the cost is made up ("stipend $2,000 + 18 periods a week x $30 x 36 weeks").
    public var costDetail: String
    /// The leader's shortfall (periods a week) after the change, recomputed.
    public var shortfallAfter: Int
    /// Leaders who fitted before and do not after the change.
    public var breaks: [LeaderID]
    /// Whether the change makes the leader fit without breaking anyone else.
    public var fixes: Bool
    /// What the re-check found, in school terms.
    public var recheck: String
    /// The changed school the remedy was re-checked on, for a fuller re-check (a solve) by
    /// `cadre explain`.
    package var changed: School? = nil
  }

  public var school: String
  public var currency: String
  /// Weeks a year that yearly quotas are spread over.
  public var weeks: Int
  public var weeksSource: String
  public var leaders: [LeaderLoad]
  public var teams: [TeamPlanning]
  /// For every failing leader in file order, their remedies: those that fix first, each group
  /// ranked by yearly cost, then by the shortfall left.
  public var remedies: [Remedy]

  /// Whether every leader and every team fits.
  public var fits: Bool { leaders.allSatisfy(\.fits) && teams.allSatisfy(\.fits) }
}
