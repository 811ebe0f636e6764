/// Where a school file's scenario comes from (a sample reproducing a report's model), and the
/// figures of that source that `cadre solve` and `cadre explain` print next to Cadre's own
/// ("against the report"). Optional; it changes nothing in the schedule or the calendar.
public struct Source: Sendable, Equatable {
  /// The source's name as a reader would cite it, e.g. "The Strategic School: distributed
  /// leadership report (seed/000)".
  public var title: String
  /// The quoted figures, each compared with one figure Cadre computes.
  public var figures: [SourceFigure]

  public init(title: String, figures: [SourceFigure]) {
    self.title = title
    self.figures = figures
  }
}

/// One quoted figure of a source and what Cadre computes to compare with it.
public struct SourceFigure: Sendable, Equatable {
  /// The source's words, e.g. "nearly 220 observations each".
  public var quote: String
  public var measure: SourceMeasure
  /// The leader the quote is about (a `leadership.leaders` id), e.g. the report's "Anna":
  /// Cadre's figure is then that leader's alone (for `observationsPerLeader`,
  /// `teachersPerLeader` and `coachingTime`; the other measures are school-wide).
  public var leader: LeaderID?

  public init(quote: String, measure: SourceMeasure, leader: LeaderID? = nil) {
    self.quote = quote
    self.measure = measure
    self.leader = leader
  }
}

/// The figures Cadre can compute for "against the report", one per case (docs/FORMAT.md lists
/// them from this table).
public enum SourceMeasure: String, Sendable, Equatable, CaseIterable {
  /// Observations each leader owes a year: members × the per-teacher quota, with the span.
  case observationsPerLeader
  /// Teachers each leader develops (members of their teams), by role.
  case teachersPerLeader
  /// Observations each teacher gets a year, by kind.
  case observationsPerTeacher
  /// Each role's release: the share of the week kept free of teaching.
  case release
  /// Team huddles a week (the policy) and the teams that hold them.
  case huddlesPerWeek
  /// Each leader's coaching periods needed a week against the free periods they have.
  case coachingTime
  /// Leader stipends a year, by role, and the total.
  case stipends
  /// Teachers who hold a leader role, as a share of all teachers.
  case teacherLeaders

  /// One line of docs/FORMAT.md: what Cadre prints for the measure.
  public var meaning: String {
    switch self {
    case .observationsPerLeader:
      "observations each leader owes a year (members × quota) and the teachers per leader"
    case .teachersPerLeader: "teachers each leader develops, by role"
    case .observationsPerTeacher: "observations each teacher gets a year, by kind"
    case .release: "each role's release (share of the week free of teaching)"
    case .huddlesPerWeek: "team huddles a week and the teams that hold them"
    case .coachingTime:
      "each leader's coaching periods needed a week against their free periods (as `explain`)"
    case .stipends: "leader stipends a year by role, and the total"
    case .teacherLeaders: "teachers who hold a leader role, as a share of all teachers"
    }
  }
}
