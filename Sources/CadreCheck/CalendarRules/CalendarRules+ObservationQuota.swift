import CadreModel

extension CalendarRules {
  /// `observation-quota`: per member, per kind k in {spot, formal} whose quota is hard:
  /// |n − q(k)|, n = counted observations of kind k of that member, q(k) = the summed
  /// `perYear` for k of the member's team (`School.policy(for:)`).
  static func observationQuota(_ c: CalendarContext) -> [Violation] {
    quotaShortfalls(c, soft: false)
  }

  /// `team-policy` (soft, weight 1): a soft-marked quota (each of its quotas of kind k has a
  /// `weight`; w = the least) counts w × |n − q(k)|.
  static func teamPolicy(_ c: CalendarContext) -> [Violation] {
    quotaShortfalls(c, soft: true)
  }

  static func quotaShortfalls(_ c: CalendarContext, soft: Bool) -> [Violation] {
    let counted = c.countedByMember()
    var out: [Violation] = []
    for member in c.members {
      let mine = counted[member] ?? []
      for (kind, word, model) in [
        (CoachingEventKind.spotObservation, "spot", ObservationKind.spot),
        (.formalObservation, "formal", .formal),
      ] {
        let (q, weight) = c.quota(member, model)
        guard (weight != nil) == soft else { continue }
        let n = mine.filter { c.calendar.events[$0].kind == kind }.count
        let off = absDifference(n, q)
        guard off > 0 else { continue }
        let text = "\(member.raw) has \(plural(n, "\(word) observation")), needs \(q)"
        if let weight {
          guard weight > 0 else { continue }
          out.append(
            CalendarRules.soft(
              "team-policy", saturatingMultiply(off, weight),
              text + " (soft, weight \(weight): \(off) × \(weight))"))
        } else {
          out.append(hard("observation-quota", off, text))
        }
      }
    }
    return out
  }

  /// `observation-not-teaching`: 1 per placed spot/formal event whose observed teacher (the
  /// first of `teachers`) does not teach that slot, or whose `lesson` is not one they teach
  /// in it.
  static func observationNotTeaching(_ c: CalendarContext) -> [Violation] {
    c.placedEvents.compactMap { i in
      guard c.isObservation(i), let s = c.events[i].slot, let day = c.events[i].day,
        let p = c.events[i].period
      else { return nil }
      let e = c.calendar.events[i]
      let at = c.label(day: day, period: p)
      guard let teacher = e.teachers.first else {
        return hard("observation-not-teaching", 1, "\(c.name(i)) on \(at) observes nobody")
      }
      let lessons = c.taught[teacher]?[s] ?? []
      if lessons.isEmpty {
        return hard(
          "observation-not-teaching", 1, "\(c.name(i)): \(teacher.raw) does not teach on \(at)")
      }
      guard let lesson = e.lesson, lessons.contains(lesson) else {
        let taught = lessons.map(\.raw).sorted().joined(separator: ", ")
        return hard(
          "observation-not-teaching", 1,
          "\(c.name(i)) observes lesson \(e.lesson?.raw ?? "(none)"), but \(teacher.raw) "
            + "teaches \(taught) on \(at)")
      }
      return nil
    }
  }

  /// `observation-blackout`: 1 per placed spot/formal event on a blackout day (the first
  /// `noObservationDaysAtStart` or last `noObservationDaysAtEnd` school days).
  static func observationBlackout(_ c: CalendarContext) -> [Violation] {
    c.placedEvents.compactMap { i in
      guard c.isObservation(i), let day = c.events[i].day, c.dates.inBlackout(day)
      else { return nil }
      let e = c.calendar.events[i]
      return hard(
        "observation-blackout", 1,
        "\(c.name(i)) of \(e.teachers.first?.raw ?? "nobody") is on \(e.date), school day "
          + "\(day + 1) of \(c.dates.count), inside the no-observation days")
    }
  }
}
