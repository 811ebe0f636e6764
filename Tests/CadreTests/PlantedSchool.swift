import CadreEngine
import CadreModel

/// A seeded school with a planted solution (for the opt-in timing test): every class filled to
/// `classLoad` of its slots by teachers of one subject each, no teacher above `teacherLoad`,
/// team leads at 50% release, and two planted common free slots per team of about 7.
func plantedSchool(
  seed: UInt64, teachers T: Int, classes C: Int, days: Int = 5, periods P: Int,
  classLoad: Double = 0.87, teacherLoad: Double = 0.88
) -> School {
  var rng = SplitMix64(seed: seed)
  let S = days * P
  let dayNames = Array(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].prefix(days))
  let periods = (0..<P).map {
    Period(
      name: "P\($0 + 1)", start: TimeOfDay(minutes: 480 + 55 * $0),
      end: TimeOfDay(minutes: 530 + 55 * $0))
  }
  let teamSize = 7
  let teamCount = T / (teamSize + 1)
  var busy = [[Bool]](repeating: [Bool](repeating: false, count: S), count: T)
  var capacity = (0..<T).map { _ in Int(teacherLoad * Double(S)) }
  var teams: [Team] = []
  var leaders: [Leader] = []
  for g in 0..<teamCount {
    let lead = g * (teamSize + 1)
    capacity[lead] = S / 2
    let members = ((lead + 1)...(lead + teamSize)).map { TeacherID("T\($0)") }
    leaders.append(Leader(id: LeaderID("L\(g)"), role: "lead", teacher: TeacherID("T\(lead)")))
    teams.append(Team(id: TeamID("G\(g)"), leader: LeaderID("L\(g)"), members: members))
    var common: Set<Int> = []
    while common.count < 2 { common.insert(rng.below(S)) }
    for s in common { for t in lead...(lead + teamSize) { busy[t][s] = true } }
  }
  // Fill classes slot by slot with the free teacher with most capacity left.
  var cells = [[Int]](repeating: [Int](repeating: -1, count: S), count: C)
  for c in 0..<C {
    var slots = Array(0..<S)
    for i in stride(from: S - 1, to: 0, by: -1) { slots.swapAt(i, rng.below(i + 1)) }
    for s in slots.prefix(Int(classLoad * Double(S))) {
      var best = -1
      for t in 0..<T where !busy[t][s] && capacity[t] > 0 {
        if best < 0 || capacity[t] > capacity[best]
          || (capacity[t] == capacity[best] && rng.chance(30))
        {
          best = t
        }
      }
      guard best >= 0 else { continue }
      busy[best][s] = true
      capacity[best] -= 1
      cells[c][s] = best
    }
  }
  var lessons: [Lesson] = []
  for c in 0..<C {
    var perTeacher: [Int: Int] = [:]
    for s in 0..<S where cells[c][s] >= 0 { perTeacher[cells[c][s], default: 0] += 1 }
    for t in perTeacher.keys.sorted() {
      lessons.append(
        Lesson(
          id: LessonID("C\(c)-T\(t)"), classID: ClassID("C\(c)"), subject: "S\(t % 12)",
          meetings: perTeacher[t] ?? 0, teacher: TeacherID("T\(t)")))
    }
  }
  return School(
    name: "Planted \(T)x\(C)", cycle: Cycle(days: dayNames, periods: periods),
    teachers: (0..<T).map { Teacher(id: TeacherID("T\($0)")) },
    classes: (0..<C).map { SchoolClass(id: ClassID("C\($0)"), grade: "9") }, lessons: lessons,
    leadership: Leadership(
      roles: [Role(id: "lead", kind: .teamLead, release: 0.5, spanLimit: 8)], leaders: leaders,
      teams: teams),
    policy: Policy(huddlesPerWeek: 2, observableSlotsPerMember: 2))
}
