import CadreModel

extension FETCompiler.Builder {
  /// Once every space constraint is read: an activity that some room preference or home room
  /// applies to needs a room (FET gives the others none), so its event gets an open Room role.
  /// Then, per docs/FET.md "Rooms": each preference a PreferResources (Step: 1 per activity, as
  /// FET counts; a required one narrows the role's domain, so the domain is the intersection of
  /// the required ones), and FET's basic compulsory space constraint a required AssignResource
  /// on the activities with a required room constraint, an AvoidClashes on the rooms and a
  /// PreferResources per students count that some room is too small for. An activity whose
  /// room constraints are all soft may go without a room, as in FET, at the cost FET counts:
  /// `optionalRooms`. When some activity needs a room, each of FET 6's
  /// virtual rooms (a set of real rooms FET fills at once, not mapped) is the unsupported type
  /// "virtual room (FET 6)"; without room roles they play no part.
  mutating func roomRoles() {
    var preferred: [Int: [Int]] = [:]
    var needs: Set<Int> = []
    for (i, p) in roomPreferences.enumerated() {
      for e in p.events {
        needs.insert(e)
        if !p.home { preferred[e, default: []].append(i) }
      }
    }
    guard !needs.isEmpty else { return }
    for room in file.rooms where room.isVirtual {
      roomConstraints += 1
      let name = "virtual room (FET 6)"
      add(name, line: room.line, required: true, weight: 1, .unsupported(typeName: name))
    }
    let role = FETMapping.roomRole
    let events = needs.sorted()
    for e in events {
      instance.events[e].resources.append(XEventResource(resource: nil, role: role, type: 3))
    }
    let all = Set(0..<file.rooms.count)
    var domain = [Int: Set<Int>](uniqueKeysWithValues: events.map { ($0, all) })
    func resources(_ rooms: Set<Int>) -> [Int] { rooms.sorted().map { firstRoom + $0 } }
    for p in roomPreferences where p.required || p.weight > 0 {
      // A home room also accepts the activity's own preferred rooms (FET's rule): one
      // constraint per distinct accepted set.
      var bySet: [Set<Int>: [Int]] = [:]
      var order: [Set<Int>] = []
      for e in p.events {
        var accepted = p.rooms
        if p.home {
          for i in preferred[e] ?? [] { accepted.formUnion(roomPreferences[i].rooms) }
        }
        if bySet[accepted] == nil { order.append(accepted) }
        bySet[accepted, default: []].append(e)
        if p.required { domain[e]?.formIntersection(accepted) }
      }
      for set in order {
        add(
          p.name, line: p.line, required: p.required, weight: p.weight, function: .step,
          .preferResources(events: bySet[set] ?? [], role: role, resources: resources(set)))
      }
    }
    // The activities a required room constraint applies to must have a room; the others may
    // go without one at a cost.
    let mustHave = Set(roomPreferences.filter(\.required).flatMap(\.events))
    optionalRooms(events.filter { !mustHave.contains($0) })
    guard let basic = basicSpace, basic.required || basic.weight > 0 else {
      noRoom(events, domain)
      return
    }
    let name = "ConstraintBasicCompulsorySpace"
    let must = events.filter { mustHave.contains($0) }
    if !must.isEmpty {
      add(
        "\(name): every activity with a required room constraint has a room", line: basic.line,
        required: basic.required, weight: basic.weight, function: .step,
        .assignResource(events: must, role: role))
    }
    add(
      "\(name): no room holds two activities at once", line: basic.line, required: basic.required,
      weight: basic.weight,
      .avoidClashes(resources: Array(firstRoom..<firstRoom + file.rooms.count)))
    // Capacity: FET counts one per activity in a room smaller than its number of students.
    var byCount: [Int: [Int]] = [:]
    for e in events { byCount[students(e), default: []].append(e) }
    for n in byCount.keys.sorted() {
      let fits = all.filter { file.rooms[$0].capacity.map { $0 >= n } ?? true }
      guard fits.count < all.count else { continue }
      add(
        "\(name): a room for at least \(n) students", line: basic.line, required: basic.required,
        weight: basic.weight, function: .step,
        .preferResources(events: byCount[n] ?? [], role: role, resources: resources(fits)))
      if basic.required { for e in byCount[n] ?? [] { domain[e]?.formIntersection(fits) } }
    }
    noRoom(events, domain)
  }

  /// `events`: the activities whose room constraints are all soft. FET's generator may leave them
  /// without a room (it draws each soft preference in or out, and gives no room when all are
  /// out; src/engine/generate.cpp, `getRoom`), and its fitness then counts each of their
  /// preferred rooms and home rooms as broken (spaceconstraint.cpp: an unspecified room is not
  /// the preferred one), none as unallocated. XHSTT's PreferResources ignores an empty role, so
  /// a soft AssignResource says it: Step, weight the sum of the activity's soft room
  /// constraints' weights, one constraint per distinct sum. The engine may leave such a role
  /// empty (no required AssignResource holds it).
  mutating func optionalRooms(_ events: [Int]) {
    var sum = [Int: Int]()
    var line = [Int: Int]()
    for p in roomPreferences where !p.required && p.weight > 0 {
      for e in p.events {
        sum[e, default: 0] += p.weight
        line[e] = min(line[e] ?? p.line, p.line)
      }
    }
    var bySum: [Int: [Int]] = [:]
    for e in events {
      if let w = sum[e] { bySum[w, default: []].append(e) }
    }
    for w in bySum.keys.sorted() {
      let es = bySum[w] ?? []
      add(
        "an activity without a room breaks each of its soft room constraints (FET)",
        line: es.compactMap { line[$0] }.min() ?? 0, required: false, weight: w,
        function: .step, .assignResource(events: es, role: FETMapping.roomRole))
    }
  }

  /// FET's number of students of an activity: its `Number_Of_Students` when given, else the sum
  /// of its students sets' `Number_of_Students`.
  func students(_ event: Int) -> Int {
    let a = activityOfEvent[event]
    if let n = a.numberOfStudents { return n }
    return a.students.reduce(0) { $0 &+ (file.studentCounts[$1] ?? 0) }
  }

  /// An activity whose required room constraints leave it no room cannot be timetabled (FET
  /// refuses such a file too): `fet-no-room` at the activity's line.
  mutating func noRoom(_ events: [Int], _ domain: [Int: Set<Int>]) {
    for e in events where domain[e]?.isEmpty == true {
      let a = activityOfEvent[e]
      error(
        "fet-no-room", a.line, "/Activities_List/Activity",
        "activity \(a.id): its required room constraints (and room capacities) leave no room",
        hint: "check its preferred rooms, home rooms and the rooms' <Capacity>")
    }
  }
}
