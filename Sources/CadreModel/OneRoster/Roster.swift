/// A OneRoster 1.1 CSV export as read (docs/ONEROSTER.md): the rows of the six files Cadre
/// uses, in file order, each with its line so the mapping's warnings can name it. The reader
/// (CadreIO `OneRosterReader`) has checked the field rules and that references resolve; rows
/// marked `tobedeleted` are left out and counted in `skipped`.
public struct Roster: Sendable, Equatable {
  public var orgs: [RosterOrg]
  public var academicSessions: [RosterSession]
  public var courses: [RosterCourse]
  public var classes: [RosterClass]
  public var users: [RosterUser]
  public var enrollments: [RosterEnrollment]
  /// Rows left out because their status is `tobedeleted`, by file name ("users.csv").
  public var skipped: [String: Int]

  public init(
    orgs: [RosterOrg] = [], academicSessions: [RosterSession] = [],
    courses: [RosterCourse] = [], classes: [RosterClass] = [], users: [RosterUser] = [],
    enrollments: [RosterEnrollment] = [], skipped: [String: Int] = [:]
  ) {
    self.orgs = orgs
    self.academicSessions = academicSessions
    self.courses = courses
    self.classes = classes
    self.users = users
    self.enrollments = enrollments
    self.skipped = skipped
  }

  /// The files Cadre reads, in the order it reads them (references point to earlier files).
  public static let files = [
    "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv", "users.csv",
    "enrollments.csv",
  ]
}
