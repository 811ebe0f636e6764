import CadreModel

/// The benchmark families of the engine issue and the sample schools of `Samples/`.
extension GeneratorSpec {
  /// 35 teachers, 24 classes, 5 × 7, about 590 meetings (block-style: many doubles), 6 teams.
  public static let S = GeneratorSpec(
    name: "Generated S", teachers: 35, classes: 24, periods: 7,
    leadership: .teamLeads(count: 6, release: 0.5), doublesPerClass: 5.4)

  /// 57 teachers, 36 classes, 5 × 7, about 1,040 meetings, 11 teams.
  public static let M = GeneratorSpec(
    name: "Generated M", teachers: 57, classes: 36, periods: 7,
    leadership: .teamLeads(count: 11, release: 0.5), doublesPerClass: 1.1)

  /// 87 teachers, 60 classes, 5 × 8, about 1,980 meetings, 13 teams.
  public static let L = GeneratorSpec(
    name: "Generated L", teachers: 87, classes: 60, periods: 8,
    leadership: .teamLeads(count: 13, release: 0.5), doublesPerClass: 2)

  /// 142 teachers, 100 classes, 5 × 8, about 3,300 meetings, 22 teams.
  public static let XL = GeneratorSpec(
    name: "Generated XL", teachers: 142, classes: 100, periods: 8,
    leadership: .teamLeads(count: 22, release: 0.5), doublesPerClass: 2)

  /// The report's typical elementary school: 54 teachers, 570 students, pre-K to 5, a
  /// principal and one AP who lead everyone; 10 spot visits and 1 formal observation a year.
  public static let typicalElementary: GeneratorSpec = {
    var s = GeneratorSpec(
      name: "Typical Elementary (54 teachers)", level: .elementary, teachers: 54, classes: 27,
      grades: ["PK", "K", "1", "2", "3", "4", "5"], periods: 8, leadership: .principalAndAP,
      adminSpan: 30, students: 570, oneOnOnesPerMonth: 0)
    // The principal and the AP evaluate about 20 teachers each (~220 observations each at
    // 10 + 1, the report's figure); an instructional coach takes the support teams.
    s.evaluatorCap = 20
    return s
  }()

  /// The same school with six grade-level Team Leads (K to 5) at 50% release, their homerooms
  /// covered by coverage positions, with stipends and a budget.
  public static let typicalElementaryTeamLeads: GeneratorSpec = {
    var s = typicalElementary
    s.evaluatorCap = nil
    s.name = "Typical Elementary (54 teachers), Team Leads"
    s.leadership = .teamLeads(count: 6, release: 0.5)
    s.oneOnOnesPerMonth = 2
    s.teacherCostPerPeriod = 60
    return s
  }()

  /// A Denver-style elementary school: grade-level teams of up to 8 (homeroom and support
  /// teachers) under Team Leads at 50% release, huddles twice a week, one-on-ones twice a
  /// month and a visit to every classroom every other week. (Denver's full rhythm, a visit
  /// every week and weekly one-on-ones, needs 21-24 periods a week of a Team Lead with 5-6
  /// teachers, each event a period, against 18 free at 50% of a 7-period day: `cadre explain`
  /// shows it.)
  public static let denverTeamLeads = GeneratorSpec(
    name: "Denver Team Leads Elementary", level: .elementary, teachers: 41, classes: 24,
    grades: ["K", "1", "2", "3", "4", "5"], periods: 7,
    leadership: .teamLeads(count: 6, release: 0.5), teamLeadSpan: 8, students: 530,
    specialists: ["pe", "music", "art", "library", "stem"], embedSupportInGradeTeams: true,
    observations: [
      ObservationQuota(kind: .spot, perYear: 18, minutes: 15),
      ObservationQuota(kind: .formal, perYear: 2),
    ],
    oneOnOnesPerMonth: 2, stipend: 5_000, teacherCostPerPeriod: 60)

