/// Same subject twice: a class should not meet one subject twice in a day.
///
/// Per class, cycle day and subject: `max(0, m − 1)`, m = that class's meetings in that
/// subject starting that day. `groupDay[(class, subject), day]` holds m.
extension SearchState {
  @inline(__always)
  mutating func sameSubjectChanged(_ l: Int, _ day: Int, _ sign: Int32) {
    let i = Int(model.lessonGroup[l]) * model.CD + day
    let n = groupDay[i]
    groupDay[i] = n + sign
    if sign > 0 ? n >= 1 : n >= 2 { bump(.sameSubjectTwice, Int64(sign)) }
  }

  /// From scratch.
  func recountSameSubject() -> Int64 {
    var n = [Int](repeating: 0, count: model.groupCount * model.CD)
    for m in 0..<model.M where start[m] >= 0 {
      n[Int(model.lessonGroup[Int(model.meetingLesson[m])]) * model.CD + Int(start[m]) / P] += 1
    }
    return n.reduce(0) { $0 + Int64(max(0, $1 - 1)) }
  }
}
