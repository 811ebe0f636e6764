/// The dense problem the compiler hands to the search: every entity is an integer index, every
/// relation a list of indices. Slots are numbered `(week * daysPerWeek + day) * periodsPerDay +
/// period`; meetings are numbered lesson by lesson, index by index.
///
/// Nested arrays are fine here: `SearchModel` flattens them once per solve, outside the loop.
/// Out-of-range indices are dropped by `SearchModel`, so odd input never traps.
package struct Problem: Sendable {
  // MARK: Cycle
  package var weekCount = 1
  package var daysPerWeek = 1
  package var periodsPerDay = 1
  /// Per slot.
  package var slotBlocked: [Bool] = []
  /// Per period of the day.
  package var periodLate: [Bool] = []

  // MARK: Teachers, classes, rooms
  package var teacherCount = 0
  /// Per teacher, the unavailable slots.
  package var teacherUnavailable: [[Int32]] = []
  /// Per teacher, -1 when unlimited.
  package var teacherMaxPerDay: [Int32] = []
  package var teacherMaxPerWeek: [Int32] = []
  package var classCount = 0
  package var classUnavailable: [[Int32]] = []
  package var roomCount = 0
  package var roomUnavailable: [[Int32]] = []
  /// Personal limits (`Kernel+PersonalLimits`), per teacher and per class, one entry per
  /// `PersonalLimit` kind: the limit (-1: none) and its weight (-1: hard, counted in
  /// `personal-limit`; else soft, weight × excess in `personal-preference`).
  package var teacherPersonal: [[Int32]] = []
  package var teacherPersonalWeight: [[Int64]] = []
  package var classPersonal: [[Int32]] = []
  package var classPersonalWeight: [[Int64]] = []
  /// Per lesson and per teacher: the rooms it (they) would rather have (`room-preference`;
  /// empty: no preference).
  package var lessonPreferredRooms: [[Int32]] = []
  package var teacherPreferredRooms: [[Int32]] = []
  /// Per teacher: the slots they would rather teach in (empty: no preference).
  package var teacherPreferred: [[Int32]] = []
  /// Per student group: its students (the weight of one `student-clash`) and its classes.
  package var groupStudents: [Int64] = []
  package var groupClasses: [[Int32]] = []

  // MARK: Lessons
  package var lessonClass: [Int32] = []
  package var lessonDuration: [Int32] = []
  /// Dense id of the lesson's (class, subject) pair, for the same-subject rule.
  package var lessonSubjectGroup: [Int32] = []
  package var lessonMeetingCount: [Int32] = []
  /// Candidate teachers (RULES.md "candidates"); empty means no teacher can be given.
  package var lessonCandidates: [[Int32]] = []
  /// Whether the lesson needs a room, and the rooms that suit it (fixed room, kind, capacity).
  package var lessonNeedsRoom: [Bool] = []
  package var lessonRooms: [[Int32]] = []
  /// Resolved preferred start slots; empty means no preference.
  package var lessonPreferred: [[Int32]] = []
  /// Per lesson, one resolved start slot per pinned meeting; -2 when the reference cannot be
  /// met by any slot.
  package var lessonPinned: [[Int32]] = []
  /// Per lesson, whether its meetings may have different teachers (else `split-lesson`).
  package var lessonAllowSplit: [Bool] = []

  // MARK: Leadership
  /// Per leader: the teacher record of a teaching leader (-1 otherwise) and the teaching limit.
  package var leaderTeacher: [Int32] = []
  package var leaderLimit: [Int32] = []
  /// Per team: the leader's teacher (-1 for a leader who does not teach), the leader's
  /// unavailable slots (teacher record's or the leader's own) and the members.
  package var teamLeaderTeacher: [Int32] = []
  /// Per team: its leader (teams of one leader share the leader's huddle time; -1 unknown).
  package var teamLeader: [Int32] = []
  package var teamLeaderUnavailable: [[Int32]] = []
  package var teamMembers: [[Int32]] = []
  package var huddlesPerWeek = 0
  package var observableSlotsPerMember = 0
  /// Per team, its own numbers (`School.policy(for:)`) and their weights, -1 for hard (rule
  /// `team-policy` counts weight × shortfall of a soft one). A team past the end of an array
  /// uses `huddlesPerWeek` / `observableSlotsPerMember`, hard.
  package var teamHuddles: [Int32] = []
  package var teamHuddleWeight: [Int64] = []
  package var teamObservable: [Int32] = []
  package var teamObservableWeight: [Int64] = []
  package var maxConsecutivePeriods = 4

  // MARK: Budget (`Kernel+Budget`)
  /// Per teacher: what one released period they teach costs (a coverage position's rate; 0
  /// for everyone else).
  package var teacherCoverageRate: [Int64] = []
  /// Per lesson: the teachers of leaders among its candidates, in candidate order.
  package var lessonLeaderTeachers: [[Int32]] = []
  /// Instructional weeks a year, the leaders' stipends, the cap (nil: none) and the yearly
  /// cost of one weekly period at the reference rate (the unit both budget rules count in).
  package var coverageWeeks = 36
  package var stipends: Int64 = 0
  package var budgetCap: Int64? = nil
  package var coverageUnit: Int64 = 1

  // MARK: Weights (per soft rule, in `Rule` order from `Rule.teacherGap`)
  package var softWeights: [Int64] = [3, 5, 2, 2, 1, 3, 10, 1, 2, 2]
  /// Soft rules the school requires: each unit of their count is one unit of hard cost.
  package var softRequired: [Bool] = []

  // MARK: Re-solve
  /// Per meeting (global numbering): the previous start (-3 no previous meeting, -2 a previous
  /// meeting that no slot matches, else the slot), teacher (-1 none, -2 unknown) and room.
  package var previousStart: [Int32]? = nil
  package var previousTeacher: [Int32] = []
  package var previousRoom: [Int32] = []
  /// Where a re-solve starts, when not from the previous schedule (the calendar's feedback
  /// rounds start from the last round's schedule; `moved` still counts against `previous*`).
  /// Same encoding as `previousStart`, `previousTeacher`, `previousRoom`.
  package var seedStart: [Int32]? = nil
  package var seedTeacher: [Int32] = []
  package var seedRoom: [Int32] = []

  // MARK: Calendar feedback
  /// `policy.debriefWindowDays`: the school days after an observation its debrief may fall on.
  package var debriefWindowDays = 0
  /// (team, member, extra): pairs the coaching calendar fell short for; the search asks each
  /// for `extra` more observation chances with a debrief in the window than the policy does,
  /// as soft cost (`SchoolGeneralCompiler.feedbackWeight` per unit), never as reported cost.
  package var pairEmphasis: [PairEmphasis] = []

  package init() {}

  package var slotCount: Int { weekCount * daysPerWeek * periodsPerDay }
  package var meetingCount: Int { lessonMeetingCount.reduce(0) { $0 + max(0, Int($1)) } }
}

/// One (team, member) pair the schedule search should favour, and by how many chances.
package struct PairEmphasis: Sendable, Equatable {
  package var team: Int32
  package var teacher: Int32
  package var extra: Int32

  package init(team: Int32, teacher: Int32, extra: Int32) {
    self.team = team
    self.teacher = teacher
    self.extra = extra
  }
}
