import Cadre
import CadreCheck
import CadreGen
import CadreIO
import CadreModel
import Foundation
import Testing

/// The sample export `Samples/oneroster-600/` is generated: its CSV files are exactly
/// `OneRosterWriter.files` of `OneRosterGenerator.generate(.highSchool600, seed: 1)` and its
/// `options.json` the generator's options. It imports into a valid school, and the
/// generator's block timetable is a witness with no student clash.
///
/// To rewrite the files after a generator change:
/// `CADRE_WRITE_SAMPLES=1 swift test --filter GeneratedExportTests`.
@Suite struct GeneratedExportTests {
  static let folder = Fixtures.repository + "/Samples/oneroster-600"
  static let export = OneRosterGenerator.generate(.highSchool600, seed: 1)

  @Test func sampleFolderIsTheGeneratedExport() throws {
    let files = OneRosterWriter.files(Self.export.roster)
    let options = OneRosterOptionsJSON.encode(Self.export.options)
    if ProcessInfo.processInfo.environment["CADRE_WRITE_SAMPLES"] == "1" {
      for f in files { try AtomicFile.write(f.text, to: Self.folder + "/" + f.name) }
      try AtomicFile.write(options, to: Self.folder + "/options.json")
    }
    for f in files {
      let stored = try AtomicFile.readText(Self.folder + "/" + f.name)
      #expect(stored == f.text, "\(f.name) differs from its generator; see Samples/README.md")
    }
    #expect(try AtomicFile.readText(Self.folder + "/options.json") == options)
  }

  @Test func generatorIsDeterministic() {
    #expect(OneRosterGenerator.generate(.highSchool600, seed: 1) == Self.export)
    #expect(OneRosterGenerator.generate(.highSchool600, seed: 2) != Self.export)
  }

  @Test func exportReadsBackAndImportsIntoAValidSchool() throws {
    let files = OneRosterFiles(
      path: "generated",
      contents: Dictionary(
        uniqueKeysWithValues: OneRosterWriter.files(Self.export.roster).map {
          ($0.name, Array($0.text.utf8))
        }))
    let (roster, diagnostics) = OneRosterReader.read(files)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    // Compared as a Bool: a failing comparison of two whole rosters would print megabytes.
    let same = roster.map(Fixtures.unlined) == Self.export.roster
    #expect(same, "the export does not read back as the roster written")
    let result = Cadre.importOneRoster(try #require(roster), options: Self.export.options)
    let school = result.school
    let errors = Validator.validate(school).filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.rendered))")
    let c = result.counts
    #expect(c.students == 600)
    #expect((35...45).contains(c.teachers), "\(c.teachers) teachers")
    #expect(c.homerooms == 24)
    #expect(school.lessons.count == c.sections)
    let sizes = school.classes.compactMap(\.students)
    #expect(sizes.count == c.sections)
    print(
      "generated: \(c.teachers) teachers, \(c.sections) sections (sizes \(sizes.min() ?? 0)-"
        + "\(sizes.max() ?? 0)), \(result.school.studentGroups.count) student groups, \(c.sharedPairs) "
        + "shared pairs, \(c.coTeachers) co-teachers, \(c.studentEnrollments) enrollments")
    // No defaults are assumed: the options file gives them all.
    #expect(school.assumed.isEmpty)
    // The generator's block timetable: every teacher and every student in one place at a time.
    let witness = OneRosterGenerator.witnessSchedule(Self.export, school: school)
    let report = Checker.check(school: school, schedule: witness)
    #expect(report.cost.hard == 0, "\(report.text)")
    #expect(report.count("student-clash") == 0)
    #expect(report.students?.sharedPairs == c.sharedPairs)
    #expect(report.students?.clashingPairs == 0)
  }
}
