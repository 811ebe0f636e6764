/// The shape of a generated OneRoster export (`OneRosterGenerator`): a secondary school of
/// `grades`, `studentsPerGrade` students each taking the grade's core courses and
/// `electivesPerStudent` electives drawn unevenly (by `Elective.weight`), so sections share
/// students unevenly.
public struct OneRosterSpec: Sendable, Equatable {
  /// A course every student of one grade takes.
  public struct Core: Sendable, Equatable {
    public var code: String
    public var title: String
    public var department: String
    public var grade: Int
    public var subject: String
  }

  /// A course students of `grades` may choose, with its popularity.
  public struct Elective: Sendable, Equatable {
    public var code: String
    public var title: String
    public var department: String
    public var grades: ClosedRange<Int>
    public var weight: Int
    public var subject: String
  }

  public var name: String
  public var grades: [Int]
  public var studentsPerGrade: Int
  public var core: [Core]
  public var electives: [Elective]
  public var electivesPerStudent: Int
  /// Periods a day; every section meets once a day in one of them (a block schedule).
  public var periods: Int
  /// Most sections one teacher teaches (of `periods` a day).
  public var sectionsPerTeacher: Int
  /// Target section size; a course's sections are ceil(demand / size).
  public var sectionSize: Int

  /// A 600-student high school (grades 9-12): English, math, science and social studies
  /// every year, two electives from fourteen of very different popularity, seven periods.
  public static let highSchool600 = OneRosterSpec(
    name: "Riverside High School", grades: [9, 10, 11, 12], studentsPerGrade: 150,
    core: coreCourses, electives: electiveCourses, electivesPerStudent: 2, periods: 7,
    sectionsPerTeacher: 5, sectionSize: 25)

  static let coreCourses: [Core] = {
    let tracks: [(String, String, String, [String])] = [
      (
        "ENG", "English", "English Language and Literature",
        ["English 9", "English 10", "English 11", "English 12"]
      ),
      (
        "MTH", "Mathematics", "Mathematics", ["Algebra I", "Geometry", "Algebra II", "Precalculus"]
      ),
      (
        "SCI", "Science", "Life and Physical Sciences",
        ["Biology", "Chemistry", "Physics", "Environmental Science"]
      ),
      (
        "SOC", "Social Studies", "Social Sciences and History",
        ["World History", "World Geography", "US History", "Government and Economics"]
      ),
    ]
    var out: [Core] = []
    for (k, grade) in [9, 10, 11, 12].enumerated() {
      for (prefix, department, subject, titles) in tracks {
        out.append(
          Core(
            code: "\(prefix)\(grade)", title: titles[k], department: department, grade: grade,
            subject: subject))
      }
    }
    return out
  }()

  static let electiveCourses: [Elective] = [
    Elective(
      code: "SPA1", title: "Spanish I", department: "World Languages", grades: 9...10, weight: 30,
      subject: "Foreign Language and Literature"),
    Elective(
      code: "SPA2", title: "Spanish II", department: "World Languages", grades: 10...12, weight: 22,
      subject: "Foreign Language and Literature"),
    Elective(
      code: "FRE1", title: "French I", department: "World Languages", grades: 9...11, weight: 9,
      subject: "Foreign Language and Literature"),
    Elective(
      code: "PE", title: "Physical Education", department: "Physical Education", grades: 9...10,
      weight: 34, subject: "Physical Health and Safety Education"),
    Elective(
      code: "HLTH", title: "Health", department: "Physical Education", grades: 9...12, weight: 12,
      subject: "Physical Health and Safety Education"),
    Elective(
      code: "ART1", title: "Art I", department: "Fine Arts", grades: 9...12, weight: 16,
      subject: "Fine and Performing Arts"),
    Elective(
      code: "CER", title: "Ceramics", department: "Fine Arts", grades: 10...12, weight: 6,
      subject: "Fine and Performing Arts"),
    Elective(
      code: "BAND", title: "Concert Band", department: "Music", grades: 9...12, weight: 10,
      subject: "Fine and Performing Arts"),
    Elective(
      code: "CHOR", title: "Choir", department: "Music", grades: 9...12, weight: 8,
      subject: "Fine and Performing Arts"),
    Elective(
      code: "CSP", title: "Computer Science Principles", department: "Computer Science",
      grades: 10...12, weight: 14, subject: "Computer and Information Sciences"),
    Elective(
      code: "APCS", title: "AP Computer Science A", department: "Computer Science", grades: 11...12,
      weight: 5, subject: "Computer and Information Sciences"),
    Elective(
      code: "PSY", title: "Psychology", department: "Social Studies", grades: 11...12, weight: 12,
      subject: "Social Sciences and History"),
    Elective(
      code: "JOUR", title: "Journalism", department: "English", grades: 10...12, weight: 4,
      subject: "English Language and Literature"),
    Elective(
      code: "DRAM", title: "Drama", department: "Fine Arts", grades: 9...12, weight: 6,
      subject: "Fine and Performing Arts"),
  ]
}
