import CadreEngine
import CadreModel

/// A seeded random small school that exercises every rule of docs/RULES.md: blocked and
/// unavailable slots, A/B weeks, double lessons, fixed/listed/qualified candidates, home rooms,
/// room kinds and capacities, pins, preferences, limits, a teaching team lead with a team and a
/// non-teaching leader.
func tinySchool(seed: UInt64, lessons lessonCount: Int = 6) -> School {
  var rng = SplitMix64(seed: seed)
  let weeks = rng.chance(20) ? ["A", "B"] : ["A"]
  let days = Array(["Mon", "Tue", "Wed", "Thu"].prefix(2 + rng.below(3)))
  let periods = (0..<(3 + rng.below(4))).map { p in
    Period(
      name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
      end: TimeOfDay(minutes: 530 + 60 * p), late: false)
  }
  func ref() -> SlotRef {
    SlotRef(
      week: weeks.count > 1 && rng.chance(50) ? weeks[rng.below(weeks.count)] : nil,
      day: days[rng.below(days.count)], period: periods[rng.below(periods.count)].name)
  }
  func startRef() -> SlotRef {
    SlotRef(
      week: weeks.count > 1 ? weeks[rng.below(weeks.count)] : nil,
      day: days[rng.below(days.count)], period: periods[rng.below(periods.count)].name)
  }
  func refs(_ max: Int) -> [SlotRef] { (0..<rng.below(max + 1)).map { _ in ref() } }
  let blocked = rng.chance(40) ? [BlockedSlot(slot: ref(), reason: "lunch")] : []
  let cycle = Cycle(weeks: weeks, days: days, periods: periods, blocked: blocked)
  let subjects = ["math", "ela", "sci"]
  let teachers = (0..<(3 + rng.below(3))).map { i in
    Teacher(
      id: TeacherID("T\(i)"),
      subjects: rng.chance(50) ? [subjects[rng.below(3)], subjects[rng.below(3)]] : [],
      grades: rng.chance(30) ? ["\(6 + rng.below(2))"] : [],
      maxPerDay: rng.chance(25) ? 1 + rng.below(3) : nil,
      maxPerWeek: rng.chance(20) ? 2 + rng.below(4) : nil, unavailable: refs(2))
  }
  let rooms = (0..<rng.below(4)).map { i in
    Room(
      id: RoomID("R\(i)"), kind: rng.chance(70) ? "classroom" : "lab",
      capacity: rng.chance(50) ? 20 + rng.below(10) : nil, unavailable: refs(1))
  }
  let classes = (0..<(2 + rng.below(2))).map { i in
    SchoolClass(
      id: ClassID("C\(i)"), grade: rng.chance(80) ? "\(6 + rng.below(2))" : nil,
      students: rng.chance(60) ? 18 + rng.below(10) : nil, unavailable: refs(1),
      homeRoom: !rooms.isEmpty && rng.chance(30) ? rooms[rng.below(rooms.count)].id : nil)
  }
  var lessons: [Lesson] = []
  for i in 0..<lessonCount {
    let meetings = 1 + rng.below(3)
    let fixed = rng.chance(50) ? teachers[rng.below(teachers.count)].id : nil
    let listed =
      fixed == nil && rng.chance(40)
      ? [teachers[rng.below(teachers.count)].id, teachers[0].id] : []
    lessons.append(
      Lesson(
        id: LessonID("L\(i)"), classID: classes[rng.below(classes.count)].id,
        subject: subjects[rng.below(3)], meetings: meetings, duration: rng.chance(15) ? 2 : 1,
        teacher: fixed, candidates: listed,
        pinned: rng.chance(10) ? [startRef()] : [],
        room: !rooms.isEmpty && rng.chance(15) ? rooms[rng.below(rooms.count)].id : nil,
        roomKind: !rooms.isEmpty && rng.chance(25) ? (rng.chance(70) ? "classroom" : "lab") : nil,
        preferred: rng.chance(25) ? refs(3) : []))
  }
  let leadership = Leadership(
    roles: [
      Role(id: "lead", kind: .teamLead, release: 0.5, spanLimit: 8),
      Role(id: "ap", kind: .assistantPrincipal, release: 1, spanLimit: 20),
    ],
    leaders: [
      Leader(id: "ana", role: "lead", teacher: teachers[0].id),
      Leader(id: "bo", role: "ap", unavailable: refs(2)),
    ],
    teams: [
      Team(id: "team1", leader: "ana", members: [teachers[1].id, teachers[2].id]),
      Team(id: "team2", leader: "bo", members: rng.chance(50) ? [teachers[0].id] : []),
    ])
  var policy = Policy(
    huddlesPerWeek: rng.below(3), observableSlotsPerMember: rng.below(3),
    maxConsecutivePeriods: 1 + rng.below(3))
  // From the seed, not the stream, so the schools drawn above stay as they were.
  policy.debriefWindowDays = Int(seed % 4)
  var school = School(
    name: "Tiny \(seed)", cycle: cycle, teachers: teachers, classes: classes, rooms: rooms,
    lessons: lessons, leadership: leadership, policy: policy,
    weights: Weights(
      teacherGap: 3, sameSubjectTwice: 5, unevenSpread: 2, consecutive: 2, lateDay: 1,
      preferredSlot: 3, moved: 10))
  addMoney(to: &school, seed: seed)
  addStudentGroups(to: &school, seed: seed)
  addPersonalLimits(to: &school, seed: seed)
  return school
}

