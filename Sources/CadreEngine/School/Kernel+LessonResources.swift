/// The rules over a lesson's resources as a whole (docs/RULES.md):
/// - `split-lesson` (hard): per lesson without `allowSplit`, max(0, n − 1) with n the distinct
///   teachers of its placed meetings;
/// - `room-stability` (soft): per lesson, max(0, n − 1) with n the distinct rooms of its placed
///   meetings;
/// - the teacher part of `moved`: 1 per lesson with a placed meeting, placed in the previous
///   schedule too, whose teacher differs from its previous one (a teacher change counts once
///   per lesson, not per meeting).
///
/// `lessonTeachers[l]` and `lessonRooms[l]` hold n; `lessonRetaught[l]` the meetings whose
/// teacher changed. A meeting's arrival or departure changes n only when no other placed
/// meeting of the lesson has its teacher (room), so each update scans the lesson's meetings.
/// - Complexity: O(meetings of the lesson) per placement.
extension SearchState {
  /// Meeting `m` (lesson `l`, teacher `t`, room `r`) joins (`sign` 1, after it is marked placed)
  /// or leaves (-1, while still marked placed) its lesson's placed meetings.
  @inline(__always)
  mutating func lessonResourcesChanged(_ m: Int, _ l: Int, _ t: Int, _ r: Int, _ sign: Int32) {
    let md = model
    if t >= 0 && !md.allowSplit[l] && !siblingHas(m, l, teacher: t) {
      lessonTeachers[l] += sign
      // n goes 1 → 2 or 2 → 1 and beyond: the count is max(0, n − 1).
      if (sign > 0 && lessonTeachers[l] >= 2) || (sign < 0 && lessonTeachers[l] >= 1) {
        bump(.splitLesson, Int64(sign))
      }
    }
    if r >= 0 && !siblingHas(m, l, room: r) {
      lessonRooms[l] += sign
      if (sign > 0 && lessonRooms[l] >= 2) || (sign < 0 && lessonRooms[l] >= 1) {
        bump(.roomStability, Int64(sign))
      }
    }
    if md.hasPrevious && md.previousStart[m] >= 0 && Int(md.previousTeacher[m]) != t {
      lessonRetaught[l] += sign
      if (sign > 0 && lessonRetaught[l] == 1) || (sign < 0 && lessonRetaught[l] == 0) {
        bump(.moved, Int64(sign))
      }
    }
  }

  /// Whether a placed meeting of lesson `l` other than `m` has teacher `t`.
  @inline(__always)
  func siblingHas(_ m: Int, _ l: Int, teacher t: Int) -> Bool {
    let lm = model.lessonMeetings
    for k in lm.lower(l)..<lm.upper(l) {
      let q = lm[k]
      if q != m && start[q] >= 0 && Int(teacher[q]) == t { return true }
    }
    return false
  }

  /// Whether a placed meeting of lesson `l` other than `m` is in room `r`.
  @inline(__always)
  func siblingHas(_ m: Int, _ l: Int, room r: Int) -> Bool {
    let lm = model.lessonMeetings
    for k in lm.lower(l)..<lm.upper(l) {
      let q = lm[k]
      if q != m && start[q] >= 0 && Int(room[q]) == r { return true }
    }
    return false
  }

  /// From scratch: `split-lesson`, `room-stability` and the teacher part of `moved`.
  func recountLessonResources() -> (split: Int64, rooms: Int64, retaught: Int64) {
    let md = model
    var split: Int64 = 0
    var rooms: Int64 = 0
    var retaught: Int64 = 0
    let lm = md.lessonMeetings
    for l in 0..<md.L {
      var teachers = Set<Int32>()
      var used = Set<Int32>()
      var changed = false
      for k in lm.lower(l)..<lm.upper(l) {
        let q = lm[k]
        guard start[q] >= 0 else { continue }
        if teacher[q] >= 0 { teachers.insert(teacher[q]) }
        if room[q] >= 0 { used.insert(room[q]) }
        if md.hasPrevious && md.previousStart[q] >= 0 && md.previousTeacher[q] != teacher[q] {
          changed = true
        }
      }
      if !md.allowSplit[l] { split += Int64(max(0, teachers.count - 1)) }
      rooms += Int64(max(0, used.count - 1))
      if changed { retaught += 1 }
    }
    return (split, rooms, retaught)
  }
}
