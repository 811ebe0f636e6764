/// Chains that fill the roles the per-time matching (`matchFill`) leaves empty, or whose
/// resource is double-booked, across times and workloads: a breadth-first search for an
/// augmenting path from such a role in one sub-event to a resource that can take it, where
/// each step either takes a resource free then with workload to spare (the path ends), or takes
/// one from the single role that holds it then (which must find another), or takes one free
/// then whose workload maximum is reached and passes on one of its other roles (at another
/// time) to make room. A path is kept when the hard cost falls.
///
/// AustraliaBGHS98's teachers may take 1,457 times of lessons and its open teacher roles need
/// 1,408: with 3% to spare, a per-time matching fills teachers early that are missing later,
/// and a role left empty at one time needs a teacher whose workload is spent elsewhere. No
/// single resource change fills it; a chain of two or three does. Used after the times-first
/// fill (`run`) and, with roles to choose, when the local search stalls on hard cost
/// (`localSearch`).
extension HSTTSearcher {
  /// One untied (role, sub-event) pair of the chain search and the resource it holds.
  struct ChainUnit {
    var role: Int32
    var slot: Int32
    var resource: Int32
  }

  /// Fills empty or double-booked untied roles by augmenting chains of at most `depth`
  /// changes, each chain kept when the hard cost falls.
  /// - Complexity: per role it starts from, O(units visited × domain × unit times); at most
  ///   `visitLimit` units visited.
  mutating func fillByChains(depth: Int = 4, visitLimit: Int = 4_000) {
    let T = md.T
    prepareMatching()
    var units: [ChainUnit] = []
    for g32 in md.searchRoles where !md.roleHardTied[Int(g32)] {
      let g = Int(g32)
      let e = Int(md.roleEvent[g])
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) where st.subStart[k] >= 0 {
        let r = st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))]
        units.append(ChainUnit(role: g32, slot: Int32(k), resource: r))
      }
    }
    // Who holds each resource at each time (−1: none, −2: more than one or a holder no chain
    // moves), and each resource's units.
    var holder = [Int32](repeating: -1, count: md.R * T)
    var held = [[Int32]](repeating: [], count: md.R)
    func times(_ u: Int) -> Range<Int> {
      let k = Int(units[u].slot)
      let s = Int(st.subStart[k])
      return s..<min(T, s + Int(st.subDur[k]))
    }
    func load(_ u: Int) -> Int64 {
      Int64(st.subDur[Int(units[u].slot)]) * md.roleLoad[Int(units[u].role)]
    }
    func rebuild() {
      for i in holder.indices { holder[i] = st.busy[i] > 0 ? -2 : -1 }
      for r in held.indices { held[r].removeAll(keepingCapacity: true) }
      for u in units.indices where units[u].resource >= 0 {
        let r = Int(units[u].resource)
        held[r].append(Int32(u))
        for x in times(u) where st.busy[r * T + x] == 1 { holder[r * T + x] = Int32(u) }
      }
    }
    rebuild()
    var parent = [Int32](repeating: -1, count: units.count)
    var via = [Int32](repeating: -1, count: units.count)
    var seen = [UInt32](repeating: 0, count: units.count)
    var level = [Int32](repeating: 0, count: units.count)
    var epoch: UInt32 = 0
    for u0 in units.indices {
      let r0 = Int(units[u0].resource)
      if r0 >= 0 && !times(u0).contains(where: { st.busy[r0 * T + $0] > 1 }) { continue }
      if st.hard == 0 || !tick() { return }
      epoch &+= 1
      seen[u0] = epoch
      parent[u0] = -1
      level[u0] = 0
      var queue = [u0]
      var head = 0
      var end: (unit: Int, resource: Int)? = nil
      search: while head < queue.count && head < visitLimit {
        let u = queue[head]
        head += 1
        let g = Int(units[u].role)
        let span = times(u)
        for i in md.roleDomain.lower(g)..<md.roleDomain.upper(g) {
          let r = md.roleDomain[i]
          if r == Int(units[u].resource) { continue }
          guard span.allSatisfy({ availableForMatching(r, $0) }) else { continue }
          // The one unit holding r at the unit's times, if any, and whether anything else does.
          var blocker = -1
          var blocked = false
          for x in span {
            let h = Int(holder[r * T + x])
            if h == -2 || (h >= 0 && blocker >= 0 && h != blocker) {
              blocked = true
              break
            }
            if h >= 0 { blocker = h }
          }
          if blocked { continue }
          let room = matchCap[r] - st.load[r] + (blocker >= 0 ? load(blocker) : 0)
          if room >= load(u) {
            if blocker < 0 {
              end = (u, r)
              break search
            }
            if seen[blocker] != epoch && level[u] + 1 < depth {
              seen[blocker] = epoch
              parent[blocker] = Int32(u)
              via[blocker] = Int32(r)
              level[blocker] = level[u] + 1
              queue.append(blocker)
            }
          } else if blocker < 0 && level[u] + 1 < depth {
            // Make room: one of r's roles elsewhere, large enough, goes on.
            for w32 in held[r] {
              let w = Int(w32)
              // (w is at other times: a holder at the unit's times would be its blocker.)
              if seen[w] == epoch || room + load(w) < load(u) { continue }
              seen[w] = epoch
              parent[w] = Int32(u)
              via[w] = Int32(r)
              level[w] = level[u] + 1
              queue.append(w)
            }
          }
        }
      }
      guard let (last, r) = end else { continue }
      // Apply the chain: the last unit takes r, each unit on the path takes what its child gave
      // up.
      st.begin()
      var changes: [(unit: Int, resource: Int32)] = [(last, Int32(r))]
      var child = last
      while parent[child] >= 0 {
        changes.append((Int(parent[child]), via[child]))
        child = Int(parent[child])
      }
      for (u, res) in changes {
        let g = Int(units[u].role)
        st.touch(Int(md.roleEvent[g]))
        setRole(g, to: res, slot: Int(units[u].slot))
      }
      if st.evaluate().hard < st.hardBefore {
        st.commit()
        for (u, res) in changes { units[u].resource = res }
        rebuild()
      } else {
        st.rollback()
      }
    }
    offerBest()
  }
}
