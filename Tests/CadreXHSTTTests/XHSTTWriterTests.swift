import Cadre
import CadreCheck
import CadreIO
import CadreModel
import Foundation
import Testing

/// Writing solutions and reading them back.
@Suite("XHSTT writer")
struct XHSTTWriterTests {
  typealias X = SyntheticXHSTT

  @Test func writesSpecOrderAndEscapes() throws {
    let (archive, _) = XHSTTReader.read(
      text: X.archive(events: X.event("E1", duration: 2), constraints: ""))
    let inst = try #require(archive?.instances.first)
    let timetable = XTimetable(subEvents: [
      XSubEvent(event: 0, duration: 1, start: 2), XSubEvent(event: 0, duration: 1, start: nil),
    ])
    let report = XEvaluator.evaluate(inst, timetable)
    let text = XHSTTWriter.solutionGroups(
      instance: inst, timetable: timetable, groupId: "cadre & co", description: "a < b",
      report: report, date: "2026-01-01")
    #expect(text.contains("<SolutionGroup Id=\"cadre &amp; co\">"))
    #expect(text.contains("<Description>a &lt; b</Description>"))
    #expect(
      text.contains(
        "<Event Reference=\"E1\">\n            <Duration>1</Duration>\n"
          + "            <Time Reference=\"Mo3\"/>\n          </Event>"))
    #expect(
      text.contains(
        "<Event Reference=\"E1\">\n            <Duration>1</Duration>\n          </Event>"))
    #expect(text.contains("<InfeasibilityValue>0</InfeasibilityValue>"))
    let (back, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    let group = try #require(back?.solutionGroups.first)
    #expect(group.id == "cadre & co" && group.description == "a < b")
    let solution = try #require(group.solutions.first)
    #expect(solution.reportedObjective == 0)
    #expect(solution.timetable(in: inst).0 == timetable)
  }

  /// Every attached solution, written and read back, costs the same.
  @Test(
    "attached solutions survive a write/read round trip",
    .enabled(if: XHSTTData.available), arguments: XHSTTData.files)
  func roundTrip(_ file: String) throws {
    let data = try XHSTTData.data(file)
    let archive = try #require(XHSTTReader.read(data).0)
    for group in archive.solutionGroups {
      for solution in group.solutions {
        let instance = try #require(archive.instance(id: solution.instanceId))
        let timetable = try #require(solution.timetable(in: instance).0)
        let report = XEvaluator.evaluate(instance, timetable)
        let text = XHSTTWriter.solutionGroups(
          instance: instance, timetable: timetable, groupId: group.id, description: "rt",
          report: report)
        let (back, diagnostics) = XHSTTReader.read(text: text)
        #expect(diagnostics.isEmpty)
        let again = try #require(back?.solutionGroups.first?.solutions.first)
        #expect(again.reportedInfeasibility == report.infeasibility)
        let rtTimetable = try #require(again.timetable(in: instance).0)
        #expect(rtTimetable == timetable)
        let rtReport = XEvaluator.evaluate(instance, rtTimetable)
        #expect(rtReport.cost == report.cost)
        #expect(rtReport.breakdown == report.breakdown)
      }
    }
  }

  @Test(
    "a complete archive copies the instance through", .enabled(if: XHSTTData.available))
  func completeArchive() throws {
    let file = "BrazilInstance1.xml"
    let original = try #require(String(data: try XHSTTData.data(file), encoding: .utf8))
    let archive = try #require(XHSTTReader.read(text: original).0)
    let instance = try #require(archive.instances.first)
    let solution = try #require(archive.solutionGroups.first?.solutions.first)
    let timetable = try #require(solution.timetable(in: instance).0)
    let report = XEvaluator.evaluate(instance, timetable)
    let text = try #require(
      XHSTTWriter.archive(
        originalXML: original, instance: instance, timetable: timetable, groupId: "Cadre",
        description: "copy", report: report))
    let (back, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    let reread = try #require(back)
    #expect(reread.instances.map(\.id) == [instance.id])
    #expect(reread.solutionGroups.map(\.id) == ["Cadre"])
    let again = try #require(reread.solutionGroups.first?.solutions.first)
    let rtInstance = try #require(reread.instances.first)
    let rt = XEvaluator.evaluate(rtInstance, try #require(again.timetable(in: rtInstance).0))
    #expect(rt.cost == report.cost)
    #expect(rt.breakdown == report.breakdown)
  }

  /// Ids and names with markup characters, quotes, a tab, non-ASCII and an internal entity:
  /// every solution file Cadre writes for them reads back, with the same strings and cost.
  /// (An entity in a name used to make `solve` write a solution.xml that was not well-formed:
  /// the instance was copied through, the <!DOCTYPE> declaring the entity was not.)
  @Test func solutionsForAwkwardNamesReadBack() throws {
    let doctype =
      "<!DOCTYPE HighSchoolTimetableArchive [<!ENTITY school \"St Mary's &amp; Co\">]>\n"
    let awkward = "E&amp;1 &lt;a&gt; &quot;q&quot; &apos;s&apos; é&#9;x &school;"
    var text = X.archive(
      events: X.event(awkward, duration: 2) + X.event("E2", duration: 1),
      constraints: X.constraint(
        "AssignTime", required: true, appliesTo: XHSTTReaderTests.allEvents))
    text = text.replacingOccurrences(of: "?>\n", with: "?>\n" + doctype)
    text = text.replacingOccurrences(
      of: "<Name>Tiny</Name>", with: "<Name>Tiny &school; &amp; &lt;ü&gt;</Name>")
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    let instance = try #require(archive?.instances.first)
    #expect(instance.events[0].id == "E&1 <a> \"q\" 's' é\tx St Mary's & Co")
    #expect(instance.name == "Tiny St Mary's & Co & <ü>")

    let result = Cadre.solveXHSTT(
      instance, options: SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 2_000))
    let report = XEvaluator.evaluate(instance, result.timetable)
    let description = "a\r\nb & <c> \"d\" 'e' \u{1} é"
    let complete = try #require(
      XHSTTWriter.archive(
        originalXML: text, instance: instance, timetable: result.timetable, groupId: "G&<>",
        description: description, report: report))
    #expect(complete.contains(doctype))
    let groupsOnly = XHSTTWriter.solutionGroups(
      instance: instance, timetable: result.timetable, groupId: "G&<>",
      description: description, report: report)
    for xml in [complete, groupsOnly] {
      let (back, problems) = XHSTTReader.read(text: xml)
      #expect(problems.isEmpty, "\(problems)")
      let group = try #require(back?.solutionGroups.first)
      #expect(group.id == "G&<>")
      #expect(group.description == "a\r\nb & <c> \"d\" 'e' \u{FFFD} é")
      let solution = try #require(group.solutions.first)
      let target = back?.instances.first ?? instance
      #expect(target.events.map(\.id) == instance.events.map(\.id))
      #expect(target.name == instance.name)
      let timetable = try #require(solution.timetable(in: target).0)
      #expect(timetable == result.timetable)
      #expect(XEvaluator.evaluate(target, timetable).cost == report.cost)
    }
  }

  /// The instances copied through are found by parsing: a look-alike in a comment is not it.
  @Test func theInstancesElementIsFoundByParsing() throws {
    var text = X.archive(events: X.event("E1", duration: 1), constraints: "")
    text = text.replacingOccurrences(
      of: "<Instances>", with: "<!-- <Instances> an old copy </Instances> -->\n<Instances>")
    let instance = try #require(XHSTTReader.read(text: text).0?.instances.first)
    let timetable = XTimetable(subEvents: [XSubEvent(event: 0, duration: 1, start: 0)])
    let xml = try #require(
      XHSTTWriter.archive(
        originalXML: text, instance: instance, timetable: timetable, groupId: "G",
        description: "d", report: nil))
    #expect(!xml.contains("an old copy"))
    let (back, problems) = XHSTTReader.read(text: xml)
    #expect(problems.isEmpty)
    #expect(back?.instances.first?.events.map(\.id) == ["E1"])
    #expect(
      XHSTTWriter.archive(
        originalXML: "<Instance Id=\"x\"/>", instance: instance, timetable: timetable,
        groupId: "G", description: "d", report: nil) == nil)
  }
}

