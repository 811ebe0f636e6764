import CadreModel

extension Rules {
  /// `student-clash`: for every student group and slot, students × max(0, n − 1), n = meetings
  /// of the group's classes (each class counted once however often the group names it)
  /// occupying the slot.
  static func studentClash(_ c: CheckContext) -> [Violation] {
    guard !c.school.studentGroups.isEmpty else { return [] }
    var meetingsOf: [ClassID: [Int]] = [:]
    for (i, m) in c.meetings.enumerated() { meetingsOf[c.lesson(m).classID, default: []].append(i) }
    var out: [Violation] = []
    for g in c.school.studentGroups {
      var at = [[Int]](repeating: [], count: c.slotCount)
      var seen = Set<ClassID>()
      for k in g.classes where seen.insert(k).inserted {
        for i in meetingsOf[k] ?? [] {
          for s in c.meetings[i].occupied { at[s].append(i) }
        }
      }
      let who = g.students == 1 ? "1 student" : "\(g.students) students"
      for (s, here) in at.enumerated() where here.count > 1 {
        out.append(
          violation(
            "student-clash", g.students * (here.count - 1),
            "Student group \(g.id.raw) (\(who)) has \(here.count) lessons on \(c.label(s)): "
              + lessons(here.sorted(), c)))
      }
    }
    return out
  }
}
