/// `student-clash`: students in two of their classes at once (docs/RULES.md).
///
/// For every student group g and slot x: `students(g) × max(0, n(g, x) − 1)`, n = meetings of
/// g's classes occupying x. A class's own clash is `class-clash`; a group sees the meetings of
/// its different classes. Incrementally, a class occupying x adds one to each of its groups at
/// x: O(groups of the class) per period. The groups' busy masks let construction and guided
/// moves look for slots where none of a class's students is busy.
extension SearchState {
  @inline(__always)
  mutating func occupyStudents(_ c: Int, _ x: Int, _ sign: Int32) {
    let gs = model.classStudentGroups
    for k in gs.lower(c)..<gs.upper(c) {
      let g = gs[k]
      let i = g * S + x
      let n = studentOcc[i]
      studentOcc[i] = n + sign
      if sign > 0 ? n >= 1 : n >= 2 {
        bump(.studentClash, Int64(sign) * model.groupStudents[g])
      }
      if sign > 0 ? n == 0 : n == 1 {
        studentBusyBits[g * model.words + x >> 6] ^= 1 << UInt64(x & 63)
      }
    }
  }

  /// The slots of word `i` in which no student group of class `c` is busy.
  @inline(__always)
  func studentFreeWord(_ c: Int, _ i: Int) -> UInt64 {
    let gs = model.classStudentGroups
    var busy: UInt64 = 0
    for k in gs.lower(c)..<gs.upper(c) { busy |= studentBusyBits[gs[k] * model.words + i] }
    return ~busy
  }

  /// Whether some student of class `c` is in another class at slot `x`.
  @inline(__always)
  func studentsClash(_ c: Int, _ x: Int) -> Bool {
    let gs = model.classStudentGroups
    for k in gs.lower(c)..<gs.upper(c) where studentOcc[gs[k] * S + x] > 1 { return true }
    return false
  }

  /// From scratch: the weighted student clashes.
  func recountStudentClash() -> Int64 {
    guard model.SG > 0 else { return 0 }
    var n = [Int32](repeating: 0, count: model.SG * S)
    for m in 0..<model.M where start[m] >= 0 {
      let l = Int(model.meetingLesson[m])
      let s = Int(start[m])
      let c = Int(model.lessonClass[l])
      let gs = model.classStudentGroups
      for x in s..<(s + model.span(l, s)) {
        for k in gs.lower(c)..<gs.upper(c) { n[gs[k] * S + x] += 1 }
      }
    }
    var total: Int64 = 0
    for g in 0..<model.SG {
      for x in 0..<S where n[g * S + x] > 1 {
        total += Int64(n[g * S + x] - 1) * model.groupStudents[g]
      }
    }
    return total
  }
}
