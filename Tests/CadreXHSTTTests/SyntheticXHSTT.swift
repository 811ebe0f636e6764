import CadreCheck
import CadreIO
import CadreModel
import Testing

/// Tiny handwritten XHSTT archives for unit tests: two days of four times (Mo1..Mo4, Tu1..Tu4,
/// days gMo and gTu, time group gAll), teachers T1 and T2 (group gTeachers), class C1, courses
/// cA and cB, event groups gAll and gLink.
enum SyntheticXHSTT {
  static let times = ["Mo1", "Mo2", "Mo3", "Mo4", "Tu1", "Tu2", "Tu3", "Tu4"]

  /// An `<Event>`: `resources` are resource ids, `groups` event group ids.
  static func event(
    _ id: String, duration: Int, resources: [String] = ["T1"], time: String? = nil,
    course: String? = nil, groups: [String] = ["gAll"]
  ) -> String {
    var s = "<Event Id=\"\(id)\"><Name>\(id)</Name><Duration>\(duration)</Duration>"
    if let course { s += "<Course Reference=\"\(course)\"/>" }
    if let time { s += "<Time Reference=\"\(time)\"/>" }
    s += "<Resources>"
    for r in resources { s += "<Resource Reference=\"\(r)\"/>" }
    s += "</Resources><EventGroups>"
    for g in groups { s += "<EventGroup Reference=\"\(g)\"/>" }
    s += "</EventGroups></Event>\n"
    return s
  }

  /// A constraint element with the common children and `body` after `AppliesTo`.
  static func constraint(
    _ type: String, id: String = "C", required: Bool = false, weight: Int = 1,
    cost: String = "Linear", appliesTo: String, body: String = ""
  ) -> String {
    "<\(type)Constraint Id=\"\(id)\"><Name>\(id) name</Name><Required>\(required)</Required>"
      + "<Weight>\(weight)</Weight><CostFunction>\(cost)</CostFunction>"
      + "<AppliesTo>\(appliesTo)</AppliesTo>\(body)</\(type)Constraint>\n"
  }

  /// A solution event (duration and time optional).
  static func sub(_ event: String, _ duration: Int? = nil, _ time: String? = nil) -> String {
    var s = "<Event Reference=\"\(event)\">"
    if let duration { s += "<Duration>\(duration)</Duration>" }
    if let time { s += "<Time Reference=\"\(time)\"/>" }
    return s + "</Event>\n"
  }

  static func archive(events: String, constraints: String, solution: String? = nil) -> String {
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HighSchoolTimetableArchive Id=\"A\">\n"
    s += "<Instances><Instance Id=\"I\"><MetaData><Name>Tiny</Name><Contributor>x</Contributor>"
    s += "<Date>2026</Date><Country>Nowhere</Country><Description>d</Description></MetaData>\n"
    s += "<Times><TimeGroups><Day Id=\"gMo\"><Name>Monday</Name></Day>"
    s += "<Day Id=\"gTu\"><Name>Tuesday</Name></Day>"
    s += "<TimeGroup Id=\"gAll\"><Name>All</Name></TimeGroup></TimeGroups>\n"
    for t in times {
      let day = t.hasPrefix("Mo") ? "gMo" : "gTu"
      s += "<Time Id=\"\(t)\"><Name>\(t)</Name><Day Reference=\"\(day)\"/>"
      s += "<TimeGroups><TimeGroup Reference=\"gAll\"/></TimeGroups></Time>\n"
    }
    s += "</Times><Resources><ResourceTypes>"
    s += "<ResourceType Id=\"Teacher\"><Name>Teacher</Name></ResourceType>"
    s += "<ResourceType Id=\"Class\"><Name>Class</Name></ResourceType></ResourceTypes>"
    s += "<ResourceGroups><ResourceGroup Id=\"gTeachers\"><Name>Teachers</Name>"
    s += "<ResourceType Reference=\"Teacher\"/></ResourceGroup></ResourceGroups>\n"
    for (r, type) in [("T1", "Teacher"), ("T2", "Teacher"), ("C1", "Class")] {
      s += "<Resource Id=\"\(r)\"><Name>Mx \(r)</Name><ResourceType Reference=\"\(type)\"/>"
      if type == "Teacher" {
        s += "<ResourceGroups><ResourceGroup Reference=\"gTeachers\"/></ResourceGroups>"
      }
      s += "</Resource>\n"
    }
    s += "</Resources><Events><EventGroups><Course Id=\"cA\"><Name>Course A</Name></Course>"
    s += "<Course Id=\"cB\"><Name>Course B</Name></Course>"
    s += "<EventGroup Id=\"gAll\"><Name>All</Name></EventGroup>"
    s += "<EventGroup Id=\"gLink\"><Name>Linked</Name></EventGroup></EventGroups>\n"
    s += events
    s += "</Events><Constraints>\n" + constraints + "</Constraints></Instance></Instances>\n"
    if let solution {
      s += "<SolutionGroups><SolutionGroup Id=\"S\"><MetaData><Contributor>t</Contributor>"
      s += "<Date>2026</Date><Description>test</Description></MetaData>"
      s += "<Solution Reference=\"I\"><Events>\n" + solution + "</Events></Solution>"
      s += "</SolutionGroup></SolutionGroups>\n"
    }
    return s + "</HighSchoolTimetableArchive>\n"
  }

  /// Reads the archive, resolves its one solution and evaluates it; records an issue (and
  /// throws) when any step fails.
  static func evaluate(events: String, constraints: String, solution: String) throws
    -> (XInstance, XReport)
  {
    let (archive, diagnostics) = XHSTTReader.read(
      text: Self.archive(events: events, constraints: constraints, solution: solution))
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let instance = try #require(archive?.instances.first)
    let solution = try #require(archive?.solutionGroups.first?.solutions.first)
    let (timetable, problems) = solution.timetable(in: instance)
    #expect(problems.isEmpty, "\(problems)")
    return (instance, XEvaluator.evaluate(instance, try #require(timetable)))
  }
}
