import CadreModel

/// The schedule's signals for `TeamFormer`: for a teacher and a leader, how far the week falls
/// short of the observation windows the leader's teams ask (slots where the teacher teaches
/// while the leader is free: `observableSlotsPerMember`) and of common free time (slots where
/// both are free, for debriefs and huddles: `huddlesPerWeek`), per cycle week.
///
/// With a master schedule (a re-solve's previous one), "teaches" and "free" are the
/// schedule's; without one, only what the file fixes counts: blocked slots, unavailability
/// and pinned meetings (a teacher then may teach any slot they are available in). So without
/// a schedule the shortfall is nearly always 0 and formation balances sizes as before.
struct FormationSignals {
  let school: School
  let facts: SchoolFacts
  let weeks: Int
  /// Per teacher: slots taught (schedule) or pinned (no schedule).
  let teaches: [Set<Slot>]
  /// Per teacher: slots not free (blocked, unavailable, teaching).
  let busy: [Set<Slot>]
  /// Whether a schedule was given.
  let scheduled: Bool
  let slots: [Slot]

  /// - Complexity: O(meetings × duration + teachers × slots).
  init(_ school: School, _ facts: SchoolFacts, schedule: Schedule?) {
    self.school = school
    self.facts = facts
    let cycle = school.cycle
    weeks = max(1, cycle.weeks.count)
    slots = cycle.allSlots.filter { !facts.blocked.contains($0) }
    var teaches = [Set<Slot>](repeating: [], count: school.teachers.count)
    func add(_ t: Int, _ ref: SlotRef, _ duration: Int) {
      for s in cycle.resolve(ref) {
        for p in s.period..<min(s.period + max(1, duration), cycle.periods.count) {
          teaches[t].insert(Slot(week: s.week, day: s.day, period: p))
        }
      }
    }
    if let schedule {
      for m in schedule.meetings {
        guard let t = m.teacher.flatMap({ facts.teacherIndex[$0] }), let start = m.start,
          let l = facts.lessonIndex[m.lesson]
        else { continue }
        add(t, start, school.lessons[l].duration)
      }
    } else {
      for lesson in school.lessons {
        guard let t = lesson.teacher.flatMap({ facts.teacherIndex[$0] }) else { continue }
        for ref in lesson.pinned { add(t, ref, lesson.duration) }
      }
    }
    self.teaches = teaches
    busy = school.teachers.indices.map { t in
      facts.blocked.union(facts.resolved(school.teachers[t].unavailable)).union(teaches[t])
    }
    scheduled = schedule != nil
  }

  /// Slots the leader is not free: a teaching leader's teacher record, else their own
  /// unavailability (and blocked slots).
  func leaderBusy(_ leader: Leader) -> Set<Slot> {
    if let t = facts.teacherIndex(of: leader) { return busy[t] }
    return facts.blocked.union(facts.resolved(leader.unavailable))
  }

  /// What a leader's teams ask of a member each week: the most observable slots and huddles
  /// among the teams (their own hard numbers, `School.policy(for:)`; a soft one asks nothing).
  func needs(of teams: [Team]) -> (windows: Int, common: Int) {
    var out = (windows: 0, common: 0)
    for team in teams {
      let p = school.policy(for: team)
      if !p.observableSlotsPerMember.isSoft {
        out.windows = max(out.windows, p.observableSlotsPerMember.count)
      }
      if !p.huddlesPerWeek.isSoft { out.common = max(out.common, p.huddlesPerWeek.count) }
    }
    return out
  }

  /// The week's shortfall of observation windows plus that of common free slots, for
  /// teacher t under a leader busy in `leaderBusy` whose teams ask `needs` (0 when both are
  /// reached).
  func deficit(_ t: Int, _ leaderBusy: Set<Slot>, needs: (windows: Int, common: Int)) -> Int {
    var windows = 0
    var common = 0
    for s in slots where !leaderBusy.contains(s) {
      let teaching =
        scheduled ? teaches[t].contains(s) : !busy[t].contains(s) || teaches[t].contains(s)
      if teaching && !facts.blocked.contains(s) { windows += 1 }
      if !busy[t].contains(s) { common += 1 }
    }
    return max(0, needs.windows - windows / weeks) + max(0, needs.common - common / weeks)
  }
}
