import Cadre
import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

/// `cadre export`: a school as an XHSTT archive. The same timetable costs the same under both
/// paths on every exported rule: the school checker's count × weight, and the XHSTT
/// evaluator's cost of the rule's constraints in the archive as written and read back.
@Suite struct XHSTTExportTests {
  static let samples = [
    "small-ab-week.json", "denver-team-leads.json", "green-dot-secondary.json",
    "typical-elementary-54.json", "typical-elementary-54-team-leads.json",
  ]

  /// The search budget of a sample's solve: enough for a feasible schedule of each.
  static let steps = 200_000

  static func sample(_ file: String) throws -> School {
    let path = GeneratedSampleTests.samplesDir + "/" + file
    let (school, diagnostics) = SchoolJSON.decode(try AtomicFile.readText(path))
    #expect(!diagnostics.contains { $0.severity == .error })
    return try #require(school)
  }

  /// Rule by rule: (rule, checker's count × weight, archive's cost), for the rules exported
  /// as constraints; records an issue for every constraint that exports no rule and costs
  /// something.
  static func costs(
    _ export: XHSTTExport, _ report: XReport, _ check: CheckReport
  ) -> [(rule: String, checker: Int, archive: Int, partial: Bool)] {
    var owned = Set<Int>()
    var out: [(String, Int, Int, Bool)] = []
    for r in export.rules {
      guard case .constraints(let list) = r.mapping else { continue }
      owned.formUnion(list)
      let archive = list.reduce(0) { $0 + report.constraints[$1].cost }
      let row = check.countsByRule.first { $0.rule == r.rule }
      let checker = r.required ? (row?.count ?? 0) : (row?.count ?? 0) * r.weight
      out.append((r.rule, checker, archive, !r.partial.isEmpty))
    }
    for c in report.constraints.indices where !owned.contains(c) && report.constraints[c].cost != 0
    {
      Issue.record(
        "constraint \(report.constraints[c].id) exports no rule but costs \(report.constraints[c].cost)"
      )
    }
    return out
  }

