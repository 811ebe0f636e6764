import CadreModel

extension CountingProofs {
  /// Pinned meetings that need one resource at once: the same class, the same fixed teacher,
  /// or rooms (Hall's condition at the slot: more pinned meetings there that may use only the
  /// rooms of one meeting's set than that set has rooms). One finding per pair of lessons.
  static func pinnedClashes(_ c: SchoolCounts) -> [Diagnosis.Finding] {
    let s = c.school
    // Slot -> pinned lessons occupying it, in file order.
    var at: [Slot: [Int]] = [:]
    for l in s.lessons.indices {
      for p in c.pinnedSlots[l] {
        for x in p.occupied where !(at[x]?.contains(l) ?? false) { at[x, default: []].append(l) }
      }
    }
    var seen = Set<[Int]>()
    var out: [Diagnosis.Finding] = []
    for slot in at.keys.sorted() {
      guard let here = at[slot], here.count > 1 else { continue }
      let when = c.cycle.label(slot)
      for (i, a) in here.enumerated() {
        for b in here[(i + 1)...] {
          var what: String?
          if s.lessons[a].classID == s.lessons[b].classID {
            what = "are both for class \(s.lessons[a].classID.raw)"
          } else if let ta = c.fixedTeacher(a), ta == c.fixedTeacher(b) {
            what = "are both taught by \(c.teacherLabel(ta))"
          } else {
            let ra = c.rooms.suitable[a]
            // The meetings at this slot that may use only rooms of a's set.
            if !ra.isEmpty, Set(ra).isSuperset(of: c.rooms.suitable[b]),
              !c.rooms.suitable[b].isEmpty
            {
              let inside = here.filter {
                !c.rooms.suitable[$0].isEmpty && Set(ra).isSuperset(of: c.rooms.suitable[$0])
              }
              if inside.count > ra.count {
                let names = ra.map { s.rooms[$0].id.raw }.joined(separator: ", ")
                what =
                  ra.count == 1
                  ? "both need room \(c.roomLabel(ra[0]))"
                  : "need \(inside.count) of the \(ra.count) rooms \(names)"
              }
            }
          }
          guard let what, seen.insert([a, b]).inserted else { continue }
          let la = s.lessons[a].id.raw
          let lb = s.lessons[b].id.raw
          out.append(
            .init(
              rule: "pinned-clash",
              message: "Lessons \(la) and \(lb) are both pinned at \(when) and \(what)",
              groups: [.init(.pin, a), .init(.pin, b)],
              candidates: [b, a].map { l in
                var changed = s
                changed.lessons[l].pinned = []
                return .init(
                  change: "unpin lesson \(s.lessons[l].id.raw) (pinned at "
                    + c.pinnedSlots[l].map { c.cycle.label($0.start) }.joined(separator: ", ")
                    + ")",
                  dollars: 0, costDetail: "no cost; the solver places it",
                  disruption: s.lessons[l].pinned.count, school: changed)
              }))
        }
      }
    }
    return out
  }
}
