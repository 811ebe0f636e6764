import CadreModel

/// Writes a whole `XInstance` (times, resources, events, constraints) as XHSTT XML, children in
/// the specification's order, every value escaped. `cadre export` writes a school this way;
/// `XHSTTReader` reads the result back to the same values (tests hold it on the shared
/// instances and on exported schools), except that:
/// - time groups are written weeks first, then days, then other groups, and event groups
///   courses first (the order the format requires), so an instance built in another order
///   reads back with its groups renumbered;
/// - a constraint of an unsupported type (kept by the reader as a name only) is left out, and
///   so is one of Cadre's own extensions (`EndsDayConstraint`), named in an XML comment: XHSTT
///   has no element for it, and other XHSTT tools could not read an invented one;
/// - an `AppliesTo` list (or a list of times) equal to the members of one group is written as
///   that group, any other list member by member; both read back to the same list.
extension XHSTTWriter {
  /// A complete archive holding `instance` and, when given, one solution group with
  /// `solution`'s timetable (and report). Deterministic: same inputs, same bytes.
  /// - Complexity: O(size of the instance × groups compared per list); linear in practice.
  public static func instanceArchive(
    _ instance: XInstance, solution: XHSTTSolutionPart? = nil, contributor: String = "Cadre",
    date: String = ""
  ) -> String {
    var w = InstanceXML(instance)
    w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    w.open(0, "HighSchoolTimetableArchive", id: instance.id)
    w.line(1, "<Instances>")
    w.instance()
    w.line(1, "</Instances>")
    if let solution {
      w.put(
        solutionGroupsElement(
          instance: instance, timetable: solution.timetable, groupId: solution.groupId,
          description: solution.description, report: solution.report, contributor: contributor,
          date: date))
    }
    w.line(0, "</HighSchoolTimetableArchive>")
    return String(decoding: w.out, as: UTF8.self)
  }
}

/// A solution to write with an instance (`XHSTTWriter.instanceArchive`).
public struct XHSTTSolutionPart: Sendable {
  public var timetable: XTimetable
  public var groupId: String
  public var description: String
  public var report: (any XCost)?

  public init(timetable: XTimetable, groupId: String, description: String, report: (any XCost)?) {
    self.timetable = timetable
    self.groupId = groupId
    self.description = description
    self.report = report
  }
}

/// The text of one instance, built line by line as UTF-8 bytes: each piece (a name, an escaped
/// value, the indentation) is copied once into `out`. Built as a `String` of interpolated
/// lines, FET's Lom (a 1 MB solution.xml) spent about 110 instructions per byte written here,
/// 14% of a whole `cadre solve`.
private struct InstanceXML {
  let inst: XInstance
  var out: [UInt8] = []

  /// Indentation of the deepest line written (8 levels), two spaces a level.
  private static let spaces = [UInt8](repeating: 0x20, count: 32)

  init(_ inst: XInstance) { self.inst = inst }

  /// `s` as it is (markup, names, numbers).
  mutating func put(_ s: String) { out.append(contentsOf: s.utf8) }

  /// `s` as XML text or attribute value (`XHSTTWriter.escape`).
  mutating func putEscaped(_ s: String) { put(XHSTTWriter.escape(s)) }

  mutating func indent(_ depth: Int) {
    let n = 2 * depth
    if n <= Self.spaces.count {
      out.append(contentsOf: Self.spaces[..<n])
    } else {
      out.append(contentsOf: repeatElement(0x20, count: n))
    }
  }

  /// A line of markup written as it is.
  mutating func line(_ depth: Int, _ text: String) {
    indent(depth)
    put(text)
    out.append(0x0A)
  }

  /// `<name>value</name>`, the value escaped.
  mutating func text(_ depth: Int, _ name: String, _ value: String) {
    indent(depth)
    out.append(0x3C)
    put(name)
    out.append(0x3E)
    putEscaped(value)
    put("</")
    put(name)
    put(">\n")
  }

  /// `<name Reference="id"/>`.
  mutating func ref(_ depth: Int, _ name: String, _ id: String) {
    reference(depth, name, id)
    put("/>\n")
  }

  /// `<name Reference="id">`, an element with children.
  mutating func openRef(_ depth: Int, _ name: String, _ id: String) {
    reference(depth, name, id)
    put(">\n")
  }

  /// `<name Reference="id"` (the tag still open).
  private mutating func reference(_ depth: Int, _ name: String, _ id: String) {
    indent(depth)
    out.append(0x3C)
    put(name)
    put(" Reference=\"")
    putEscaped(id)
    out.append(0x22)
  }