/// Teachers' and classes' own limits and teachers' preferred slots (`personal-limit`,
/// `personal-preference`, `preferred-slot`), from a separate stream: each limit present a
/// third of the time, hard or soft.
private func addPersonalLimits(to school: inout School, seed: UInt64) {
  var personal = SplitMix64(seed: seed ^ 0x9E25)
  guard personal.chance(60) else { return }
  func limits(classes: Bool) -> PersonalLimits {
    var l = PersonalLimits()
    for kind in PersonalLimits.Kind.allCases where !classes || kind.appliesToClasses {
      guard personal.chance(33) else { continue }
      let least = kind == .minPerDay || kind == .maxInARow ? 1 : 0
      l[kind] = PolicyNumber(
        least + personal.below(3), weight: personal.chance(50) ? nil : personal.below(5))
    }
    return l
  }
  let days = school.cycle.days
  let periods = school.cycle.periods.map(\.name)
  for i in school.teachers.indices {
    school.teachers[i].limits = limits(classes: false)
    if let most = school.teachers[i].maxPerDay, let least = school.teachers[i].limits.minPerDay,
      !least.isSoft, least.count > most
    {
      school.teachers[i].limits.minPerDay = nil
    }
    if personal.chance(30) {
      school.teachers[i].preferred = (0..<(1 + personal.below(4))).map { _ in
        SlotRef(
          day: days[personal.below(days.count)], period: periods[personal.below(periods.count)])
      }
    }
  }
  for i in school.classes.indices { school.classes[i].limits = limits(classes: true) }
}

/// Student groups over the classes (`student-clash`), from a separate stream so the schools
/// drawn above stay as they were: sometimes none, else one to three groups of one to four
/// students, each attending two or more distinct classes.
private func addStudentGroups(to school: inout School, seed: UInt64) {
  var students = SplitMix64(seed: seed ^ 0x57D6)
  guard students.chance(60), school.classes.count > 1 else { return }
  for g in 0..<(1 + students.below(3)) {
    var ids = school.classes.map(\.id)
    for i in stride(from: ids.count - 1, to: 0, by: -1) { ids.swapAt(i, students.below(i + 1)) }
    school.studentGroups.append(
      StudentGroup(
        id: StudentGroupID("S\(g)"), students: 1 + students.below(4),
        classes: Array(ids.prefix(2 + students.below(ids.count - 1)))))
  }
}

/// The budget rules' inputs, from a separate stream so the schools drawn above stay as they
/// were: most of the time the last teacher is a coverage position, some lessons list it beside
/// the lead's teacher (released periods), the lead has a stipend and the budget a cap that is
/// sometimes tight, sometimes below the stipend alone.
private func addMoney(to school: inout School, seed: UInt64) {
  var money = SplitMix64(seed: seed ^ 0xB0D6E7)
  guard money.chance(70) else { return }
  let lead = school.teachers[0].id
  let cov = school.teachers.count - 1
  school.teachers[cov].coverage = true
  school.teachers[cov].costPerPeriod = money.chance(50) ? 20 + money.below(20) : nil
  for i in school.lessons.indices where school.lessons[i].teacher == nil && money.chance(50) {
    school.lessons[i].candidates = [lead, school.teachers[cov].id]
  }
  school.leadership.roles[0].stipend = money.below(3) * 1000
  school.budget = Budget(
    cap: money.chance(60) ? money.below(8) * 1000 : nil,
    coveragePerPeriod: money.chance(70) ? 30 : 0, weeksPerYear: money.chance(50) ? 36 : nil)
}
