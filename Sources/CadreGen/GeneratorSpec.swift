import CadreModel

/// What kind of school to generate: its size, timetable shape, load, leadership model and the
/// policy, money and realism knobs. The presets (`S`, `M`, `L`, `XL`, and the sample schools)
/// are the specs the benchmarks and `Samples/` use.
///
/// Loads are targets, not promises: the generator first builds a timetable that meets every
/// hard rule and then emits exactly what it placed, so a meeting it could not fit is left out
/// of the problem rather than making it unsolvable.
public struct GeneratorSpec: Sendable, Equatable {
  /// Departmentalised (middle or high school) or self-contained homerooms (elementary).
  public enum Level: String, Sendable, Equatable {
    case secondary
    case elementary
  }

  /// Who develops the teachers.
  public enum LeadershipModel: Sendable, Equatable {
    /// A principal and one assistant principal, neither teaching, who lead every team between
    /// them (spans of about half the staff each; no release needed).
    case principalAndAP
    /// `count` teaching Team Leads at `release` (0.5 = teaches at most half the slots). In a
    /// secondary school they lead the subject teams; in an elementary school they lead grade
    /// teams (their released homeroom periods are covered by coverage positions) and the
    /// principal and AP lead the remaining teams.
    case teamLeads(count: Int, release: Double)
    /// The Green Dot model: one principal and two assistant principals, none teaching, each
    /// leading at most `spanLimit` (13) teachers across subject teams.
    case greenDot
  }

  public var name: String
  public var level: Level
  /// Secondary: every teacher (leads included). Elementary: homeroom teachers, specialists and
  /// support teachers together; coverage positions come on top.
  public var teachers: Int
  /// Secondary: class sections. Elementary: homerooms.
  public var classes: Int
  /// Grade names; classes are spread over them in order (later grades get the extra ones).
  public var grades: [String]
  public var weeks: Int
  public var days: Int
  /// Teaching periods a day (a blocked lunch period comes on top).
  public var periods: Int
  /// When set, a blocked "Lunch" period follows this many teaching periods every day.
  public var lunchAfterPeriod: Int?
  public var leadership: LeadershipModel
  /// Most teachers one Team Lead may lead.
  public var teamLeadSpan: Int
  /// Most teachers one principal or assistant principal may lead.
  public var adminSpan: Int
  /// When set, the principal and APs evaluate at most this many teachers each (whole teams)
  /// and an instructional coach leads the teams left over (the report's ~220 observations
  /// each at 10 + 1 a teacher is 20 teachers each).
  public var evaluatorCap: Int? = nil
  /// A teacher's taught periods over their weekly maximum (the emitted `maxPerWeek`).
  public var teacherLoad: Double
  /// A class's taught periods over its teachable slots.
  public var classLoad: Double
  /// Secondary: double periods per class per week (fractions are spread over classes).
  public var doublesPerClass: Double
  /// Share of secondary lessons that list a few candidates instead of a fixed teacher.
  public var candidateShare: Double
  /// Share of (non-leader) teachers with a few unavailable slots.
  public var unavailableShare: Double
  /// Lessons whose first meeting is pinned where the hidden timetable put it.
  public var pinnedLessons: Int
  /// Students in all classes (elementary: in homerooms; pull-out groups draw on them).
  public var students: Int
  /// Elementary specialists by subject, one entry per teacher (two "pe" = two PE teachers).
  public var specialists: [String]
  /// Elementary: support teachers (special education, English learners, intervention) join
  /// the grade teams instead of forming their own.
  public var embedSupportInGradeTeams: Bool
  /// Model rooms: a home room per class, and lab and gym rooms for the lessons that need them.
  public var rooms: Bool
  public var huddlesPerWeek: Int
  public var observableSlotsPerMember: Int
  public var observations: [ObservationQuota]
  public var oneOnOnesPerMonth: Int
  /// Yearly stipend of a Team Lead.
  public var stipend: Int
  /// Cost of one covered period (the budget's `coveragePerPeriod` and a coverage position's
  /// `costPerPeriod`).
  public var coverageCostPerPeriod: Int
  /// `costPerPeriod` of every classroom teacher, when the budget should see it.
  public var teacherCostPerPeriod: Int?
  public var timeZone: String

  public init(
    name: String, level: Level = .secondary, teachers: Int, classes: Int,
    grades: [String] = ["9", "10", "11", "12"], weeks: Int = 1, days: Int = 5, periods: Int = 7,
    lunchAfterPeriod: Int? = nil, leadership: LeadershipModel = .teamLeads(count: 6, release: 0.5),
    teamLeadSpan: Int = 8, adminSpan: Int = 30, teacherLoad: Double = 0.88,
    classLoad: Double = 0.87, doublesPerClass: Double = 2, candidateShare: Double = 0.1,
    unavailableShare: Double = 0.12, pinnedLessons: Int = 2, students: Int? = nil,
    specialists: [String] = ["pe", "pe", "music", "art", "library", "stem"],
    embedSupportInGradeTeams: Bool = false, rooms: Bool = false, huddlesPerWeek: Int = 2,
    observableSlotsPerMember: Int = 2,
    observations: [ObservationQuota] = [
      ObservationQuota(kind: .spot, perYear: 10, minutes: 15),
      ObservationQuota(kind: .formal, perYear: 1),
    ],
    oneOnOnesPerMonth: Int = 2, stipend: Int = 2_000, coverageCostPerPeriod: Int = 30,
    teacherCostPerPeriod: Int? = nil, timeZone: String = "America/Denver"
  ) {
    self.name = name
    self.level = level
    self.teachers = teachers
    self.classes = classes
    self.grades = grades
    self.weeks = weeks
    self.days = days
    self.periods = periods
    self.lunchAfterPeriod = lunchAfterPeriod
    self.leadership = leadership
    self.teamLeadSpan = teamLeadSpan
    self.adminSpan = adminSpan
    self.teacherLoad = teacherLoad
    self.classLoad = classLoad
    self.doublesPerClass = doublesPerClass
    self.candidateShare = candidateShare
    self.unavailableShare = unavailableShare
    self.pinnedLessons = pinnedLessons
    self.students = students ?? classes * 25
    self.specialists = specialists
    self.embedSupportInGradeTeams = embedSupportInGradeTeams
    self.rooms = rooms
    self.huddlesPerWeek = huddlesPerWeek
    self.observableSlotsPerMember = observableSlotsPerMember
    self.observations = observations
    self.oneOnOnesPerMonth = oneOnOnesPerMonth
    self.stipend = stipend
    self.coverageCostPerPeriod = coverageCostPerPeriod
    self.teacherCostPerPeriod = teacherCostPerPeriod
    self.timeZone = timeZone
  }
}
