/// The documented range of every number a school file can hold, in one table.
///
/// Each bound is a promise in both directions: the validator refuses a value outside it with
/// `out-of-range` at the value's JSON Pointer, and every value inside it is one the compiler,
/// the search, the calendar and the budget carry without overflow (their products stay far
/// below 2⁶³: the largest is a weight × a count of slots × days, under 10¹⁴).
///
/// The lower ends are checked where the rule lives (`Validator+Policy.swift`,
/// `Validator+People.swift`, ...) with messages of their own; this table owns the upper ends and
/// documents both. `docs/FORMAT.md` lists the same table; a test proves the two agree and that
/// each end is enforced.
public struct NumberBound: Sendable {
  /// JSON Pointer pattern; `*` stands for any array index: `/teachers/*/maxPerDay`.
  public var path: String
  public var range: ClosedRange<Int>
  /// Why the upper end is where it is, said to the user in the hint.
  public var why: String
  /// Whether the number is a list's length rather than a value (`/cycle/days` counts days).
  public var isCount: Bool
  /// Every value at `path` in a school, with its pointer.
  let read: @Sendable (School) -> [(pointer: String, value: Int)]

  init(
    _ path: String, _ range: ClosedRange<Int>, _ why: String, isCount: Bool = false,
    read: @escaping @Sendable (School) -> [(pointer: String, value: Int)]
  ) {
    self.path = path
    self.range = range
    self.why = why
    self.isCount = isCount
    self.read = read
  }

  /// The values at this path in `school`, with their pointers.
  public func values(in school: School) -> [(pointer: String, value: Int)] { read(school) }
}

public enum Bounds {
  public static let maxWeeksPerCycle = 8
  public static let maxDaysPerWeek = 14
  public static let maxPeriodsPerDay = 48
  /// The longest school year, first to last day inclusive.
  public static let maxYearDays = 400
  public static let maxWeight = 1_000_000
  public static let maxMoney = 1_000_000_000_000

  /// The whole table, in the order of docs/FORMAT.md.
  public static let numbers: [NumberBound] =
    cycle + people + personal("teachers") + personal("classes") + lessons + leadership
    + overrides("roles") + overrides("teams") + policy
    + budget + weights

  static let cycle: [NumberBound] = [
    NumberBound(
      "/cycle/weeks", 1...maxWeeksPerCycle, "A/B and 2-week cycles need 2; 8 covers every rota",
      isCount: true
    ) { [(Pointer.of("cycle", "weeks"), $0.cycle.weeks.count)] },
    NumberBound(
      "/cycle/days", 1...maxDaysPerWeek, "a cycle week has at most 14 school days (a 10-day rota)",
      isCount: true
    ) { [(Pointer.of("cycle", "days"), $0.cycle.days.count)] },
    NumberBound(
      "/cycle/periods", 1...maxPeriodsPerDay, "48 half-hour periods fill a whole day",
      isCount: true
    ) { [(Pointer.of("cycle", "periods"), $0.cycle.periods.count)] },
  ]

  static let people: [NumberBound] = [
    NumberBound("/teachers/*/maxPerDay", 1...maxPeriodsPerDay, "a day has at most 48 periods") {
      indexed($0.teachers, "teachers", "maxPerDay", \.maxPerDay)
    },
    NumberBound("/teachers/*/maxPerWeek", 1...10_000, "a cycle has fewer than 10,000 slots") {
      indexed($0.teachers, "teachers", "maxPerWeek", \.maxPerWeek)
    },
    NumberBound("/teachers/*/costPerPeriod", 0...1_000_000, "money per period, in whole units") {
      indexed($0.teachers, "teachers", "costPerPeriod", \.costPerPeriod)
    },
    NumberBound("/classes/*/students", 1...100_000, "a class of more than 100,000 is a typo") {
      indexed($0.classes, "classes", "students", \.students)
    },
    NumberBound("/rooms/*/capacity", 1...100_000, "a room seating more than 100,000 is a typo") {
      indexed($0.rooms, "rooms", "capacity", \.capacity)
    },
  ]

  static let lessons: [NumberBound] = [
    NumberBound("/lessons/*/meetings", 1...10_000, "a cycle has fewer than 10,000 slots") {
      indexed($0.lessons, "lessons", "meetings", \.meetings)
    },
    NumberBound("/lessons/*/duration", 1...maxPeriodsPerDay, "a meeting fits in one day") {
      indexed($0.lessons, "lessons", "duration", \.duration)
    },
    NumberBound("/studentGroups/*/students", 1...100_000, "a group of over 100,000 is a typo") {
      indexed($0.studentGroups, "studentGroups", "students", \.students)
    },
  ]

