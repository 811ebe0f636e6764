/// The kinds of a personal limit, in the order of the problem's per-entity arrays (the model's
/// `PersonalLimits.Kind`).
enum PersonalLimit: Int, CaseIterable {
  case gapsPerDay, gapsPerWeek, daysPerWeek, minPerDay, inARow
  static let count = 5
}

/// `personal-limit` (hard) and `personal-preference` (soft, weighted): the shape of one
/// teacher's or class's days and weeks against its own limits (docs/RULES.md).
///
/// Per entity (a teacher, or a class: its students) and cycle day the kernel keeps the day's
/// gaps g (idle, not blocked, not unavailable periods between the first and last busy one),
/// busy periods n and the excess of its runs over `maxInARow`; per cycle week the sum of the
/// gaps and the days with n > 0. The day's cost is `max(0, g − maxGapsPerDay)` + (0 < n <
/// minPerDay ? minPerDay − n : 0) + run excess; the week's `max(0, G − maxGapsPerWeek)` +
/// `max(0, U − maxDaysPerWeek)`. Each term is hard (its excess in `personal-limit`) or soft
/// (weight × excess in `personal-preference`). A busy period that appears or disappears
/// recomputes its day: O(periods per day).
extension SearchState {
  /// Teacher `t`'s taught periods on cycle day `day` changed.
  @inline(__always)
  mutating func teacherShapeChanged(_ t: Int, _ day: Int) {
    let (g, n, r) = dayShape(
      t * S + day * P, day, unavailable: model.teacherUnavailable, t * S,
      inARow: model.tLimit[t * PersonalLimit.count + PersonalLimit.inARow.rawValue])
    let di = (t * model.CD + day) * 3
    let wi = (t * model.W + day / model.daysPerWeek) * 2
    let (week, hard, soft) = shapeDelta(
      t, new: (g, n, r), old: (personalDay[di], personalDay[di + 1], personalDay[di + 2]),
      week: (personalWeek[wi], personalWeek[wi + 1]), model.tLimit, model.tLimitWeight)
    (personalDay[di], personalDay[di + 1], personalDay[di + 2]) = (g, n, r)
    (personalWeek[wi], personalWeek[wi + 1]) = week
    bump(.personalLimit, hard)
    bump(.personalPreference, soft)
  }

  /// Class `c`'s busy periods on cycle day `day` changed.
  @inline(__always)
  mutating func classShapeChanged(_ c: Int, _ day: Int) {
    let (g, n, r) = dayShape(
      c * S + day * P, day, unavailable: model.classUnavailable, c * S,
      inARow: model.cLimit[c * PersonalLimit.count + PersonalLimit.inARow.rawValue],
      classes: true)
    let di = (c * model.CD + day) * 3
    let wi = (c * model.W + day / model.daysPerWeek) * 2
    let (week, hard, soft) = shapeDelta(
      c, new: (g, n, r), old: (classDay[di], classDay[di + 1], classDay[di + 2]),
      week: (classWeek[wi], classWeek[wi + 1]), model.cLimit, model.cLimitWeight)
    (classDay[di], classDay[di + 1], classDay[di + 2]) = (g, n, r)
    (classWeek[wi], classWeek[wi + 1]) = week
    bump(.personalLimit, hard)
    bump(.personalPreference, soft)
  }

  /// (gaps, busy periods, run excess over `inARow` (-1: none)) of one entity's day, from the
  /// teacher (or class) occupancy row starting at `row`.
  @inline(__always)
  func dayShape(
    _ row: Int, _ day: Int, unavailable: [Bool], _ unavailableRow: Int, inARow: Int32,
    classes: Bool = false
  ) -> (Int32, Int32, Int32) {
    let base = day * P
    var first = -1
    var last = -1
    var n: Int32 = 0
    var run: Int32 = 0
    var excess: Int32 = 0
    for p in 0..<P {
      let busy = classes ? classOcc[row + p] > 0 : teacherOcc[row + p] > 0
      if busy {
        if first < 0 { first = p }
        last = p
        n += 1
      }
      if busy && !model.blocked[base + p] {
        run += 1
      } else {
        if inARow >= 0 { excess += max(0, run - inARow) }
        run = 0
      }
    }
    if inARow >= 0 { excess += max(0, run - inARow) }
    var gaps: Int32 = 0
    if first >= 0 {
      for p in first..<last {
        let busy = classes ? classOcc[row + p] > 0 : teacherOcc[row + p] > 0
        if !busy && !model.blocked[base + p] && !unavailable[unavailableRow + base + p] {
          gaps += 1
        }
      }
    }
    return (gaps, n, excess)
  }

