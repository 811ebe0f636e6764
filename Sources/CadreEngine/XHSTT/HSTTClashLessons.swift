/// A pure clash problem seen as a colouring (`HSTTSearcher.isPureClashProblem`): every
/// sub-event of a movable event is a one-time lesson, and only the clash-checked resources
/// matter. Built once from the model and the current state for the frame tabu search.
struct HSTTClashLessons {
  /// Per lesson, its sub-event slot and the event that owns it.
  var slot: [Int] = []
  var owner: [Int] = []
  /// Per lesson `v`, the rows (`r × T`) of its event's clash-checked resources, each once:
  /// `rows[rowStart[v] ..< rowStart[v + 1]]`.
  var rowStart = [0]
  var rows: [Int] = []
  /// Per resource and time (`r × T + t`), how many fixed (preassigned) events hold it.
  var fixed: [Int32]

  init(_ md: HSTTModel, _ st: HSTTState) {
    let T = md.T
    let res = md.resourcesOfEvent
    for e32 in md.movable {
      let e = Int(e32)
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) {
        slot.append(k)
        owner.append(e)
      }
    }
    var clashing = [Bool](repeating: false, count: md.R)
    for p in md.pointMonitor.indices where md.mKind[Int(md.pointMonitor[p])] == .avoidClashes {
      clashing[Int(md.pointTarget[p])] = true
    }
    for v in slot.indices {
      for i in res.lower(owner[v])..<res.upper(owner[v]) where clashing[res[i]] {
        if !rows[rowStart[v]...].contains(res[i] * T) { rows.append(res[i] * T) }
      }
      rowStart.append(rows.count)
    }
    fixed = [Int32](repeating: 0, count: md.R * T)
    for e in 0..<md.E where md.fixedStart[e] >= 0 {
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) where st.subStart[k] >= 0 {
        let s = Int(st.subStart[k])
        for t in s..<min(T, s + Int(st.subDur[k])) {
          for i in res.lower(e)..<res.upper(e) where clashing[res[i]] {
            fixed[res[i] * T + t] += 1
          }
        }
      }
    }
  }

  var count: Int { slot.count }

  /// The rows of lesson `v`.
  @inline(__always) func rowRange(_ v: Int) -> Range<Int> { rowStart[v]..<rowStart[v + 1] }
}
