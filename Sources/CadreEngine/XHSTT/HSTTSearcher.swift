/// One seeded XHSTT search: split every event by its split rules, place sub-events (forward
/// search, then greedily: hardest first, cheapest start; or from `HSTTProblem.start`, greedily
/// only what it leaves open), a tabu repair burst on any hard cost
/// left, then late-acceptance local search with relocate, swap,
/// linked-bundle, Kempe-chain and split/merge moves, with bursts of tabu repair on the hard
/// cost when it stalls, and a new construction when a feasible run stalls (`restart`). Split
/// decisions stay in the search: a sub-event can be cut in two or two merged at any step.
struct HSTTSearcher: MeteredSearch {
  let md: HSTTModel
  let budget: SearchBudget
  let seed: UInt64

  var st: HSTTState
  var rng: SplitMix64
  var meter: StepMeter
  var phase = "construct"
  /// Whether construction starts with the forward search (`forwardConstruct`) before the
  /// greedy cheapest-start placement of what is left.
  var forward = true
  /// The timetable to start from instead of a construction: `HSTTProblem.start`, or the
  /// times the times-first phase found (`searchHSTT`).
  var start: [[HSTTSubEvent]]?
  /// Whether the roles the start leaves empty are filled greedily and then re-matched per time
  /// (`matchSweep`): the times-first phase's start, whose times leave each kind of resource
  /// enough to go round.
  var matchStart = false
  var firstFeasibleSteps: Int?
  var firstFeasibleSeconds: Double?
  /// How many times the local search started again from a new construction (`restart`).
  var restarts = 0

  var bestCost = Cost.worst
  var bestCount: [Int32] = []
  var bestDur: [Int32] = []
  var bestStart: [Int32] = []
  var bestRes: [Int32] = []

  /// Events in some costly point, rebuilt now and then (hard ones while hard cost remains).
  var hot: [Int32] = []
  /// The costly pattern and huddle points among them (`clearForPattern`).
  var patternHot: [Int32] = []
  /// The costly LimitIdleTimes points among them (`fillIdleTime`).
  var idleHot: [Int32] = []
  /// The costly ClusterBusyTimes and LimitIdleTimes points among them (`retimeRegion`).
  var regionHot: [Int32] = []
  /// Clash and unavailable-times facts per resource, made at the first region move.
  var regionTables: ForwardTables?
  var hotBuiltAt = Int.min / 2
  var bundle: [(event: Int, slot: Int)] = []
  /// The Kempe chain last built (`kempeChain`), its first sub-event's start and marks.
  var chain: [(event: Int, slot: Int)] = []
  var chainFrom: Int32 = 0
  var chainMark: [UInt32] = []
  var chainEpoch: UInt32 = 0
  /// Repair phase: sub-events in violated hard points, marks against repeats, and per
  /// (slot, start) the step until which returning there is tabu.
  var conflicts: [(event: Int, slot: Int)] = []
  var slotMark: [UInt32] = []
  var slotEpoch: UInt32 = 0
  /// Per event, the `probeSwaps` call that last probed it as a partner.
  var swapMark: [UInt32] = []
  var swapEpoch: UInt32 = 0
  var tabuUntil: [Int] = []
  var repairBestHard: Int64 = 0
  /// Repair phase: the violated required busy-groups maxima and their excess at the
  /// iteration's start (`collectExcessPoints`), and scratch for `busyExcess`.
  var excessPoints: [Int32] = []
  var excessBefore: [Int64] = []
  var excessCounts: [Int] = []
  var polishing = false
  /// Repair phase: per point, its weight in the hard cost (raised at local minima).
  var weight: [Int64] = []
  /// The resource Kempe chain last built (`resourceKempe`): (role, slot) pairs, and marks per
  /// role resource position.
  var roleChain: [(role: Int32, slot: Int32)] = []
  var roleChainMark: [UInt32] = []
  var roleChainEpoch: UInt32 = 0
  /// Per resource, the sub-events whose roles hold it (`buildHolders`).
  var holderOffsets: [Int32] = []
  var holderFill: [Int32] = []
  var holderEvent: [Int32] = []
  var holderSlot: [Int32] = []
  /// The matching's scratch (`matchAt`): its units, their (role, slot) pairs, the resources
  /// that fit each, the owner of each resource, augmenting-path marks, marks of gathered
  /// (sub-event, role) positions, and per resource its lowest required workload maximum.
  var matchUnits: [MatchUnit] = []
  var matchPairs: [(role: Int32, slot: Int32)] = []
  var matchChoices: [Int32] = []
  var matchOwner: [Int32] = []
  var matchSeen: [UInt32] = []
  var matchEpoch: UInt32 = 0
  var matchMark: [UInt32] = []
  var matchMarkEpoch: UInt32 = 0
  var matchCap: [Int64] = []

