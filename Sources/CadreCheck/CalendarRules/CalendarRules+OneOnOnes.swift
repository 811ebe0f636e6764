import CadreModel

extension CalendarRules {
  /// `one-on-one-count`: per member, per calendar month with school days:
  /// |n − min(o, d)|, o = the member's team's `oneOnOnesPerMonth` (`School.policy(for:)`), n = placed one-on-ones of that member fitting
  /// `event-people` that month, d = school days of the month with at least one slot in which
  /// the member and their leader are both free.
  static func oneOnOneCount(_ c: CalendarContext) -> [Violation] {
    let months = c.schoolMonths()
    var held: [TeacherID: [Int: Int]] = [:]  // member → month key → one-on-ones
    for i in c.placedEvents where c.calendar.events[i].kind == .oneOnOne && c.events[i].peopleFit {
      let e = c.calendar.events[i]
      held[e.teachers[0], default: [:]][e.date.year * 12 + e.date.month - 1, default: 0] += 1
    }
    var out: [Violation] = []
    for member in c.members {
      guard let t = c.teamOf[member] else { continue }
      let leader = c.school.leadership.teams[t].leader
      let o = max(0, c.teamPolicy[t].oneOnOnesPerMonth.count)
      for (key, days) in months {
        let possible = days.filter { day in
          (0..<c.periodCount).contains { p in
            let s = c.cycleSlot(day, p)
            return c.teacherFree(member, s) && c.leaderFree(leader, s)
          }
        }.count
        let due = min(o, possible)
        let n = held[member]?[key] ?? 0
        let off = absDifference(n, due)
        guard off > 0 else { continue }
        let month = c.dates.days[days[0]].date
        let name = "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
        out.append(
          soft(
            "one-on-one-count", off,
            "\(member.raw) has \(plural(n, "one-on-one")) with \(leader.raw) in \(name), "
              + "needs \(due)"))
      }
    }
    return out
  }
}

extension CalendarContext {
  /// The school days of each calendar month with school days: (year × 12 + month − 1, days).
  func schoolMonths() -> [(month: Int, days: [Int])] {
    var out: [(month: Int, days: [Int])] = []
    for (i, d) in dates.days.enumerated() {
      let key = d.date.year * 12 + d.date.month - 1
      if let last = out.last, last.month == key {
        out[out.count - 1].days.append(i)
      } else {
        out.append((key, [i]))
      }
    }
    return out
  }
}
