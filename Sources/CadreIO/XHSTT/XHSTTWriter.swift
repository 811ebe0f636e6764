import CadreModel

/// Writes a timetable as an XHSTT solution: one `<Event>` per sub-event with its `<Duration>`
/// and, when it has one, its `<Time>` (children in the specification's order). Every text and
/// attribute value written is escaped (`escape`), so whatever the ids and names hold, the
/// output is well-formed and `XHSTTReader` reads back the same strings.
/// The resources a sub-event gives its event's open roles follow, each with its `<Role>`;
/// preassigned resources are not written (the format fills preassignments in).
///
/// HSEval evaluates an archive that holds the instance and the solution together. Two forms:
/// `solutionGroups` writes an archive holding only `<SolutionGroups>` (to be merged with the
/// instance file), and `archive(originalXML:...)` copies the `<Instances>` element of the
/// original file through verbatim and adds the solution group: a complete file for HSEval.
/// Output is deterministic: same inputs, same bytes.
public enum XHSTTWriter {
  /// An archive containing only the solution group (`<SolutionGroups>`).
  public static func solutionGroups(
    instance: XInstance, timetable: XTimetable, groupId: String, description: String,
    report: (any XCost)?, contributor: String = "Cadre", date: String = ""
  ) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HighSchoolTimetableArchive>\n"
    out += solutionGroupsElement(
      instance: instance, timetable: timetable, groupId: groupId, description: description,
      report: report, contributor: contributor, date: date)
    out += "</HighSchoolTimetableArchive>\n"
    return out
  }

  /// A complete archive: the `<Instances>` element of `originalXML` (the instance file as read)
  /// copied through byte for byte, then the solution group. The original's `<!DOCTYPE>`, if
  /// any, is copied too, so the entities the instances use stay declared. Nil when
  /// `originalXML` is not XML that `XHSTTReader` reads or has no `<Instances>` child of its
  /// root.
  /// - Complexity: O(size of `originalXML` + size of the timetable).
  public static func archive(
    originalXML: String, instance: XInstance, timetable: XTimetable, groupId: String,
    description: String, report: (any XCost)?, contributor: String = "Cadre", date: String = ""
  ) -> String? {
    guard let (doctype, instances) = instancesElement(in: originalXML) else { return nil }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    if let doctype { out += doctype + "\n" }
    out += "<HighSchoolTimetableArchive>\n"
    out += "  " + instances + "\n"
    out += solutionGroupsElement(
      instance: instance, timetable: timetable, groupId: groupId, description: description,
      report: report, contributor: contributor, date: date)
    out += "</HighSchoolTimetableArchive>\n"
    return out
  }

  // MARK: Parts

  static func solutionGroupsElement(
    instance: XInstance, timetable: XTimetable, groupId: String, description: String,
    report: (any XCost)?, contributor: String, date: String
  ) -> String {
    var out = "  <SolutionGroups>\n"
    out += "    <SolutionGroup Id=\"\(escape(groupId))\">\n"
    out += "      <MetaData>\n"
    out += "        <Contributor>\(escape(contributor))</Contributor>\n"
    out += "        <Date>\(escape(date))</Date>\n"
    out += "        <Description>\(escape(description))</Description>\n"
    out += "      </MetaData>\n"
    out += "      <Solution Reference=\"\(escape(instance.id))\">\n"
    out += "        <Events>\n"
    for s in timetable.subEvents where instance.events.indices.contains(s.event) {
      out += "          <Event Reference=\"\(escape(instance.events[s.event].id))\">\n"
      out += "            <Duration>\(s.duration)</Duration>\n"
      if let t = s.start, instance.times.indices.contains(t) {
        out += "            <Time Reference=\"\(escape(instance.times[t].id))\"/>\n"
      }
      out += resourcesElement(instance.events[s.event], s, instance)
      out += "          </Event>\n"
    }
    out += "        </Events>\n"
    if let report {
      out += "        <Report>\n"
      out += "          <InfeasibilityValue>\(report.infeasibility)</InfeasibilityValue>\n"
      out += "          <ObjectiveValue>\(report.objective)</ObjectiveValue>\n"
      out += "        </Report>\n"
    }
    out += "      </Solution>\n"
    out += "    </SolutionGroup>\n"
    out += "  </SolutionGroups>\n"
    return out
  }

  /// The `<Resources>` of one solution event: the resource each open role got, with its role
  /// ("" when none is assigned).
  static func resourcesElement(_ event: XEvent, _ s: XSubEvent, _ instance: XInstance) -> String {
    var out = ""
    for (j, k) in event.openRoles.enumerated() {
      guard let r = s.resource(role: j), instance.resources.indices.contains(r) else { continue }
      out += "              <Resource Reference=\"\(escape(instance.resources[r].id))\">\n"
      if let role = event.resources[k].role {
        out += "                <Role>\(escape(role))</Role>\n"
      }
      out += "              </Resource>\n"
    }
    return out.isEmpty ? "" : "            <Resources>\n" + out + "            </Resources>\n"
  }

  /// The original's `<!DOCTYPE ...>` (if any) and its `<Instances>` element, from the start tag
  /// to the end tag, as written. Found by parsing, so look-alikes in comments or CDATA
  /// sections are not taken for it.
  static func instancesElement(in text: String) -> (doctype: String?, instances: String)? {
    var text = text
    return text.withUTF8 { bytes -> (String?, String)? in
      guard XHSTTReader.sizeDiagnostic(bytes.count) == nil else { return nil }
      let (document, _) = XMLDocument.parse(bytes, maxDepth: XHSTTReader.maxDepth)
      guard let document, document.root?.name == "HighSchoolTimetableArchive",
        let id = document.nameIndex["Instances"], let range = document.topLevelRanges[id]
      else { return nil }
      let doctype = document.doctypeRange.map { String(decoding: bytes[$0], as: UTF8.self) }
      return (doctype, String(decoding: bytes[range], as: UTF8.self))
    }
  }

  /// `s` as XML text or attribute value (whitespace as character references, so it reads back
  /// exactly).
  static func escape(_ s: String) -> String { Markup.escape(s, whitespace: true) }
}
