import CadreLeadership
import CadreModel

/// The lookups every counting proof needs, computed once per school: indices by id, resolved
/// blocked and unavailable slots, each lesson's candidates and occupied pinned slots.
///
/// Dictionaries are for lookups only, never iterated, so their order cannot reach the output.
struct SchoolCounts {
  let school: School
  let teacherIndex: [TeacherID: Int]
  let classIndex: [ClassID: Int]
  let blocked: Set<Slot>
  /// Non-blocked slots of the whole cycle.
  let teachable: Int
  let teacherAway: [Set<Slot>]
  let classAway: [Set<Slot>]
  /// Per lesson: candidate teacher indices (docs/RULES.md).
  let candidates: [[Int]]
  /// Per lesson: the slots each pinned meeting occupies (meetings whose start resolves).
  let pinnedSlots: [[(start: Slot, occupied: [Slot])]]
  let rooms: RoomFacts

  init(_ school: School) {
    self.school = school
    teacherIndex = RoomFacts.firstIndex(school.teachers.map(\.id))
    classIndex = RoomFacts.firstIndex(school.classes.map(\.id))
    let cycle = school.cycle
    let blocked = cycle.blockedSlots
    self.blocked = blocked
    teachable = max(0, cycle.slotCount - blocked.count)
    func resolved(_ refs: [SlotRef]) -> Set<Slot> {
      var out = Set<Slot>()
      for r in refs { for s in cycle.resolve(r) where !blocked.contains(s) { out.insert(s) } }
      return out
    }
    teacherAway = school.teachers.map { resolved($0.unavailable) }
    classAway = school.classes.map { resolved($0.unavailable) }
    let teacherIndex = self.teacherIndex
    let classIndex = self.classIndex
    candidates = school.lessons.map {
      SchoolFacts.candidates($0, school, teacherIndex, classIndex)
    }
    pinnedSlots = school.lessons.map { lesson in
      var out: [(Slot, [Slot])] = []
      for ref in lesson.pinned.prefix(max(0, lesson.meetings)) {
        guard ref.week != nil || cycle.weekCount == 1, let start = cycle.resolve(ref).first
        else { continue }
        let end = min(cycle.periodCount, start.period + max(1, min(lesson.duration, 64)))
        out.append(
          (start, (start.period..<end).map { Slot(week: start.week, day: start.day, period: $0) }))
      }
      return out
    }
    rooms = RoomFacts(school)
  }

  var cycle: Cycle { school.cycle }

  /// Σ meetings × duration, nonsense values counting as 0.
  static func periods(_ lesson: Lesson) -> Int {
    let (p, overflow) = max(0, lesson.meetings).multipliedReportingOverflow(
      by: max(0, lesson.duration))
    return overflow ? Int.max / 4 : p
  }

  /// The teacher a lesson must have: its only candidate.
  func fixedTeacher(_ l: Int) -> Int? { candidates[l].count == 1 ? candidates[l][0] : nil }

  /// The most periods teacher `t` can teach in a cycle from their availability and limits
  /// alone (not a leader's release): Σ weeks min(maxPerWeek, Σ days min(maxPerDay, free)).
  func capacity(_ t: Int, maxPerDay: Int?? = nil, maxPerWeek: Int?? = nil, away: Set<Slot>? = nil)
    -> Int
  {
    let teacher = school.teachers[t]
    return cycle.teachingCapacity(
      blocked: blocked, away: away ?? teacherAway[t], maxPerDay: maxPerDay ?? teacher.maxPerDay,
      maxPerWeek: maxPerWeek ?? teacher.maxPerWeek)
  }

  /// "Ana (T-ANA)", or the bare id.
  static func label(_ name: String, _ id: String) -> String {
    name.isEmpty || name == id ? id : "\(name) (\(id))"
  }

  func teacherLabel(_ t: Int) -> String {
    Self.label(school.teachers[t].name, school.teachers[t].id.raw)
  }

  func classLabel(_ k: Int) -> String {
    Self.label(school.classes[k].name, school.classes[k].id.raw)
  }

  func roomLabel(_ r: Int) -> String {
    Self.label(school.rooms[r].name, school.rooms[r].id.raw)
  }

  /// Weeks of school a year, for yearly costs: the one count every layer uses
  /// (`InstructionalYear`: the school year's, else the budget's `weeksPerYear`, else 36).
  var weeksPerYear: Int { InstructionalYear(school).weeks }
}
