/// Teacher-gap and consecutive: the shape of one teacher's day.
///
/// teacher-gap (teachers who are not teaching leaders), per cycle day with a taught slot:
/// periods strictly between the first and last taught period that are not blocked, not
/// unavailable and not taught. consecutive, per teacher and cycle day: Σ over maximal runs of
/// taught, non-blocked periods of length L of `max(0, L − maxConsecutivePeriods)`.
/// Both are recomputed for the one (teacher, day) whose taught set changed: O(periods per day).
extension SearchState {
  @inline(__always)
  mutating func recomputeTeacherDay(_ t: Int, _ day: Int) {
    let i = t * model.CD + day
    let (gap, run) = teacherDayValues(t, day)
    bump(.teacherGap, Int64(gap - dayGap[i]))
    dayGap[i] = gap
    bump(.consecutive, Int64(run - dayConsecutive[i]))
    dayConsecutive[i] = run
  }

  /// (gap, consecutive excess) of teacher `t` on cycle day `day`, from the occupancy counts.
  @inline(__always)
  func teacherDayValues(_ t: Int, _ day: Int) -> (Int32, Int32) {
    let md = model
    let base = day * P
    let row = t * S + base
    var first = -1
    var last = -1
    var run: Int32 = 0
    var excess: Int32 = 0
    let limit = Int32(md.maxConsecutive)
    for p in 0..<P {
      if teacherOcc[row + p] > 0 {
        if first < 0 { first = p }
        last = p
        if md.blocked[base + p] {
          excess += max(0, run - limit)
          run = 0
        } else {
          run += 1
        }
      } else {
        excess += max(0, run - limit)
        run = 0
      }
    }
    excess += max(0, run - limit)
    var gap: Int32 = 0
    if first >= 0 && !md.teachingLeader[t] {
      for p in (first + 1)..<max(first + 1, last)
      where teacherOcc[row + p] == 0 && !md.blocked[base + p]
        && !md.teacherUnavailable[t * S + base + p]
      {
        gap += 1
      }
    }
    return (gap, excess)
  }

  /// From scratch: (teacher-gap, consecutive).
  func recountTeacherDays() -> (Int64, Int64) {
    let md = model
    let taught = taughtMatrix()
    var gaps: Int64 = 0
    var runs: Int64 = 0
    for t in 0..<md.T {
      for day in 0..<md.CD {
        let periods = (0..<P).filter { taught[t * S + day * P + $0] }
        if let a = periods.first, let b = periods.last, !md.teachingLeader[t] {
          for p in a..<b where !taught[t * S + day * P + p] {
            let x = day * P + p
            if !md.blocked[x] && !md.teacherUnavailable[t * S + x] { gaps += 1 }
          }
        }
        var run = 0
        for p in 0...P {
          if p < P && taught[t * S + day * P + p] && !md.blocked[day * P + p] {
            run += 1
          } else {
            runs += Int64(max(0, run - md.maxConsecutive))
            run = 0
          }
        }
      }
    }
    return (gaps, runs)
  }
}
