import CadreModel
import Testing

@testable import CadreIO

@Suite struct GridsTests {
  @Test func teacherText() {
    let text = Grids.teacherText(TestSchools.tiny(), TestSchools.tinySchedule())
    let expected = """
      Teacher T-ANA (Ana)
                       Mon      Tue
      P1  08:00-08:50  3A math  3A math
      P2  09:00-09:50           (lunch)
      P3  10:00-10:50

      Teacher T-BO (Bo, "the" coach)
                       Mon                Tue
      P1  08:00-08:50
      P2  09:00-09:50  3B art, crafts R1  (lunch)
      P3  10:00-10:50  3B art, crafts R1

      """
    #expect(text == expected)
  }

  @Test func classTextShowsClashesAndUnplaced() {
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(day: "Mon", period: "P1"), teacher: "T-ANA"),
      Meeting(
        lesson: "3A-math", index: 1, start: SlotRef(day: "Mon", period: "P1"), teacher: "T-BO"),
      Meeting(lesson: "3B-art", index: 0, start: nil, teacher: "T-BO"),
    ])
    let text = Grids.classText(TestSchools.tiny(), schedule)
    let expected = """
      Class 3A
                       Mon                     Tue
      P1  08:00-08:50  T-ANA math + T-BO math
      P2  09:00-09:50                          (lunch)
      P3  10:00-10:50

      Class 3B
                       Mon  Tue
      P1  08:00-08:50
      P2  09:00-09:50       (lunch)
      P3  10:00-10:50
      Unplaced: 3B-art #1

      """
    #expect(text == expected)
  }

  @Test func multiWeekCyclesGetOneTablePerWeek() {
    let school = TestSchools.full()
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-art", index: 0, start: SlotRef(week: "B", day: "Mon", period: "P1"),
        teacher: "T-BO")
    ])
    let text = Grids.teacherText(school, schedule)
    #expect(text.contains("Teacher T-BO\nWeek A\n"))
    let expectedB = """
      Week B
                       Mon         Fri
      P1  08:00-08:50  3A art
      P2  09:00-09:50  (assembly)  (blocked)

      """
    #expect(text.hasSuffix(expectedB))
  }

  @Test func teacherCSVQuotesAndOrders() {
    let csv = Grids.teacherCSV(TestSchools.tiny(), TestSchools.tinySchedule())
    let expected =
      [
        "teacher,week,day,period,start,end,lesson,class,subject,room",
        "T-ANA,A,Mon,P1,08:00,08:50,3A-math,3A,math,",
        "T-ANA,A,Tue,P1,08:00,08:50,3A-math,3A,math,",
        "T-BO,A,Mon,P2,09:00,09:50,3B-art,3B,\"art, crafts\",R1",
        "T-BO,A,Mon,P3,10:00,10:50,3B-art,3B,\"art, crafts\",R1",
      ].joined(separator: "\r\n") + "\r\n"
    #expect(csv == expected)
  }

  @Test func roomTextAndCSV() {
    let text = Grids.roomText(TestSchools.tiny(), TestSchools.tinySchedule())
    let expected = """
      Room R1
                       Mon                  Tue
      P1  08:00-08:50
      P2  09:00-09:50  3B art, crafts T-BO  (lunch)
      P3  10:00-10:50  3B art, crafts T-BO

      """
    #expect(text == expected)
    let csv = Grids.roomCSV(TestSchools.tiny(), TestSchools.tinySchedule())
    let rows =
      [
        "room,week,day,period,start,end,lesson,class,subject,teacher",
        "R1,A,Mon,P2,09:00,09:50,3B-art,3B,\"art, crafts\",T-BO",
        "R1,A,Mon,P3,10:00,10:50,3B-art,3B,\"art, crafts\",T-BO",
      ].joined(separator: "\r\n") + "\r\n"
    #expect(csv == rows)
  }

  @Test func classCSVHasTeacherColumn() {
    let csv = Grids.classCSV(TestSchools.tiny(), TestSchools.tinySchedule())
    #expect(csv.hasPrefix("class,week,day,period,start,end,lesson,teacher,subject,room\r\n"))
    #expect(csv.contains("3B,A,Mon,P2,09:00,09:50,3B-art,T-BO,\"art, crafts\",R1\r\n"))
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("cr\r\nlf", "\"cr\r\nlf\""), ("", ""),
    // Formula injection (OWASP): text a spreadsheet would run is prefixed and quoted...
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1+cmd", "\"'+1+cmd\""),
    ("-2+3", "\"'-2+3\""), ("@SUM(A1)", "\"'@SUM(A1)\""), ("\tx", "\"'\tx\""),
    ("\r=1", "\"'\r=1\""),
    // ...but numbers stay numbers, and a sign inside a value is harmless.
    ("-3", "-3"), ("+2.5", "+2.5"), ("-1e3", "-1e3"), ("a=b", "a=b"), ("T-01", "T-01"),
  ])
  func csvQuoting(raw: String, field: String) {
    #expect(Grids.csvField(raw) == field)
  }

  @Test func outputIsDeterministic() {
    let a = Grids.teacherText(TestSchools.full(), Schedule(meetings: []))
    let b = Grids.teacherText(TestSchools.full(), Schedule(meetings: []))
    #expect(a == b)
  }
}

extension GridsTests {
  @Test func malformedEntriesAreShownAsTheCheckerCountsThem() {
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(day: "Mon", period: "P1"), teacher: "T-ANA"),
      // A repeat of (3A-math, 0): ignored.
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(day: "Tue", period: "P3"), teacher: "T-ANA"),
      // Index out of range and unknown lesson: ignored.
      Meeting(
        lesson: "3A-math", index: 5, start: SlotRef(day: "Tue", period: "P3"), teacher: "T-ANA"),
      Meeting(lesson: "nope", index: 0, start: SlotRef(day: "Tue", period: "P3"), teacher: "T-ANA"),
      // Unknown day: unplaced.
      Meeting(
        lesson: "3A-math", index: 1, start: SlotRef(day: "Sun", period: "P1"), teacher: "T-ANA"),
    ])
    let csv = Grids.teacherCSV(TestSchools.tiny(), schedule)
    #expect(csv.split(separator: "\r\n").count == 2)
    let text = Grids.teacherText(TestSchools.tiny(), schedule)
    #expect(text.contains("Unplaced: 3A-math #2\n"))
    #expect(!text.contains("P3  10:00-10:50  3A"))
  }
}