  /// A day's change from `old` to `new` (gaps, busy periods, run excess) for entity `e`: the
  /// week's new (gaps, days in use) and the change of hard and weighted soft cost.
  @inline(__always)
  private func shapeDelta(
    _ e: Int, new: (Int32, Int32, Int32), old: (Int32, Int32, Int32), week: (Int32, Int32),
    _ limit: [Int32], _ weight: [Int64]
  ) -> ((Int32, Int32), Int64, Int64) {
    let (g, n, r) = new
    let (og, on, or) = old
    let (oG, oU) = week
    let nG = oG + g - og
    let nU = oU + (n > 0 ? 1 : 0) - (on > 0 ? 1 : 0)
    let base = e * PersonalLimit.count
    var hard: Int64 = 0
    var soft: Int64 = 0
    func term(_ kind: PersonalLimit, _ before: Int32, _ after: Int32) {
      guard after != before else { return }
      let w = weight[base + kind.rawValue]
      if w < 0 { hard += Int64(after - before) } else { soft += w * Int64(after - before) }
    }
    let gd = limit[base + PersonalLimit.gapsPerDay.rawValue]
    if gd >= 0 { term(.gapsPerDay, max(0, og - gd), max(0, g - gd)) }
    let md = limit[base + PersonalLimit.minPerDay.rawValue]
    if md >= 0 {
      term(.minPerDay, on > 0 && on < md ? md - on : 0, n > 0 && n < md ? md - n : 0)
    }
    if limit[base + PersonalLimit.inARow.rawValue] >= 0 { term(.inARow, or, r) }
    let gw = limit[base + PersonalLimit.gapsPerWeek.rawValue]
    if gw >= 0 { term(.gapsPerWeek, max(0, oG - gw), max(0, nG - gw)) }
    let dw = limit[base + PersonalLimit.daysPerWeek.rawValue]
    if dw >= 0 { term(.daysPerWeek, max(0, oU - dw), max(0, nU - dw)) }
    return ((nG, nU), hard, soft)
  }

  /// Whether teacher `t` breaks a hard limit on cycle day `day` or in its week (for the
  /// conflict list).
  func teacherOverLimit(_ t: Int, day: Int) -> Bool {
    overLimit(
      t, day: day, limit: model.tLimit, weight: model.tLimitWeight, dayState: personalDay,
      weekState: personalWeek)
  }

  func classOverLimit(_ c: Int, day: Int) -> Bool {
    overLimit(
      c, day: day, limit: model.cLimit, weight: model.cLimitWeight, dayState: classDay,
      weekState: classWeek)
  }

  private func overLimit(
    _ e: Int, day: Int, limit: [Int32], weight: [Int64], dayState: [Int32], weekState: [Int32]
  ) -> Bool {
    let k = PersonalLimit.count
    let di = (e * model.CD + day) * 3
    let wi = (e * model.W + day / model.daysPerWeek) * 2
    func hard(_ kind: PersonalLimit) -> Int32? {
      let i = e * k + kind.rawValue
      return limit[i] >= 0 && weight[i] < 0 ? limit[i] : nil
    }
    if let m = hard(.gapsPerDay), dayState[di] > m { return true }
    if let m = hard(.minPerDay), dayState[di + 1] > 0, dayState[di + 1] < m { return true }
    if hard(.inARow) != nil, dayState[di + 2] > 0 { return true }
    if let m = hard(.gapsPerWeek), weekState[wi] > m { return true }
    if let m = hard(.daysPerWeek), weekState[wi + 1] > m { return true }
    return false
  }

