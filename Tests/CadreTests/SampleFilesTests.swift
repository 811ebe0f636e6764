import CadreCheck
import CadreGen
import CadreIO
import CadreModel
import Foundation
import Testing

/// The school files in Samples/ are generated: each is exactly `SchoolJSON.encode` of a
/// generator preset at a seed (Samples/README.md lists them), so they can be reproduced, and
/// each feasible one comes with the generator's witness, which the checker accepts.
///
/// To rewrite the files after a generator change:
/// `CADRE_WRITE_SAMPLES=1 swift test --filter GeneratedSampleTests`.
@Suite struct GeneratedSampleTests {
  struct Sample: Sendable, CustomStringConvertible {
    var file: String
    var spec: GeneratorSpec
    var seed: UInt64
    var feasible = true
    /// What the sample adds to the generated school: leadership the generator has no model
    /// for, and the report it reproduces (`source`). Leadership edits leave the generator's
    /// witness unproven for the new teams (`witness` false): `cadre solve` must find a plan.
    var edit: (@Sendable (inout School) -> Void)? = nil
    var witness = true
    var description: String { file }
  }

  static let samples: [Sample] = [
    Sample(file: "typical-elementary-54.json", spec: .typicalElementary, seed: 1),
    Sample(
      file: "typical-elementary-54-team-leads.json", spec: .typicalElementaryTeamLeads, seed: 1),
    Sample(file: "denver-team-leads.json", spec: .denverTeamLeads, seed: 1),
    Sample(file: "green-dot-secondary.json", spec: .greenDotSecondary, seed: 1),
    Sample(file: "small-ab-week.json", spec: .smallABWeek, seed: 1),
    Sample(file: "infeasible-release.json", spec: infeasibleReleaseSpec, seed: 1, feasible: false),
    Sample(
      file: "kipp-sunshine-peak.json", spec: .kippSunshinePeak, seed: 1,
      edit: ReportSamples.kippPrincipalAlone, witness: false),
    Sample(
      file: "kipp-sunshine-peak-coaches.json", spec: .kippSunshinePeak, seed: 1,
      edit: ReportSamples.kippCoaches, witness: false),
    Sample(
      file: "typical-elementary-54-principal-ap.json", spec: .typicalElementaryPrincipalAP,
      seed: 1, edit: ReportSamples.typicalPrincipalAP),
    Sample(
      file: "opportunity-culture-mcl.json", spec: .opportunityCulture, seed: 1,
      edit: ReportSamples.opportunityCulture),
    Sample(
      file: "denver-anna.json", spec: .denverAnna, seed: 1, edit: ReportSamples.denverAnna),
    Sample(
      file: "denver-new-and-veteran-teams.json", spec: .denverTeamLeads, seed: 1,
      edit: PolicySamples.newAndVeteranTeams),
  ]

  /// A small K-2 school whose kindergarten Team Lead keeps every lesson of their homeroom.
  static let infeasibleReleaseSpec = GeneratorSpec(
    name: "Infeasible release: a Team Lead keeps a full homeroom", level: .elementary,
    teachers: 12, classes: 6, grades: ["K", "1", "2"], periods: 7,
    leadership: .teamLeads(count: 3, release: 0.5), students: 120,
    specialists: ["pe", "music", "art"], embedSupportInGradeTeams: true, teacherCostPerPeriod: 60)

  static let samplesDir: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Samples").path
  }()

  /// The school of a sample (the infeasible one: the generated school with the first Team
  /// Lead's released lessons taken back from the coverage position and fixed on the lead).
  static func school(_ sample: Sample) -> (School, Schedule) {
    var (school, witness) = SchoolGenerator.generateWithWitness(sample.spec, seed: sample.seed)
    sample.edit?(&school)
    guard !sample.feasible else { return (school, witness) }
    let lead = school.leadership.leaders.first { $0.teacher != nil && $0.id.raw.hasPrefix("L-") }
    guard let teacher = lead?.teacher else { return (school, witness) }
    for i in school.lessons.indices where school.lessons[i].candidates.contains(teacher) {
      school.lessons[i].teacher = teacher
      school.lessons[i].candidates = []
      school.lessons[i].allowSplit = false
    }
    return (school, witness)
  }

  @Test(arguments: samples)
  func sampleFileIsTheGeneratedSchool(_ sample: Sample) throws {
    let (school, witness) = Self.school(sample)
    let text = SchoolJSON.encode(school)
    let path = Self.samplesDir + "/" + sample.file
    if ProcessInfo.processInfo.environment["CADRE_WRITE_SAMPLES"] == "1" {
      try AtomicFile.write(text, to: path)
    }
    let stored = try AtomicFile.readText(path)
    #expect(stored == text, "\(sample.file) differs from its generator; see Samples/README.md")
    #expect(stored.utf8.count < 1_000_000)
    let (decoded, diagnostics) = SchoolJSON.decode(stored)
    #expect(diagnostics.isEmpty)
    #expect(decoded == school)
    let errors = Validator.validate(school).filter { $0.severity == .error }
    if sample.feasible {
      #expect(errors.isEmpty, "\(errors.map(\.message))")
      if sample.witness {
        let report = Checker.check(school: school, schedule: witness)
        #expect(report.cost.hard == 0, "\(report.text)")
      }
    } else {
      // The reason is caught by the validator's cheap capacity facts, before any search.
      #expect(errors.contains { $0.code == "over-capacity" && $0.message.contains("release") })
    }
  }
}