  /// A Green Dot-style high school: about 600 students, a 7-period day, a principal and two
  /// APs who each lead at most 13 teachers across subject teams.
  public static let greenDotSecondary = GeneratorSpec(
    name: "Green Dot-style High School", teachers: 34, classes: 24, periods: 7,
    leadership: .greenDot, adminSpan: 13, doublesPerClass: 1, students: 600,
    oneOnOnesPerMonth: 2, timeZone: "America/Los_Angeles")

  /// A small middle school on an A/B two-week cycle with a blocked lunch, double periods and
  /// rooms of kinds (classrooms, a lab, a gym).
  public static let smallABWeek = GeneratorSpec(
    name: "Small A/B Middle School", teachers: 12, classes: 6, grades: ["6", "7", "8"],
    weeks: 2, periods: 6, lunchAfterPeriod: 3, leadership: .teamLeads(count: 2, release: 0.5),
    doublesPerClass: 1.5, pinnedLessons: 1, students: 150, rooms: true,
    timeZone: "America/Chicago")
}

/// The report's models as samples (issue 14): each reproduces one school the report describes;
/// `Tests/CadreTests/SampleFilesTests.swift` adds the leadership the generator has no model for
/// and the file's `source`.
extension GeneratorSpec {
  /// KIPP Sunshine Peak (a Denver middle school): 26 teachers whom the principal alone
  /// observed nine times a year (8 spot visits and 1 formal observation).
  public static let kippSunshinePeak = GeneratorSpec(
    name: "KIPP Sunshine Peak-style Middle School", teachers: 26, classes: 16,
    grades: ["5", "6", "7", "8"], periods: 7, leadership: .principalAndAP, adminSpan: 30,
    doublesPerClass: 1, students: 400,
    observations: [
      ObservationQuota(kind: .spot, perYear: 8, minutes: 15),
      ObservationQuota(kind: .formal, perYear: 1),
    ],
    oneOnOnesPerMonth: 0)

  /// The report's typical elementary school as it describes it: the principal and one AP lead
  /// all 54 teachers between them (no instructional coach).
  public static let typicalElementaryPrincipalAP: GeneratorSpec = {
    var s = typicalElementary
    s.name = "Typical Elementary (54 teachers), principal and AP only"
    s.evaluatorCap = nil
    return s
  }()

  /// An Opportunity Culture middle school: Multi-Classroom Leaders at 50% release lead subject
  /// teams (the pay is the samples' assumption, see Samples/README.md).
  public static let opportunityCulture = GeneratorSpec(
    name: "Opportunity Culture Middle School", teachers: 30, classes: 20,
    grades: ["6", "7", "8"], periods: 7, leadership: .teamLeads(count: 4, release: 0.5),
    teamLeadSpan: 8, doublesPerClass: 1, students: 520, oneOnOnesPerMonth: 2, stipend: 18_000,
    coverageCostPerPeriod: 35, teacherCostPerPeriod: 60)

  /// A Denver Team Lead like the report's "Anna": half her time teaching, a team of seven
  /// (four other homerooms and three support teachers of her grade), huddles twice a week, in
  /// every classroom every week (36 visits a year: 34 spot, 2 formal) and a one-on-one with
  /// each teacher every week.
  public static let denverAnna = GeneratorSpec(
    name: "Denver Team Lead \"Anna\" Elementary", level: .elementary, teachers: 53, classes: 30,
    grades: ["K", "1", "2", "3", "4", "5"], periods: 7,
    leadership: .teamLeads(count: 6, release: 0.5), teamLeadSpan: 8, students: 660,
    specialists: ["pe", "music", "art", "library", "stem"], embedSupportInGradeTeams: true,
    observations: [
      ObservationQuota(kind: .spot, perYear: 34, minutes: 15),
      ObservationQuota(kind: .formal, perYear: 2),
    ],
    oneOnOnesPerMonth: 4, stipend: 5_000, teacherCostPerPeriod: 60)
}
