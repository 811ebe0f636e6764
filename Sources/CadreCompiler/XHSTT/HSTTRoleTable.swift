import CadreEngine
import CadreModel

/// The open roles of an instance as the engine numbers them (event order, then
/// `XEvent.openRoles` order), their domains and workloads.
struct HSTTRoleTable {
  let instance: XInstance
  /// Per event, the global position of its first open role.
  var first: [Int] = []
  /// Per resource type, its resources (sorted).
  var ofType: [[Int]] = []
  /// A common multiple of the durations of the events with open roles (at most 2^20; past it
  /// the workload shares are rounded down, which no published instance needs).
  var unit: Int64 = 1
  var baseLoad: [Int64] = []

  init(_ instance: XInstance) {
    self.instance = instance
    var next = 0
    for ev in instance.events {
      first.append(next)
      next += ev.openRoles.count
    }
    ofType = [[Int]](repeating: [], count: instance.resourceTypes.count)
    for (r, res) in instance.resources.enumerated() where ofType.indices.contains(res.type) {
      ofType[res.type].append(r)
    }
    for ev in instance.events where !ev.openRoles.isEmpty {
      let d = Int64(max(1, ev.duration))
      let l = unit / Self.gcd(unit, d) * d
      if l > 1 << 20 { break }
      unit = l
    }
    baseLoad = [Int64](repeating: 0, count: instance.resources.count)
    for ev in instance.events {
      for er in ev.resources {
        guard let r = er.resource, baseLoad.indices.contains(r) else { continue }
        let w = Int64(clamping: er.workload ?? ev.workload ?? ev.duration)
        let (v, o) = w.multipliedReportingOverflow(by: unit)
        baseLoad[r] =
          baseLoad[r].addingReportingOverflow(o ? Int64.max / 4 : v).overflow
          ? Int64.max / 4 : baseLoad[r] + (o ? Int64.max / 4 : v)
      }
    }
  }

  static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return max(x, 1)
  }

  /// Global positions of the open role named `role` of each listed event that has one.
  func points(_ events: [Int], _ role: String) -> [Int] {
    events.compactMap { e in instance.events[e].openRole(named: role).map { first[e] + $0 } }
  }

  /// An AvoidSplitAssignments point: the open roles named `role` of `members` and the
  /// resources preassigned under that name.
  func group(_ members: [Int], _ role: String) -> HSTTRoleGroup {
    var roles: [Int] = []
    var fixed: [Int] = []
    for e in members where instance.events.indices.contains(e) {
      let ev = instance.events[e]
      for er in ev.resources where er.role == role {
        if let r = er.resource { fixed.append(r) }
      }
      if let j = ev.openRole(named: role) { roles.append(first[e] + j) }
    }
    return HSTTRoleGroup(roles: roles, fixed: fixed)
  }

  /// Event `e`'s open roles: the resources of the role's type, narrowed to the preferred ones
  /// of every required PreferResources monitor on it (`hardPreferred`, per global role; unless
  /// that leaves none), and the workload per time.
  func roles(of e: Int, _ hardPreferred: [Int: [Set<Int>]]) -> [HSTTRole] {
    let ev = instance.events[e]
    var out: [HSTTRole] = []
    for (j, k) in ev.openRoles.enumerated() {
      let er = ev.resources[k]
      var domain = er.type.map { ofType.indices.contains($0) ? ofType[$0] : [] } ?? []
      for set in hardPreferred[first[e] + j] ?? [] {
        let narrowed = domain.filter { set.contains($0) }
        if !narrowed.isEmpty { domain = narrowed }
      }
      let w = Int64(clamping: er.workload ?? ev.workload ?? ev.duration)
      let share = w.multipliedReportingOverflow(by: unit / Int64(max(1, ev.duration)))
      out.append(HSTTRole(domain: domain, loadPerTime: share.overflow ? Int64.max / 4 : share.0))
    }
    return out
  }
}
