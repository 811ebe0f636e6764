/// The rows of a OneRoster 1.1 CSV export Cadre reads, one type per file. Every row keeps its
/// `sourcedId` (the export's id, which Cadre keeps as its own) and its 1-based `line`.

/// `orgs.csv`: a school, district or department.
public struct RosterOrg: Sendable, Equatable {
  public var sourcedId: String
  public var name: String
  /// department, school, district, local, state or national.
  public var type: String
  public var identifier: String
  public var parentSourcedId: String
  public var line: Int

  public init(
    sourcedId: String, name: String, type: String = "school", identifier: String = "",
    parentSourcedId: String = "", line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.name = name
    self.type = type
    self.identifier = identifier
    self.parentSourcedId = parentSourcedId
    self.line = line
  }
}

/// `academicSessions.csv`: a school year, semester, term or grading period.
public struct RosterSession: Sendable, Equatable {
  public var sourcedId: String
  public var title: String
  /// gradingPeriod, semester, schoolYear or term.
  public var type: String
  public var startDate: CivilDate
  public var endDate: CivilDate
  public var parentSourcedId: String
  public var schoolYear: String
  public var line: Int

  public init(
    sourcedId: String, title: String, type: String, startDate: CivilDate, endDate: CivilDate,
    parentSourcedId: String = "", schoolYear: String, line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.title = title
    self.type = type
    self.startDate = startDate
    self.endDate = endDate
    self.parentSourcedId = parentSourcedId
    self.schoolYear = schoolYear
    self.line = line
  }
}

/// `courses.csv`: what a section teaches.
public struct RosterCourse: Sendable, Equatable {
  public var sourcedId: String
  public var title: String
  public var courseCode: String
  public var grades: [String]
  public var orgSourcedId: String
  public var subjects: [String]
  public var line: Int

  public init(
    sourcedId: String, title: String, courseCode: String = "", grades: [String] = [],
    orgSourcedId: String, subjects: [String] = [], line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.title = title
    self.courseCode = courseCode
    self.grades = grades
    self.orgSourcedId = orgSourcedId
    self.subjects = subjects
    self.line = line
  }
}

/// `classes.csv`: a section (`scheduled`) or a homeroom.
public struct RosterClass: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case homeroom, scheduled
  }

  public var sourcedId: String
  public var title: String
  public var grades: [String]
  public var courseSourcedId: String
  public var classCode: String
  public var classType: Kind
  public var location: String
  public var schoolSourcedId: String
  public var termSourcedIds: [String]
  public var subjects: [String]
  public var periods: [String]
  public var line: Int

  public init(
    sourcedId: String, title: String, grades: [String] = [], courseSourcedId: String,
    classCode: String = "", classType: Kind = .scheduled, location: String = "",
    schoolSourcedId: String, termSourcedIds: [String], subjects: [String] = [],
    periods: [String] = [], line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.title = title
    self.grades = grades
    self.courseSourcedId = courseSourcedId
    self.classCode = classCode
    self.classType = classType
    self.location = location
    self.schoolSourcedId = schoolSourcedId
    self.termSourcedIds = termSourcedIds
    self.subjects = subjects
    self.periods = periods
    self.line = line
  }
}

/// The roles of `users.csv` and `enrollments.csv` (enrollments allow only administrator,
/// proctor, student and teacher).
public enum RosterRole: String, Sendable, Equatable, CaseIterable {
  case administrator, aide, guardian, parent, proctor, relative, student, teacher

  /// The roles an enrollment may have.
  public static let enrollment: [RosterRole] = [.administrator, .proctor, .student, .teacher]
}

/// `users.csv`: a person.
public struct RosterUser: Sendable, Equatable {
  public var sourcedId: String
  public var enabledUser: Bool
  public var orgSourcedIds: [String]
  public var role: RosterRole
  public var username: String
  public var givenName: String
  public var familyName: String
  public var identifier: String
  public var email: String
  public var grades: [String]
  public var line: Int

  public init(
    sourcedId: String, enabledUser: Bool = true, orgSourcedIds: [String], role: RosterRole,
    username: String, givenName: String, familyName: String, identifier: String = "",
    email: String = "", grades: [String] = [], line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.enabledUser = enabledUser
    self.orgSourcedIds = orgSourcedIds
    self.role = role
    self.username = username
    self.givenName = givenName
    self.familyName = familyName
    self.identifier = identifier
    self.email = email
    self.grades = grades
    self.line = line
  }

  /// "Given Family", or the username when both are blank.
  public var displayName: String {
    let n = [givenName, familyName].filter { !$0.isEmpty }.joined(separator: " ")
    return n.isEmpty ? username : n
  }
}

/// `enrollments.csv`: a user in a class.
public struct RosterEnrollment: Sendable, Equatable {
  public var sourcedId: String
  public var classSourcedId: String
  public var schoolSourcedId: String
  public var userSourcedId: String
  public var role: RosterRole
  /// For teachers: the class's main teacher. Nil when the field is blank.
  public var primary: Bool?
  public var line: Int

  public init(
    sourcedId: String, classSourcedId: String, schoolSourcedId: String, userSourcedId: String,
    role: RosterRole, primary: Bool? = nil, line: Int = 0
  ) {
    self.sourcedId = sourcedId
    self.classSourcedId = classSourcedId
    self.schoolSourcedId = schoolSourcedId
    self.userSourcedId = userSourcedId
    self.role = role
    self.primary = primary
    self.line = line
  }
}