  static let leadership: [NumberBound] = [
    NumberBound(
      "/leadership/roles/*/releasePeriodsPerDay", 0...maxPeriodsPerDay,
      "a day has at most 48 periods"
    ) {
      indexed(
        $0.leadership.roles, "leadership/roles", "releasePeriodsPerDay", \.releasePeriodsPerDay)
    },
    NumberBound("/leadership/roles/*/spanLimit", 1...10_000, "a leader of 10,000 is a typo") {
      indexed($0.leadership.roles, "leadership/roles", "spanLimit", \.spanLimit)
    },
    NumberBound("/leadership/roles/*/stipend", 0...maxMoney, "money a year, in whole units") {
      indexed($0.leadership.roles, "leadership/roles", "stipend", \.stipend)
    },
  ]

  static let policy: [NumberBound] = [
    policyNumber("debriefWindowDays", 0...366, "school days; a year has fewer than 366") {
      $0.debriefWindowDays
    },
    policyNumber("minDaysBetweenObservations", 0...366, "school days; a year has fewer than 366") {
      $0.minDaysBetweenObservations
    },
    policyNumber("maxObservationsPerLeaderPerDay", 0...maxPeriodsPerDay, "one per period at most") {
      $0.maxObservationsPerLeaderPerDay
    },
    policyNumber("huddlesPerWeek", 0...100, "more than 100 huddles a week is a typo") {
      $0.huddlesPerWeek
    },
    policyNumber("huddleMinutes", 1...1440, "a day has 1,440 minutes") { $0.huddleMinutes },
    policyNumber("oneOnOnesPerMonth", 0...31, "at most one a day") { $0.oneOnOnesPerMonth },
    policyNumber("observableSlotsPerMember", 0...10_000, "a cycle has fewer than 10,000 slots") {
      $0.observableSlotsPerMember
    },
    policyNumber("maxConsecutivePeriods", 0...maxPeriodsPerDay, "a day has at most 48 periods") {
      $0.maxConsecutivePeriods
    },
    policyNumber("noObservationDaysAtStart", 0...maxYearDays, "a year has at most 400 days") {
      $0.noObservationDaysAtStart
    },
    policyNumber("noObservationDaysAtEnd", 0...maxYearDays, "a year has at most 400 days") {
      $0.noObservationDaysAtEnd
    },
    NumberBound("/policy/observations/*/perYear", 0...366, "at most one a day of the year") {
      indexed($0.policy.observations, "policy/observations", "perYear", \.perYear)
    },
    NumberBound("/policy/observations/*/minutes", 1...1440, "a day has 1,440 minutes") {
      indexed($0.policy.observations, "policy/observations", "minutes", \.minutes)
    },
    NumberBound("/policy/observations/*/weight", 0...maxWeight, weightWhy) {
      indexed($0.policy.observations, "policy/observations", "weight", \.weight)
    },
  ]

  static let weightWhy = "weights are relative; a million is plenty"

  /// The personal limits of teachers or classes (`list`), each a number or a soft
  /// `{"count", "weight"}` (docs/FORMAT.md "Personal limits").
  static func personal(_ list: String) -> [NumberBound] {
    let ranges: [PersonalLimits.Kind: (ClosedRange<Int>, String)] = [
      .maxGapsPerDay: (0...maxPeriodsPerDay, "a day has at most 48 periods"),
      .maxGapsPerWeek: (0...10_000, "a cycle has fewer than 10,000 slots"),
      .maxDaysPerWeek: (0...maxDaysPerWeek, "a cycle week has at most 14 days"),
      .minPerDay: (1...maxPeriodsPerDay, "a day has at most 48 periods"),
      .maxInARow: (1...maxPeriodsPerDay, "a day has at most 48 periods"),
    ]
    @Sendable func all(_ s: School) -> [PersonalLimits] {
      list == "teachers" ? s.teachers.map(\.limits) : s.classes.map(\.limits)
    }
    return PersonalLimits.Kind.allCases.filter { list == "teachers" || $0.appliesToClasses }
      .flatMap { kind -> [NumberBound] in
        let (range, why) = ranges[kind] ?? (0...0, "")
        let base = "/" + list + "/*/" + kind.key
        return [
          NumberBound(base, range, why) { s in
            all(s).enumerated().compactMap { i, l in
              l[kind].map { n in
                (
                  "/" + list + "/" + String(i) + "/" + kind.key + (n.isSoft ? "/count" : ""),
                  n.count
                )
              }
            }
          },
          NumberBound(base + "/weight", 0...maxWeight, weightWhy) { s in
            all(s).enumerated().compactMap { i, l in
              l[kind]?.weight.map {
                ("/" + list + "/" + String(i) + "/" + kind.key + "/weight", $0)
              }
            }
          },
        ]
      }
  }

