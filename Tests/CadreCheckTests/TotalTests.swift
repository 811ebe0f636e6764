import CadreCheck
import CadreModel
import Testing

/// A small full school with a schedule whose cost is computed by hand, the report text, and
/// the shape of the rule table.
@Suite struct TotalTests {
  /// Mon-Wed, P1-P4 (P4 late), Tue P3 blocked (lunch).
  static let school = School(
    name: "Small", cycle: Fixture.cycle(days: ["Mon", "Tue", "Wed"], blocked: ["Tue P3"]),
    teachers: [
      Teacher(id: "T-ANA", subjects: ["math"], grades: ["3"]),
      Teacher(id: "T-BOB", subjects: ["art"]),
      Teacher(id: "T-CAT", maxPerDay: 2),
    ],
    classes: [SchoolClass(id: "3A", grade: "3"), SchoolClass(id: "4B", grade: "4")],
    lessons: [
      Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 3),
      Lesson(id: "4B-math", classID: "4B", subject: "math", meetings: 2),
      Lesson(
        id: "3A-art", classID: "3A", subject: "art", meetings: 1, duration: 2, teacher: "T-BOB"),
    ])

  static let schedule = Schedule(meetings: [
    meet("3A-math", "Mon P1", "T-ANA"),
    meet("3A-math", "Mon P3", "T-ANA", index: 1),
    meet("3A-math", "Wed P4", "T-ANA", index: 2),
    meet("4B-math", "Mon P1", "T-ANA"),
    meet("4B-math", "Tue P3", "T-CAT", index: 1),
    meet("3A-art", "Mon P2", "T-BOB"),
  ])

  @Test func handComputedTotal() {
    let report = Checker.check(school: Self.school, schedule: Self.schedule)
    // Hard: T-ANA twice in Mon P1; 3A in Mon P3 (math, and art's second period); 4B-math at
    // lunch; T-ANA is not qualified for grade 4 (default candidates: T-CAT only); 4B-math is
    // split between T-ANA and T-CAT.
    // Soft: T-ANA idle Mon P2 (1 × 3); 3A math twice on Mon (1 × 5); 3A-math on days 0, 0,
    // 2 with g = 1 (1 × 2); 3A-math in late Wed P4 (1 × 1): 11.
    expectCounts(
      report,
      [
        "teacher-clash": 1, "class-clash": 1, "blocked-slot": 1, "unqualified-teacher": 1,
        "split-lesson": 1, "teacher-gap": 1, "same-subject-twice": 1, "uneven-spread": 1,
        "late-day": 1,
      ], cost: HardSoft(hard: 5, soft: 11))
    #expect(
      messages(report, "unqualified-teacher") == [
        "4B-math (index 0) is taught by T-ANA, but T-ANA does not teach math to grade 4"
      ])
  }

  @Test func handComputedTotalWithAPreviousSchedule() {
    var previous = Self.schedule
    previous.meetings[2].start = at("Wed P1")
    previous.meetings[4].teacher = "T-ANA"
    let report = Checker.check(school: Self.school, schedule: Self.schedule, previous: previous)
    // 3A-math index 2 moved; 4B-math changed teacher (once for the lesson).
    #expect(report.count("moved") == 2)
    #expect(report.cost == HardSoft(hard: 5, soft: 11 + 20))
  }

  @Test func tableListsEveryRuleInRulesOrder() {
    let report = Checker.check(school: Self.school, schedule: Self.schedule)
    #expect(
      report.countsByRule.map(\.rule) == [
        "unplaced", "no-teacher", "teacher-clash", "class-clash", "room-clash", "blocked-slot",
        "teacher-unavailable", "class-unavailable", "room-unavailable", "double-lesson-overflow",
        "pinned-moved", "unqualified-teacher", "room-unsuitable", "leader-overload",
        "teacher-day-max", "teacher-week-max", "common-planning", "observation-window",
        "debrief-time", "split-lesson", "over-budget", "debrief-window", "student-clash",
        "personal-limit", "teacher-gap", "same-subject-twice", "uneven-spread", "consecutive",
        "late-day", "preferred-slot", "moved", "room-stability", "coverage-cost",
        "room-preference", "team-policy", "personal-preference", "unknown-lesson",
        "unknown-slot", "unknown-teacher",
        "unknown-room", "duplicate-meeting",
      ])
    let soft = report.countsByRule.filter { !$0.hard }.map(\.rule)
    #expect(
      soft == [
        "teacher-gap", "same-subject-twice", "uneven-spread", "consecutive", "late-day",
        "preferred-slot", "moved", "room-stability", "coverage-cost", "room-preference",
        "team-policy", "personal-preference",
      ])
    let gap = report.countsByRule.first { $0.rule == "teacher-gap" }
    #expect(gap?.count == 1 && gap?.weighted == 3)
    #expect(
      report.violations.map(\.rule) == [
        "teacher-clash", "class-clash", "blocked-slot", "unqualified-teacher", "split-lesson",
        "teacher-gap", "same-subject-twice", "uneven-spread", "late-day",
      ])
  }

  @Test func reportText() {
    let text = Checker.check(school: Self.school, schedule: Self.schedule).text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Schedule breaks 5 hard rules (hard 5, soft 11)")
    #expect(lines.contains("rule                    kind  count  weighted"))
    #expect(lines.contains("teacher-gap             soft      1         3"))
    #expect(lines.contains("moved                   soft      0         0"))
    #expect(lines.contains("teacher-clash (hard, count 1):"))
    #expect(lines.contains("  T-ANA teaches 2 lessons on Mon P1: 3A-math, 4B-math"))
    let hardGroup = lines.firstIndex(of: "unqualified-teacher (hard, count 1):") ?? Int.max
    let softGroup = lines.firstIndex(of: "teacher-gap (soft, count 1):") ?? -1
    #expect(hardGroup < softGroup)
    let clean = Checker.check(school: Fixture.school(), schedule: Fixture.clean).text
    #expect(clean.hasPrefix("Schedule is feasible (hard 0, soft 0)\n"))
  }

  @Test func reportCapsLongGroups() {
    var school = Fixture.school()
    school.lessons[0].meetings = 26
    let text = Checker.check(school: school, schedule: Fixture.clean).text
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "Schedule breaks 1 hard rule (hard 25, soft 0)")
    #expect(lines.filter { $0.hasPrefix("  3A-math (index ") }.count == 20)
    #expect(lines.contains("  ... and 5 more (every one in check-all.txt)"))
    // check-all.txt: every violation of every rule, no cap.
    let all = Checker.check(school: school, schedule: Fixture.clean).fullText
    let allLines = all.split(separator: "\n").map(String.init)
    #expect(allLines.filter { $0.hasPrefix("  3A-math (index ") }.count == 25)
    #expect(!all.contains("... and"))
  }

  @Test func perTeacherSummaryCountsTheSoftRulesOfEachTeacher() {
    let report = Checker.check(school: Self.school, schedule: Self.schedule)
    // Every teacher of the school has a line, in school order.
    #expect(report.teachers.map(\.teacher) == Self.school.teachers.map(\.id))
    // Each teacher's counts add up to what the violations naming them count.
    for summary in report.teachers {
      for c in summary.counts {
        let expected = report.violations.filter {
          $0.rule == c.rule && $0.teachers.contains(summary.teacher)
        }.reduce(0) { $0 + $1.count }
        #expect(c.count == expected, "\(summary.line)")
      }
    }
    let gaps = report.violations.filter { $0.rule == "teacher-gap" }
    #expect(!gaps.isEmpty && gaps.allSatisfy { $0.teachers.count == 1 })
    let lines = report.text.split(separator: "\n").map(String.init)
    #expect(lines.contains("Per teacher (soft rules):"))
    let withGap = report.teachers.first { $0.counts.contains { $0.rule == "teacher-gap" } }
    #expect(withGap.map { lines.contains("  " + $0.line) } == true)
    #expect(withGap?.phrase.contains(" gap") == true)
  }

  @Test func outputIsDeterministic() {
    let a = Checker.check(school: Self.school, schedule: Self.schedule)
    let b = Checker.check(school: Self.school, schedule: Self.schedule)
    #expect(a.text == b.text)
    #expect(a.violations == b.violations)
  }

  @Test func defaultCandidatesFollowSubjectsAndGrades() {
    // 3A-math: T-ANA (math, grade 3) and T-CAT (anything) qualify; T-BOB (art) does not.
    var school = Self.school
    school.classes.append(SchoolClass(id: "MIX"))  // no grade: any grades list passes
    school.lessons.append(Lesson(id: "MIX-math", classID: "MIX", subject: "math", meetings: 1))
    func unqualified(_ lesson: String, _ teacher: String) -> Int {
      let schedule = Schedule(meetings: [meet(lesson, "Wed P2", teacher)])
      return Checker.check(school: school, schedule: schedule).count("unqualified-teacher")
    }
    #expect(unqualified("3A-math", "T-ANA") == 0)
    #expect(unqualified("3A-math", "T-CAT") == 0)
    #expect(unqualified("3A-math", "T-BOB") == 1)
    #expect(unqualified("4B-math", "T-ANA") == 1)
    #expect(unqualified("4B-math", "T-CAT") == 0)
    #expect(unqualified("MIX-math", "T-ANA") == 0)
    #expect(unqualified("MIX-math", "T-BOB") == 1)
  }
}
