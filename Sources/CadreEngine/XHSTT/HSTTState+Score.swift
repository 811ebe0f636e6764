/// The engine's scoring of one point of application: the deviation of its rule (see
/// `HSTTRule`) turned into Weight × f(deviation).
///
/// - Complexity: O(sub-events of the event) for event rules, O(T + groups × words) for
///   resource rules, O(sub-events of the group + words) for event-group rules.
extension HSTTState {
  func value(_ p: Int) -> Int64 {
    let m = Int(md.pointMonitor[p])
    let x = Int(md.pointTarget[p])
    let q = m * 4
    let dev: Int
    switch md.mKind[m] {
    case .assignTime:
      dev = eventSum(x) { _, s in s < 0 }
    case .preferTimes:
      let d = Int(md.mParam[q])
      let mb = m * md.words
      dev = eventSum(x) { dur, s in
        s >= 0 && (d < 0 || dur == d) && md.monitorMask[mb + s >> 6] & (1 << UInt64(s & 63)) == 0
      }
    case .splitEvents:
      let (minD, maxD) = (Int(md.mParam[q]), Int(md.mParam[q + 1]))
      let base = Int(md.subBase[x])
      let n = Int(subCount[x])
      var bad = 0
      for k in base..<base + n where subDur[k] < minD || subDur[k] > maxD { bad += 1 }
      dev = bad + HSTTModel.outside(n, Int(md.mParam[q + 2]), Int(md.mParam[q + 3]))
    case .distributeSplitEvents:
      let d = md.mParam[q]
      let base = Int(md.subBase[x])
      var n = 0
      for k in base..<base + Int(subCount[x]) where subDur[k] == d { n += 1 }
      dev = HSTTModel.outside(n, Int(md.mParam[q + 1]), Int(md.mParam[q + 2]))
    case .avoidClashes:
      dev = Int(clashes[x])
    case .avoidUnavailableTimes:
      var sum = 0
      for w in 0..<md.words {
        sum += (bits[x * md.words + w] & md.monitorMask[m * md.words + w]).nonzeroBitCount
      }
      dev = sum
    case .limitIdleTimes:
      var idle = 0
      if md.words == 1 {
        // One word per resource (most instances): its busy bits read once for all groups.
        let busy = bits[x]
        let groups = md.mGroups
        let masks = md.groupMask
        for i in groups.lower(m)..<groups.upper(m) {
          idle += HSTTState.idleTimes(busy: busy, group: masks[groups[i]])
        }
      } else {
        for i in md.mGroups.lower(m)..<md.mGroups.upper(m) { idle += idleTimes(x, md.mGroups[i]) }
      }
      dev = HSTTModel.outside(idle, Int(md.mParam[q]), Int(md.mParam[q + 1]))
    case .clusterBusyTimes:
      var n = 0
      if md.words == 1 {
        let busy = bits[x]
        let groups = md.mGroups
        let masks = md.groupMask
        for i in groups.lower(m)..<groups.upper(m) where busy & masks[groups[i]] != 0 { n += 1 }
      } else {
        for i in md.mGroups.lower(m)..<md.mGroups.upper(m) where busyIn(x, md.mGroups[i]) > 0 {
          n += 1
        }
      }
      dev = HSTTModel.outside(n, Int(md.mParam[q]), Int(md.mParam[q + 1]))
    case .limitBusyTimes:
      var sum = 0
      let (lo, hi) = (Int(md.mParam[q]), Int(md.mParam[q + 1]))
      if md.words == 1 {
        let busy = bits[x]
        let groups = md.mGroups
        let masks = md.groupMask
        for i in groups.lower(m)..<groups.upper(m) {
          let c = (busy & masks[groups[i]]).nonzeroBitCount
          if c > 0 { sum += HSTTModel.outside(c, lo, hi) }
        }
      } else {
        for i in md.mGroups.lower(m)..<md.mGroups.upper(m) {
          let c = busyIn(x, md.mGroups[i])
          if c > 0 { sum += HSTTModel.outside(c, lo, hi) }
        }
      }
      dev = sum
    case .spreadEvents:
      dev = spread(group: x, monitor: m)
    case .linkEvents:
      dev = unlinkedTimes(group: x)
    case .unevenDays:
      dev = unevenDays(group: x, monitor: m)
    case .patternFollowed:
      dev = unfollowed(x, monitor: m)
    case .huddles:
      dev = huddleShortfall(x, required: md.mParam[q] == 1)
    case .assignResource:
      dev = roleDuration(x) { r in r < 0 }
    case .preferResources:
      let mb = m * md.rwords
      dev = roleDuration(x) { r in
        r >= 0 && md.monitorResources[mb + r >> 6] & (1 << UInt64(r & 63)) == 0
      }
    case .avoidSplitAssignments:
      dev = max(0, distinctResources(group: x) - 1)
    case .orderEvents:
      dev = orderDeviation(pair: x)
    case .endsDay:
      dev = notLastOfDay(x, monitor: m)
    case .patternTimes:
      let (lo, hi) = (Int(md.mParam[q]), Int(md.mParam[q + 1]))
      let holds = patternHolds(x)
      var sum = 0
      for i in md.patternGroups.lower(x)..<md.patternGroups.upper(x) {
        sum += HSTTModel.outside(patternTimes(x, group: md.patternGroups[i], holds), lo, hi)
      }
      dev = sum
    case .patternGroups:
      let holds = patternHolds(x)
      var n = 0
      for i in md.patternGroups.lower(x)..<md.patternGroups.upper(x)
      where patternTimes(x, group: md.patternGroups[i], holds) > 0 {
        n += 1
      }
      dev = HSTTModel.outside(n, Int(md.mParam[q]), Int(md.mParam[q + 1]))
    case .coverageCost:
      dev = Int(clamping: md.budget.counts(coverageYearly).cost)
    case .overBudget:
      dev = Int(clamping: md.budget.counts(coverageYearly).over)
    case .movedStart:
      dev = movedStart(x) ? 1 : 0
    case .movedResource:
      var changed = false
      for i in md.groupMembers.lower(x)..<md.groupMembers.upper(x)
      where movedResource(md.groupMembers[i]) {
        changed = true
        break
      }
      dev = changed ? 1 : 0
    case .preferPlaces:
      dev = placesMissed(x)
    case .limitWorkload:
      let unit = md.workloadUnit
      let (lo, hi) = (Int64(md.mParam[q]) * unit, Int64(md.mParam[q + 1]) * unit)
      let v = load[x]
      dev =
        v < lo ? Int((lo - v + unit - 1) / unit) : (v > hi ? Int((v - hi + unit - 1) / unit) : 0)
    case .demand:
      dev = demandExcess(x)
    }
    return md.cost(m, dev)
  }

