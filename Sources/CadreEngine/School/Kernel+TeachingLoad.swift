/// Teaching loads: leader-overload, teacher-day-max and teacher-week-max.
///
/// A teacher's load counts distinct taught slots ("teaches a slot" in RULES.md):
/// leader-overload = Σ over the leaders whose teacher record is t of max(0, taught − limit);
/// day-max = Σ_days max(0, taught that day − maxPerDay); week-max likewise per cycle week.
/// Only a slot becoming taught or untaught changes them, so each update is O(leaders of t).
extension SearchState {
  @inline(__always)
  mutating func loadChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    let md = model
    let old = taughtTotal[t]
    let new = old + sign
    taughtTotal[t] = new
    let lim = md.teacherLimits
    for k in lim.lower(t)..<lim.upper(t) {
      let l = Int32(lim[k])
      bump(.leaderOverload, Int64(max(0, new - l) - max(0, old - l)))
    }
    let dayIndex = t * md.CD + x / P
    let oldDay = taughtDay[dayIndex]
    taughtDay[dayIndex] = oldDay + sign
    let maxDay = md.maxPerDay[t]
    if maxDay >= 0 {
      bump(.teacherDayMax, Int64(max(0, oldDay + sign - maxDay) - max(0, oldDay - maxDay)))
    }
    let weekIndex = t * md.W + x / md.slotsPerWeek
    let oldWeek = taughtWeek[weekIndex]
    taughtWeek[weekIndex] = oldWeek + sign
    let maxWeek = md.maxPerWeek[t]
    if maxWeek >= 0 {
      bump(.teacherWeekMax, Int64(max(0, oldWeek + sign - maxWeek) - max(0, oldWeek - maxWeek)))
    }
  }

  /// From scratch: (leader-overload, day-max, week-max).
  func recountTeachingLoad() -> (Int64, Int64, Int64) {
    let md = model
    let taught = taughtMatrix()
    var overload: Int64 = 0
    var dayMax: Int64 = 0
    var weekMax: Int64 = 0
    for t in 0..<md.T {
      var total = 0
      var perDay = [Int](repeating: 0, count: md.CD)
      var perWeek = [Int](repeating: 0, count: md.W)
      for x in 0..<S where taught[t * S + x] {
        total += 1
        perDay[x / P] += 1
        perWeek[x / md.slotsPerWeek] += 1
      }
      for k in md.teacherLimits.lower(t)..<md.teacherLimits.upper(t) {
        overload += Int64(max(0, total - md.teacherLimits[k]))
      }
      if md.maxPerDay[t] >= 0 {
        for n in perDay { dayMax += Int64(max(0, n - Int(md.maxPerDay[t]))) }
      }
      if md.maxPerWeek[t] >= 0 {
        for n in perWeek { weekMax += Int64(max(0, n - Int(md.maxPerWeek[t]))) }
      }
    }
    return (overload, dayMax, weekMax)
  }

  /// From scratch: T x S, whether the teacher teaches the slot.
  func taughtMatrix() -> [Bool] {
    var taught = [Bool](repeating: false, count: model.T * S)
    for m in 0..<model.M where start[m] >= 0 && teacher[m] >= 0 {
      let s = Int(start[m])
      let t = Int(teacher[m])
      for x in s..<(s + model.span(Int(model.meetingLesson[m]), s)) { taught[t * S + x] = true }
    }
    return taught
  }
}
