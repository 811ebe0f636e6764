import CadreModel
import Testing

/// A small school with no diagnostic at all: one week of Mon-Fri with four periods (Wed P4
/// blocked, so 19 teachable slots), three teachers, two classes, two rooms, four lessons and one
/// Team Lead (Ana, released 0.5, so she teaches at most 9 periods) leading Ben and Cy.
func validSchool() -> School {
  let times = [
    ("P1", "08:00", "08:50"), ("P2", "09:00", "09:50"), ("P3", "10:00", "10:50"),
    ("P4", "11:00", "11:50"),
  ]
  let periods = times.map { name, start, end in
    Period(
      name: name, start: TimeOfDay(start) ?? TimeOfDay(minutes: 0),
      end: TimeOfDay(end) ?? TimeOfDay(minutes: 0))
  }
  let cycle = Cycle(
    days: ["Mon", "Tue", "Wed", "Thu", "Fri"], periods: periods,
    blocked: [BlockedSlot(slot: SlotRef(day: "Wed", period: "P4"), reason: "assembly")])
  return School(
    name: "Test Elementary", cycle: cycle,
    year: SchoolYear(
      firstDay: date("2026-08-17"), lastDay: date("2027-05-28"), timeZone: "America/Denver",
      closures: [DateRange(name: "Winter break", from: date("2026-12-21"), to: date("2027-01-01"))],
      terms: [
        DateRange(name: "S1", from: date("2026-08-17"), to: date("2026-12-18")),
        DateRange(name: "S2", from: date("2027-01-04"), to: date("2027-05-28")),
      ]),
    teachers: [
      Teacher(id: "T-ANA", name: "Ana", subjects: ["math"], grades: ["3"]),
      Teacher(id: "T-BEN", name: "Ben", subjects: ["math", "reading"], maxPerDay: 3),
      Teacher(id: "T-CY", name: "Cy"),
    ],
    classes: [
      SchoolClass(id: "3A", grade: "3", students: 22, homeRoom: "R1"),
      SchoolClass(id: "3B", grade: "3", students: 22),
    ],
    rooms: [Room(id: "R1", capacity: 30), Room(id: "LAB", kind: "lab", capacity: 24)],
    lessons: [
      Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 3, teacher: "T-ANA"),
      Lesson(id: "3A-read", classID: "3A", subject: "reading", meetings: 4),
      Lesson(id: "3B-math", classID: "3B", subject: "math", meetings: 4, candidates: ["T-BEN"]),
      Lesson(id: "3B-sci", classID: "3B", subject: "science", meetings: 2, roomKind: "lab"),
    ],
    leadership: Leadership(
      roles: [
        Role(
          id: "team-lead", name: "Team Lead", kind: .teamLead, release: 0.5,
          spanLimit: 8, stipend: 2000)
      ],
      leaders: [Leader(id: "L-ANA", name: "Ana", role: "team-lead", teacher: "T-ANA")],
      teams: [Team(id: "G3", leader: "L-ANA", members: ["T-BEN", "T-CY"], grade: "3")]),
    policy: Policy(observations: [
      ObservationQuota(kind: .spot, perYear: 10), ObservationQuota(kind: .formal, perYear: 1),
    ]),
    budget: Budget(cap: 100_000, coveragePerPeriod: 30))
}

/// A date the tests write literally; an impossible literal is a test bug, shown as 1970-01-01.
func date(_ text: String) -> CivilDate {
  CivilDate(text) ?? CivilDate(dayNumber: 0)
}

/// The diagnostic with `code` at `pointer`, recording an issue (with everything that was found)
/// when there is none.
@discardableResult
func expectDiagnostic(
  _ code: String, at pointer: String, in school: School, severity: Diagnostic.Severity = .error,
  sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let all = Validator.validate(school)
  let found = all.first { $0.code == code && $0.pointer == pointer }
  #expect(
    found != nil,
    "expected \(code) at \(pointer), got:\n\(all.map(\.rendered).joined(separator: "\n"))",
    sourceLocation: sourceLocation)
  if let found {
    #expect(found.severity == severity, sourceLocation: sourceLocation)
    #expect(!found.message.isEmpty && found.hint != nil, sourceLocation: sourceLocation)
  }
  return found
}

/// Whether any diagnostic has `code`.
func codes(_ school: School) -> [String] { Validator.validate(school).map(\.code) }