  /// `<name Id="id">`.
  mutating func open(_ depth: Int, _ name: String, id: String) {
    indent(depth)
    out.append(0x3C)
    put(name)
    put(" Id=\"")
    putEscaped(id)
    put("\">\n")
  }

  /// `</name>`.
  mutating func close(_ depth: Int, _ name: String) {
    indent(depth)
    put("</")
    put(name)
    put(">\n")
  }

  mutating func instance() {
    open(2, "Instance", id: inst.id)
    line(3, "<MetaData>")
    var names = Set<String>()
    if !inst.metadata.contains(where: { $0.name == "Name" }) { text(4, "Name", inst.name) }
    for m in inst.metadata where names.insert(m.name).inserted && isName(m.name) {
      text(4, m.name, m.text)
    }
    line(3, "</MetaData>")
    times()
    resources()
    events()
    constraints()
    line(2, "</Instance>")
  }

  /// Whether `s` can be an element name here (metadata names come from files or code).
  func isName(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first, f.properties.isAlphabetic || f == "_" else {
      return false
    }
    return s.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        || $0 == "."
    }
  }

  // MARK: Times

  mutating func times() {
    line(3, "<Times>")
    if !inst.timeGroups.isEmpty {
      line(4, "<TimeGroups>")
      for kind in [XTimeGroupKind.week, .day, .group] {
        for g in inst.timeGroups where g.kind == kind {
          open(5, kind.rawValue, id: g.id)
          text(6, "Name", g.name)
          close(5, kind.rawValue)
        }
      }
      line(4, "</TimeGroups>")
    }
    for t in inst.times {
      open(4, "Time", id: t.id)
      text(5, "Name", t.name)
      if let w = t.week, inst.timeGroups.indices.contains(w) {
        ref(5, "Week", inst.timeGroups[w].id)
      }
      if let d = t.day, inst.timeGroups.indices.contains(d) { ref(5, "Day", inst.timeGroups[d].id) }
      let others = t.groups.filter {
        $0 != t.week && $0 != t.day && inst.timeGroups.indices.contains($0)
      }
      if !others.isEmpty {
        line(5, "<TimeGroups>")
        for g in others { ref(6, "TimeGroup", inst.timeGroups[g].id) }
        line(5, "</TimeGroups>")
      }
      line(4, "</Time>")
    }
    line(3, "</Times>")
  }

  // MARK: Resources

  mutating func resources() {
    line(3, "<Resources>")
    if !inst.resourceTypes.isEmpty {
      line(4, "<ResourceTypes>")
      for t in inst.resourceTypes {
        open(5, "ResourceType", id: t.id)
        text(6, "Name", t.name)
        line(5, "</ResourceType>")
      }
      line(4, "</ResourceTypes>")
    }
    if !inst.resourceGroups.isEmpty {
      line(4, "<ResourceGroups>")
      for g in inst.resourceGroups {
        open(5, "ResourceGroup", id: g.id)
        text(6, "Name", g.name)
        ref(6, "ResourceType", typeID(g.type))
        line(5, "</ResourceGroup>")
      }
      line(4, "</ResourceGroups>")
    }
    for r in inst.resources {
      open(4, "Resource", id: r.id)
      text(5, "Name", r.name)
      ref(5, "ResourceType", typeID(r.type))
      let groups = r.groups.filter { inst.resourceGroups.indices.contains($0) }
      if !groups.isEmpty {
        line(5, "<ResourceGroups>")
        for g in groups { ref(6, "ResourceGroup", inst.resourceGroups[g].id) }
        line(5, "</ResourceGroups>")
      }
      line(4, "</Resource>")
    }
    line(3, "</Resources>")
  }

  func typeID(_ t: Int) -> String {
    inst.resourceTypes.indices.contains(t) ? inst.resourceTypes[t].id : ""
  }

  // MARK: Events

  mutating func events() {
    line(3, "<Events>")
    if !inst.eventGroups.isEmpty {
      line(4, "<EventGroups>")
      for kind in [XEventGroupKind.course, .group] {
        for g in inst.eventGroups where g.kind == kind {
          open(5, kind.rawValue, id: g.id)
          text(6, "Name", g.name)
          close(5, kind.rawValue)
        }
      }
      line(4, "</EventGroups>")
    }
    for ev in inst.events {
      open(4, "Event", id: ev.id)
      text(5, "Name", ev.name)
      text(5, "Duration", String(ev.duration))
      if let w = ev.workload { text(5, "Workload", String(w)) }
      if let c = ev.course, inst.eventGroups.indices.contains(c) {
        ref(5, "Course", inst.eventGroups[c].id)
      }
      if let t = ev.time, inst.times.indices.contains(t) { ref(5, "Time", inst.times[t].id) }
      if !ev.resources.isEmpty {
        line(5, "<Resources>")
        for r in ev.resources { eventResource(r) }
        line(5, "</Resources>")
      }
      let groups = ev.groups.filter { $0 != ev.course && inst.eventGroups.indices.contains($0) }
      if !groups.isEmpty {
        line(5, "<EventGroups>")
        for g in groups { ref(6, "EventGroup", inst.eventGroups[g].id) }
        line(5, "</EventGroups>")
      }
      line(4, "</Event>")
    }
    line(3, "</Events>")
  }

  mutating func eventResource(_ r: XEventResource) {
    if let res = r.resource, inst.resources.indices.contains(res) {
      openRef(6, "Resource", inst.resources[res].id)
    } else {
      line(6, "<Resource>")
    }
    if let role = r.role { text(7, "Role", role) }
    if let t = r.type, inst.resourceTypes.indices.contains(t) { ref(7, "ResourceType", typeID(t)) }
    if let w = r.workload { text(7, "Workload", String(w)) }
    line(6, "</Resource>")
  }

  // MARK: Constraints

  mutating func constraints() {
    let written = inst.constraints.filter {
      switch $0.kind {
      case .unsupported, .endsDay: false
      default: true
      }
    }
    // Cadre's own extensions have no XHSTT element: an invented one would make the archive
    // unreadable to other XHSTT tools, so each is named in a comment instead.
    let extensions = inst.constraints.filter {
      if case .endsDay = $0.kind { return true }
      return false
    }
    guard !written.isEmpty || !extensions.isEmpty else { return }
    line(3, "<Constraints>")
    for c in extensions {
      let name = c.name.replacingOccurrences(of: "--", with: "- -")
      line(
        4,
        "<!-- left out: \(c.kind.typeName) \(c.id) (\(name)), a Cadre extension XHSTT cannot"
          + " express -->")
    }
    for c in written { constraint(c) }
    line(3, "</Constraints>")
  }

  mutating func constraint(_ c: XConstraint) {
    let element = c.kind.typeName
    open(4, element, id: c.id)
    text(5, "Name", c.name)
    text(5, "Required", c.required ? "true" : "false")
    text(5, "Weight", String(c.weight))
    text(5, "CostFunction", c.costFunction.rawValue)
    switch c.kind {
    case .assignTime(let events):
      appliesTo(events: events)
    case .avoidClashes(let resources):
      appliesTo(resources: resources)
    case .avoidUnavailableTimes(let resources, let times):
      appliesTo(resources: resources)
      timeSet(times)
    case .preferTimes(let events, let times, let duration):
      appliesTo(events: events)
      timeSet(times)
      if let d = duration { text(5, "Duration", String(d)) }
    case .splitEvents(let events, let minD, let maxD, let minA, let maxA):
      appliesTo(events: events)
      text(5, "MinimumDuration", String(minD))
      text(5, "MaximumDuration", String(maxD))
      text(5, "MinimumAmount", String(minA))
      text(5, "MaximumAmount", String(maxA))
    case .distributeSplitEvents(let events, let duration, let minimum, let maximum):
      appliesTo(events: events)
      text(5, "Duration", String(duration))
      text(5, "Minimum", String(minimum))
      text(5, "Maximum", String(maximum))
    case .spreadEvents(let groups, let limits):
      appliesTo(eventGroups: groups)
      line(5, "<TimeGroups>")
      for l in limits where inst.timeGroups.indices.contains(l.timeGroup) {
        openRef(6, "TimeGroup", inst.timeGroups[l.timeGroup].id)
        text(7, "Minimum", String(l.minimum))
        text(7, "Maximum", String(l.maximum))
        line(6, "</TimeGroup>")
      }
      line(5, "</TimeGroups>")
    case .linkEvents(let groups):
      appliesTo(eventGroups: groups)
    case .limitIdleTimes(let resources, let groups, let minimum, let maximum),
      .clusterBusyTimes(let resources, let groups, let minimum, let maximum),
      .limitBusyTimes(let resources, let groups, let minimum, let maximum):
      appliesTo(resources: resources)
      line(5, "<TimeGroups>")
      for g in groups where inst.timeGroups.indices.contains(g) {
        ref(6, "TimeGroup", inst.timeGroups[g].id)
      }
      line(5, "</TimeGroups>")
      text(5, "Minimum", String(minimum))
      text(5, "Maximum", String(maximum))
    case .assignResource(let events, let role):
      appliesTo(events: events)
      text(5, "Role", role)
    case .preferResources(let events, let role, let resources):
      appliesTo(events: events)
      resourceSet(resources)
      text(5, "Role", role)
    case .avoidSplitAssignments(let groups, let role):
      appliesTo(eventGroups: groups)
      text(5, "Role", role)
    case .orderEvents(let pairs):
      line(5, "<AppliesTo>")
      line(6, "<EventPairs>")
      for p in pairs
      where inst.events.indices.contains(p.first)
        && inst.events.indices.contains(p.second)
      {
        line(7, "<EventPair>")
        ref(8, "FirstEvent", inst.events[p.first].id)
        ref(8, "SecondEvent", inst.events[p.second].id)
        text(8, "MinSeparation", String(p.minSeparation))
        if p.maxSeparation < XLimits.maxBound { text(8, "MaxSeparation", String(p.maxSeparation)) }
        line(7, "</EventPair>")
      }
      line(6, "</EventPairs>")
      line(5, "</AppliesTo>")
    case .limitWorkload(let resources, let minimum, let maximum):
      appliesTo(resources: resources)
      text(5, "Minimum", String(minimum))
      text(5, "Maximum", String(maximum))
    case .unsupported, .endsDay:
      break  // never written (`constraints()` leaves them out)
    }
    close(4, element)
  }

  /// Events as one event group when they are exactly its members, else one by one.
  mutating func appliesTo(events: [Int]) {
    line(5, "<AppliesTo>")
    if let g = inst.eventGroups.firstIndex(where: { !events.isEmpty && $0.members == events }) {
      line(6, "<EventGroups>")
      ref(7, "EventGroup", inst.eventGroups[g].id)
      line(6, "</EventGroups>")
    } else if !events.isEmpty {
      line(6, "<Events>")
      for ev in events where inst.events.indices.contains(ev) {
        ref(7, "Event", inst.events[ev].id)
      }
      line(6, "</Events>")
    }
    line(5, "</AppliesTo>")
  }

  mutating func appliesTo(eventGroups: [Int]) {
    line(5, "<AppliesTo>")
    if !eventGroups.isEmpty {
      line(6, "<EventGroups>")
      for g in eventGroups where inst.eventGroups.indices.contains(g) {
        ref(7, "EventGroup", inst.eventGroups[g].id)
      }
      line(6, "</EventGroups>")
    }
    line(5, "</AppliesTo>")
  }

  /// Resources as one resource group when they are exactly its members, else one by one.
  mutating func appliesTo(resources: [Int]) {
    line(5, "<AppliesTo>")
    if let g = inst.resourceGroups.firstIndex(where: {
      !resources.isEmpty && $0.members == resources
    }) {
      line(6, "<ResourceGroups>")
      ref(7, "ResourceGroup", inst.resourceGroups[g].id)
      line(6, "</ResourceGroups>")
    } else if !resources.isEmpty {
      line(6, "<Resources>")
      for r in resources where inst.resources.indices.contains(r) {
        ref(7, "Resource", inst.resources[r].id)
      }
      line(6, "</Resources>")
    }
    line(5, "</AppliesTo>")
  }

  /// A PreferResources set (sorted, unique) as one resource group when it is exactly its
  /// members, else resource by resource.
  mutating func resourceSet(_ resources: [Int]) {
    guard !resources.isEmpty else { return }
    if let g = inst.resourceGroups.firstIndex(where: { $0.members == resources }) {
      line(5, "<ResourceGroups>")
      ref(6, "ResourceGroup", inst.resourceGroups[g].id)
      line(5, "</ResourceGroups>")
      return
    }
    line(5, "<Resources>")
    for r in resources where inst.resources.indices.contains(r) {
      ref(6, "Resource", inst.resources[r].id)
    }
    line(5, "</Resources>")
  }

  /// A set of times (sorted, unique) as one time group when it is exactly its members, else
  /// time by time.
  mutating func timeSet(_ times: [Int]) {
    guard !times.isEmpty else { return }
    if let g = inst.timeGroups.firstIndex(where: { $0.members == times }) {
      line(5, "<TimeGroups>")
      ref(6, "TimeGroup", inst.timeGroups[g].id)
      line(5, "</TimeGroups>")
      return
    }
    line(5, "<Times>")
    for t in times where inst.times.indices.contains(t) { ref(6, "Time", inst.times[t].id) }
    line(5, "</Times>")
  }
}
