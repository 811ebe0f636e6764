/// Role domains without the resources that no timetable meeting every hard monitor can give
/// the role: a resource whose required busy-time maximum over all times (LimitBusyTimes on a
/// group of every time, with a required AvoidClashes, so its busy times are the durations it
/// attends) is already nearly filled by its preassigned events cannot also take a role whose
/// required AvoidSplitAssignments group would bring it more times than are left.
///
/// A school's teacher with a weekly maximum of 29 and 25 periods of lessons of their own
/// cannot take a 5-period lesson more, though it lists them as a candidate. Without this, a
/// resource change to them costs one period over the maximum, which the search accepts as a
/// trade for another hard violation; moving the lesson back then needs the other candidate's
/// few free periods and new times for the lesson at once, which no single move makes
/// (generated school L, seed 1, stuck at hard 1 for a million steps). The school engine's
/// teacher choice keeps within the capacities for the same reason (`TeacherHint`).
///
/// Sound, so nothing a feasible timetable needs is lost: only events that must be timed (a
/// required AssignTime, or a preassigned time) count; a role's load is the summed duration of
/// the events of its required groups' roles that must be filled (a required AssignResource),
/// and at least 1, the shortest sub-event. A domain that would be left empty keeps every
/// resource (the search then weighs the violations).
extension HSTTProblem {
  /// Per global role (events' open roles in event order), its pruned domain.
  /// - Complexity: O(monitor points + events × (resources + roles) + roles × domain).
  package func prunedRoleDomains() -> [[Int]] {
    let roles = events.flatMap { $0.openRoles }
    var domains = roles.map(\.domain)
    let R = resourceCount
    var clashFree = [Bool](repeating: false, count: R)
    var most = [Int](repeating: Int.max, count: R)
    var mustAssign = [Bool](repeating: false, count: roles.count)
    var mustPlace = events.map { $0.fixedStart != nil }
    var requiredGroups: [Int] = []
    for m in monitors where m.hard {
      switch m.rule {
      case .avoidClashes:
        for r in m.points where r >= 0 && r < R { clashFree[r] = true }
      case .limitBusyTimes(let groups, _, let maximum):
        guard groups.contains(where: coversAllTimes) else { break }
        for r in m.points where r >= 0 && r < R { most[r] = min(most[r], maximum) }
      case .assignTime:
        for e in m.points where e >= 0 && e < events.count { mustPlace[e] = true }
      case .assignResource:
        for g in m.points where g >= 0 && g < roles.count { mustAssign[g] = true }
      case .avoidSplitAssignments:
        requiredGroups += m.points.filter { $0 >= 0 && $0 < roleGroups.count }
      default:
        break
      }
    }
    guard most.contains(where: { $0 != Int.max }) else { return domains }
    // The times each resource attends in every timetable.
    var fixedLoad = [Int](repeating: 0, count: R)
    for (e, event) in events.enumerated() where mustPlace[e] {
      for r in Set(event.resources) where r >= 0 && r < R { fixedLoad[r] += event.duration }
    }
    var eventOfRole: [Int] = []
    for (e, event) in events.enumerated() {
      eventOfRole += Array(repeating: e, count: event.openRoles.count)
    }
    // What holding a role brings at least: every event of a required group it is in.
    var load = eventOfRole.map { mustPlace[$0] ? 1 : 0 }
    for x in requiredGroups {
      let members = roleGroups[x].roles.filter { $0 >= 0 && $0 < roles.count }
      let filled = Set(
        members.filter { mustAssign[$0] && mustPlace[eventOfRole[$0]] }.map { eventOfRole[$0] })
      let total = filled.reduce(0) { $0 + events[$1].duration }
      for g in members { load[g] = max(load[g], total) }
    }
    for g in domains.indices {
      let kept = domains[g].filter { r in
        r < 0 || r >= R || !clashFree[r] || most[r] == Int.max || fixedLoad[r] + load[g] <= most[r]
      }
      if !kept.isEmpty { domains[g] = kept }
    }
    return domains
  }

  /// Whether time group `g` holds every time.
  private func coversAllTimes(_ g: Int) -> Bool {
    guard g >= 0 && g < timeGroups.count, timeGroups[g].count >= timeCount else { return false }
    return Set(timeGroups[g]).count == timeCount
  }
}
