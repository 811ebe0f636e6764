import CadreModel
import Foundation

/// Reads FET data files (`.fet`, FET 5.x and 6.x) and FET activities timetables
/// (`<Activities_Timetable>`) with Cadre's own XML parser (`XMLByteParser`). Structural problems
/// are diagnostics with the line of the element (`fet-*` codes, docs/FET.md); the names an
/// activity or a constraint refers to are checked by the mapping (`FETCompiler`).
public enum FETReader {
  /// The largest file read: 64 MiB (FET's official examples are below 2 MB).
  public static let maxBytes = XHSTTReader.maxBytes
  /// The deepest element nesting read (a FET file nests about 5 levels).
  public static let maxDepth = 64
  /// At most this many days and hours per day (FET itself allows far fewer).
  public static let maxDays = 1000
  public static let maxHours = 1000
  /// At most this many activities.
  public static let maxActivities = 200_000

  public static func read(_ data: Data) -> (FETFile?, [Diagnostic]) {
    data.withUnsafeBytes { raw in read(bytes: raw.bindMemory(to: UInt8.self)) }
  }

  public static func read(text: String) -> (FETFile?, [Diagnostic]) {
    var text = text
    return text.withUTF8 { read(bytes: $0) }
  }

  /// Reads FET's activities timetable XML (`Activities_Timetable`, what fet-cl writes as
  /// `NAME_activities.xml`).
  public static func readTimetable(text: String) -> ([FETPlacement]?, [Diagnostic]) {
    var text = text
    return text.withUTF8 { bytes -> ([FETPlacement]?, [Diagnostic]) in
      let parsed = parse(bytes)
      guard let root = parsed.root else { return (nil, parsed.diagnostics) }
      var list = DiagnosticList()
      guard root.name == "Activities_Timetable" else {
        list.append(
          error(
            "fet-unexpected-root", root,
            "the root element is <\(root.name)>, not <Activities_Timetable>",
            hint: "give the NAME_activities.xml file fet-cl writes (or fet_activities.xml)"))
        return (nil, list.all)
      }
      var out: [FETPlacement] = []
      for a in root.children("Activity") {
        guard let idText = a.child("Id")?.text, let id = Int(idText) else {
          list.append(error("fet-bad-number", a, "an <Activity> without a whole-number <Id>"))
          continue
        }
        out.append(
          FETPlacement(
            activityId: id, day: a.child("Day")?.text ?? "", hour: a.child("Hour")?.text ?? "",
            room: a.child("Room")?.text ?? "", line: a.line))
      }
      return list.hasErrors ? (nil, list.all) : (out, list.all)
    }
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    root: XMLNode?, diagnostics: [Diagnostic]
  ) {
    if bytes.count > maxBytes {
      return (
        nil,
        [
          Diagnostic(
            .error, code: "fet-too-large", pointer: "",
            message: "the file has \(bytes.count) bytes; Cadre reads FET files of at most "
              + "\(maxBytes) bytes (64 MiB)")
        ]
      )
    }
    let (document, error) = XMLDocument.parse(bytes, maxDepth: maxDepth)
    guard let root = document?.root else {
      var d = error.map { [$0] } ?? []
      for i in d.indices where d[i].code.hasPrefix("xhstt-") {
        d[i].code = "fet-" + d[i].code.dropFirst("xhstt-".count)
        if d[i].hint?.contains("XHSTT") == true {
          d[i].hint = "check the file is complete XML (a FET data file, or an activities timetable)"
        }
      }
      return (nil, d)
    }
    return (root, [])
  }

