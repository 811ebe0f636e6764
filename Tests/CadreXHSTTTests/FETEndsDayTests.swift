import Cadre
import CadreCheck
import CadreCompiler
import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreEngine

/// FET's `ConstraintActivityEndsStudentsDay` and `ConstraintActivitiesEndStudentsDay` (unit 20)
/// on the small file of `FETTests` (2 days × 4 hours; activity 1: Y1 = S1, S2, G2; activity 2:
/// S1, 2 hours; activities 3-5: G2 and Y2). Costs derived by hand; FET counts 1 per activity
/// after which one of its subgroups is busy that day.
@Suite("FET: activity ends students day")
struct FETEndsDayTests {
  static func one(_ id: String, weight: String = "100", active: String = "true") -> String {
    """
    <ConstraintActivityEndsStudentsDay><Weight_Percentage>\(weight)</Weight_Percentage>
    <Activity_Id>\(id)</Activity_Id><Active>\(active)</Active></ConstraintActivityEndsStudentsDay>
    """
  }

  static func many(
    teacher: String = "", students: String = "", subject: String = "", tag: String = "",
    weight: String = "100"
  ) -> String {
    """
    <ConstraintActivitiesEndStudentsDay><Weight_Percentage>\(weight)</Weight_Percentage>
    <Teacher_Name>\(teacher)</Teacher_Name><Students_Name>\(students)</Students_Name>
    <Subject_Name>\(subject)</Subject_Name><Activity_Tag_Name>\(tag)</Activity_Tag_Name>
    <Active>true</Active></ConstraintActivitiesEndStudentsDay>
    """
  }

  /// Activity 2 (S1) at Mon h1-h2 and activity 1 (S1 too) after it at Mon h3: clash-free.
  static let twoNotLast: [(Int, String, String)] = [
    (1, "Mon", "h3"), (2, "Mon", "h1"), (3, "Mon", "h4"), (4, "Tue", "h1"), (5, "Tue", "h2"),
  ]

