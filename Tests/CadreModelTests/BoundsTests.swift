import CadreModel
import Foundation
import Testing

/// `Bounds.numbers` is the one table of number ranges: each end is enforced by the validator,
/// every value inside is accepted by the range rule, and docs/FORMAT.md lists the same table.
@Suite struct BoundsTests {
  /// The personal limits of the first teacher and class, hard and (`/weight`) soft.
  static let personalSetters: [String: @Sendable (inout School, Int) -> Void] = {
    var out: [String: @Sendable (inout School, Int) -> Void] = [:]
    for kind in PersonalLimits.Kind.allCases {
      out["/teachers/*/" + kind.key] = { s, n in s.teachers[0].limits[kind] = PolicyNumber(n) }
      out["/teachers/*/" + kind.key + "/weight"] = { s, n in
        s.teachers[0].limits[kind] = PolicyNumber(1, weight: n)
      }
      guard kind.appliesToClasses else { continue }
      out["/classes/*/" + kind.key] = { s, n in s.classes[0].limits[kind] = PolicyNumber(n) }
      out["/classes/*/" + kind.key + "/weight"] = { s, n in
        s.classes[0].limits[kind] = PolicyNumber(1, weight: n)
      }
    }
    return out
  }()

  /// How to put a value at each bound's path in `validSchool()` (first element of a list).
  static let setters = fixedSetters.merging(personalSetters) { a, _ in a }