  /// `HSTTRule.demand` at point `d`: over the times, what its running events and busy
  /// resources need beyond its capacity (O(T), from the counts `occupy` keeps).
  func demandExcess(_ d: Int) -> Int {
    let T = md.T
    guard d >= 0, (d + 1) * T <= demandNeed.count else { return 0 }
    var sum = 0
    for i in d * T..<(d + 1) * T {
      let over = Int(demandNeed[i]) + Int(demandUsed[i]) - Int(md.demandCapacity[i])
      if over > 0 { sum += over }
    }
    return sum
  }

  /// Whether event `e` has a started sub-event running at a time where demand point `d` is
  /// over its capacity.
  func demandOffends(_ e: Int, _ d: Int) -> Bool {
    let T = md.T
    let base = Int(md.subBase[e])
    for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
      let s = Int(subStart[k])
      for t in s..<min(T, s + Int(subDur[k])) {
        let i = d * T + t
        if demandNeed[i] + demandUsed[i] > md.demandCapacity[i] { return true }
      }
    }
    return false
  }

  /// `HSTTRule.endsDay` at point `x`: its event's started sub-events after whose last time,
  /// on the sub-event's day, a watched resource is busy (one mask AND per word and resource).
  private func notLastOfDay(_ x: Int, monitor m: Int) -> Int {
    let e = Int(md.endsDayEvent[x])
    let watched = md.endsDayResources
    let W = md.words
    let base = Int(md.subBase[e])
    var dev = 0
    for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
      let s = Int(subStart[k])
      var day = -1
      for i in md.mGroups.lower(m)..<md.mGroups.upper(m) where md.groupHolds(md.mGroups[i], s) {
        day = md.mGroups[i]
        break
      }
      if day < 0 { continue }
      let end = min(md.T, s + Int(subDur[k]))
      var later = false
      for w in end >> 6..<W where !later {
        var window = md.groupMask[day * W + w]
        if w == end >> 6 { window &= ~0 << UInt64(end & 63) }
        if window == 0 { continue }
        for i in watched.lower(x)..<watched.upper(x) where bits[watched[i] * W + w] & window != 0 {
          later = true
          break
        }
      }
      if later { dev += 1 }
    }
    return dev
  }

  /// `HSTTRule.preferPlaces` at event `e`.
  private func placesMissed(_ e: Int) -> Int {
    guard !md.isPlace.isEmpty else { return 0 }
    let base = Int(md.subBase[e])
    var missed = 0
    for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
      var place = -1
      md.forEachResource(e, k, subRes) { r in if place < 0 && md.isPlace[r] { place = r } }
      if place < 0 { continue }
      if md.placesOfEvent.count(e) > 0 && !md.placesOfEvent.contains(e, place) { missed += 1 }
      md.forEachResource(e, k, subRes) { r in
        if md.placesOfResource.count(r) > 0 && !md.placesOfResource.contains(r, place) {
          missed += 1
        }
      }
    }
    return missed
  }

  /// Whether event `e` moved from its previous start (`HSTTRule.movedStart`).
  private func movedStart(_ e: Int) -> Bool {
    guard !md.previousStart.isEmpty else { return false }
    let before = Int(md.previousStart[e])
    if before == -3 { return false }
    let base = Int(md.subBase[e])
    let pieces = base..<base + Int(subCount[e])
    // Unplaced now (every piece): moved if it started before.
    guard pieces.contains(where: { subStart[$0] >= 0 }) else { return before >= 0 }
    return pieces.count > 1 || Int(subStart[base]) != before
  }

  /// Whether event `e`, started before and now, changed its compared role's resource
  /// (`HSTTRule.movedResource`).
  private func movedResource(_ e: Int) -> Bool {
    guard !md.previousStart.isEmpty, md.previousStart[e] >= 0 else { return false }
    let j = Int(md.previousRole[e])
    if j == -1 { return false }
    let base = Int(md.subBase[e])
    let roles = md.roleCount(e)
    let before = md.previousResource[e]
    for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
      if j == -2 || subRes[Int(md.assignBase[e]) + (k - base) * roles + j] != before {
        return true
      }
    }
    return false
  }

  /// Sum of the durations of event `e`'s sub-events that satisfy `test(duration, start)`.
  @inline(__always)
  private func eventSum(_ e: Int, _ test: (Int, Int) -> Bool) -> Int {
    let base = Int(md.subBase[e])
    var sum = 0
    for k in base..<base + Int(subCount[e]) {
      let d = Int(subDur[k])
      if test(d, Int(subStart[k])) { sum += d }
    }
    return sum
  }

  /// Busy times of resource `r` inside time group `g`.
  @inline(__always)
  func busyIn(_ r: Int, _ g: Int) -> Int {
    var n = 0
    for w in 0..<md.words {
      n += (bits[r * md.words + w] & md.groupMask[g * md.words + w]).nonzeroBitCount
    }
    return n
  }

  /// Times of group `g` at which pattern `x` holds: its busy resources all attend something,
  /// its free ones nothing. `holds` is `patternHolds(x)`.
  private func patternTimes(_ x: Int, group g: Int, _ holds: UInt64?) -> Int {
    if let holds { return (holds & md.groupMask[g]).nonzeroBitCount }
    var n = 0
    for w in 0..<md.words { n += patternWord(x, group: g, word: w, nil).nonzeroBitCount }
    return n
  }

  /// With one word of times (the usual school week), the mask of all times at which pattern
  /// `x` holds, computed once for all its groups; nil with more words.
  @inline(__always)
  private func patternHolds(_ x: Int) -> UInt64? {
    guard md.words == 1 else { return nil }
    var m: UInt64 = ~0
    for i in md.patternBusy.lower(x)..<md.patternBusy.upper(x) { m &= bits[md.patternBusy[i]] }
    for i in md.patternFree.lower(x)..<md.patternFree.upper(x) { m &= ~bits[md.patternFree[i]] }
    return m
  }

  /// Word `w` of the mask of group `g`'s times at which pattern `x` holds (`holds` as above;
  /// nil always works). The pattern-clearing move reads it too.
  @inline(__always)
  func patternWord(_ x: Int, group g: Int, word w: Int, _ holds: UInt64?) -> UInt64 {
    var m = md.groupMask[g * md.words + w]
    if let holds { return m & holds }
    for i in md.patternBusy.lower(x)..<md.patternBusy.upper(x) where m != 0 {
      m &= bits[md.patternBusy[i] * md.words + w]
    }
    for i in md.patternFree.lower(x)..<md.patternFree.upper(x) where m != 0 {
      m &= ~bits[md.patternFree[i] * md.words + w]
    }
    return m
  }

  /// `huddles` at huddle group `h`: each team's open times per day as bits from the day's
  /// first time (`huddleDayBase`, the same for every team), the matching of the school's `common-planning` kernel (`HuddleMatching`),
  /// then the required teams' shortfall or the others' weighted shortfall.
  private func huddleShortfall(_ h: Int, required: Bool) -> Int {
    let teams = md.huddleTeams
    let k = teams.count(h)
    guard k > 0 else { return 0 }
    let matching = scratch
    let days = md.huddleSize.days
    let groups = md.patternGroups
    for j in 0..<k {
      let x = teams[teams.lower(h) + j]
      matching.huddles.caps[j] = md.huddleNeeds[h][j]
      let holds = patternHolds(x)
      for d in 0..<days {
        var mask: UInt64 = 0
        if d < groups.count(x) {
          let g = groups[groups.lower(x) + d]
          let first = Int(md.huddleDayBase[h][d])
          if let holds {
            mask = (holds & md.groupMask[g]) >> UInt64(first)
          } else {
            for w in 0..<md.words {
              var bits = patternWord(x, group: g, word: w, nil)
              while bits != 0 {
                let p = w * 64 + bits.trailingZeroBitCount - first
                bits &= bits - 1
                if p >= 0 && p < 64 { mask |= 1 << UInt64(p) }
              }
            }
          }
        }
        matching.huddles.mask[j * days + d] = mask
      }
    }
    _ = matching.huddles.maximumByTeam(teams: k)
    var dev = 0
    for j in 0..<k {
      let short = Int(md.huddleNeeds[h][j] - matching.huddles.got[j])
      let w = md.huddleWeights[h][j]
      if required && w < 0 { dev += short } else if !required && w >= 0 { dev += short * Int(w) }
    }
    return dev
  }

  /// `patternFollowed` at pattern `x`: per week, the shortfall of its times followed by its
  /// follower (later the same day, or on one of the next `window` days). Days with a follower
  /// time are kept as a bit mask (at most 64 days; the compiler makes no more).
  private func unfollowed(_ x: Int, monitor m: Int) -> Int {
    let next = Int(md.patternFollow[x])
    let days = md.patternGroups.count(x)
    guard next >= 0, days <= 64, md.patternGroups.count(next) == days else { return 0 }
    let q = m * 4
    let (window, perWeek, k) = (Int(md.mParam[q]), Int(md.mParam[q + 1]), Int(md.mParam[q + 2]))
    let ax = md.patternGroups.lower(x)
    let bx = md.patternGroups.lower(next)
    let (holdsA, holdsB) = (patternHolds(x), patternHolds(next))
    var followerDays: UInt64 = 0
    for c in 0..<days where patternTimes(next, group: md.patternGroups[bx + c], holdsB) > 0 {
      followerDays |= 1 << UInt64(c)
    }
    var dev = 0
    var useful = 0
    for c in 0..<days {
      var later = false
      for j in stride(from: 1, through: min(window, days), by: 1)
      where followerDays & (1 << UInt64((c + j) % days)) != 0 {
        later = true
        break
      }
      let a = md.patternGroups[ax + c]
      if later {
        useful += patternTimes(x, group: a, holdsA)
      } else if followerDays & (1 << UInt64(c)) != 0 {
        // Only the times before the day's last follower time.
        let b = md.patternGroups[bx + c]
        var last = -1
        for w in 0..<md.words {
          let f = patternWord(next, group: b, word: w, holdsB)
          if f != 0 { last = w * 64 + 63 - f.leadingZeroBitCount }
        }
        for w in 0..<md.words where w * 64 < last {
          var mask = patternWord(x, group: a, word: w, holdsA)
          if last < (w + 1) * 64 { mask &= (1 << UInt64(last - w * 64)) - 1 }
          useful += mask.nonzeroBitCount
        }
      }
      if (c + 1) % perWeek == 0 || c == days - 1 {
        dev += max(0, k - useful)
        useful = 0
      }
    }
    return dev
  }

  /// `idleTimes(_:_:)` when the times fit one word: the group's times strictly between the
  /// first and the last busy one, less the busy ones.
  @inline(__always)
  static func idleTimes(busy: UInt64, group mask: UInt64) -> Int {
    let b = busy & mask
    if b == 0 { return 0 }
    let from: UInt64 = ~0 << UInt64(b.trailingZeroBitCount)
    let to: UInt64 = ~0 >> UInt64(b.leadingZeroBitCount)
    return (mask & from & to).nonzeroBitCount - b.nonzeroBitCount
  }

  /// Times of group `g` when `r` is free but busy at an earlier and a later time of `g`.
  private func idleTimes(_ r: Int, _ g: Int) -> Int {
    var first = -1
    var last = -1
    var busyCount = 0
    for w in 0..<md.words {
      let m = bits[r * md.words + w] & md.groupMask[g * md.words + w]
      if m == 0 { continue }
      if first < 0 { first = w * 64 + m.trailingZeroBitCount }
      last = w * 64 + 63 - m.leadingZeroBitCount
      busyCount += m.nonzeroBitCount
    }
    if first < 0 { return 0 }
    var span = 0
    for w in first >> 6...last >> 6 {
      var window = md.groupMask[g * md.words + w]
      if w == first >> 6 { window &= ~0 << UInt64(first & 63) }
      if w == last >> 6 && last & 63 < 63 { window &= (1 << UInt64(last & 63 + 1)) - 1 }
      span += window.nonzeroBitCount
    }
    return span - busyCount
  }

  /// SpreadEvents: per limit, the amount the group's sub-events starting in its time group
  /// are outside its range.
  private func spread(group g: Int, monitor m: Int) -> Int {
    let gm = md.groupMembers
    var dev = 0
    if md.words == 1 {
      // One pass: the starts as a bit mask, then one popcount per limit; when two sub-events
      // start at the same time the mask undercounts, so fall through to counting per limit.
      var starts: UInt64 = 0
      var repeated = false
      scan: for x in gm.lower(g)..<gm.upper(g) {
        let e = gm[x]
        let base = Int(md.subBase[e])
        for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
          let bit: UInt64 = 1 << UInt64(subStart[k])
          if starts & bit != 0 {
            repeated = true
            break scan
          }
          starts |= bit
        }
      }
      if !repeated {
        var i = md.mGroups.lower(m)
        while i + 2 < md.mGroups.upper(m) {
          let n = (starts & md.groupMask[md.mGroups[i]]).nonzeroBitCount
          dev += HSTTModel.outside(n, md.mGroups[i + 1], md.mGroups[i + 2])
          i += 3
        }
        return dev
      }
    }
    var i = md.mGroups.lower(m)
    while i + 2 < md.mGroups.upper(m) {
      let maskBase = md.mGroups[i] * md.words
      var n = 0
      for x in gm.lower(g)..<gm.upper(g) {
        let e = gm[x]
        let base = Int(md.subBase[e])
        for k in base..<base + Int(subCount[e]) {
          let s = Int(subStart[k])
          if s >= 0 && md.groupMask[maskBase + s >> 6] & (1 << UInt64(s & 63)) != 0 { n += 1 }
        }
      }
      dev += HSTTModel.outside(n, md.mGroups[i + 1], md.mGroups[i + 2])
      i += 3
    }
    return dev
  }

  /// Uneven days (`HSTTRule.unevenDays`). Sorted days d₁ <= ... <= dₙ: a repeated day adds a
  /// gap of 0, so with the distinct days as a bit mask the sum is (n − distinct) × g plus
  /// the shortfalls between consecutive distinct days; cycles of more than 64 days sort the
  /// days in the scratch buffer instead.
  /// - Complexity: O(n) with the mask, O(n²) sorting.
  private func unevenDays(group g: Int, monitor m: Int) -> Int {
    let gm = md.groupMembers
    let dayBase = md.mGroups.lower(m)
    let days = Int(md.mParam[m * 4])
    if days > 64 { return unevenDaysSorted(group: g, monitor: m) }
    var mask: UInt64 = 0
    var n = 0
    for x in gm.lower(g)..<gm.upper(g) {
      let e = gm[x]
      let base = Int(md.subBase[e])
      for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
        mask |= 1 << UInt64(md.mGroups[dayBase + Int(subStart[k])])
        n += 1
      }
    }
    guard n >= 2 else { return 0 }
    let gap = days / n
    var total = (n - mask.nonzeroBitCount) * gap
    var previous = mask.trailingZeroBitCount
    var rest = mask & (mask - 1)
    while rest != 0 {
      let d = rest.trailingZeroBitCount
      total += max(0, gap - (d - previous))
      previous = d
      rest &= rest - 1
    }
    return total
  }

  /// `unevenDays` by sorting the days by insertion into the scratch buffer.
  private func unevenDaysSorted(group g: Int, monitor m: Int) -> Int {
    let gm = md.groupMembers
    let dayBase = md.mGroups.lower(m)
    let buffer = scratch
    var n = 0
    for x in gm.lower(g)..<gm.upper(g) {
      let e = gm[x]
      let base = Int(md.subBase[e])
      for k in base..<base + Int(subCount[e]) where subStart[k] >= 0 {
        let d = md.mGroups[dayBase + Int(subStart[k])]
        if n == buffer.days.count { buffer.days.append(0) }
        var j = n
        while j > 0 && buffer.days[j - 1] > d {
          buffer.days[j] = buffer.days[j - 1]
          j -= 1
        }
        buffer.days[j] = d
        n += 1
      }
    }
    guard n >= 2 else { return 0 }
    let gap = Int(md.mParam[m * 4]) / n
    var total = 0
    for i in 0..<(n - 1) { total += max(0, gap - (buffer.days[i + 1] - buffer.days[i])) }
    return total
  }

  /// LinkEvents: times occupied by some but not all events of the group.
  private func unlinkedTimes(group g: Int) -> Int {
    let gm = md.groupMembers
    if gm.count(g) == 0 { return 0 }
    var dev = 0
    for w in 0..<md.words {
      var any: UInt64 = 0
      var all: UInt64 = ~0
      for x in gm.lower(g)..<gm.upper(g) {
        let e = gm[x]
        let m = occupancy(e, word: w)
        any |= m
        all &= m
      }
      dev += (any & ~all).nonzeroBitCount
    }
    return dev
  }

  /// The times (word `w` of the mask) covered by event `e`'s started sub-events.
  func occupancy(_ e: Int, word w: Int) -> UInt64 {
    let base = Int(md.subBase[e])
    var mask: UInt64 = 0
    for k in base..<base + Int(subCount[e]) {
      let s = Int(subStart[k])
      if s < 0 { continue }
      for t in s..<min(md.T, s + Int(subDur[k])) where t >> 6 == w {
        mask |= 1 << UInt64(t & 63)
      }
    }
    return mask
  }
}
