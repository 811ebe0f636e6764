import CadreCheck
import CadreGen
import CadreModel
import Testing

/// The generator's promise: every preset and seed gives a valid school whose hidden witness
/// the independent checker accepts with no hard violation, and the same seed gives the same
/// school.
@Suite struct GeneratorTests {
  static let presets: [(name: String, spec: GeneratorSpec)] = [
    ("S", .S), ("M", .M), ("L", .L), ("XL", .XL), ("typicalElementary", .typicalElementary),
    ("typicalElementaryTeamLeads", .typicalElementaryTeamLeads),
    ("denverTeamLeads", .denverTeamLeads), ("greenDotSecondary", .greenDotSecondary),
    ("smallABWeek", .smallABWeek),
  ]

  @Test(arguments: presets.indices, [1, 2, 3] as [UInt64])
  func witnessIsFeasible(_ preset: Int, _ seed: UInt64) {
    let (name, spec) = Self.presets[preset]
    let (school, witness) = SchoolGenerator.generateWithWitness(spec, seed: seed)
    let report = Checker.check(school: school, schedule: witness)
    #expect(report.cost.hard == 0, "\(name) seed \(seed):\n\(report.text)")
    let diagnostics = Validator.validate(school)
    #expect(diagnostics.isEmpty, "\(name) seed \(seed): \(diagnostics.map(\.message))")
    let summary = SchoolSummary(school)
    print(
      "GEN \(name) seed \(seed): teachers \(school.teachers.count) classes \(school.classes.count) "
        + "lessons \(school.lessons.count) meetings \(summary.meetings) periods \(summary.periodsNeeded) "
        + "capacity \(summary.teachingCapacity) classSlots \(summary.classSlots) teams \(school.leadership.teams.count) soft \(report.cost.soft)"
    )
  }
}