  static let fixedSetters: [String: @Sendable (inout School, Int) -> Void] = [
    "/cycle/weeks": { s, n in s.cycle.weeks = (0..<max(n, 0)).map { "W\($0)" } },
    "/cycle/days": { s, n in s.cycle.days = (0..<max(n, 0)).map { "D\($0)" } },
    "/cycle/periods": { s, n in
      s.cycle.periods = (0..<max(n, 0)).map { i in
        Period(
          name: "P\(i + 1)", start: TimeOfDay(minutes: i * 29), end: TimeOfDay(minutes: i * 29 + 29)
        )
      }
    },
    "/teachers/*/maxPerDay": { s, n in s.teachers[0].maxPerDay = n },
    "/teachers/*/maxPerWeek": { s, n in s.teachers[0].maxPerWeek = n },
    "/teachers/*/costPerPeriod": { s, n in s.teachers[0].costPerPeriod = n },
    "/classes/*/students": { s, n in s.classes[0].students = n },
    "/studentGroups/*/students": { s, n in
      s.studentGroups = [StudentGroup(id: "S1", students: n, classes: ["3A", "3B"])]
    },
    "/rooms/*/capacity": { s, n in s.rooms[0].capacity = n },
    "/lessons/*/meetings": { s, n in s.lessons[0].meetings = n },
    "/lessons/*/duration": { s, n in s.lessons[0].duration = n },
    "/leadership/roles/*/releasePeriodsPerDay": { s, n in
      s.leadership.roles[0].releasePeriodsPerDay = n
    },
    "/leadership/roles/*/spanLimit": { s, n in s.leadership.roles[0].spanLimit = n },
    "/leadership/roles/*/stipend": { s, n in s.leadership.roles[0].stipend = n },
    "/leadership/roles/*/policy/observableSlotsPerMember": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(observableSlotsPerMember: PolicyNumber(n))
    },
    "/leadership/roles/*/policy/observableSlotsPerMember/weight": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(
        observableSlotsPerMember: PolicyNumber(1, weight: n))
    },
    "/leadership/roles/*/policy/huddlesPerWeek": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(n))
    },
    "/leadership/roles/*/policy/huddlesPerWeek/weight": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(1, weight: n))
    },
    "/leadership/roles/*/policy/oneOnOnesPerMonth": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(oneOnOnesPerMonth: PolicyNumber(n))
    },
    "/leadership/roles/*/policy/oneOnOnesPerMonth/weight": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(oneOnOnesPerMonth: PolicyNumber(1, weight: n))
    },
    "/leadership/roles/*/policy/observations/*/perYear": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(observations: [
        ObservationQuota(kind: .spot, perYear: n)
      ])
    },
    "/leadership/roles/*/policy/observations/*/minutes": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(
        observations: [ObservationQuota(kind: .spot, perYear: 1, minutes: n)])
    },
    "/leadership/roles/*/policy/observations/*/weight": { s, n in
      s.leadership.roles[0].policy = PolicyOverride(
        observations: [ObservationQuota(kind: .spot, perYear: 1, weight: n)])
    },
    "/leadership/teams/*/policy/observableSlotsPerMember": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(observableSlotsPerMember: PolicyNumber(n))
    },
    "/leadership/teams/*/policy/observableSlotsPerMember/weight": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(
        observableSlotsPerMember: PolicyNumber(1, weight: n))
    },
    "/leadership/teams/*/policy/huddlesPerWeek": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(n))
    },
    "/leadership/teams/*/policy/huddlesPerWeek/weight": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(1, weight: n))
    },
    "/leadership/teams/*/policy/oneOnOnesPerMonth": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(oneOnOnesPerMonth: PolicyNumber(n))
    },
    "/leadership/teams/*/policy/oneOnOnesPerMonth/weight": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(oneOnOnesPerMonth: PolicyNumber(1, weight: n))
    },
    "/leadership/teams/*/policy/observations/*/perYear": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(observations: [
        ObservationQuota(kind: .spot, perYear: n)
      ])
    },
    "/leadership/teams/*/policy/observations/*/minutes": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(
        observations: [ObservationQuota(kind: .spot, perYear: 1, minutes: n)])
    },
    "/leadership/teams/*/policy/observations/*/weight": { s, n in
      s.leadership.teams[0].policy = PolicyOverride(
        observations: [ObservationQuota(kind: .spot, perYear: 1, weight: n)])
    },
    "/policy/observations/*/weight": { s, n in s.policy.observations[0].weight = n },
    "/policy/debriefWindowDays": { s, n in s.policy.debriefWindowDays = n },
    "/policy/minDaysBetweenObservations": { s, n in s.policy.minDaysBetweenObservations = n },
    "/policy/maxObservationsPerLeaderPerDay": { s, n in
      s.policy.maxObservationsPerLeaderPerDay = n
    },
    "/policy/huddlesPerWeek": { s, n in s.policy.huddlesPerWeek = n },
    "/policy/huddleMinutes": { s, n in s.policy.huddleMinutes = n },
    "/policy/oneOnOnesPerMonth": { s, n in s.policy.oneOnOnesPerMonth = n },
    "/policy/observableSlotsPerMember": { s, n in s.policy.observableSlotsPerMember = n },
    "/policy/maxConsecutivePeriods": { s, n in s.policy.maxConsecutivePeriods = n },
    "/policy/noObservationDaysAtStart": { s, n in s.policy.noObservationDaysAtStart = n },
    "/policy/noObservationDaysAtEnd": { s, n in s.policy.noObservationDaysAtEnd = n },
    "/policy/observations/*/perYear": { s, n in s.policy.observations[0].perYear = n },
    "/policy/observations/*/minutes": { s, n in s.policy.observations[0].minutes = n },
    "/budget/cap": { s, n in s.budget?.cap = n },
    "/budget/coveragePerPeriod": { s, n in s.budget?.coveragePerPeriod = n },
    "/budget/weeksPerYear": { s, n in s.budget?.weeksPerYear = n },
    "/weights/teacherGap": { s, n in s.weights.teacherGap = n },
    "/weights/sameSubjectTwice": { s, n in s.weights.sameSubjectTwice = n },
    "/weights/unevenSpread": { s, n in s.weights.unevenSpread = n },
    "/weights/consecutive": { s, n in s.weights.consecutive = n },
    "/weights/lateDay": { s, n in s.weights.lateDay = n },
    "/weights/preferredSlot": { s, n in s.weights.preferredSlot = n },
    "/weights/moved": { s, n in s.weights.moved = n },
    "/weights/roomStability": { s, n in s.weights.roomStability = n },
    "/weights/coverageCost": { s, n in s.weights.coverageCost = n },
  ]

  static var paths: [String] { Bounds.numbers.map(\.path) }

  @Test func everyBoundHasATestSetterAndAUniquePath() {
    #expect(Set(Self.paths).count == Self.paths.count)
    #expect(Set(Self.paths) == Set(Self.setters.keys))
  }

  /// The pointer a path has in `validSchool()` (the first element of a list).
  static func pointer(_ path: String) -> String { path.replacingOccurrences(of: "*", with: "0") }

  static func errors(at path: String, value: Int) -> [Diagnostic] {
    var s = validSchool()
    Self.setters[path]?(&s, value)
    return Validator.validate(s).filter { $0.severity == .error && $0.pointer == pointer(path) }
  }

  @Test(arguments: Bounds.numbers.map(\.path))
  func bothEndsAreEnforced(path: String) throws {
    let bound = try #require(Bounds.numbers.first { $0.path == path })
    let range = bound.range
    // Out of range on either side: an error at that very place, with a hint.
    let above = Self.errors(at: path, value: range.upperBound + 1)
    #expect(above.contains { $0.code == "out-of-range" && $0.hint != nil }, "\(above)")
    #expect(!Self.errors(at: path, value: range.lowerBound - 1).isEmpty)
    // Far out of range: still an error, never a trap (a list that long would not fit in a file).
    if !bound.isCount {
      #expect(!Self.errors(at: path, value: Int.max).isEmpty)
      #expect(!Self.errors(at: path, value: Int.min).isEmpty)
    }
    // Inside, at both ends: the range rule itself has nothing to say (tighter rules that
    // depend on the school, such as a day's periods, may).
    for inside in [range.lowerBound, range.upperBound] {
      let found = Self.errors(at: path, value: inside).filter { $0.message.contains("accepts") }
      #expect(found.isEmpty, "value \(inside): \(found.map(\.rendered))")
    }
  }

  @Test func aYearTypoIsNamedWithTheFix() throws {
    var s = validSchool()
    s.year?.lastDay = date("2207-05-28")
    let d = try #require(expectDiagnostic("out-of-range", at: "/year/lastDay", in: s))
    #expect(d.hint?.contains("2027-05-28") == true)
    s.year?.lastDay = date("2027-05-28")
    s.year?.firstDay = date("0001-08-17")
    expectDiagnostic("out-of-range", at: "/year/firstDay", in: s)
  }

  @Test func aYearOfExactlyTheLimitIsAccepted() {
    var s = validSchool()
    let first = date("2026-08-17")
    s.year?.lastDay = first.adding(days: Bounds.maxYearDays - 1)
    s.year?.terms = []
    #expect(!codes(s).contains("out-of-range"))
    s.year?.lastDay = first.adding(days: Bounds.maxYearDays)
    #expect(codes(s).contains("out-of-range"))
  }

  /// docs/FORMAT.md's "Number ranges" table has one row per bound with the same range.
  @Test func theFormatDocListsTheSameTable() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/FORMAT.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for bound in Bounds.numbers {
      let row =
        "| `\(bound.path)` | \(bound.range.lowerBound.grouped) | "
        + "\(bound.range.upperBound.grouped) | \(bound.why) |"
      #expect(text.contains(row), "docs/FORMAT.md lacks the row: \(row)")
    }
  }
}