  /// From scratch: (personal-limit, personal-preference), from the assignment alone.
  func recountPersonalLimits() -> (Int64, Int64) {
    let md = model
    let k = PersonalLimit.count
    var hard: Int64 = 0
    var soft: Int64 = 0
    func add(_ limit: [Int32], _ weight: [Int64], _ e: Int, _ kind: PersonalLimit, _ x: Int32) {
      guard x > 0 else { return }
      let w = weight[e * k + kind.rawValue]
      if w < 0 { hard += Int64(x) } else { soft += w * Int64(x) }
    }
    func entity(
      _ e: Int, _ busy: [Bool], _ unavailable: [Bool], _ limit: [Int32], _ weight: [Int64]
    ) {
      let lim = { (kind: PersonalLimit) in limit[e * k + kind.rawValue] }
      for week in 0..<md.W {
        var gapsWeek: Int32 = 0
        var days: Int32 = 0
        for d in 0..<md.daysPerWeek {
          let day = week * md.daysPerWeek + d
          let periods = (0..<P).filter { busy[e * S + day * P + $0] }
          var gaps: Int32 = 0
          if let a = periods.first, let b = periods.last {
            days += 1
            for p in a..<b where !busy[e * S + day * P + p] {
              let x = day * P + p
              if !md.blocked[x] && !unavailable[e * S + x] { gaps += 1 }
            }
          }
          gapsWeek += gaps
          if lim(.gapsPerDay) >= 0 { add(limit, weight, e, .gapsPerDay, gaps - lim(.gapsPerDay)) }
          let n = Int32(periods.count)
          if lim(.minPerDay) >= 0, n > 0 { add(limit, weight, e, .minPerDay, lim(.minPerDay) - n) }
          if lim(.inARow) >= 0 {
            var run: Int32 = 0
            for p in 0...P {
              if p < P && busy[e * S + day * P + p] && !md.blocked[day * P + p] {
                run += 1
              } else {
                add(limit, weight, e, .inARow, run - lim(.inARow))
                run = 0
              }
            }
          }
        }
        if lim(.gapsPerWeek) >= 0 {
          add(limit, weight, e, .gapsPerWeek, gapsWeek - lim(.gapsPerWeek))
        }
        if lim(.daysPerWeek) >= 0 { add(limit, weight, e, .daysPerWeek, days - lim(.daysPerWeek)) }
      }
    }
    let taught = taughtMatrix()
    for t in 0..<md.T where md.tHasLimits[t] {
      entity(t, taught, md.teacherUnavailable, md.tLimit, md.tLimitWeight)
    }
    if md.cHasLimits.contains(true) {
      var occupied = [Bool](repeating: false, count: md.C * S)
      for m in 0..<md.M where start[m] >= 0 {
        let l = Int(md.meetingLesson[m])
        let s = Int(start[m])
        for x in s..<(s + md.span(l, s)) { occupied[Int(md.lessonClass[l]) * S + x] = true }
      }
      for c in 0..<md.C where md.cHasLimits[c] {
        entity(c, occupied, md.classUnavailable, md.cLimit, md.cLimitWeight)
      }
    }
    return (hard, soft)
  }
}

extension SearchState {
  /// From scratch: the periods teachers with preferred slots teach outside them (the teacher
  /// part of `preferred-slot`; the lesson part is in `Kernel+MeetingRules`).
  func recountTeacherPreferred() -> Int64 {
    guard model.teacherHasPreferred.contains(true) else { return 0 }
    let taught = taughtMatrix()
    var n: Int64 = 0
    for t in 0..<model.T where model.teacherHasPreferred[t] {
      for x in 0..<S where taught[t * S + x] && !model.teacherPreferredSlot[t * S + x] { n += 1 }
    }
    return n
  }
}
