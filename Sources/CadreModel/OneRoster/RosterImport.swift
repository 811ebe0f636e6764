/// A OneRoster export mapped to a school (docs/ONEROSTER.md, "The mapping"): the school (its
/// `studentGroups` the students who attend the same sections, its `assumed` every default
/// taken), the warnings of the mapping, and the counts the import command prints.
public struct RosterImport: Sendable, Equatable {
  public var school: School
  public var diagnostics: [Diagnostic]
  public var counts: Counts

  public init(school: School, diagnostics: [Diagnostic], counts: Counts) {
    self.school = school
    self.diagnostics = diagnostics
    self.counts = counts
  }

  /// What the import found and made.
  public struct Counts: Sendable, Equatable {
    /// Scheduled classes, each a class and a lesson.
    public var sections = 0
    /// Homeroom classes, which are not lessons.
    public var homerooms = 0
    /// Sections left out because none of their terms overlaps the chosen term.
    public var otherTerms = 0
    public var teachers = 0
    /// Students enrolled in at least one section.
    public var students = 0
    /// Student enrollments in sections.
    public var studentEnrollments = 0
    /// Sections without a teacher enrollment (any teacher of the course may take them).
    public var untaught = 0
    /// Teacher enrollments beyond a section's one teacher (co-teachers, not scheduled).
    public var coTeachers = 0
    /// Rooms made from sections' locations (with the `locations` option), and the sections
    /// given one.
    public var rooms = 0
    public var locatedSections = 0
    /// Pairs of sections that share at least one student (which must not meet together).
    public var sharedPairs = 0
    /// Rows left out because their status is tobedeleted, by file.
    public var skipped: [String: Int] = [:]

    public init() {}
  }
}
