import CadreModel

/// A generated school district for district-sized sweeps (docs/SCALE-OUT.md): Denver has 185
/// schools, 71 of them in pilots. Elementary schools (K to 5, grade teams under Team Leads),
/// middle schools (6 to 8) and high schools (9 to 12, subject teams under Team Leads) of
/// realistic mixed sizes, each a `GeneratorSpec` with its own seed, so every school is
/// solvable by construction and the whole district is the same on every run.
public struct DistrictSchool: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case elementary
    case middle
    case high
  }

  /// `e001`, `m002`, `h003`, ...: the kind's letter and the school's place in the district.
  public var id: String
  public var kind: Kind
  public var spec: GeneratorSpec
  public var seed: UInt64
}

public enum District {
  /// Of every 20 schools, 12 elementary, 4 middle and 4 high (about Denver's mix), in a fixed
  /// interleaved order so that any prefix of the district is mixed too.
  static let pattern: [DistrictSchool.Kind] = [
    .elementary, .middle, .elementary, .high, .elementary, .elementary, .middle, .elementary,
    .high, .elementary, .elementary, .middle, .elementary, .high, .elementary, .elementary,
    .middle, .elementary, .high, .elementary,
  ]

  /// `count` schools (at least 1; 185 by default) drawn from `seed`.
  ///
  /// - Elementary: 2 to 5 homerooms per grade K to 5 (12 to 30), the five specialists of the
  ///   Denver sample, one support teacher per two homerooms inside the grade teams, six grade
  ///   Team Leads at 50% release, a 7-period day: 23 to 50 teachers.
  /// - Middle: 24 to 60 teachers, grades 6 to 8, a 7-period day, a Team Lead per 8 teachers.
  /// - High: 36 to 110 teachers, grades 9 to 12, a 7- or 8-period day, a Team Lead per 9.
  ///
  /// Sizes are drawn uniformly within those ranges; observation quotas and stipends are the
  /// Denver sample's (18 spot + 2 formal, 5,000 a year).
  public static func schools(count: Int = 185, seed: UInt64 = 1) -> [DistrictSchool] {
    var rng = SplitMix64.stream(seed, 20)
    return (0..<max(1, count)).map { i in
      let kind = pattern[i % pattern.count]
      let number = String(i + 1)
      let id =
        String(kind.rawValue.prefix(1)) + String(repeating: "0", count: max(0, 3 - number.count))
        + number
      let schoolSeed = rng.next() % 1_000_000 + 1
      return DistrictSchool(
        id: id, kind: kind, spec: spec(kind, name: id, &rng), seed: schoolSeed)
    }
  }

  static func spec(_ kind: DistrictSchool.Kind, name: String, _ rng: inout SplitMix64)
    -> GeneratorSpec
  {
    let quotas = [
      ObservationQuota(kind: .spot, perYear: 18, minutes: 15),
      ObservationQuota(kind: .formal, perYear: 2),
    ]
    switch kind {
    case .elementary:
      let classes = 6 * (2 + rng.below(4))
      let specialists = ["pe", "music", "art", "library", "stem"]
      return GeneratorSpec(
        name: "District Elementary \(name.uppercased())", level: .elementary,
        teachers: classes + specialists.count + classes / 2, classes: classes,
        grades: ["K", "1", "2", "3", "4", "5"], periods: 7,
        leadership: .teamLeads(count: 6, release: 0.5), teamLeadSpan: 8,
        students: classes * 22, specialists: specialists, embedSupportInGradeTeams: true,
        observations: quotas, oneOnOnesPerMonth: 2, stipend: 5_000, teacherCostPerPeriod: 60)
    case .middle:
      let teachers = 24 + rng.below(37)
      return GeneratorSpec(
        name: "District Middle \(name.uppercased())", teachers: teachers,
        classes: max(6, teachers * 2 / 3), grades: ["6", "7", "8"], periods: 7,
        leadership: .teamLeads(count: (teachers + 7) / 8, release: 0.5), teamLeadSpan: 8,
        doublesPerClass: 1, observations: quotas, oneOnOnesPerMonth: 2, stipend: 5_000,
        teacherCostPerPeriod: 60)
    case .high:
      let teachers = 36 + rng.below(75)
      let periods = rng.chance(0.5) ? 7 : 8
      return GeneratorSpec(
        name: "District High \(name.uppercased())", teachers: teachers,
        classes: max(8, teachers * 2 / 3), periods: periods,
        leadership: .teamLeads(count: (teachers + 8) / 9, release: 0.5), teamLeadSpan: 9,
        doublesPerClass: 1.5, observations: quotas, oneOnOnesPerMonth: 2, stipend: 5_000,
        teacherCostPerPeriod: 60)
    }
  }
}
