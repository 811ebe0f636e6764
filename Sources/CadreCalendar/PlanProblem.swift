import CadreModel

/// The school, year and master schedule compiled to dense arrays for the planner.
///
/// People are dense ids: teacher records first (the first record of each id), then leaders
/// without a teacher record. Busy sets are one `UInt64` per (person, cycle day), bit p for
/// period p, so a cycle may have at most 64 periods a day. School days, weeks and months are
/// dense too; nothing here is looked up by name after compiling.
struct PlanProblem {
  // MARK: Constant: the school
  let school: School
  let schoolDays: SchoolDays
  let weights: CalendarWeights
  /// Reasons found while compiling that nothing can fix (no year, too many periods, ...).
  let issues: [String]

  // MARK: Constant: time
  let periodCount: Int
  /// Bits 0..<periodCount set.
  let periodMask: UInt64
  let cycleDayCount: Int
  let dayCount: Int
  /// Per school day: the cycle day `week × days + day`.
  let dayCycle: [Int]
  /// Per school day: the day within the cycle week (index into `cycle.days`).
  let dayOfCycleWeek: [Int]
  /// Per school day: the ISO weekday of the date.
  let dayWeekday: [Int]
  /// Per school day: dense calendar week (weeks with school days only).
  let dayWeek: [Int]
  /// Per school day: dense calendar month.
  let dayMonth: [Int]
  /// Per school day: term index or -1.
  let dayTerm: [Int]
  /// Per school day: outside the observation blackout.
  let dayEligible: [Bool]
  /// School-day indices outside the blackout, ascending.
  let eligibleDays: [Int]
  /// School days of each dense week and month (contiguous ranges of indices).
  let weekDays: [Range<Int>]
  let monthDays: [Range<Int>]
  let termCount: Int

  // MARK: Constant: people
  let personCount: Int
  /// Teacher record index -> person (duplicate ids map to the first record's person).
  let teacherPerson: [Int]
  /// Person -> first teacher record index, or -1 for a leader without a teacher record.
  let personTeacher: [Int]
  /// Dense leader (first record of each leader id) -> index in `leadership.leaders`.
  let leaderRecord: [Int]
  let leaderPerson: [Int]
  /// person × cycleDayCount + cycle day -> periods the person is not free (blocked,
  /// unavailable, teaching).
  let staticBusy: [UInt64]
  /// person × cycleDayCount + cycle day -> periods the person teaches (not blocked).
  let teaches: [UInt64]
  /// (person × cycleDayCount + cycle day) × periodCount + period -> lesson index or -1.
  let lessonAt: [Int]

  // MARK: Constant: teams and members
  /// Dense team -> index in `leadership.teams`.
  let teamRecord: [Int]
  let teamLeader: [Int]
  let teamMembers: [[Int]]
  /// Dense member -> person, leader, team, teacher record.
  let memberPerson: [Int]
  let memberLeader: [Int]
  let memberTeam: [Int]
  let memberTeacher: [Int]

  // MARK: Constant: policy
  let spotMinutes: Int
  let minDays: Int
  let window: Int
  let maxPerDay: Int
  /// Per team's own numbers (`School.policy(for:)`, team > role > school), dense:
  /// member × 2 + kind (0 spot, 1 formal) -> observations a year, and their weight (-1 hard;
  /// a soft quota's missing observation costs the weight in `team-policy`).
  let memberQuota: [Int]
  let memberQuotaWeight: [Int]
  /// Member -> its first observation record; memberCount + 1 entries (records are grouped
  /// by member, `PlanState`).
  let memberBase: [Int]
  /// Observation record -> its member.
  let recordMember: [Int]
  /// Dense team -> huddles a week; member -> one-on-ones a month.
  let teamHuddles: [Int]
  let memberOneOnOnes: [Int]

  // MARK: Derived from the master schedule (PlanProblem+Capacity.swift)
  /// Dense leader -> their dense teams (each has ≥ 1 member), ascending.
  var leaderTeams: [[Int]] = []
  /// leader × weekCount + week -> the huddle capacity R of that week.
  var huddleCapacity: [Int] = []
  /// member × monthCount + month -> min(o, d(month)): the one-on-ones owed that month.
  var oneOnOneNeed: [Int] = []

  // MARK: Re-solve (PreviousPlan.swift)
  /// The previous calendar's events on this problem's dense ids; empty when not re-solving.
  var previous = PreviousPlan()

  var leaderCount: Int { leaderRecord.count }
  var memberCount: Int { memberPerson.count }
  var teamCount: Int { teamRecord.count }
  var weekCount: Int { weekDays.count }
  var monthCount: Int { monthDays.count }
  /// Observation records of all members.
  var recordCount: Int { memberBase.last ?? 0 }
  /// The most observations one member needs in a year.
  var mostPerMember: Int {
    (0..<memberCount).map { memberBase[$0 + 1] - memberBase[$0] }.max() ?? 0
  }

  /// Member m's observations a year of `kind` (0 spot, 1 formal).
  func quota(_ m: Int, _ kind: Int) -> Int { memberQuota[m * 2 + kind] }

  /// Whether member m's observations of `kind` must reach every term.
  func termRule(_ m: Int, _ kind: Int) -> Bool { termCount >= 1 && quota(m, kind) >= termCount }

  /// Whether any team needs huddles or one-on-ones.
  var anyHuddles: Bool { teamHuddles.contains { $0 > 0 } }
  var anyOneOnOnes: Bool { memberOneOnOnes.contains { $0 > 0 } }

  func busyStatic(_ person: Int, day: Int) -> UInt64 {
    staticBusy[person * cycleDayCount + dayCycle[day]]
  }

  func teaching(_ person: Int, day: Int) -> UInt64 {
    teaches[person * cycleDayCount + dayCycle[day]]
  }

  /// Periods of school day d in which team t's leader and every member are free per the
  /// master schedule (ignoring events).
  func staticOpen(team t: Int, day d: Int) -> UInt64 {
    var busy = busyStatic(leaderPerson[teamLeader[t]], day: d)
    for m in teamMembers[t] { busy |= busyStatic(memberPerson[m], day: d) }
    return ~busy & periodMask
  }

  func lesson(_ person: Int, day: Int, period: Int) -> Int {
    lessonAt[(person * cycleDayCount + dayCycle[day]) * periodCount + period]
  }
}
