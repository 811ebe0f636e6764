import CadreCheck
import CadreModel
import Testing

/// Tiny schools and schedules for the given/expect tests, written the way a school file reads.
enum Fixture {
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]

  /// A cycle of `periods` periods named P1...Pn, 45 minutes each from 08:00.
  static func cycle(
    weeks: [String] = ["A"], days: [String] = weekdays, periods: Int = 4, late: [Int] = [],
    blocked: [String] = []
  ) -> Cycle {
    let list = (1...periods).map { p in
      Period(
        name: "P\(p)", start: TimeOfDay(minutes: 480 + 50 * (p - 1)),
        end: TimeOfDay(minutes: 525 + 50 * (p - 1)), late: late.contains(p))
    }
    return Cycle(
      weeks: weeks, days: days, periods: list,
      blocked: blocked.map { BlockedSlot(slot: at($0), reason: "Lunch") })
  }

  /// The base school: Mon-Fri, P1-P4 (P4 late by default), no blocked slots.
  /// T-ANA teaches math, T-BOB anything; classes 3A (grade 3) and 4B (grade 4); lessons 3A-math
  /// and 4B-math (fixed T-ANA), 3A-art and 4B-art (default candidates), one meeting each.
  static func school(cycle: Cycle = cycle()) -> School {
    School(
      name: "Fixture", cycle: cycle,
      teachers: [
        Teacher(id: "T-ANA", name: "Ana", subjects: ["math"]),
        Teacher(id: "T-BOB", name: "Bob"),
      ],
      classes: [
        SchoolClass(id: "3A", grade: "3", students: 25),
        SchoolClass(id: "4B", grade: "4", students: 22),
      ],
      lessons: [
        Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 1, teacher: "T-ANA"),
        Lesson(id: "4B-math", classID: "4B", subject: "math", meetings: 1, teacher: "T-ANA"),
        Lesson(id: "3A-art", classID: "3A", subject: "art", meetings: 1),
        Lesson(id: "4B-art", classID: "4B", subject: "art", meetings: 1),
      ])
  }

  /// A clean schedule of the base school: every rule counts 0.
  static let clean = Schedule(meetings: [
    meet("3A-math", "Mon P1", "T-ANA"),
    meet("4B-math", "Tue P1", "T-ANA"),
    meet("3A-art", "Mon P2", "T-BOB"),
    meet("4B-art", "Mon P3", "T-BOB"),
  ])

  /// The clean schedule with the meetings of `lesson` replaced.
  static func clean(replacing lesson: String, with meetings: [Meeting]) -> Schedule {
    Schedule(meetings: clean.meetings.filter { $0.lesson.raw != lesson } + meetings)
  }
}

/// "Mon P3" or "B Mon P3".
func at(_ text: String) -> SlotRef {
  let parts = text.split(separator: " ").map(String.init)
  if parts.count == 3 { return SlotRef(week: parts[0], day: parts[1], period: parts[2]) }
  return SlotRef(day: parts.first ?? "", period: parts.count > 1 ? parts[1] : "")
}

func meet(
  _ lesson: String, _ slot: String?, _ teacher: String?, index: Int = 0, room: String? = nil
) -> Meeting {
  Meeting(
    lesson: LessonID(lesson), index: index, start: slot.map { at($0) },
    teacher: teacher.map { TeacherID($0) }, room: room.map { RoomID($0) })
}

/// Checks that exactly the rules in `counts` are broken, by those counts, and the cost.
func expectCounts(
  _ report: CheckReport, _ counts: [String: Int], cost: HardSoft,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for row in report.countsByRule {
    #expect(
      row.count == counts[row.rule] ?? 0, "rule \(row.rule)", sourceLocation: sourceLocation)
  }
  for rule in counts.keys.sorted() {
    #expect(
      report.countsByRule.contains { $0.rule == rule }, "unknown rule \(rule)",
      sourceLocation: sourceLocation)
  }
  #expect(report.cost == cost, sourceLocation: sourceLocation)
  // The violations add up to the table.
  for row in report.countsByRule {
    let sum = report.violations.filter { $0.rule == row.rule }.reduce(0) { $0 + $1.count }
    #expect(sum == row.count, "violations of \(row.rule)", sourceLocation: sourceLocation)
  }
}

func messages(_ report: CheckReport, _ rule: String) -> [String] {
  report.violations.filter { $0.rule == rule }.map(\.message)
}