  init(
    model: HSTTModel, budget: SearchBudget, seed: UInt64,
    isCancelled: (@Sendable () -> Bool)?, progress: (@Sendable (SearchProgress) -> Void)?
  ) {
    md = model
    self.budget = budget
    meter = StepMeter(budget: budget, isCancelled: isCancelled, progress: progress)
    self.seed = seed
    start = model.start
    st = HSTTState(model: model)
    // Through the finaliser: seeding with `seed × γ + c` made seed s + 1's stream seed s's
    // advanced by one draw (SplitMix64 adds γ per draw), so nearby seeds were one search.
    var mixer = SplitMix64(seed: seed ^ 0x1234_5678)
    rng = SplitMix64(seed: mixer.next())
  }

  var bestSoFar: Cost { min(bestCost, st.cost) }

  mutating func offerBest() {
    guard st.cost < bestCost else { return }
    bestCost = st.cost
    bestCount = st.subCount
    bestDur = st.subDur
    bestStart = st.subStart
    bestRes = st.subRes
    if firstFeasibleSteps == nil && st.hard == 0 {
      firstFeasibleSteps = steps
      firstFeasibleSeconds = elapsed
    }
  }

  mutating func run() -> HSTTOutcome {
    chooseSplits()
    if let start {
      // From a given timetable: the construction only places and fills what it leaves open.
      for e32 in md.movable where Int(e32) < start.count {
        _ = st.load(Int(e32), start[Int(e32)])
      }
      st.recount()
      construct()
      if md.G > 0 && matchStart {
        // The times-first phase's times: tied roles greedily, the others by a matching per
        // start time, then by chains across times and workloads (`fillByChains`), what is
        // still double-booked re-matched. Roles still empty stay so for the local search:
        // filled greedily, they took teachers over their workload maxima (1,000 each on
        // AustraliaBGHS98, docs/XHSTT.md "Times first").
        assignRoles(timed: true, onlyEmpty: true, tiedOnly: true)
        matchFill()
        fillByChains()
        if st.hard > 0 { matchSweep() }
      } else if md.G > 0 {
        assignRoles(timed: true, onlyEmpty: true)
      }
    } else {
      constructAll()
    }
    offerBest()
    if stop == nil && st.hard > 0 && isPureClashProblem { frameTabu() }
    // Hard cost the construction left (students' gaps on FET files, a busy-days limit): a
    // tabu repair burst at once, not after the local search has stalled on it for
    // `TabuBurst.stallSteps` steps (FET's Lom: feasible after about 50,000 steps instead of
    // 350,000), at most 200,000 steps of it (on BR-SM-00 the burst alone would not stop and
    // does worse than the annealing that follows a stall).
    // Not where resources are still to choose (a role with more than one resource): there the
    // late acceptance's resource moves come first; a school exported to XHSTT with its
    // teachers open ended infeasible at 50,000 steps with the burst at once, feasible without.
    if stop == nil && st.hard > 0 && !isPureClashProblem
      && (0..<md.G).allSatisfy({ md.roleDomain.count($0) <= 1 })
    {
      repair(patience: TabuBurst.repairPatience, until: steps + 200_000)
      if bestCost <= budget.target { stop = .target }
    }
    if stop == nil && !(bestCost <= budget.target) {
      phase = "improve"
      localSearch()
    }
    if stop == nil { stop = bestCost <= budget.target ? .target : .stepLimit }
    var subEvents: [[HSTTSubEvent]] = []
    for e in 0..<md.E {
      let base = Int(md.subBase[e])
      subEvents.append(
        (base..<base + Int(bestCount[e])).map { k in
          HSTTSubEvent(
            duration: Int(bestDur[k]), start: bestStart[k] < 0 ? nil : Int(bestStart[k]),
            roles: (0..<md.roleCount(e)).map { Int(bestRes[md.assignIndex(e, k, $0)]) })
        })
    }
    return HSTTOutcome(
      subEvents: subEvents, cost: bestCost, stop: stop ?? .stepLimit, steps: steps,
      elapsed: elapsed, firstFeasibleSteps: firstFeasibleSteps,
      firstFeasibleSeconds: firstFeasibleSeconds, seed: seed)
  }

  // MARK: Construction

  /// Splits each movable event into the partition of its duration that its own split rules
  /// score cheapest (most parts on ties: unconstrained events become one-time sub-events, the
  /// most flexible start); those rules depend on durations only.
  mutating func chooseSplits() {
    for e32 in md.movable {
      let e = Int(e32)
      let d = Int(md.duration[e])
      if d < 2 { continue }
      var bestParts = [d]
      var bestValue = Int64.max
      for parts in Self.partitions(of: d, limit: 400) {
        setParts(e, parts, starts: nil)
        var v: Int64 = 0
        for i in md.eventPoints.lower(e)..<md.eventPoints.upper(e) {
          v += st.value(md.eventPoints[i])
        }
        if v < bestValue || (v == bestValue && parts.count > bestParts.count) {
          bestValue = v
          bestParts = parts
        }
      }
      setParts(e, bestParts, starts: nil)
    }
    st.recount()
  }

