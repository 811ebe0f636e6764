import CadreModel

extension PlanState {
  /// The plan as dated events with stable ids (docs/CALENDAR.md, section 5), sorted by date,
  /// period, kind and id.
  func events() -> [CoachingEvent] {
    let pb = problem
    let school = pb.school
    var out: [CoachingEvent] = []
    func times(_ p: Int, minutes: Int?) -> (TimeOfDay, TimeOfDay) {
      let period = school.cycle.periods[p]
      let length = period.end.minutes - period.start.minutes
      let end = period.start.minutes + min(minutes ?? length, length)
      return (period.start, TimeOfDay(minutes: end))
    }
    for m in 0..<pb.memberCount {
      let teacher = school.teachers[pb.memberTeacher[m]].id
      let leader = school.leadership.leaders[pb.leaderRecord[pb.memberLeader[m]]].id
      let team = school.leadership.teams[pb.teamRecord[pb.memberTeam[m]]].id
      let placed = records(m).filter { day[$0] >= 0 }.sorted {
        (day[$0], period[$0], $0) < (day[$1], period[$1], $1)
      }
      var number = [0, 0]
      for r in placed {
        let k = kind[r]
        number[k] += 1
        let suffix = "\(teacher.raw)-\(PlanProblem.kindName(k))-\(number[k])"
        let lessonIndex = pb.lesson(pb.memberPerson[m], day: day[r], period: period[r])
        let (start, end) = times(period[r], minutes: k == 0 ? pb.spotMinutes : nil)
        out.append(
          CoachingEvent(
            id: "obs-\(suffix)", kind: k == 0 ? .spotObservation : .formalObservation,
            date: pb.date(day[r]), period: pb.periodName(period[r]), start: start, end: end,
            leader: leader, teachers: [teacher], team: team,
            lesson: lessonIndex >= 0 ? school.lessons[lessonIndex].id : nil))
        let (ds, de) = times(debriefPeriod[r], minutes: nil)
        out.append(
          CoachingEvent(
            id: "debrief-\(suffix)", kind: .debrief, date: pb.date(debriefDay[r]),
            period: pb.periodName(debriefPeriod[r]), start: ds, end: de, leader: leader,
            teachers: [teacher], team: team, follows: "obs-\(suffix)"))
      }
      let ones = oneDay.indices.filter { oneMember[$0] == m && oneDay[$0] >= 0 }.sorted {
        (oneDay[$0], onePeriod[$0], $0) < (oneDay[$1], onePeriod[$1], $1)
      }
      var month = -1
      var n = 0
      for k in ones {
        if oneMonth[k] != month {
          month = oneMonth[k]
          n = 0
        }
        n += 1
        let date = pb.date(oneDay[k])
        let ym = String(date.description.prefix(7))
        let (start, end) = times(onePeriod[k], minutes: nil)
        out.append(
          CoachingEvent(
            id: "oneonone-\(teacher.raw)-\(ym)-\(n)", kind: .oneOnOne, date: date,
            period: pb.periodName(onePeriod[k]), start: start, end: end, leader: leader,
            teachers: [teacher], team: team))
      }
    }
    var seen: [String: Int] = [:]
    let huddleOrder = huddleDay.indices.sorted {
      (huddleTeam[$0], huddleDay[$0], huddlePeriod[$0]) < (
        huddleTeam[$1], huddleDay[$1], huddlePeriod[$1]
      )
    }
    for i in huddleOrder {
      let t = huddleTeam[i]
      let team = school.leadership.teams[pb.teamRecord[t]]
      let leader = school.leadership.leaders[pb.leaderRecord[pb.teamLeader[t]]].id
      let date = pb.date(huddleDay[i])
      var id = "huddle-\(team.id.raw)-\(date)"
      let count = (seen[id] ?? 0) + 1
      seen[id] = count
      if count > 1 { id += "-\(count)" }
      let (start, end) = times(huddlePeriod[i], minutes: school.policy.huddleMinutes)
      out.append(
        CoachingEvent(
          id: id, kind: .huddle, date: date, period: pb.periodName(huddlePeriod[i]),
          start: start, end: end, leader: leader,
          teachers: pb.teamMembers[t].map { school.teachers[pb.memberTeacher[$0]].id },
          team: team.id))
    }
    let periodIndex = Dictionary(
      school.cycle.periods.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    let kindOrder: [CoachingEventKind: Int] = [
      .spotObservation: 0, .formalObservation: 1, .debrief: 2, .huddle: 3, .oneOnOne: 4,
    ]
    return out.sorted { a, b in
      (a.date, periodIndex[a.period] ?? 0, kindOrder[a.kind] ?? 0, a.id) < (
        b.date, periodIndex[b.period] ?? 0, kindOrder[b.kind] ?? 0, b.id
      )
    }
  }
}
