import CadreLeadership
import CadreModel

extension CountingProofs {
  /// Room demand against room supply, Hall's condition over the rooms lessons may use: for
  /// every distinct set X of suitable rooms, the periods of the lessons that may meet only in
  /// rooms of X are at most the free slots of X. A single fixed room (two classes sharing a
  /// home room) and a kind of room (every lesson asking for the one lab) are the usual cases.
  /// A set is not reported when a smaller failing set inside it already was.
  static func roomDemand(_ c: SchoolCounts) -> [Diagnosis.Finding] {
    let s = c.school
    let r = c.rooms
    var sets: [[Int]] = []
    for x in r.suitable where !x.isEmpty && !sets.contains(x) { sets.append(x) }
    sets.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    var failed: [Set<Int>] = []
    var out: [Diagnosis.Finding] = []
    for x in sets {
      let xs = Set(x)
      if failed.contains(where: { $0.isSubset(of: xs) }) { continue }
      let users = s.lessons.indices.filter {
        r.needsRoom[$0] && !r.suitable[$0].isEmpty && xs.isSuperset(of: r.suitable[$0])
      }
      let need = users.reduce(0) { $0 + SchoolCounts.periods(s.lessons[$1]) }
      let have = x.reduce(0) { $0 + r.free[$1] }
      guard need > have else { continue }
      failed.append(xs)
      let names = x.map { s.rooms[$0].id.raw }.joined(separator: ", ")
      let what: String
      let kinds = Set(users.compactMap { s.lessons[$0].roomKind })
      if x.count == 1 {
        let label = c.roomLabel(x[0])
        what = label.lowercased().hasPrefix("room") ? label : "Room \(label)"
      } else if kinds.count == 1, let k = kinds.first {
        what = "The \(k) rooms (\(names))"
      } else {
        what = "Rooms \(names)"
      }
      let classes = Set(users.map { s.lessons[$0].classID.raw }).sorted()
      let away = x.reduce(0) { $0 + r.away[$1].count }
      let message =
        "\(what) \(x.count == 1 ? "is" : "are") needed \(need) periods a cycle "
        + "(\(Text.count(users.count, "lesson")) of \(classes.joined(separator: ", "))) and "
        + "\(x.count == 1 ? "has" : "have") \(have) free slots in the cycle's \(c.teachable)"
        + (away > 0 ? " (away \(away))" : "")
      out.append(
        .init(
          rule: "room-demand", message: message, groups: x.map { .init(.room, $0) },
          candidates: roomCandidates(c, x, users: users, excess: need - have)))
    }
    return out
  }

  /// Another home room for classes sharing one, the rooms' unavailable slots back, or the
  /// fewest lessons out of a kind of room they ask for.
  static func roomCandidates(_ c: SchoolCounts, _ x: [Int], users: [Int], excess: Int)
    -> [Diagnosis.Candidate]
  {
    let s = c.school
    let r = c.rooms
    var out: [Diagnosis.Candidate] = []
    // Classes whose home room is in X: move all but the first to an unused room of its kind.
    let homed = s.classes.indices.filter { k in
      s.classes[k].homeRoom.map { id in x.contains { s.rooms[$0].id == id } } ?? false
    }
    if homed.count > 1 {
      var taken = Set(s.rooms.indices.filter { r.used[$0] })
      for k in homed.dropFirst() {
        guard let home = s.classes[k].homeRoom,
          let old = s.rooms.firstIndex(where: { $0.id == home })
        else { continue }
        let students = s.classes[k].students ?? 0
        guard
          let free = s.rooms.indices.first(where: {
            !taken.contains($0) && s.rooms[$0].kind == s.rooms[old].kind
              && (s.rooms[$0].capacity ?? .max) >= students
          })
        else { continue }
        taken.insert(free)
        var changed = s
        changed.classes[k].homeRoom = s.rooms[free].id
        let moved = s.lessons.indices.filter {
          r.suitable[$0] == [old] && s.lessons[$0].classID == s.classes[k].id
        }.reduce(0) { $0 + SchoolCounts.periods(s.lessons[$1]) }
        out.append(
          .init(
            change:
              "give class \(c.classLabel(k)) the unused room \(c.roomLabel(free)) as its home "
              + "room instead of \(s.rooms[old].id.raw)",
            dollars: 0, costDetail: "no cost; \(moved) periods a cycle change room",
            disruption: moved, school: changed))
      }
    }
    // The rooms' unavailable slots back.
    if x.contains(where: { !r.away[$0].isEmpty }) {
      var changed = s
      var freed = 0
      for i in x {
        freed += r.away[i].count
        changed.rooms[i].unavailable = []
      }
      if freed >= excess {
        out.append(
          .init(
            change: "make \(x.map { s.rooms[$0].id.raw }.joined(separator: ", ")) available in "
              + "the \(Text.count(freed, "slot")) \(x.count == 1 ? "it is" : "they are") "
              + "marked unavailable",
            dollars: 0, costDetail: "no cost; what used the room then must move",
            disruption: freed, school: changed))
      }
    }
    // Lessons that ask for a kind: the fewest periods out of it, largest first, to their
    // class's home room (or any room).
    let kinded = users.filter { s.lessons[$0].roomKind != nil }.sorted {
      (SchoolCounts.periods(s.lessons[$1]), $0) < (SchoolCounts.periods(s.lessons[$0]), $1)
    }
    if !kinded.isEmpty {
      var changed = s
      var freed = 0
      var names: [String] = []
      for l in kinded where freed < excess {
        changed.lessons[l].roomKind = nil
        freed += SchoolCounts.periods(s.lessons[l])
        names.append(s.lessons[l].id.raw)
      }
      if freed >= excess {
        let kind = s.lessons[kinded[0]].roomKind ?? "room"
        let shown = names.prefix(8).joined(separator: ", ") + (names.count > 8 ? ", ..." : "")
        out.append(
          .init(
            change: "let \(Text.count(names.count, "lesson")) meet in their class's room "
              + "instead of a \(kind): \(shown)",
            dollars: 0, costDetail: "no cost; \(freed) periods a cycle without a \(kind)",
            disruption: freed, school: changed))
      }
    }
    return out
  }
}