  /// Writes `parts` as event `e`'s unassigned sub-events (attendance is not updated: only for
  /// unplaced events).
  mutating func setParts(_ e: Int, _ parts: [Int], starts: [Int32]?) {
    let base = Int(md.subBase[e])
    st.subCount[e] = Int32(parts.count)
    for (i, p) in parts.enumerated() {
      st.subDur[base + i] = Int32(p)
      st.subStart[base + i] = starts?[i] ?? -1
    }
  }

  /// A timetable from nothing (after `chooseSplits`): roles before the times, forward search,
  /// the greedy placement of what is left, roles again with the times known.
  mutating func constructAll() {
    if md.G > 0 { assignRoles(timed: false) }
    // Pure clash instances keep the greedy start the frame tabu search was tuned on.
    if forward && !isPureClashProblem { forwardConstruct() }
    construct()
    if md.G > 0 { assignRoles(timed: true) }
  }

  /// Starts the search again from a new construction (the random stream goes on, so it is a
  /// different one); the best timetable so far is kept apart and stays the result unless a
  /// later one is better. The local search calls it when a feasible run has stalled
  /// (`HSTTModel.restartStall`).
  mutating func restart() {
    st = HSTTState(model: md)
    chooseSplits()
    constructAll()
    hotBuiltAt = Int.min / 2
    phase = "improve"
    restarts += 1
  }

  /// Partitions of `n` into non-increasing parts, largest parts first, at most `limit` of them.
  static func partitions(of n: Int, limit: Int) -> [[Int]] {
    var out: [[Int]] = []
    var current: [Int] = []
    func go(_ rest: Int, _ maxPart: Int) {
      if out.count >= limit { return }
      if rest == 0 {
        out.append(current)
        return
      }
      for p in stride(from: min(rest, maxPart), through: 1, by: -1) {
        current.append(p)
        go(rest - p, p)
        current.removeLast()
      }
    }
    go(n, n)
    return out
  }

  /// Places every unplaced sub-event, longest and most-attended first, at its cheapest start
  /// (random among equals).
  mutating func construct() {
    var order: [(key: Int, event: Int, slot: Int)] = []
    for e32 in md.movable {
      let e = Int(e32)
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) where st.subStart[k] < 0 {
        let key = Int(st.subDur[k]) * 1000 + md.resourcesOfEvent.count(e) * 10 + rng.below(10)
        order.append((key, e, k))
      }
    }
    order.sort { $0.key > $1.key || ($0.key == $1.key && $0.slot < $1.slot) }
    for item in order where st.subStart[item.slot] < 0 {
      if !tick() { return }
      linkedBundle(item.event, item.slot)
      st.begin()
      let s = cheapestStart(Int(st.subDur[item.slot]), excluding: -1)
      for (f, j) in bundle {
        st.touch(f)
        st.subStart[j] = Int32(s)
      }
      _ = st.evaluate()
    }
  }

  /// Slot `k` of `e` and, for each other movable event of `e`'s required LinkEvents groups,
  /// its first sub-event with the same start (or also unplaced) and duration: the sub-events
  /// those groups keep together, placed and moved as one.
  mutating func linkedBundle(_ e: Int, _ k: Int) {
    bundle.removeAll(keepingCapacity: true)
    bundle.append((e, k))
    let lg = md.linkGroupsOfEvent
    let gm = md.groupMembers
    let (s, d) = (st.subStart[k], st.subDur[k])
    for i in lg.lower(e)..<lg.upper(e) {
      for y in gm.lower(lg[i])..<gm.upper(lg[i]) {
        let f = gm[y]
        if f == e || md.fixedStart[f] >= 0 || bundle.contains(where: { $0.event == f }) {
          continue
        }
        let base = Int(md.subBase[f])
        for j in base..<base + Int(st.subCount[f]) where st.subStart[j] == s && st.subDur[j] == d {
          bundle.append((f, j))
          break
        }
      }
    }
  }
}

/// The result of one seeded XHSTT search, or the winner of a portfolio.
package struct HSTTOutcome: Sendable {
  /// Per event, its sub-events in slot order: duration, start (nil when unassigned) and the
  /// resource of each open role.
  package var subEvents: [[HSTTSubEvent]]
  package var cost: Cost
  package var stop: SearchStop
  package var steps: Int
  package var elapsed: Double
  package var firstFeasibleSteps: Int?
  package var firstFeasibleSeconds: Double?
  package var seed: UInt64
}