  /// The checker's report and the engine's own score of the same placements, which must agree.
  static func scores(_ m: FETMapping, _ placed: [(Int, String, String)]) throws -> XReport {
    try fetScores(m, placed.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2) })
  }

  static func endsDay(_ r: XReport) -> XTypeCost? { r.byType.first { $0.type == "EndsDay" } }

  @Test("one activity, hard: 0 when last for its subgroup, 1 when S1 has an hour after it")
  func hard() throws {
    let m = try fetMapped(fetFile(constraints: Self.one("2")))
    let kinds = m.instance.constraints.map(\.kind).filter {
      if case .endsDay = $0 { return true }
      return false
    }
    #expect(kinds == [.endsDay(events: [1], resourceType: 1, timeGroups: [1, 2])])
    // fetBase: activity 2 at Mon h2-h3; at Mon h4 only G2 and Y2 (activity 3) are busy.
    let clean = try Self.scores(m, fetBase)
    #expect(clean.infeasibility == 0)
    #expect(Self.endsDay(clean) == XTypeCost(type: "EndsDay", hard: 0, soft: 0))
    let broken = try Self.scores(m, Self.twoNotLast)
    #expect(broken.infeasibility == 1)
    #expect(Self.endsDay(broken) == XTypeCost(type: "EndsDay", hard: 1, soft: 0))
    let point = try #require(broken.points.first { $0.type == "EndsDay" })
    #expect(point.detail.contains("S1") && point.detail.contains("t2"))
  }

  @Test("one subgroup busy later counts as much as three: 1 per activity (FET's count)")
  func perActivity() throws {
    // Activity 1 (S1, S2, G2) at Mon h1: S1 busy at h2-h3 (activity 2), G2 at h4 (3).
    let m = try fetMapped(fetFile(constraints: Self.one("1")))
    #expect(try Self.scores(m, fetBase).infeasibility == 1)
  }

  @Test("soft 40 %: weight 4000 per broken activity; weight 0 and inactive add nothing")
  func soft() throws {
    let m = try fetMapped(fetFile(constraints: Self.one("2", weight: "40")))
    #expect(try Self.scores(m, fetBase).objective == 0)
    let broken = try Self.scores(m, Self.twoNotLast)
    #expect(broken.infeasibility == 0 && broken.objective == 4000)
    #expect(Self.endsDay(broken) == XTypeCost(type: "EndsDay", hard: 0, soft: 4000))
    let none = try fetMapped(
      fetFile(constraints: Self.one("2", weight: "0") + Self.one("2", active: "false")))
    #expect(!none.instance.constraints.contains { $0.kind.typeName == "EndsDayConstraint" })
    #expect(none.inactiveConstraints == 1)
    #expect(none.instance.unsupportedConstraintCounts.isEmpty)
  }

  @Test("the activities form's filters: subject, teacher, students, tag; empty = any")
  func filters() throws {
    // fetBase, per activity: 1 (Mon h1) S1 busy later → 1; 2 (Mon h2-h3) → 0; 3 (Mon h4) → 0;
    // 4 (Tue h1) G2, Y2 busy at Tue h2 → 1; 5 (Tue h2) → 0.
    let cost = { (constraint: String) in
      try Self.scores(try fetMapped(fetFile(constraints: constraint)), fetBase).infeasibility
    }
    #expect(try cost(Self.many()) == 2)
    #expect(try cost(Self.many(subject: "Math")) == 2)  // 1, 3, 4, 5
    #expect(try cost(Self.many(subject: "Art")) == 0)  // 2
    #expect(try cost(Self.many(teacher: "Bob")) == 1)  // 2, 3, 4, 5
    #expect(try cost(Self.many(students: "Y2")) == 1)  // 3, 4, 5
    // FET's students filter: activities sharing students with Y1, so G2's 3-5 as well as 1.
    #expect(try cost(Self.many(teacher: "Ann", students: "Y1")) == 2)  // 1, 3, 4, 5
    // A tag on activity 4 only.
    let tagged = fetFile(constraints: Self.many(tag: "Last"))
      .replacingOccurrences(
        of: "<Activity_Tags_List></Activity_Tags_List>",
        with: "<Activity_Tags_List><Activity_Tag><Name>Last</Name></Activity_Tag>"
          + "</Activity_Tags_List>"
      )
      .replacingOccurrences(
        of: "<Id>4</Id>", with: "<Id>4</Id><Activity_Tag>Last</Activity_Tag>")
    let m = try fetMapped(tagged)
    #expect(
      m.instance.constraints.contains {
        $0.kind == .endsDay(events: [3], resourceType: 1, timeGroups: [1, 2])
      })
    #expect(try Self.scores(m, fetBase).infeasibility == 1)
  }

  @Test("an unknown activity id or filter name is an error at its line")
  func badInput() {
    let unknown = fetErrors(fetFile(constraints: Self.one("42")))
    #expect(
      unknown.contains {
        $0.code == "fet-unknown-activity" && $0.line != nil
          && $0.pointer.hasSuffix("ConstraintActivityEndsStudentsDay")
      })
    let teacher = fetErrors(fetFile(constraints: Self.many(teacher: "Zed")))
    #expect(teacher.contains { $0.code == "fet-unknown-teacher" })
    let students = fetErrors(fetFile(constraints: Self.many(students: "S9")))
    #expect(students.contains { $0.code == "fet-unknown-students" })
    let weight = fetErrors(fetFile(constraints: Self.one("2", weight: "120")))
    #expect(weight.contains { $0.code == "fet-bad-number" })
  }

  @Test("the engine's incremental score equals its recount under random moves")
  func deltaVersusRecount() throws {
    let m = try fetMapped(fetFile(constraints: Self.one("1") + Self.many(weight: "60")))
    HSTTDeltaTests.exercise(HSTTCompiler.compile(m.instance), seed: 20, moves: 400)
  }

  @Test("a solve honours two hard ones: each activity last of its day for its subgroups")
  func solve() throws {
    // Activities 1 and 2 both hold S1, so they end different days; activity 1 also ends
    // G2's day, so 3, 4, 5 come before it on its day.
    let m = try fetMapped(fetFile(constraints: Self.one("1") + Self.one("2")))
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == 0)
    #expect(result.cost.hard == 0 && result.cost.soft == report.objective)
    // Checked from the placements alone: no activity sharing a subgroup runs later that day.
    let placed = Cadre.fetPlacements(result.timetable, mapping: m)
    let hours = ["h1", "h2", "h3", "h4"]
    let duration = [1: 1, 2: 2, 3: 1, 4: 1, 5: 1]
    let subgroups: [Int: Set<String>] = [
      1: ["S1", "S2", "G2"], 2: ["S1"], 3: ["G2", "Y2"], 4: ["G2", "Y2"], 5: ["G2", "Y2"],
    ]
    for last in [1, 2] {
      let a = try #require(placed.first { $0.activityId == last })
      let end = try #require(hours.firstIndex(of: a.hour)) + (duration[last] ?? 1)
      for b in placed where b.activityId != last && b.day == a.day {
        guard !(subgroups[b.activityId] ?? []).isDisjoint(with: subgroups[last] ?? []) else {
          continue
        }
        #expect(try #require(hours.firstIndex(of: b.hour)) < end, "\(b.activityId) after \(last)")
      }
    }
  }

  @Test("the XHSTT writer names the extension in a comment; the archive reads back without it")
  func writer() throws {
    let m = try fetMapped(fetFile(constraints: Self.one("2")))
    let xml = XHSTTWriter.instanceArchive(m.instance)
    #expect(!xml.contains("<EndsDayConstraint"))
    #expect(xml.contains("<!-- left out: EndsDayConstraint"))
    let (archive, diagnostics) = XHSTTReader.read(text: xml)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let back = try #require(archive?.instances.first)
    #expect(back.unsupportedConstraintCounts.isEmpty)
    #expect(back.constraints.count == m.instance.constraints.count - 1)
  }
}
