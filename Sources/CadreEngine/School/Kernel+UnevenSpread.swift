/// Uneven spread: a course's meetings should be spread over the cycle.
///
/// Per lesson with m >= 2 placed meetings: g = ⌊cycleDays / m⌋; with the meetings' cycle days
/// sorted d₁ <= ... <= dₘ, `Σ max(0, g − (dᵢ₊₁ − dᵢ))`. Recomputed per lesson on each change
/// with an insertion sort in a preallocated buffer: O(m²) for the handful of meetings a lesson
/// has.
extension SearchState {
  @inline(__always)
  mutating func recomputeUneven(_ l: Int) {
    let value = unevenValue(l)
    bump(.unevenSpread, Int64(value - uneven[l]))
    uneven[l] = value
  }

  @inline(__always)
  mutating func unevenValue(_ l: Int) -> Int32 {
    let ms = model.lessonMeetings
    var n = 0
    for k in ms.lower(l)..<ms.upper(l) {
      let s = start[ms[k]]
      guard s >= 0 else { continue }
      var j = n
      let d = s / Int32(P)
      while j > 0 && sortBuffer[j - 1] > d {
        sortBuffer[j] = sortBuffer[j - 1]
        j -= 1
      }
      sortBuffer[j] = d
      n += 1
    }
    guard n >= 2 else { return 0 }
    let g = Int32(model.CD / n)
    var total: Int32 = 0
    for i in 0..<(n - 1) { total += max(0, g - (sortBuffer[i + 1] - sortBuffer[i])) }
    return total
  }

  /// From scratch.
  func recountUneven() -> Int64 {
    var total: Int64 = 0
    for l in 0..<model.L {
      var days: [Int] = []
      for k in model.lessonMeetings.lower(l)..<model.lessonMeetings.upper(l) {
        let s = Int(start[model.lessonMeetings[k]])
        if s >= 0 { days.append(s / P) }
      }
      guard days.count >= 2 else { continue }
      days.sort()
      let g = model.CD / days.count
      for i in 0..<(days.count - 1) { total += Int64(max(0, g - (days[i + 1] - days[i]))) }
    }
    return total
  }
}