  static func read(bytes: UnsafeBufferPointer<UInt8>) -> (FETFile?, [Diagnostic]) {
    let (root, parseDiagnostics) = parse(bytes)
    guard let root else { return (nil, parseDiagnostics) }
    var list = DiagnosticList()
    guard root.name == "fet" else {
      list.append(
        error(
          "fet-unexpected-root", root, "the root element is <\(root.name)>, not <fet>",
          hint: "a FET data file starts with <fet version=\"...\">"))
      return (nil, list.all)
    }
    var file = FETFile(
      version: root.attributes["version"] ?? "",
      institution: root.child("Institution_Name")?.text ?? "")
    file.days = timeNames(root, list: "Days_List", item: "Day", count: "Number_of_Days", &list)
    file.hours = timeNames(root, list: "Hours_List", item: "Hour", count: "Number_of_Hours", &list)
    if file.days.count > maxDays || file.hours.count > maxHours {
      list.append(
        error(
          "fet-too-large", root,
          "\(file.days.count) days of \(file.hours.count) hours; Cadre reads at most "
            + "\(maxDays) days of at most \(maxHours) hours"))
    }
    file.teachers = names(root, list: "Teachers_List", item: "Teacher", &list)
    file.subjects = names(root, list: "Subjects_List", item: "Subject", &list)
    file.activityTags = names(root, list: "Activity_Tags_List", item: "Activity_Tag", &list)
    file.rooms = rooms(root, &list)
    if let students = root.child("Students_List") {
      func count(_ node: XMLNode, _ name: String) {
        if let n = number(node, "Number_of_Students", &list) { file.studentCounts[name] = n }
      }
      for y in students.children("Year") {
        var year = FETYear(name: name(of: y, &list), line: y.line)
        count(y, year.name)
        for g in y.children("Group") {
          var group = FETGroup(name: name(of: g, &list), line: g.line)
          count(g, group.name)
          for s in g.children("Subgroup") {
            group.subgroups.append(FETNamed(name: name(of: s, &list), line: s.line))
            count(s, group.subgroups[group.subgroups.count - 1].name)
          }
          year.groups.append(group)
        }
        file.years.append(year)
      }
    }
    if let activities = root.child("Activities_List") {
      let all = activities.children("Activity")
      if all.count > maxActivities {
        list.append(
          error(
            "fet-too-large", activities,
            "\(all.count) activities; Cadre reads at most \(maxActivities)"))
        return (nil, list.all)
      }
      for a in all {
        if let act = activity(a, hours: file.hours.count, &list) { file.activities.append(act) }
      }
    } else {
      list.append(error("fet-missing-element", root, "no <Activities_List>"))
    }
    file.timeConstraints = (root.child("Time_Constraints_List")?.children ?? []).map(element)
    file.spaceConstraints = (root.child("Space_Constraints_List")?.children ?? []).map(element)
    return list.hasErrors ? (nil, list.all) : (file, list.all)
  }

  // MARK: Parts