/// Whole instances written by `XHSTTWriter.instanceArchive` (what `cadre export` writes).
@Suite("XHSTT instance writer")
struct XHSTTInstanceWriterTests {
  /// Every shared instance, written whole and read back, is the same instance and scores every
  /// attached solution the same.
  @Test(
    "shared instances survive a write/read round trip",
    .enabled(if: XHSTTData.available), arguments: XHSTTData.files)
  func instanceRoundTrip(_ file: String) throws {
    let archive = try #require(XHSTTReader.read(try XHSTTData.data(file)).0)
    for instance in archive.instances {
      let text = XHSTTWriter.instanceArchive(instance)
      let (back, diagnostics) = XHSTTReader.read(text: text)
      #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.prefix(3))")
      let again = try #require(back?.instances.first)
      #expect(again.id == instance.id && again.name == instance.name)
      #expect(again.metadata == instance.metadata)
      #expect(again.times == instance.times)
      #expect(again.timeGroups == instance.timeGroups)
      #expect(again.resourceTypes == instance.resourceTypes)
      #expect(again.resourceGroups == instance.resourceGroups)
      #expect(again.resources == instance.resources)
      #expect(again.eventGroups == instance.eventGroups)
      #expect(again.events == instance.events)
      #expect(again.constraints == instance.constraints)
      for group in archive.solutionGroups {
        for solution in group.solutions where solution.instanceId == instance.id {
          let timetable = try #require(solution.timetable(in: instance).0)
          #expect(
            XEvaluator.evaluate(again, timetable).cost
              == XEvaluator.evaluate(instance, timetable).cost)
        }
      }
    }
  }

  /// A constraint of an unsupported type is left out; names and ids with markup characters,
  /// quotes and control characters read back exactly.
  @Test func escapesAndSkipsUnsupported() throws {
    var instance = XInstance(id: "a&b \"c\"", name: "<x>\t'y'")
    instance.metadata = [XNamedText(name: "Name", text: "<x>\t'y'")]
    instance.times = [XTime(id: "t<1>", name: "a\nb")]
    instance.timeGroups = []
    instance.resourceTypes = [XNamed(id: "T&", name: "T")]
    instance.resources = [XResource(id: "r\"1", name: "é & ü", type: 0)]
    instance.events = [
      XEvent(
        id: "e'1", name: "E", duration: 1,
        resources: [
          XEventResource(resource: 0, role: "R<", type: 0),
          XEventResource(resource: nil, role: "Open", type: 0),
        ])
    ]
    instance.constraints = [
      XConstraint(
        id: "c1", name: "clash & co", required: true, weight: 1, costFunction: .linear,
        kind: .avoidClashes(resources: [0])),
      XConstraint(
        id: "c2", name: "order", required: true, weight: 1, costFunction: .linear,
        kind: .unsupported(typeName: "LimitResourcesConstraint")),
    ]
    let text = XHSTTWriter.instanceArchive(instance)
    let (back, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let again = try #require(back?.instances.first)
    #expect(again.id == instance.id && again.name == instance.name)
    #expect(again.times == instance.times)
    #expect(again.resources == instance.resources)
    #expect(again.events == instance.events)
    #expect(again.constraints == [instance.constraints[0]])
  }
}
