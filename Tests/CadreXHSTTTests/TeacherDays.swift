import CadreModel

/// A small instance the construction and repair tests share: `lessons` one-time lessons, each
/// taught by resource 0 to a class of its own (resource 1 + i), over `days` day time groups of
/// `timesPerDay` consecutive times, with every lesson required to have a time and every
/// resource required to avoid clashes (constraints "a" and "c"); a test adds its own rule.
func teacherDays(_ id: String, lessons: Int, days: Int, timesPerDay: Int) -> XInstance {
  var instance = XInstance(id: id, name: id)
  instance.times = (0..<days * timesPerDay).map { XTime(id: "t\($0)", name: "t\($0)") }
  instance.timeGroups = (0..<days).map { d in
    XTimeGroup(
      id: "d\(d)", name: "d\(d)", kind: .day,
      members: Array(d * timesPerDay..<(d + 1) * timesPerDay))
  }
  instance.resourceTypes = [XNamed(id: "Any", name: "Any")]
  instance.resources = (0...lessons).map { XResource(id: "r\($0)", name: "r\($0)", type: 0) }
  instance.events = (0..<lessons).map { i in
    XEvent(
      id: "e\(i)", name: "e\(i)", duration: 1,
      resources: [XEventResource(resource: 0), XEventResource(resource: 1 + i)])
  }
  instance.constraints = [
    XConstraint(
      id: "a", name: "assign", required: true, weight: 1, costFunction: .linear,
      kind: .assignTime(events: Array(0..<lessons))),
    XConstraint(
      id: "c", name: "clashes", required: true, weight: 1, costFunction: .linear,
      kind: .avoidClashes(resources: Array(0...lessons))),
  ]
  return instance
}
