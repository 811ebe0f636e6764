import CadreModel

/// Which rooms each lesson may meet in (docs/RULES.md `room-unsuitable`: its fixed room, the
/// lesson's own or else the class's home room unless it asks for a kind; or any room of the
/// kind with enough capacity), and how many slots each room is free.
struct RoomFacts {
  /// Per lesson: the indices of the rooms it may use, ascending; empty when it needs none
  /// (or none suits it, which the validator reports).
  let suitable: [[Int]]
  /// Per lesson: whether it needs a room at all.
  let needsRoom: [Bool]
  /// Per room: whether some lesson may use it.
  let used: [Bool]
  /// Per room: teachable slots it is not unavailable in.
  let free: [Int]
  /// Per room: the resolved slots it is unavailable in (teachable only).
  let away: [Set<Slot>]

  /// - Complexity: O(lessons × rooms + rooms × slots).
  init(_ school: School) {
    let roomIndex = Self.firstIndex(school.rooms.map(\.id))
    let classIndex = Self.firstIndex(school.classes.map(\.id))
    let blocked = school.cycle.blockedSlots
    let teachable = max(0, school.cycle.slotCount - blocked.count)
    var suitable: [[Int]] = []
    var needs: [Bool] = []
    var used = [Bool](repeating: false, count: school.rooms.count)
    for lesson in school.lessons {
      let cls = classIndex[lesson.classID].map { school.classes[$0] }
      let need = lesson.room != nil || lesson.roomKind != nil || cls?.homeRoom != nil
      needs.append(need)
      guard need else {
        suitable.append([])
        continue
      }
      func fits(_ room: Room) -> Bool {
        if let kind = lesson.roomKind, room.kind != kind { return false }
        if let cap = room.capacity, let n = cls?.students, cap < n { return false }
        return true
      }
      var rooms: [Int] = []
      if let fixed = lesson.room ?? (lesson.roomKind == nil ? cls?.homeRoom : nil) {
        if let i = roomIndex[fixed], fits(school.rooms[i]) { rooms = [i] }
      } else {
        rooms = school.rooms.indices.filter {
          roomIndex[school.rooms[$0].id] == $0 && fits(school.rooms[$0])
        }
      }
      for r in rooms { used[r] = true }
      suitable.append(rooms)
    }
    self.suitable = suitable
    needsRoom = needs
    self.used = used
    var away: [Set<Slot>] = []
    for room in school.rooms {
      var out = Set<Slot>()
      for ref in room.unavailable {
        for s in school.cycle.resolve(ref) where !blocked.contains(s) { out.insert(s) }
      }
      away.append(out)
    }
    self.away = away
    free = away.map { teachable - $0.count }
  }

  static func firstIndex<E>(_ ids: [ID<E>]) -> [ID<E>: Int] {
    var out: [ID<E>: Int] = [:]
    for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
    return out
  }
}