  /// The numbers of a role's or a team's own `policy` (`list` is "roles" or "teams"), with
  /// the same ranges as the school's. A soft number's count sits at `.../count`.
  static func overrides(_ list: String) -> [NumberBound] {
    let base = "/leadership/" + list + "/*/policy/"
    @Sendable func all(_ s: School) -> [(String, PolicyOverride?)] {
      let l = s.leadership
      let policies = list == "roles" ? l.roles.map(\.policy) : l.teams.map(\.policy)
      return policies.enumerated().map {
        ("/leadership/" + list + "/" + String($0) + "/policy", $1)
      }
    }
    func number(
      _ key: String, _ range: ClosedRange<Int>, _ why: String,
      _ value: @escaping @Sendable (PolicyOverride) -> PolicyNumber?
    ) -> [NumberBound] {
      [
        NumberBound(base + key, range, why) { s in
          all(s).compactMap { at, o in
            o.flatMap(value).map { n in (at + "/" + key + (n.isSoft ? "/count" : ""), n.count) }
          }
        },
        NumberBound(base + key + "/weight", 0...maxWeight, weightWhy) { s in
          all(s).compactMap { at, o in
            o.flatMap(value)?.weight.map { (at + "/" + key + "/weight", $0) }
          }
        },
      ]
    }
    func quota(
      _ key: String, _ range: ClosedRange<Int>, _ why: String,
      _ v: KeyPath<ObservationQuota, Int?> & Sendable
    )
      -> NumberBound
    {
      NumberBound(base + "observations/*/" + key, range, why) { s in
        all(s).flatMap { at, o in
          (o?.observations ?? []).enumerated().compactMap { i, q in
            q[keyPath: v].map { (at + "/observations/" + String(i) + "/" + key, $0) }
          }
        }
      }
    }
    return number("observableSlotsPerMember", 0...10_000, "a cycle has fewer than 10,000 slots") {
      $0.observableSlotsPerMember
    }
      + number("huddlesPerWeek", 0...100, "more than 100 huddles a week is a typo") {
        $0.huddlesPerWeek
      }
      + number("oneOnOnesPerMonth", 0...31, "at most one a day") { $0.oneOnOnesPerMonth } + [
        quota(
          "perYear", 0...366, "at most one a day of the year", \ObservationQuota.perYearOptional),
        quota("minutes", 1...1440, "a day has 1,440 minutes", \ObservationQuota.minutes),
        quota("weight", 0...maxWeight, weightWhy, \ObservationQuota.weight),
      ]
  }

  static let budget: [NumberBound] = [
    budgetNumber("cap", 0...maxMoney, "money a year, in whole units") { $0.cap },
    budgetNumber("coveragePerPeriod", 0...1_000_000, "money per period, in whole units") {
      $0.coveragePerPeriod
    },
    budgetNumber("weeksPerYear", 1...53, "a year has 53 weeks at most") { $0.weeksPerYear },
  ]

  static let weights: [NumberBound] = SoftRule.allCases.map { weight($0) }

  // MARK: Builders

  /// One value per element of a list, skipping absent optionals.
  static func indexed<T>(
    _ items: [T], _ list: String, _ key: String, _ value: (T) -> Int?
  ) -> [(pointer: String, value: Int)] {
    items.enumerated().compactMap { i, item in
      value(item).map { ("/" + list + "/" + String(i) + "/" + key, $0) }
    }
  }

  static func policyNumber(
    _ key: String, _ range: ClosedRange<Int>, _ why: String,
    _ value: @escaping @Sendable (Policy) -> Int?
  ) -> NumberBound {
    NumberBound("/policy/" + key, range, why) { school in
      value(school.policy).map { [(Pointer.of("policy", key), $0)] } ?? []
    }
  }

  static func budgetNumber(
    _ key: String, _ range: ClosedRange<Int>, _ why: String,
    _ value: @escaping @Sendable (Budget) -> Int?
  ) -> NumberBound {
    NumberBound("/budget/" + key, range, why) { school in
      school.budget.flatMap(value).map { [(Pointer.of("budget", key), $0)] } ?? []
    }
  }

  /// A soft rule's weight; none while the school requires the rule.
  static func weight(_ rule: SoftRule) -> NumberBound {
    NumberBound(
      "/weights/" + rule.key, 0...maxWeight, "weights are relative; a million is plenty"
    ) {
      $0.weights.isRequired(rule) ? [] : [(Pointer.of("weights", rule.key), $0.weights[rule])]
    }
  }
}
