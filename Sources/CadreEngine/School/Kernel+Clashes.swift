/// Teacher, class and room clashes: nobody is in two places at once.
///
/// For every entity e and slot x: `max(0, n(e, x) - 1)`, n = meetings of e occupying x.
/// Incrementally, adding a meeting where n >= 1 already costs 1; removing one where n >= 2
/// saves 1. The same counts feed the free-slot masks used by construction and guided moves.
extension SearchState {
  @inline(__always)
  mutating func occupyTeacher(_ t: Int, _ x: Int, _ sign: Int32) {
    let i = t * S + x
    let n = teacherOcc[i]
    if sign > 0 {
      teacherOcc[i] = n + 1
      if n >= 1 {
        bump(.teacherClash, 1)
      } else {
        teacherFreeBits[t * model.words + x >> 6] &= ~(1 << UInt64(x & 63))
        taughtChanged(t, x, 1)
      }
    } else {
      teacherOcc[i] = n - 1
      if n >= 2 {
        bump(.teacherClash, -1)
      } else {
        teacherFreeBits[t * model.words + x >> 6] |=
          model.teacherStaticFreeBits[t * model.words + x >> 6] & (1 << UInt64(x & 63))
        taughtChanged(t, x, -1)
      }
    }
  }

  @inline(__always)
  mutating func occupyClass(_ c: Int, _ x: Int, _ sign: Int32) {
    if model.SG > 0 { occupyStudents(c, x, sign) }
    let i = c * S + x
    let n = classOcc[i]
    if sign > 0 {
      classOcc[i] = n + 1
      if n >= 1 {
        bump(.classClash, 1)
      } else {
        classFreeBits[c * model.words + x >> 6] &= ~(1 << UInt64(x & 63))
        if model.cHasLimits[c] { classShapeChanged(c, x / P) }
      }
    } else {
      classOcc[i] = n - 1
      if n >= 2 {
        bump(.classClash, -1)
      } else {
        classFreeBits[c * model.words + x >> 6] |=
          model.classStaticFreeBits[c * model.words + x >> 6] & (1 << UInt64(x & 63))
        if model.cHasLimits[c] { classShapeChanged(c, x / P) }
      }
    }
  }

  @inline(__always)
  mutating func occupyRoom(_ r: Int, _ x: Int, _ sign: Int32) {
    let i = r * S + x
    let n = roomOcc[i]
    roomOcc[i] = n + sign
    if sign > 0 ? n >= 1 : n >= 2 { bump(.roomClash, Int64(sign)) }
  }

  /// From scratch: (teacher, class, room) clash counts.
  func recountClashes() -> (Int64, Int64, Int64) {
    var t = [Int32](repeating: 0, count: model.T * S)
    var c = [Int32](repeating: 0, count: model.C * S)
    var r = [Int32](repeating: 0, count: model.R * S)
    for m in 0..<model.M where start[m] >= 0 {
      let l = Int(model.meetingLesson[m])
      let s = Int(start[m])
      for x in s..<(s + model.span(l, s)) {
        c[Int(model.lessonClass[l]) * S + x] += 1
        if teacher[m] >= 0 { t[Int(teacher[m]) * S + x] += 1 }
        if room[m] >= 0 { r[Int(room[m]) * S + x] += 1 }
      }
    }
    func excess(_ a: [Int32]) -> Int64 { a.reduce(0) { $0 + Int64(max(0, $1 - 1)) } }
    return (excess(t), excess(c), excess(r))
  }
}