  static func error(
    _ code: String, _ node: XMLNode, _ message: String, hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code, pointer: "/" + node.name, message: message,
      hint: hint, line: node.line, column: node.column)
  }

  /// The name of a day, hour, teacher, ...: its `<Name>` child, or (old files) its own text.
  static func name(of node: XMLNode, _ list: inout DiagnosticList) -> String {
    let n = node.child("Name")?.text ?? node.text
    if n.isEmpty { list.append(error("fet-missing-element", node, "<\(node.name)> has no <Name>")) }
    return n
  }

  static func timeNames(
    _ root: XMLNode, list listName: String, item: String, count: String,
    _ list: inout DiagnosticList
  ) -> [String] {
    guard let node = root.child(listName) else {
      list.append(error("fet-missing-element", root, "no <\(listName)>"))
      return []
    }
    var out: [String] = []
    // Old files list the names directly (`<Name>`); newer ones as `<Day><Name>`.
    let items = node.children(item)
    if items.isEmpty {
      out = node.children("Name").map(\.text)
    } else {
      for i in items { out.append(name(of: i, &list)) }
    }
    if let n = node.child(count) ?? node.child("Number") {
      if let v = Int(n.text), v == out.count {
      } else {
        list.append(
          error(
            "fet-bad-number", n,
            "<\(n.name)> says '\(n.text)' but \(out.count) <\(item)> names are listed"))
      }
    }
    if out.isEmpty {
      list.append(error("fet-missing-element", node, "<\(listName)> lists no \(item.lowercased())"))
    }
    var seen: Set<String> = []
    for n in out where !seen.insert(n).inserted {
      list.append(error("fet-duplicate-name", node, "\(item.lowercased()) '\(n)' is listed twice"))
    }
    return out
  }

  static func names(
    _ root: XMLNode, list listName: String, item: String, _ list: inout DiagnosticList
  ) -> [FETNamed] {
    guard let node = root.child(listName) else { return [] }
    var seen: Set<String> = []
    var out: [FETNamed] = []
    for i in node.children(item) {
      let n = name(of: i, &list)
      if !seen.insert(n).inserted {
        list.append(error("fet-duplicate-name", i, "\(item.lowercased()) '\(n)' is listed twice"))
      }
      out.append(FETNamed(name: n, line: i.line))
    }
    return out
  }

  /// A whole number ≥ 0 in child `name`, nil when absent or empty; anything else is
  /// `fet-bad-number`.
  static func number(_ node: XMLNode, _ name: String, _ list: inout DiagnosticList) -> Int? {
    guard let n = node.child(name), !n.text.isEmpty else { return nil }
    guard let v = Int(n.text), v >= 0 else {
      list.append(
        error("fet-bad-number", n, "<\(name)> is '\(n.text)', expected a whole number ≥ 0"))
      return nil
    }
    return v
  }

  /// `Rooms_List`: names (unique), capacities, virtual flags.
  static func rooms(_ root: XMLNode, _ list: inout DiagnosticList) -> [FETRoom] {
    guard let node = root.child("Rooms_List") else { return [] }
    var seen: Set<String> = []
    var out: [FETRoom] = []
    for r in node.children("Room") {
      let n = name(of: r, &list)
      if !seen.insert(n).inserted {
        list.append(error("fet-duplicate-name", r, "room '\(n)' is listed twice"))
      }
      out.append(
        FETRoom(
          name: n, line: r.line, capacity: number(r, "Capacity", &list),
          isVirtual: r.child("Virtual")?.text == "true"))
    }
    return out
  }

  static func activity(_ a: XMLNode, hours: Int, _ list: inout DiagnosticList) -> FETActivity? {
    func int(_ name: String, required: Bool, in range: ClosedRange<Int>) -> Int? {
      guard let node = a.child(name), !node.text.isEmpty else {
        if required {
          list.append(error("fet-missing-element", a, "an <Activity> without <\(name)>"))
        }
        return nil
      }
      guard let v = Int(node.text), range.contains(v) else {
        list.append(
          error(
            "fet-bad-number", node,
            "<\(name)> is '\(node.text)', expected a whole number in "
              + "\(range.lowerBound)...\(range.upperBound)"))
        return nil
      }
      return v
    }
    let id = int("Id", required: true, in: 0...Int(Int32.max))
    let groupId = int("Activity_Group_Id", required: false, in: 0...Int(Int32.max)) ?? 0
    let duration = int("Duration", required: true, in: 1...max(1, hours))
    let total = int("Total_Duration", required: false, in: 1...Int(Int32.max))
    let activeText = a.child("Active")?.text ?? "true"
    if activeText != "true" && activeText != "false" {
      list.append(error("fet-bad-value", a, "<Active> is '\(activeText)', expected true or false"))
    }
    guard let id, let duration else { return nil }
    return FETActivity(
      id: id, groupId: groupId, teachers: a.children("Teacher").map(\.text).filter { !$0.isEmpty },
      subject: a.child("Subject")?.text ?? "",
      tags: a.children("Activity_Tag").map(\.text).filter { !$0.isEmpty },
      students: a.children("Students").map(\.text).filter { !$0.isEmpty }, duration: duration,
      totalDuration: total, numberOfStudents: number(a, "Number_Of_Students", &list),
      active: activeText != "false", line: a.line)
  }

  static func element(_ node: XMLNode) -> FETElement {
    FETElement(
      name: node.name, text: node.text, line: node.line, children: node.children.map(element))
  }
}
