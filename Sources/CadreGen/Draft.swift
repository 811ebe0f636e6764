import CadreModel

/// The school being generated, in dense indices: what the generator decides before and while
/// it builds the hidden timetable. Emitting turns it into a `School` (the problem) and a
/// `Schedule` (the witness).
///
/// Slots are flat indices `(week × days + day) × periods + period` over the emitted cycle's
/// periods (a blocked lunch period included).
struct Draft {
  var spec: GeneratorSpec
  var weekNames: [String]
  var dayNames: [String]
  var periods: [Period]
  /// Period indices blocked every day (lunch).
  var blockedPeriods: [Int]
  var teachers: [DraftTeacher] = []
  var classes: [DraftClass] = []
  var rooms: [DraftRoom] = []
  var lessons: [DraftLesson] = []
  var roles: [Role] = []
  var leaders: [DraftLeader] = []
  var teams: [DraftTeam] = []

  var weekCount: Int { weekNames.count }
  var dayCount: Int { dayNames.count }
  var periodCount: Int { periods.count }
  var cycleDays: Int { weekCount * dayCount }
  var slotCount: Int { cycleDays * periodCount }

  func slot(week: Int, day: Int, period: Int) -> Int {
    (week * dayCount + day) * periodCount + period
  }
  func period(of s: Int) -> Int { s % periodCount }
  /// Cycle day (week × days + day) of a slot.
  func cycleDay(of s: Int) -> Int { s / periodCount }
  func week(of s: Int) -> Int { s / (periodCount * dayCount) }
  func isBlocked(_ s: Int) -> Bool { blockedPeriods.contains(period(of: s)) }
  /// Non-blocked slots in the whole cycle.
  var teachableSlots: Int { slotCount - blockedPeriods.count * cycleDays }
  var teachablePerDay: Int { periodCount - blockedPeriods.count }

  func ref(_ s: Int) -> SlotRef {
    SlotRef(
      week: weekCount > 1 ? weekNames[week(of: s)] : nil,
      day: dayNames[(s / periodCount) % dayCount], period: periods[period(of: s)].name)
  }

  /// The teaching limit of a leader's role (docs/RULES.md `leader-overload`).
  func teachingLimit(_ role: Role) -> Int {
    role.teachingLimit(teachableSlots: teachableSlots, cycleDays: cycleDays)
  }
}

struct DraftTeacher {
  var id: String
  var name: String
  var subjects: [String]
  var grades: [String] = []
  var coverage = false
  var costPerPeriod: Int?
  /// Most periods a day the hidden timetable gives them (emitted as `maxPerDay`).
  var dayCap: Int
  /// Periods the lesson assignment aims to give them.
  var target = 0
  /// Periods assigned so far (by the assignment, before placement).
  var assigned = 0
  /// Hard cap from a leader role's release, when they lead.
  var limit: Int?
  /// Emitted unavailability (slots).
  var unavailable: [Int] = []
  /// Slots kept free of teaching for the team's common planning (not emitted).
  var reserved: [Int] = []
}

struct DraftClass {
  var id: String
  var name: String
  var grade: String
  /// Nil for pull-out groups, whose students are already counted in their homerooms.
  var students: Int?
  var homeRoom: Int?
}

struct DraftRoom {
  var id: String
  var name: String
  var kind: String
  var capacity: Int
}

struct DraftLesson {
  var id: String
  var classIndex: Int
  var subject: String
  var duration: Int
  /// The teacher of each planned meeting (its count is the planned meetings).
  var teachers: [Int]
  /// Emitted candidates (each planned teacher among them); empty means the one teacher is
  /// fixed.
  var candidates: [Int] = []
  /// Start slots decided in advance (elementary specials), one per meeting.
  var fixedStarts: [Int]?
  var roomKind: String?
  /// Emitted `allowSplit`: its meetings may have different teachers.
  var allowSplit = false
}

struct DraftLeader {
  var id: String
  var name: String
  var role: Int
  var teacher: Int?
  var unavailable: [Int] = []
}

struct DraftTeam {
  var id: String
  var name: String
  var grade: String?
  var subject: String?
  /// Every teacher of the team, the teaching leader (if any) included.
  var teachers: [Int]
  var leader: Int = -1
  /// Slots kept for common planning, `huddlesPerWeek` in each week.
  var planning: [Int] = []
}

extension Draft {
  /// The members of a team: its teachers other than its leader's own teacher record.
  func members(_ team: DraftTeam) -> [Int] {
    let own = team.leader >= 0 ? leaders[team.leader].teacher : nil
    return team.teachers.filter { $0 != own }
  }
}
