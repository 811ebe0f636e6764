import CadreLeadership
import CadreModel

extension CountingProofs {
  /// docs/RULES.md `observation-window`: every member must teach, in each week, k slots in
  /// which their leader is free. A slot can count only if it is not blocked, the member is not
  /// away, the leader is not away and has no pinned lesson of their own there, and the member
  /// may teach there at all (when every lesson the member may teach is theirs alone and fully
  /// pinned, only its pinned slots). Fewer such slots than k in some week proves the rule
  /// broken: typically a lead's pinned lessons cover every slot a member teaches.
  /// k is each team's own hard number (`School.policy(for:)`); a soft one proves nothing.
  static func observationWindows(_ c: SchoolCounts) -> [Diagnosis.Finding] {
    let s = c.school
    guard s.anyTeamNeeds(\.observableSlotsPerMember) else { return [] }
    // Per teacher: pinned slots of lessons only they may teach, and those lessons.
    var forced = [Set<Slot>](repeating: [], count: s.teachers.count)
    var forcedBy = [[Slot: Int]](repeating: [:], count: s.teachers.count)
    var fullyPinned = [Bool](repeating: true, count: s.teachers.count)
    var teaches = [Bool](repeating: false, count: s.teachers.count)
    for (l, lesson) in s.lessons.enumerated() where lesson.meetings > 0 {
      let only = c.fixedTeacher(l)
      for t in c.candidates[l] {
        teaches[t] = true
        if only != t || c.pinnedSlots[l].count < lesson.meetings { fullyPinned[t] = false }
      }
      if let t = only {
        for p in c.pinnedSlots[l] {
          for x in p.occupied {
            forced[t].insert(x)
            if forcedBy[t][x] == nil { forcedBy[t][x] = l }
          }
        }
      }
    }
    var out: [Diagnosis.Finding] = []
    for (g, team) in s.leadership.teams.enumerated() {
      let own = s.policy(for: team).observableSlotsPerMember
      let k = own.count
      guard !own.isSoft, k > 0,
        let li = s.leadership.leaders.firstIndex(where: { $0.id == team.leader })
      else {
        continue
      }
      let leader = s.leadership.leaders[li]
      let lt = leader.teacher.flatMap { c.teacherIndex[$0] }
      var leaderAway = Set<Slot>()
      for r in (lt.map { s.teachers[$0].unavailable } ?? leader.unavailable) {
        for x in c.cycle.resolve(r) where !c.blocked.contains(x) { leaderAway.insert(x) }
      }
      let leaderName = SchoolCounts.label(
        leader.name, lt.map { s.teachers[$0].id.raw } ?? leader.id.raw)
      var seen = Set<Int>()
      for id in team.members {
        guard let m = c.teacherIndex[id], m != lt, seen.insert(m).inserted else { continue }
        for w in c.cycle.weeks.indices {
          var windows = 0
          var withoutPins = 0
          var pinsInWay = Set<Int>()
          var memberAwayHits = 0
          for d in c.cycle.days.indices {
            for p in c.cycle.periods.indices {
              let x = Slot(week: w, day: d, period: p)
              if c.blocked.contains(x) || !teaches[m] { continue }
              if c.teacherAway[m].contains(x) {
                if !leaderAway.contains(x) { memberAwayHits += 1 }
                continue
              }
              if fullyPinned[m] && !forced[m].contains(x) { continue }
              if leaderAway.contains(x) { continue }
              withoutPins += 1
              if let lt, forced[lt].contains(x) {
                if let l = forcedBy[lt][x] { pinsInWay.insert(l) }
                continue
              }
              windows += 1
            }
          }
          guard windows < k else { continue }
          let week = c.cycle.weekCount > 1 ? " in week \(c.cycle.weeks[w])" : " a week"
          let cause: String
          if withoutPins >= k {
            cause = "\(leaderName)'s pinned lessons cover every slot \(c.teacherLabel(m)) can teach"
          } else if !teaches[m] {
            cause = "\(c.teacherLabel(m)) teaches no lesson"
          } else {
            cause = "the leader is away or the member cannot teach in the others"
          }
          var groups: [ConstraintGroup] = [.init(.team, g), .init(.observableSlots)]
          groups += pinsInWay.sorted().map { .init(.pin, $0) }
          if lt == nil && !leaderAway.isEmpty { groups.append(.init(.leaderAvailability, li)) }
          if let lt, !s.teachers[lt].unavailable.isEmpty {
            groups.append(.init(.teacherAvailability, lt))
          }
          if memberAwayHits > 0 { groups.append(.init(.teacherAvailability, m)) }
          var candidates: [Diagnosis.Candidate] = []
          if !pinsInWay.isEmpty {
            var changed = s
            for l in pinsInWay { changed.lessons[l].pinned = [] }
            let names = pinsInWay.sorted().map { s.lessons[$0].id.raw }
            candidates.append(
              .init(
                change: "unpin \(leaderName)'s \(Text.count(names.count, "lesson")) "
                  + names.joined(separator: ", "),
                dollars: 0, costDetail: "no cost; the solver places them",
                disruption: pinsInWay.reduce(0) { $0 + s.lessons[$1].pinned.count },
                school: changed))
          }
          // The school's number when no team or role sets its own, else this team's.
          var fewer = s
          let schoolWide =
            !s.leadership.teams.contains { $0.policy?.observableSlotsPerMember != nil }
            && !s.leadership.roles.contains { $0.policy?.observableSlotsPerMember != nil }
          if schoolWide {
            fewer.policy.observableSlotsPerMember = windows
          } else {
            var o = team.policy ?? PolicyOverride()
            o.observableSlotsPerMember = PolicyNumber(windows)
            fewer.leadership.teams[g].policy = o
          }
          candidates.append(
            .init(
              change: "ask for \(windows) observable slots per member a week instead of \(k) "
                + (schoolWide
                  ? "(policy observableSlotsPerMember, school-wide)"
                  : "(team \(team.id.raw)'s observableSlotsPerMember)"),
              dollars: 0, costDetail: "no cost; fewer chances to observe",
              disruption: k - windows, school: fewer))
          out.append(
            .init(
              rule: "observation-window",
              message:
                "\(leaderName) needs \(k) slots\(week) in which \(c.teacherLabel(m)) teaches "
                + "and they are free, and at most \(windows) are possible: \(cause)",
              groups: groups, candidates: candidates))
        }
      }
    }
    return out
  }
}