  /// Each sample solved (a fixed step budget, feasible), exported with the schedule's teachers
  /// and rooms, written with the schedule as its solution, read back by `XHSTTReader`, scored
  /// by `XEvaluator`: every exported rule costs what the checker says, and the archive's total
  /// is the sum of the exported rules. Then the same schedule broken three ways.
  @Test(arguments: samples)
  func sameTimetableCostsTheSameBothWays(_ file: String) throws {
    let school = try Self.sample(file)
    let solved = solve(
      school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: Self.steps))
    let schedule = solved.schedule
    let export = SchoolXHSTTExporter.export(school, assignments: schedule)
    // With the schedule's teachers and rooms, only the gap rules can be partly exported: an
    // unavailable period inside a day.
    #expect(
      export.rules.allSatisfy { $0.partial.isEmpty || Self.gapRules.contains($0.rule) },
      "\(export.rules.flatMap(\.partial))")
    let timetable = export.timetable(for: schedule, school: school)
    let xml = XHSTTWriter.instanceArchive(
      export.instance,
      solution: XHSTTSolutionPart(
        timetable: timetable, groupId: "Cadre", description: "test",
        report: XEvaluator.evaluate(export.instance, timetable)))
    let (archive, diagnostics) = XHSTTReader.read(text: xml)
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    let read = try #require(archive)
    let instance = try #require(read.instances.first)
    let solution = try #require(read.solutionGroups.first?.solutions.first)
    let (resolved, problems) = solution.timetable(in: instance)
    #expect(problems.isEmpty, "\(problems)")
    let report = XEvaluator.evaluate(instance, try #require(resolved))
    let check = Checker.check(school: school, schedule: schedule)
    let rows = Self.costs(export, report, check)
    for r in rows {
      if r.partial {
        // teacher-gap with a blocked or unavailable period inside a day: on a feasible
        // timetable XHSTT also counts those periods between two taught ones.
        #expect(r.archive >= r.checker, "\(file) \(r.rule)")
      } else {
        #expect(r.checker == r.archive, "\(file) \(r.rule)")
      }
    }
    let hard = rows.filter { r in export.rules.first { $0.rule == r.rule }?.required == true }
    #expect(report.infeasibility == hard.reduce(0) { $0 + $1.archive })
    #expect(report.objective == rows.reduce(0) { $0 + $1.archive } - report.infeasibility)
    #expect(report.infeasibility == check.cost.hard)
    // The numbers, for docs/XHSTT.md and the record.
    let nonzero = rows.filter { $0.checker != 0 || $0.archive != 0 }.map {
      "\($0.rule) \($0.checker)" + ($0.partial ? " (archive \($0.archive), partly exported)" : "")
    }
    print(
      "export \(file): checker (hard \(check.cost.hard), soft \(check.cost.soft)), archive "
        + "(\(report.infeasibility), \(report.objective)); " + nonzero.joined(separator: ", "))

    // The same on broken timetables: random meetings moved (within the day), some unplaced.
    // Rules counted per resource and time in XHSTT (blocked, unavailable, late slots, gaps)
    // can count less than Cadre where a resource has two meetings at once (docs/XHSTT.md);
    // every other exported rule is equal.
    for seed in UInt64(1)...3 {
      let broken = Self.perturb(schedule, school, seed: seed, moves: 40)
      let report = XEvaluator.evaluate(
        export.instance, export.timetable(for: broken, school: school))
      let check = Checker.check(school: school, schedule: broken)
      #expect(check.cost.hard > 0)
      Self.expectAgreement(export, report, check, "\(file) seed \(seed)")
    }

    // Without the schedule's teachers and rooms: the lessons that choose keep open roles
    // (AssignResource, PreferResources on the candidates, AvoidSplitAssignments), and the
    // schedule's choices fill them in the timetable. Every rule agrees as well, on the solved
    // schedule and on the broken ones.
    let open = SchoolXHSTTExporter.export(school)
    #expect(
      open.rules.allSatisfy { $0.partial.isEmpty || Self.gapRules.contains($0.rule) },
      "\(open.rules.flatMap(\.partial))")
    for (k, s) in [schedule, Self.perturb(schedule, school, seed: 7, moves: 40)].enumerated() {
      let report = XEvaluator.evaluate(open.instance, open.timetable(for: s, school: school))
      let check = Checker.check(school: school, schedule: s)
      Self.expectAgreement(open, report, check, "\(file) open roles \(k)")
      if k == 0 { #expect(report.infeasibility == 0, "\(file) open roles") }
    }
  }

  /// The gap rules: an unavailable period inside a day counts as idle in XHSTT, not in Cadre.
  static let gapRules: Set<String> = ["teacher-gap", "personal-limit", "personal-preference"]

  /// The rules that may be partly exported on a tiny school: the gap rules, and
  /// preferred-slot when a pinned meeting is outside its lesson's preferred slots.
  static let partlyExported = gapRules.union(["preferred-slot"])

  /// Every wholly exported rule costs the same both ways (the per-(resource, time) ones may
  /// cost less in the archive).
  static func expectAgreement(
    _ export: XHSTTExport, _ report: XReport, _ check: CheckReport, _ what: String
  ) {
    for r in costs(export, report, check) where !r.partial {
      if perResourceAndTime.contains(r.rule) {
        #expect(r.archive <= r.checker, "\(what) \(r.rule)")
      } else {
        #expect(
          r.archive == r.checker, "\(what) \(r.rule): checker \(r.checker), archive \(r.archive)")
      }
    }
  }

  /// Rules whose XHSTT constraint counts a (resource, time) once, however many meetings the
  /// resource has then (and teacher-gap, whose days in Cadre also start or end at a meeting
  /// in an unavailable slot): they may count less in the archive on a timetable with clashes.
  static let perResourceAndTime: Set<String> = [
    "teacher-unavailable", "class-unavailable", "room-unavailable", "late-day", "teacher-gap",
  ]

  /// `moves` random placed, unpinned meetings moved to a random start that fits in the day
  /// and covers no blocked slot, and every seventh of them unplaced.
  static func perturb(_ schedule: Schedule, _ school: School, seed: UInt64, moves: Int) -> Schedule
  {
    var rng = SplitMix64(seed: seed)
    var out = schedule
    let cycle = school.cycle
    let lessons = Dictionary(school.lessons.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let blocked = cycle.blockedSlots
    for k in 0..<moves {
      let m = rng.below(out.meetings.count)
      guard let lesson = lessons[out.meetings[m].lesson],
        out.meetings[m].index >= lesson.pinned.count, out.meetings[m].start != nil
      else { continue }
      if k % 7 == 6 {
        out.meetings[m].start = nil
        continue
      }
      // A start whose periods are all in the day and none blocked (a blocked slot has no time
      // in the archive).
      for _ in 0..<20 {
        let p = rng.below(max(1, cycle.periodCount - lesson.duration + 1))
        let slot = Slot(
          week: rng.below(cycle.weekCount), day: rng.below(cycle.dayCount), period: p)
        let covered = (0..<lesson.duration).map {
          Slot(week: slot.week, day: slot.day, period: min(p + $0, cycle.periodCount - 1))
        }
        guard !covered.contains(where: blocked.contains) else { continue }
        out.meetings[m].start = cycle.ref(slot)
        break
      }
    }
    return out
  }

  /// Seeded random small schools that the validator accepts (every rule exercised: A/B weeks,
  /// blocked and unavailable slots, doubles, pins, preferences, room kinds, leaders): solved,
  /// perturbed, exported with the schedule's teachers and rooms; wholly exported rules agree.
  @Test func tinySchoolsAgree() {
    var tried = 0
    var limitsSeen = Set<String>()
    for seed in UInt64(1)...120 {
      let school = tinySchool(seed: seed, lessons: 6)
      guard !Validator.validate(school).contains(where: { $0.severity == .error }) else { continue }
      tried += 1
      let solved = solve(school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 1500))
      let open = SchoolXHSTTExporter.export(school)
      for (k, schedule) in [
        solved.schedule, Self.perturb(solved.schedule, school, seed: seed, moves: 6),
        Self.reassign(solved.schedule, school, open, seed: seed),
      ].enumerated() {
        let check = Checker.check(school: school, schedule: schedule)
        // (A teacher outside the candidates, preassigned, is held by the structure.)
        if k < 2 {
          let export = SchoolXHSTTExporter.export(school, assignments: schedule)
          let report = XEvaluator.evaluate(
            export.instance, export.timetable(for: schedule, school: school))
          Self.expectAgreement(export, report, check, "seed \(seed)")
        }
        // Open roles filled by the schedule's choices.
        let filled = XEvaluator.evaluate(
          open.instance, open.timetable(for: schedule, school: school))
        Self.expectAgreement(open, filled, check, "seed \(seed) open roles")
        for r in Self.costs(open, filled, check) {
          if !r.partial { continue }
          #expect(Self.partlyExported.contains(r.rule), "seed \(seed) \(r.rule) partial")
        }
        // Which personal limits cost something in the archive (ids "Personal-<limit>...").
        for c in filled.constraints where c.cost > 0 && c.id.hasPrefix("Personal-") {
          for kind in PersonalLimits.Kind.allCases where c.id.hasPrefix("Personal-" + kind.key) {
            limitsSeen.insert(kind.key)
          }
        }
        for rule in ["personal-limit", "personal-preference", "preferred-slot"] {
          let row = check.countsByRule.first { $0.rule == rule }
          if (row?.count ?? 0) > 0 { limitsSeen.insert(rule) }
        }
        if (check.countsByRule.first { $0.rule == "split-lesson" }?.count ?? 0) > 0 {
          limitsSeen.insert("split-lesson")
        }
        if (check.countsByRule.first { $0.rule == "room-stability" }?.count ?? 0) > 0 {
          limitsSeen.insert("room-stability")
        }
      }
    }
    #expect(tried >= 10, "only \(tried) valid tiny schools")
    // The schools exercise what this test is about.
    #expect(
      limitsSeen.isSuperset(
        of: [
          "personal-limit", "personal-preference", "preferred-slot", "split-lesson",
          "room-stability",
        ] + PersonalLimits.Kind.allCases.map(\.key)), "\(limitsSeen)")
  }

  /// Every third meeting whose teacher (room) the archive leaves open gets a random teacher
  /// (room), or none: splits, unqualified teachers, unsuitable and missing rooms.
  static func reassign(
    _ schedule: Schedule, _ school: School, _ export: XHSTTExport, seed: UInt64
  ) -> Schedule {
    var rng = SplitMix64(seed: seed ^ 0xA551)
    var out = schedule
    let index = Dictionary(
      school.lessons.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    func open(_ m: Meeting, _ role: String) -> Bool {
      guard let l = index[m.lesson], export.events[l].indices.contains(m.index) else {
        return false
      }
      return export.instance.events[export.events[l][m.index]].openRole(named: role) != nil
    }
    // Lessons with an unplaced meeting keep their teachers and rooms: XHSTT scores an
    // unplaced event's resources too, so a placed meeting outside the candidates would make
    // an unplaced sibling cost 1 in the archive (SchoolXHSTTExporter.chosen).
    let unplaced = Set(out.meetings.filter { $0.start == nil }.map(\.lesson))
    for k in out.meetings.indices where k % 3 == 0 && !unplaced.contains(out.meetings[k].lesson) {
      if open(out.meetings[k], "Teacher"), !school.teachers.isEmpty, rng.chance(70) {
        out.meetings[k].teacher = school.teachers[rng.below(school.teachers.count)].id
      }
      if open(out.meetings[k], "Room"), !school.rooms.isEmpty, rng.chance(50) {
        out.meetings[k].room =
          rng.chance(20) ? nil : school.rooms[rng.below(school.rooms.count)].id
      }
    }
    return out
  }

  /// Without a schedule, lessons with several candidate teachers have an open teacher role,
  /// assigned (AssignResource) among the candidates (PreferResources); the Cadre-only rules
  /// are named.
  @Test func openTeachersAndCadreOnlyRulesAreNamed() throws {
    let school = try Self.sample("small-ab-week.json")
    let export = SchoolXHSTTExporter.export(school)
    let open = export.instance.events.filter { e in
      e.resources.contains { $0.resource == nil && $0.role == "Teacher" }
    }
    #expect(!open.isEmpty)
    // The engine's model keeps the open roles (for resource assignment), by resource type.
    let compiled = HSTTCompiler.compile(export.instance)
    #expect(compiled.events.filter { !$0.openRoles.isEmpty }.count >= open.count)
    #expect(compiled.events.allSatisfy { $0.openRoles.allSatisfy { !$0.domain.isEmpty } })
    // Open teachers are assigned (AssignResource) among the lesson's candidates (required
    // PreferResources), so no teacher rule is partial for them.
    let partial = Set(export.rules.filter { !$0.partial.isEmpty }.map(\.rule))
    #expect(partial.isSubset(of: Self.gapRules), "\(partial)")
    let kinds = export.instance.constraints.map(\.kind.typeName)
    #expect(kinds.contains("AssignResourceConstraint"))
    #expect(kinds.contains("PreferResourcesConstraint"))
    #expect(kinds.contains("AvoidSplitAssignmentsConstraint"))
    // The engine narrows each open role to its lesson's candidates.
    var role = 0
    for (l, events) in export.events.enumerated() {
      for e in events {
        for (j, k) in export.instance.events[e].openRoles.enumerated()
        where export.instance.events[e].resources[k].role == "Teacher" {
          let domain = compiled.events[e].openRoles[j].domain
          #expect(domain == export.teacherCandidates[l], "\(export.instance.events[e].id)")
          role += 1
        }
      }
    }
    #expect(role >= open.count)
    #expect(
      Set(export.notExported.map(\.rule))
        == [
          "common-planning", "observation-window", "debrief-time", "uneven-spread",
          "moved", "over-budget", "coverage-cost", "team-policy", "debrief-window",
          "room-preference",
        ])
    #expect(export.rules.map(\.rule) == Rule.allCases.map(\.code))
    // Hard rules are required with weight 1; soft rules carry the school's weights.
    for r in export.rules {
      let rule = try #require(Rule.allCases.first { $0.code == r.rule })
      #expect(r.required == rule.isHard)
    }
    #expect(export.rules.first { $0.rule == "teacher-gap" }?.weight == school.weights.teacherGap)
    // Pinned meetings are preassigned.
    let pinned = school.lessons.reduce(0) { $0 + $1.pinned.count }
    #expect(export.instance.events.filter { $0.time != nil }.count == pinned)
  }

  /// A soft rule the school requires (`"hard"`) is exported as a required constraint of
  /// weight 1, and the archive's infeasibility counts it as the checker's hard cost does.
  @Test func requiredSoftRulesAreRequiredConstraints() throws {
    var school = try Self.sample("small-ab-week.json")
    school.weights.required = [.teacherGap, .lateDay]
    let export = SchoolXHSTTExporter.export(school)
    for rule in ["teacher-gap", "late-day"] {
      let r = try #require(export.rules.first { $0.rule == rule })
      #expect(r.required && r.weight == 1, "\(rule)")
      guard case .constraints(let list) = r.mapping else { continue }
      for c in list { #expect(export.instance.constraints[c].required, "\(rule)") }
    }
    #expect(export.rules.first { $0.rule == "same-subject-twice" }?.required == false)
  }

  /// The archive of every sample reads back as the same instance, and names full of markup
  /// characters, quotes, white space and non-ASCII survive the trip exactly.
  @Test func writtenArchiveReadsBackTheSame() throws {
    var schools = try Self.samples.map(Self.sample)
    var odd = try Self.sample("small-ab-week.json")
    odd.name = "St Mary's <\"Upper\"> & Lower\tSchool — Zürich"
    odd.teachers[0].name = "A & B <c> \"d\" 'e'\nf"
    odd.cycle.days[0] = "Mo <&>"
    for i in odd.cycle.blocked.indices where odd.cycle.blocked[i].slot.day == "Mon" {
      odd.cycle.blocked[i].slot.day = "Mo <&>"
    }
    for l in odd.lessons.indices {
      for p in odd.lessons[l].pinned.indices where odd.lessons[l].pinned[p].day == "Mon" {
        odd.lessons[l].pinned[p].day = "Mo <&>"
      }
    }
    schools.append(odd)
    // Tiny schools: open roles, AvoidSplitAssignments, personal limits (their day, week and
    // run-window time groups), teachers' preferred slots, student groups.
    schools += (UInt64(1)...30).map { tinySchool(seed: $0, lessons: 6) }.filter { school in
      !Validator.validate(school).contains { $0.severity == .error }
    }
    var types = Set<String>()
    for school in schools {
      let export = SchoolXHSTTExporter.export(school)
      types.formUnion(export.instance.constraints.map(\.kind.typeName))
      let xml = XHSTTWriter.instanceArchive(export.instance)
      let (archive, diagnostics) = XHSTTReader.read(text: xml)
      #expect(!diagnostics.contains { $0.severity == .error }, "\(school.name): \(diagnostics)")
      let read = try #require(archive?.instances.first)
      Self.expectSame(read, export.instance)
      #expect(XHSTTWriter.instanceArchive(read) == xml)
    }
    #expect(
      types.isSuperset(of: [
        "AssignResourceConstraint", "PreferResourcesConstraint",
        "AvoidSplitAssignmentsConstraint", "LimitIdleTimesConstraint",
        "ClusterBusyTimesConstraint", "LimitBusyTimesConstraint",
      ]), "\(types)")
  }

  static func expectSame(_ a: XInstance, _ b: XInstance) {
    #expect(a.id == b.id)
    #expect(a.name == b.name)
    #expect(a.metadata == b.metadata)
    #expect(a.times == b.times)
    #expect(a.timeGroups == b.timeGroups)
    #expect(a.resourceTypes == b.resourceTypes)
    #expect(a.resourceGroups == b.resourceGroups)
    #expect(a.resources == b.resources)
    #expect(a.eventGroups == b.eventGroups)
    #expect(a.events == b.events)
    #expect(a.constraints == b.constraints)
  }

  /// The library never traps on a school the validator would refuse (the CLI exports only
  /// valid ones): odd durations and meeting counts, pins anywhere, an empty or fully blocked
  /// cycle, and the seeded small schools without validation.
  @Test func invalidSchoolsDoNotTrap() throws {
    var schools = (UInt64(1)...60).map { tinySchool(seed: $0, lessons: 5) }
    var odd = try Self.sample("small-ab-week.json")
    odd.lessons[0].duration = 0
    odd.lessons[1].duration = -2
    odd.lessons[2].duration = 100
    odd.lessons[3].meetings = -3
    odd.lessons[4].pinned = [
      SlotRef(week: "A", day: "Mon", period: "Lunch"), SlotRef(day: "Xyz", period: "P1"),
    ]
    odd.lessons[5].duration = 3
    odd.lessons[5].pinned = [SlotRef(week: "B", day: "Fri", period: "P6")]
    schools.append(odd)
    var allBlocked = odd
    allBlocked.cycle.blocked = allBlocked.cycle.allSlots.map {
      BlockedSlot(slot: allBlocked.cycle.ref($0))
    }
    schools.append(allBlocked)
    var empty = odd
    empty.cycle.days = []
    empty.cycle.periods = []
    schools.append(empty)
    var types = Set<String>()
    for school in schools {
      let export = SchoolXHSTTExporter.export(school)
      types.formUnion(export.instance.constraints.map(\.kind.typeName))
      let xml = XHSTTWriter.instanceArchive(export.instance)
      _ = XHSTTReader.read(text: xml)
      let solved = export.timetable(for: Schedule(meetings: []), school: school)
      _ = XEvaluator.evaluate(export.instance, solved)
    }
  }

  /// `cadre solve OUT.xml` works on the result: the XHSTT search times the exported sample.
  @Test func exportedSchoolSolvesAsXHSTT() throws {
    let school = try Self.sample("small-ab-week.json")
    let xml = XHSTTWriter.instanceArchive(SchoolXHSTTExporter.export(school).instance)
    let instance = try #require(XHSTTReader.read(text: xml).0?.instances.first)
    #expect(instance.unsupportedConstraintCounts.isEmpty)
    let result = solveXHSTT(
      instance, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 50_000))
    let report = XEvaluator.evaluate(instance, result.timetable)
    #expect(report.cost == result.cost)
    // Feasible: every open teacher assigned, from the lesson's candidates.
    #expect(report.infeasibility == 0, "\(report.breakdown)")
    // Every meeting is placed, in one piece.
    #expect(result.timetable.subEvents.count == instance.events.count)
    #expect(result.timetable.subEvents.allSatisfy { $0.start != nil })
  }
}

