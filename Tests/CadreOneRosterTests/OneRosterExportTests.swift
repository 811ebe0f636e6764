import Cadre
import CadreCheck
import CadreGen
import CadreIO
import CadreModel
import Testing

/// `cadre export --oneroster`: each section's solved periods written into classes.csv, the
/// original's other columns kept, and read back by the OneRoster reader.
@Suite struct OneRosterExportTests {
  @Test func periodsOfTheGeneratedWitnessRoundTrip() throws {
    let export = GeneratedExportTests.export
    let files = OneRosterWriter.files(export.roster)
    let text = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) })
    let roster = try #require(Fixtures.read(text).0)
    let school = Cadre.importOneRoster(roster, options: export.options).school
    let schedule = OneRosterGenerator.witnessSchedule(export, school: school)
    let periods = Cadre.sectionPeriods(school, schedule)
    #expect(periods.count == school.classes.count)
    let original = try #require(CSVReader.parse(bytes: Array((text["classes.csv"] ?? "").utf8)).0)
    let rows = school.classes.map { ($0.id.raw, $0.name, periods[$0.id] ?? []) }
    var written = text
    written["classes.csv"] = OneRosterWriter.classes(periods: rows, original: original)
    let back = try #require(Fixtures.read(written).0)
    let witness = Dictionary(uniqueKeysWithValues: export.witness.map { ($0.section, $0.period) })
    for c in back.classes {
      if c.classType == .homeroom {
        #expect(c.periods.isEmpty)
        continue
      }
      #expect(c.periods == [school.cycle.periods[witness[c.sourcedId] ?? 0].name], "\(c.sourcedId)")
    }
    // Every other field of every row is as it was.
    var unchanged = back.classes
    for k in unchanged.indices { unchanged[k].periods = [] }
    #expect(unchanged.map(\.title) == roster.classes.map(\.title))
    #expect(
      Fixtures.unlined(Roster(classes: unchanged))
        == Fixtures.unlined(Roster(classes: roster.classes)))
  }

  @Test func periodsAreDistinctInCycleOrderAndDoublesCountTwice() throws {
    let roster = try #require(Fixtures.read(try Fixtures.tinyFiles()).0)
    var school = Cadre.importOneRoster(roster, options: OneRosterOptions()).school
    school.lessons[2].duration = 2
    let schedule = Schedule(meetings: [
      Meeting(lesson: "s-eng-1", index: 0, start: SlotRef(day: "Tue", period: "5"), teacher: nil),
      Meeting(lesson: "s-eng-1", index: 1, start: SlotRef(day: "Mon", period: "2"), teacher: nil),
      Meeting(lesson: "s-eng-1", index: 2, start: SlotRef(day: "Wed", period: "2"), teacher: nil),
      Meeting(lesson: "s-alg-1", index: 0, start: SlotRef(day: "Mon", period: "3"), teacher: nil),
      Meeting(lesson: "s-alg-1", index: 1, start: nil, teacher: nil),
    ])
    let periods = Cadre.sectionPeriods(school, schedule)
    #expect(periods["s-eng-1"] == ["2", "5"])
    #expect(periods["s-alg-1"] == ["3", "4"])
    #expect(periods["s-art-1"] == nil)
    // Without the original: sourcedId, title, classType, periods.
    let text = OneRosterWriter.classes(
      periods: [("s-eng-1", "English 9 - 1", ["2", "5"])], original: nil)
    #expect(text == "sourcedId,title,classType,periods\ns-eng-1,English 9 - 1,scheduled,\"2,5\"\n")
  }

  @Test func overlapFigures() throws {
    let roster = try #require(Fixtures.read(try Fixtures.tinyFiles()).0)
    let result = Cadre.importOneRoster(roster, options: OneRosterOptions())
    // eng-1 and alg-1 (shared by st-1 and st-2) both on Mon 1; art-1 on Mon 2.
    let schedule = Schedule(meetings: [
      Meeting(lesson: "s-eng-1", index: 0, start: SlotRef(day: "Mon", period: "1"), teacher: nil),
      Meeting(lesson: "s-alg-1", index: 0, start: SlotRef(day: "Mon", period: "1"), teacher: nil),
      Meeting(lesson: "s-art-1", index: 0, start: SlotRef(day: "Mon", period: "2"), teacher: nil),
      Meeting(lesson: "s-eng-2", index: 0, start: SlotRef(day: "Mon", period: "3"), teacher: nil),
    ])
    // The checker's figures for the import's groups (what export --oneroster prints).
    let report = Checker.check(school: result.school, schedule: schedule)
    let o = try #require(report.students)
    #expect(o.sharedPairs == result.counts.sharedPairs)
    #expect(o.sharedPairs == 5)
    #expect(o.clashingPairs == 1)
    #expect(o.clashingShare == 0.2)
    // The sets {eng-1, alg-1, art-1} and {eng-1, alg-1}, one student each.
    #expect(report.count("student-clash") == 2)
  }
}
