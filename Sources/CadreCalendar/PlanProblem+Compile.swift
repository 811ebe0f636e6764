import CadreModel

extension PlanProblem {
  /// Compiles the school and master schedule. Never traps on bad input: what cannot be used
  /// is skipped and, where it matters to the plan, explained in `issues`.
  ///
  /// - Complexity: O(dates × closures + meetings + people × cycle days).
  init(school: School, schedule: Schedule, weights: CalendarWeights) {
    self.school = school
    self.weights = weights
    let cycle = school.cycle
    var issues: [String] = []
    let rawPeriods = cycle.periods.count
    periodCount = min(rawPeriods, 64)
    if rawPeriods > 64 {
      issues.append("The cycle has \(rawPeriods) periods a day; the planner handles at most 64")
    }
    periodMask = periodCount == 64 ? ~0 : (UInt64(1) << UInt64(periodCount)) &- 1
    cycleDayCount = cycle.weeks.count * cycle.days.count
    let days = SchoolDays(school: school)
    schoolDays = days
    if school.year == nil {
      issues.append(
        "The school has no year (first and last day, closures, terms), so no date can be "
          + "planned")
    } else if days.days.isEmpty {
      issues.append("The school year has no school day on which the cycle's days fall")
    }
    dayCount = days.days.count
    dayCycle = days.days.map { $0.cycleWeek * cycle.days.count + $0.cycleDay }
    dayOfCycleWeek = days.days.map(\.cycleDay)
    dayWeekday = days.days.map(\.date.weekday)
    termCount = school.year?.terms.count ?? 0
    dayTerm = days.days.map { $0.term ?? -1 }

    var dayWeek: [Int] = []
    var weekDays: [Range<Int>] = []
    var dayMonth: [Int] = []
    var monthDays: [Range<Int>] = []
    for (j, d) in days.days.enumerated() {
      if j == 0 || days.days[j - 1].calendarWeek != d.calendarWeek {
        weekDays.append(j..<j)
      }
      weekDays[weekDays.count - 1] = weekDays[weekDays.count - 1].lowerBound..<(j + 1)
      dayWeek.append(weekDays.count - 1)
      let prev = j == 0 ? nil : days.days[j - 1].date
      if prev == nil || prev?.month != d.date.month || prev?.year != d.date.year {
        monthDays.append(j..<j)
      }
      monthDays[monthDays.count - 1] = monthDays[monthDays.count - 1].lowerBound..<(j + 1)
      dayMonth.append(monthDays.count - 1)
    }
    self.dayWeek = dayWeek
    self.weekDays = weekDays
    self.dayMonth = dayMonth
    self.monthDays = monthDays

    let policy = school.policy
    let blackoutStart = max(0, policy.noObservationDaysAtStart)
    let blackoutEnd = dayCount - max(0, policy.noObservationDaysAtEnd)
    dayEligible = (0..<dayCount).map { $0 >= blackoutStart && $0 < blackoutEnd }
    eligibleDays = (0..<dayCount).filter { $0 >= blackoutStart && $0 < blackoutEnd }

    spotMinutes = max(1, policy.observations.first { $0.kind == .spot }?.minutes ?? 15)
    minDays = max(0, policy.minDaysBetweenObservations)
    window = max(0, policy.debriefWindowDays)
    maxPerDay = max(0, policy.maxObservationsPerLeaderPerDay)

    // People.
    var teacherIndex: [String: Int] = [:]
    var teacherPerson: [Int] = []
    var personTeacher: [Int] = []
    for (i, t) in school.teachers.enumerated() {
      if let p = teacherIndex[t.id.raw] {
        teacherPerson.append(teacherPerson[p])
      } else {
        teacherIndex[t.id.raw] = i
        teacherPerson.append(personTeacher.count)
        personTeacher.append(i)
      }
    }
    var leaderIndex: [String: Int] = [:]
    var leaderRecord: [Int] = []
    var leaderPerson: [Int] = []
    for (i, l) in school.leadership.leaders.enumerated() where leaderIndex[l.id.raw] == nil {
      leaderIndex[l.id.raw] = leaderRecord.count
      leaderRecord.append(i)
      if let t = l.teacher, let ti = teacherIndex[t.raw] {
        leaderPerson.append(teacherPerson[ti])
      } else {
        leaderPerson.append(personTeacher.count)
        personTeacher.append(-1)
      }
    }
    personCount = personTeacher.count
    self.teacherPerson = teacherPerson
    self.personTeacher = personTeacher
    self.leaderRecord = leaderRecord
    self.leaderPerson = leaderPerson

    // Busy sets.
    let cdc = cycleDayCount
    let pc = periodCount
    func slotBits(_ ref: SlotRef) -> [(Int, UInt64)] {
      cycle.resolve(ref).compactMap { s in
        s.period < pc ? (s.week * cycle.days.count + s.day, UInt64(1) << UInt64(s.period)) : nil
      }
    }
    var blocked = [UInt64](repeating: 0, count: cdc)
    for b in cycle.blocked { for (c, bit) in slotBits(b.slot) { blocked[c] |= bit } }
    var staticBusy = [UInt64](repeating: 0, count: personCount * cdc)
    for x in 0..<personCount {
      for c in 0..<cdc { staticBusy[x * cdc + c] = blocked[c] }
    }
    for (i, t) in school.teachers.enumerated() where teacherIndex[t.id.raw] == i {
      let x = teacherPerson[i]
      for r in t.unavailable { for (c, bit) in slotBits(r) { staticBusy[x * cdc + c] |= bit } }
    }
    for (l, i) in leaderRecord.enumerated() where personTeacher[leaderPerson[l]] < 0 {
      let x = leaderPerson[l]
      for r in school.leadership.leaders[i].unavailable {
        for (c, bit) in slotBits(r) { staticBusy[x * cdc + c] |= bit }
      }
    }
    var teaches = [UInt64](repeating: 0, count: personCount * cdc)
    var lessonAt = [Int](repeating: -1, count: personCount * cdc * pc)
    var lessonIndex: [String: Int] = [:]
    for (i, l) in school.lessons.enumerated() where lessonIndex[l.id.raw] == nil {
      lessonIndex[l.id.raw] = i
    }
    for m in schedule.meetings {
      guard let li = lessonIndex[m.lesson.raw], let tid = m.teacher,
        let ti = teacherIndex[tid.raw], let start = m.start,
        start.week != nil || cycle.weeks.count == 1
      else { continue }
      let slots = cycle.resolve(start)
      guard slots.count == 1, let s = slots.first else { continue }
      let x = teacherPerson[ti]
      let c = s.week * cycle.days.count + s.day
      let end = min(s.period + max(1, school.lessons[li].duration), pc)
      guard s.period < end else { continue }
      for p in s.period..<end {
        let bit = UInt64(1) << UInt64(p)
        staticBusy[x * cdc + c] |= bit
        if blocked[c] & bit == 0 { teaches[x * cdc + c] |= bit }
        let at = (x * cdc + c) * pc + p
        if lessonAt[at] < 0 { lessonAt[at] = li }
      }
    }
    self.staticBusy = staticBusy
    self.teaches = teaches
    self.lessonAt = lessonAt

    // Teams and members.
    var teamRecord: [Int] = []
    var teamLeader: [Int] = []
    var teamMembers: [[Int]] = []
    var memberPerson: [Int] = []
    var memberLeader: [Int] = []
    var memberTeam: [Int] = []
    var memberTeacher: [Int] = []
    var taken = Set<String>()
    for (i, team) in school.leadership.teams.enumerated() {
      guard let l = leaderIndex[team.leader.raw] else {
        issues.append(
          "Team \(team.id.raw) names leader \(team.leader.raw), who is not in "
            + "/leadership/leaders, so its members get no coaching events")
        continue
      }
      var members: [Int] = []
      for m in team.members {
        guard let ti = teacherIndex[m.raw], teacherPerson[ti] != leaderPerson[l],
          !taken.contains(m.raw)
        else { continue }
        taken.insert(m.raw)
        members.append(memberPerson.count)
        memberPerson.append(teacherPerson[ti])
        memberLeader.append(l)
        memberTeam.append(teamRecord.count)
        memberTeacher.append(ti)
      }
      guard !members.isEmpty else { continue }
      teamRecord.append(i)
      teamLeader.append(l)
      teamMembers.append(members)
    }
    self.teamRecord = teamRecord
    self.teamLeader = teamLeader
    self.teamMembers = teamMembers
    self.memberPerson = memberPerson
    self.memberLeader = memberLeader
    self.memberTeam = memberTeam
    self.memberTeacher = memberTeacher

    // Each team's own numbers (team > role > school).
    let own = teamRecord.map { school.policy(for: school.leadership.teams[$0]) }
    teamHuddles = own.map { max(0, $0.huddlesPerWeek.count) }
    var memberQuota: [Int] = []
    var memberQuotaWeight: [Int] = []
    var memberBase = [0]
    var recordMember: [Int] = []
    var memberOneOnOnes: [Int] = []
    for m in memberTeam.indices {
      let p = own[memberTeam[m]]
      for kind in [ObservationKind.spot, .formal] {
        memberQuota.append(p.perYear(kind))
        memberQuotaWeight.append(p.weight(kind).map { max(0, $0) } ?? -1)
      }
      let n = memberQuota[m * 2] + memberQuota[m * 2 + 1]
      recordMember += [Int](repeating: m, count: n)
      memberBase.append(memberBase[m] + n)
      memberOneOnOnes.append(max(0, p.oneOnOnesPerMonth.count))
    }
    self.memberQuota = memberQuota
    self.memberQuotaWeight = memberQuotaWeight
    self.memberBase = memberBase
    self.recordMember = recordMember
    self.memberOneOnOnes = memberOneOnOnes
    self.issues = issues
    computeCapacities()
  }
}
