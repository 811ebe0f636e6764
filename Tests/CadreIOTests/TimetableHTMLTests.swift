import CadreCheck
import CadreModel
import Testing

@testable import CadreIO

@Suite struct TimetableHTMLTests {
  static func files(_ school: School, _ schedule: Schedule) -> [String: String] {
    let report = Checker.check(school: school, schedule: schedule)
    var out: [String: String] = [:]
    let facts = report.timetableFacts(school: school, schedule: schedule)
    for f in TimetableHTML.files(school: school, schedule: schedule, facts: facts) {
      out[f.path] = f.content
    }
    return out
  }

  @Test func onePagePerTeacherClassRoomAndLeaderWithNames() {
    let pages = Self.files(TestSchools.tiny(), TestSchools.tinySchedule())
    #expect(
      pages.keys.sorted() == [
        "all-classes.html", "all-leaders.html", "all-rooms.html", "all-teachers.html",
        "classes/3A.html", "classes/3B.html", "index.html", "rooms/R1.html", "teachers/T-ANA.html",
        "teachers/T-BO.html",
      ])
    let bo = pages["teachers/T-BO.html"] ?? ""
    // Names, escaped, with the id beside them; no script, no network.
    #expect(bo.contains("<h1>Bo, &quot;the&quot; coach <span class=\"id\">T-BO</span></h1>"))
    #expect(!bo.contains("<script") && !bo.contains("http"))
    // The double lesson is one cell over two periods; lunch keeps its reason.
    #expect(bo.contains("rowspan=\"2\""))
    #expect(bo.contains("<td class=\"blocked\">lunch</td>"))
    #expect(bo.contains("title=\"Lesson 3B-art, meeting 1 of 1 · class 3B · teacher T-BO"))
    let all = pages["all-teachers.html"] ?? ""
    #expect(all.components(separatedBy: "<section class=\"sheet").count - 1 == 2)
    #expect(all.contains("@page{size:landscape"))
    #expect(all.contains(".sheet+.sheet{break-before:page}"))
  }

  @Test func abWeeksStandSideBySide() {
    let school = TestSchools.full()
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-art", index: 0, start: SlotRef(week: "B", day: "Mon", period: "P1"),
        teacher: "T-BO")
    ])
    let page = Self.files(school, schedule)["teachers/T-BO.html"] ?? ""
    #expect(page.contains("<div class=\"weeks weeks-2\">"))
    #expect(page.contains("<caption>Week A</caption>"))
    #expect(page.contains("<caption>Week B</caption>"))
    #expect(page.contains("08:00–08:50"))
  }

  @Test func leaderReleaseMarksObservationAndPlanningFromTheCheckersFacts() {
    var school = TestSchools.tiny()
    school.leadership = Leadership(
      roles: [Role(id: "TL", kind: .teamLead, release: 0.5, spanLimit: 4)],
      leaders: [Leader(id: "L-ANA", name: "Ana", role: "TL", teacher: "T-ANA")],
      teams: [Team(id: "TEAM", name: "Grade 3", leader: "L-ANA", members: ["T-BO"])])
    let schedule = TestSchools.tinySchedule()
    let release = LeaderRelease.all(school: school, schedule: schedule)
    #expect(release.count == 1)
    let uses = release[0].slots
    func use(_ d: Int, _ p: Int) -> LeaderRelease.Use? {
      uses.first { $0.slot == Slot(day: d, period: p) }
    }
    // Mon P1 Ana teaches; Mon P2 Bo teaches art while Ana is free: an observation window;
    // Mon P3 also; Tue P1 Ana teaches, Tue P2 is lunch, Tue P3 both are free: planning.
    #expect(use(0, 0)?.state == .teaching)
    #expect(use(0, 1)?.observe.map(\.teacher) == ["T-BO"])
    #expect(use(1, 1)?.state == .blocked)
    #expect(use(1, 2)?.planning == ["TEAM"])
    #expect(release[0].observable(week: 0) == 2)
    #expect(release[0].planning(week: 0) == 1)
    let page = Self.files(school, schedule)["leaders/L-ANA.html"] ?? ""
    #expect(page.contains("<b>Observe</b> Bo, &quot;the&quot; coach · 3B"))
    #expect(page.contains("<b>Common planning</b> Grade 3"))
    #expect(page.contains("2 observation windows and 1 common planning"))
    let bo = Self.files(school, schedule)["teachers/T-BO.html"] ?? ""
    #expect(bo.contains("<b>Team planning</b><span>Grade 3</span>"))
  }

  @Test func outputIsDeterministic() {
    let a = Self.files(TestSchools.full(), Schedule(meetings: []))
    let b = Self.files(TestSchools.full(), Schedule(meetings: []))
    #expect(a == b)
  }
}