/// A schedule the archive cannot hold exactly: a double lesson that runs past its day's end
/// holds the next day's first period in the archive (XHSTT times run on), so the rules counted
/// on busy times may cost more there. `cadre export` then says the structure is broken rather
/// than report an internal error (a fuzzer finding: a leader counted 22 periods in the archive,
/// 21 by the checker).
@Suite struct XHSTTExportOverflowTests {
  @Test func aDoublePastTheDaysEndIsNamedAsBrokenStructure() throws {
    let school = try XHSTTExportTests.sample("small-ab-week.json")
    var schedule = solve(
      school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000)
    ).schedule
    let cycle = school.cycle
    let doubles = Set(school.lessons.filter { $0.duration == 2 && $0.pinned.isEmpty }.map(\.id))
    let m = try #require(schedule.meetings.firstIndex { doubles.contains($0.lesson) })
    let last = try #require(
      (0..<cycle.dayCount).lazy.map { Slot(week: 0, day: $0, period: cycle.periodCount - 1) }
        .first { !cycle.blockedSlots.contains($0) })
    let fits = cycle.ref(Slot(week: 0, day: last.day, period: cycle.periodCount - 2))
    // In the day, the export agrees on every rule; past its end, it names the overflow.
    schedule.meetings[m].start = fits
    let inTheDay = try #require(exportXHSTT(school, schedule: schedule).solution)
    #expect(!inTheDay.structureBroken.contains { $0.rule == "double-lesson-overflow" })
    schedule.meetings[m].start = cycle.ref(last)
    let past = try #require(exportXHSTT(school, schedule: schedule).solution)
    #expect(past.structureBroken.contains { $0.rule == "double-lesson-overflow" && $0.count == 1 })
    #expect(past.rules.contains { $0.rule == "double-lesson-overflow" && $0.archive > 0 })
  }
}
