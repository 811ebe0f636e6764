/// The from-scratch twin of every incremental kernel, and the debug check comparing them.
extension SearchState {
  /// Every rule's count computed from the assignment alone.
  /// - Complexity: O(meetings + (teachers + teams x members) x slots).
  func recount() -> [Int64] {
    var out = [Int64](repeating: 0, count: Rule.count)
    out[Rule.unplaced.rawValue] = Int64(start.reduce(0) { $0 + ($1 < 0 ? 1 : 0) })
    recountMeetingRules(into: &out)
    let (t, c, r) = recountClashes()
    out[Rule.teacherClash.rawValue] = t
    out[Rule.classClash.rawValue] = c
    out[Rule.roomClash.rawValue] = r
    out[Rule.studentClash.rawValue] = recountStudentClash()
    let (limitHard, limitSoft) = recountPersonalLimits()
    out[Rule.personalLimit.rawValue] = limitHard
    out[Rule.personalPreference.rawValue] = limitSoft
    out[Rule.preferredSlot.rawValue] += recountTeacherPreferred()
    let (overload, dayMax, weekMax) = recountTeachingLoad()
    out[Rule.leaderOverload.rawValue] = overload
    out[Rule.teacherDayMax.rawValue] = dayMax
    out[Rule.teacherWeekMax.rawValue] = weekMax
    let planning = recountCommonPlanning()
    let window = recountObservationWindow()
    let debrief = recountDebriefTime()
    out[Rule.commonPlanning.rawValue] = planning.hard
    out[Rule.observationWindow.rawValue] = window.hard
    out[Rule.debriefTime.rawValue] = debrief.hard
    let debriefWindow = recountDebriefWindow()
    out[Rule.debriefWindow.rawValue] = debriefWindow.count
    out[Rule.teamPolicy.rawValue] = planning.soft + window.soft + debrief.soft + debriefWindow.soft
    let (gap, run) = recountTeacherDays()
    out[Rule.teacherGap.rawValue] = gap
    out[Rule.consecutive.rawValue] = run
    out[Rule.sameSubjectTwice.rawValue] = recountSameSubject()
    out[Rule.unevenSpread.rawValue] = recountUneven()
    let (split, rooms, retaught) = recountLessonResources()
    out[Rule.splitLesson.rawValue] = split
    out[Rule.roomStability.rawValue] = rooms
    out[Rule.moved.rawValue] += retaught
    let (coverage, over) = recountBudget()
    out[Rule.coverageCost.rawValue] = coverage
    out[Rule.overBudget.rawValue] = over
    return out
  }

  /// The cost the counts `c` add up to.
  func cost(of c: [Int64]) -> Cost {
    var total = Cost.zero
    for r in Rule.allCases {
      if model.countsAsHard[r.rawValue] {
        total.hard += c[r.rawValue]
      } else {
        total.soft += c[r.rawValue] * model.weights[r.rawValue]
      }
    }
    return total
  }

  /// Whether the incremental counts equal the from-scratch ones (debug checks and tests).
  func agreesWithRecount() -> Bool {
    counts == recount() && reportedCost == cost(of: counts)
      && feedbackShort == recountDebriefWindow().feedback
  }

  /// Debug builds: traps when an incremental total drifted from its recount. This is an
  /// internal invariant (not input-derived), so a trap here is a bug report.
  @inline(__always)
  func internalCheck() {
    #if CADRE_INTERNAL_CHECKS
      let fresh = recount()
      if counts != fresh {
        let names = Rule.allCases.filter { counts[$0.rawValue] != fresh[$0.rawValue] }
          .map { "\($0.code): incremental \(counts[$0.rawValue]) recount \(fresh[$0.rawValue])" }
        fatalError("Cadre internal check failed: " + names.joined(separator: ", "))
      }
    #endif
  }
}
