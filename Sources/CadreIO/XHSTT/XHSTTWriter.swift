import CadreCheck
import CadreModel

/// Writes a timetable as an XHSTT solution: one `<Event>` per sub-event with its `<Duration>`
/// and, when it has one, its `<Time>` (children in the specification's order, text escaped).
/// Resources are not written: every resource of the supported instances is preassigned, and
/// the format fills preassignments in.
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
    report: XReport?, contributor: String = "Cadre", date: String = ""
  ) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HighSchoolTimetableArchive>\n"
    out += solutionGroupsElement(
      instance: instance, timetable: timetable, groupId: groupId, description: description,
      report: report, contributor: contributor, date: date)
    out += "</HighSchoolTimetableArchive>\n"
    return out
  }

  /// A complete archive: the `<Instances>` element of `originalXML` (the instance file as read)
  /// copied through byte for byte, then the solution group. Nil when `originalXML` has no
  /// `<Instances>` element.
  /// - Complexity: O(size of `originalXML` + size of the timetable).
  public static func archive(
    originalXML: String, instance: XInstance, timetable: XTimetable, groupId: String,
    description: String, report: XReport?, contributor: String = "Cadre", date: String = ""
  ) -> String? {
    guard let instances = instancesElement(in: originalXML) else { return nil }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HighSchoolTimetableArchive>\n"
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
    report: XReport?, contributor: String, date: String
  ) -> String {
    var out = "  <SolutionGroups>\n"
    out += "    <SolutionGroup Id=\"\(Markup.escape(groupId))\">\n"
    out += "      <MetaData>\n"
    out += "        <Contributor>\(Markup.escape(contributor))</Contributor>\n"
    out += "        <Date>\(Markup.escape(date))</Date>\n"
    out += "        <Description>\(Markup.escape(description))</Description>\n"
    out += "      </MetaData>\n"
    out += "      <Solution Reference=\"\(Markup.escape(instance.id))\">\n"
    out += "        <Events>\n"
    for s in timetable.subEvents where instance.events.indices.contains(s.event) {
      out += "          <Event Reference=\"\(Markup.escape(instance.events[s.event].id))\">\n"
      out += "            <Duration>\(s.duration)</Duration>\n"
      if let t = s.start, instance.times.indices.contains(t) {
        out += "            <Time Reference=\"\(Markup.escape(instance.times[t].id))\"/>\n"
      }
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

  /// The text from `<Instances` to the matching `</Instances>` (there is no nesting), or the
  /// self-closing `<Instances/>`.
  static func instancesElement(in text: String) -> String? {
    var search = text.startIndex
    while let open = text.range(of: "<Instances", range: search..<text.endIndex) {
      let after = open.upperBound
      guard after < text.endIndex else { return nil }
      let next = text[after]
      if next == ">" || next == " " || next == "\t" || next == "\n" || next == "\r" {
        guard let close = text.range(of: "</Instances>", range: after..<text.endIndex) else {
          return nil
        }
        return String(text[open.lowerBound..<close.upperBound])
      }
      if next == "/" { return "<Instances/>" }
      search = after
    }
    return nil
  }
}
