import CadreCheck
import CadreGen
import CadreModel
import Testing

/// The generator's promise: every preset and seed gives a valid school whose hidden witness
/// the independent checker accepts with no hard violation; the same seed gives the same
/// school; and the benchmark presets have the sizes of the engine issue.
@Suite struct GeneratorTests {
  static let presets: [(name: String, spec: GeneratorSpec)] = [
    ("S", .S), ("M", .M), ("L", .L), ("XL", .XL), ("typicalElementary", .typicalElementary),
    ("typicalElementaryTeamLeads", .typicalElementaryTeamLeads),
    ("denverTeamLeads", .denverTeamLeads), ("greenDotSecondary", .greenDotSecondary),
    ("smallABWeek", .smallABWeek),
  ]

  @Test(arguments: presets.indices, [1, 2, 7, 12_345] as [UInt64])
  func witnessIsFeasibleAndSchoolValid(_ preset: Int, _ seed: UInt64) {
    let (name, spec) = Self.presets[preset]
    let (school, witness) = SchoolGenerator.generateWithWitness(spec, seed: seed)
    let report = Checker.check(school: school, schedule: witness)
    #expect(report.cost.hard == 0, "\(name) seed \(seed):\n\(report.text)")
    let diagnostics = Validator.validate(school)
    #expect(diagnostics.isEmpty, "\(name) seed \(seed): \(diagnostics.map(\.message))")
    // The team rules are on, and every teacher of the school belongs to a team.
    #expect(school.policy.huddlesPerWeek == 2)
    #expect(school.policy.observableSlotsPerMember == 2)
    #expect(SchoolSummary(school).teachersWithoutTeam == 0)
  }

  @Test(arguments: presets.indices)
  func sameSeedSameSchool(_ preset: Int) {
    let spec = Self.presets[preset].spec
    let (a, witness) = SchoolGenerator.generateWithWitness(spec, seed: 42)
    #expect(SchoolGenerator.generate(spec, seed: 42) == a)
    #expect(SchoolGenerator.generateWithWitness(spec, seed: 42).1 == witness)
    #expect(SchoolGenerator.generate(spec, seed: 43) != a)
  }

  /// (spec, teachers, classes, periods a day, meetings, teams) from the engine issue.
  static let families: [(GeneratorSpec, Int, Int, Int, Int, Int)] = [
    (.S, 35, 24, 7, 590, 6), (.M, 57, 36, 7, 1_040, 11), (.L, 87, 60, 8, 1_980, 13),
    (.XL, 142, 100, 8, 3_300, 22),
  ]

  @Test(arguments: families.indices)
  func benchmarkFamilyHasItsSize(_ f: Int) {
    let (spec, teachers, classes, periods, meetings, teams) = Self.families[f]
    let school = SchoolGenerator.generate(spec, seed: 1)
    let summary = SchoolSummary(school)
    #expect(school.teachers.count == teachers)
    #expect(school.classes.count == classes)
    #expect(school.cycle.days.count == 5 && school.cycle.periods.count == periods)
    #expect(school.leadership.teams.count == teams)
    #expect(abs(summary.meetings - meetings) * 100 <= meetings * 4, "\(summary.meetings)")
    // Teachers at about 88% of what they may teach, classes at about 87% of their slots.
    let teacherLoad = Double(summary.periodsNeeded) / Double(summary.teachingCapacity)
    let classLoad = Double(summary.periodsNeeded) / Double(summary.classSlots)
    #expect((0.84...0.92).contains(teacherLoad), "\(teacherLoad)")
    #expect((0.83...0.89).contains(classLoad), "\(classLoad)")
    let leads = school.leadership.roles.filter { $0.kind == .teamLead }
    #expect(leads.count == 1 && leads.first?.release == 0.5)
    #expect(school.leadership.leaders.allSatisfy { $0.teacher != nil })
    #expect(school.lessons.contains { $0.duration == 2 })
    #expect(school.lessons.contains { !$0.candidates.isEmpty })
    #expect(school.lessons.contains { !$0.pinned.isEmpty })
    #expect(school.teachers.contains { !$0.unavailable.isEmpty })
  }

  @Test func elementaryTeamLeadsAreCoveredByCoveragePositions() {
    let school = SchoolGenerator.generate(.typicalElementaryTeamLeads, seed: 1)
    let coverage = school.teachers.filter(\.coverage)
    #expect(coverage.count == 3)
    #expect(coverage.allSatisfy { $0.costPerPeriod == 30 })
    let leads = school.leadership.leaders.compactMap(\.teacher)
    #expect(leads.count == 6)
    for lead in leads {
      // Each lead's homeroom has lessons they share with a coverage position.
      let shared = school.lessons.filter { $0.candidates.contains(lead) }
      #expect(!shared.isEmpty)
      #expect(
        shared.allSatisfy { l in l.candidates.contains { c in coverage.contains { $0.id == c } } })
    }
  }

  @Test func principalAndAPEvaluateAboutTwentyEachAndACoachTheRest() {
    let school = SchoolGenerator.generate(.typicalElementary, seed: 1)
    let l = school.leadership
    #expect(l.leaders.map(\.id.raw) == ["L-PRINCIPAL", "L-AP1", "L-COACH"])
    #expect(l.leaders.allSatisfy { $0.teacher == nil })
    let spans = l.leaders.map { leader in
      l.teams.filter { $0.leader == leader.id }.reduce(0) { $0 + $1.members.count }
    }
    #expect(spans.reduce(0, +) == 54)
    // The report's ~220 observations each at 10 + 1 a teacher: 20 teachers, whole teams.
    #expect(spans[0] <= 20 && spans[1] <= 20 && spans[0] + spans[1] >= 36, "\(spans)")
  }

  @Test func withoutACapPrincipalAndAPLeadEveryoneEvenly() {
    var spec = GeneratorSpec.typicalElementary
    spec.evaluatorCap = nil
    let l = SchoolGenerator.generate(spec, seed: 1).leadership
    #expect(l.leaders.count == 2)
    let spans = l.leaders.map { leader in
      l.teams.filter { $0.leader == leader.id }.reduce(0) { $0 + $1.members.count }
    }
    #expect(spans.reduce(0, +) == 54)
    #expect(spans.allSatisfy { (24...30).contains($0) }, "\(spans)")
  }

  @Test func greenDotSpansStayWithinThirteen() {
    let school = SchoolGenerator.generate(.greenDotSecondary, seed: 1)
    let l = school.leadership
    #expect(l.leaders.count == 3)
    for leader in l.leaders {
      let span = l.teams.filter { $0.leader == leader.id }.reduce(0) { $0 + $1.members.count }
      #expect(span <= 13)
    }
    #expect(school.classes.compactMap(\.students).reduce(0, +) == 600)
  }
}
