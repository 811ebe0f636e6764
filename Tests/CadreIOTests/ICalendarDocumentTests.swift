import CadreModel
import Testing

@testable import CadreIO

/// A small school in Denver with two teams and a hand-made coaching calendar: observations
/// with debriefs, a one-on-one, and weekly huddles across the end of daylight-saving time, a
/// closure, a moved huddle and a long break.
enum ICalendarFixture {
  static let stamp = "20260801T120000Z"

  static func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 0) }
  static func time(_ h: Int, _ m: Int) -> TimeOfDay { TimeOfDay(minutes: h * 60 + m) }

  static func school(timeZone: String? = "America/Denver") -> School {
    let periods = (1...6).map { p in
      Period(name: "P\(p)", start: time(7 + p, 0), end: time(7 + p, 50))
    }
    return School(
      name: "Lincoln Elementary",
      cycle: Cycle(days: ["Mon", "Tue", "Wed", "Thu", "Fri"], periods: periods),
      year: timeZone.map {
        SchoolYear(
          firstDay: date("2026-08-17"), lastDay: date("2027-06-04"), timeZone: $0,
          closures: [
            DateRange(name: "Thanksgiving", from: date("2026-11-23"), to: date("2026-11-27")),
            DateRange(name: "Winter break", from: date("2026-12-21"), to: date("2027-01-01")),
          ])
      },
      teachers: [
        Teacher(id: "T-ANA", name: "Ana Ruiz"), Teacher(id: "T-BOB", name: "Stone, Bob"),
        Teacher(id: "T-CY"), Teacher(id: "T-LEE", name: "Lee Park"),
      ],
      classes: [SchoolClass(id: "3A", grade: "3"), SchoolClass(id: "4A", grade: "4")],
      lessons: [
        Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 5, teacher: "T-BOB"),
        Lesson(id: "4A-read", classID: "4A", subject: "reading", meetings: 5, teacher: "T-CY"),
      ],
      leadership: Leadership(
        roles: [Role(id: "R-TL", kind: .teamLead, release: 0.5, spanLimit: 8)],
        leaders: [
          Leader(id: "L-LEE", name: "Lee Park", role: "R-TL", teacher: "T-LEE"),
          Leader(id: "L-MAX", name: "Max Ode", role: "R-TL"),
        ],
        teams: [
          Team(id: "G3", name: "Grade 3", leader: "L-LEE", members: ["T-ANA", "T-BOB"]),
          Team(id: "G4", name: "Grade 4", leader: "L-MAX", members: ["T-CY"]),
        ]))
  }

  static func huddle(_ team: TeamID, _ day: String, _ h: Int) -> CoachingEvent {
    let g3 = team == "G3"
    return CoachingEvent(
      id: "huddle-\(team.raw)-\(day)", kind: .huddle, date: date(day), period: g3 ? "P6" : "P1",
      start: time(h, 0), end: time(h, 30), leader: g3 ? "L-LEE" : "L-MAX",
      teachers: g3 ? ["T-ANA", "T-BOB"] : ["T-CY"], team: team)
  }

  /// 21 events; in a file, 10 VEVENTs: 6 single events and 4 weekly series.
  static func calendar() -> CoachingCalendar {
    var events = [
      CoachingEvent(
        id: "obs-T-BOB-spot-1", kind: .spotObservation, date: date("2026-09-14"), period: "P3",
        start: time(10, 0), end: time(10, 15), leader: "L-LEE", teachers: ["T-BOB"],
        team: "G3", lesson: "3A-math"),
      CoachingEvent(
        id: "debrief-T-BOB-spot-1", kind: .debrief, date: date("2026-09-15"), period: "P5",
        start: time(12, 0), end: time(12, 50), leader: "L-LEE", teachers: ["T-BOB"],
        team: "G3", follows: "obs-T-BOB-spot-1"),
      CoachingEvent(
        id: "obs-T-CY-formal-1", kind: .formalObservation, date: date("2026-10-06"),
        period: "P1", start: time(8, 0), end: time(8, 50), leader: "L-MAX", teachers: ["T-CY"],
        team: "G4", lesson: "4A-read"),
      CoachingEvent(
        id: "debrief-T-CY-formal-1", kind: .debrief, date: date("2026-10-07"), period: "P6",
        start: time(13, 0), end: time(13, 50), leader: "L-MAX", teachers: ["T-CY"], team: "G4",
        follows: "obs-T-CY-formal-1"),
      CoachingEvent(
        id: "oneonone-T-CY-2026-10-1", kind: .oneOnOne, date: date("2026-10-20"), period: "P6",
        start: time(13, 0), end: time(13, 50), leader: "L-MAX", teachers: ["T-CY"], team: "G4"),
    ]
    // Grade 3 on Mondays at 14:00 across the end of DST (Nov 1); Thanksgiving week closed;
    // the week of Dec 7 moved to Tuesday; then again in April after a long gap.
    for day in [
      "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-30",
      "2026-12-08", "2026-12-14", "2027-04-12", "2027-04-19",
    ] {
      events.append(huddle("G3", day, 14))
    }
    // Grade 4 twice a week, Tuesdays and Thursdays at 8:00.
    for day in ["2026-11-03", "2026-11-05", "2026-11-10", "2026-11-12", "2026-11-17", "2026-11-19"]
    {
      events.append(huddle("G4", day, 8))
    }
    return CoachingCalendar(events: events)
  }
}

@Suite struct ICalendarDocumentTests {
  static func school() -> String {
    ICalendar.document(
      events: ICalendarFixture.calendar().events, school: ICalendarFixture.school(),
      calendarName: "Lincoln Elementary: coaching", stamp: ICalendarFixture.stamp)
  }

  /// Unfolded content lines.
  static func lines(_ text: String) -> [String] {
    ICalendarTextTests.unfold(text).split(separator: "\r\n").map(String.init)
  }

  /// The content lines of each VEVENT.
  static func vevents(_ text: String) -> [[String]] {
    var out: [[String]] = []
    for line in lines(text) {
      if line == "BEGIN:VEVENT" {
        out.append([])
      } else if !out.isEmpty, line != "END:VEVENT" {
        out[out.count - 1].append(line)
      }
    }
    return out
  }

  @Test func hasTheCalendarHeaderAndCRLFLinesOfAtMost75Octets() {
    let text = Self.school()
    #expect(
      text.hasPrefix(
        "BEGIN:VCALENDAR\r\nPRODID:-//Cadre//Cadre 1//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
          + "METHOD:PUBLISH\r\nX-WR-CALNAME:Lincoln Elementary: coaching\r\n"
          + "X-WR-TIMEZONE:America/Denver\r\nBEGIN:VTIMEZONE\r\nTZID:America/Denver\r\n"))
    #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
    let bytes = Array(text.utf8)
    for (i, b) in bytes.enumerated() where b == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
    #expect(ICalendarTextTests.physicalLines(text).allSatisfy { $0.count <= 75 })
    #expect(Self.lines(text).filter { $0.hasPrefix("BEGIN:VTIMEZONE") }.count == 1)
  }

  @Test func writesAnObservationWithItsPeople() {
    let spot = Self.vevents(Self.school()).first { $0.contains("X-CADRE-KIND:spot") }
    #expect(
      spot == [
        "UID:obs-T-BOB-spot-1@cadre-lincoln-elementary",
        "DTSTAMP:20260801T120000Z",
        "DTSTART;TZID=America/Denver:20260914T100000",
        "DTEND;TZID=America/Denver:20260914T101500",
        "SUMMARY:Spot observation: Stone\\, Bob (3A math)",
        "DESCRIPTION:Spot observation\\, 15 minutes\\, in period P3.\\nLeader: Lee Park "
          + "(L-LEE)\\nTeacher: Stone\\, Bob (T-BOB)\\nTeam: Grade 3 (G3)\\nLesson: 3A math "
          + "(3A-math)\\nCadre event: obs-T-BOB-spot-1",
        "CATEGORIES:Spot observation",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "ORGANIZER;CN=Lee Park:mailto:L-LEE@lincoln-elementary.invalid",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;CN=Lee Park:"
          + "mailto:L-LEE@lincoln-elementary.invalid",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=\"Stone, Bob\":"
          + "mailto:T-BOB@lincoln-elementary.invalid",
        "X-CADRE-KIND:spot",
        "X-CADRE-PERIOD:P3",
      ])
  }

  @Test func summariesNameWhatHappens() {
    let summaries = Self.lines(Self.school()).filter { $0.hasPrefix("SUMMARY:") }
    #expect(
      summaries == [
        "SUMMARY:Spot observation: Stone\\, Bob (3A math)",
        "SUMMARY:Debrief: Stone\\, Bob (spot observation 2026-09-14)",
        "SUMMARY:Formal observation: T-CY (4A reading)",
        "SUMMARY:Debrief: T-CY (formal observation 2026-10-06)",
        "SUMMARY:Team huddle: Grade 3",
        "SUMMARY:One-on-one: Max Ode and T-CY",
        "SUMMARY:Team huddle: Grade 4",
        "SUMMARY:Team huddle: Grade 4",
        "SUMMARY:Team huddle: Grade 3",
        "SUMMARY:Team huddle: Grade 3",
      ])
  }

  @Test func weeklyHuddlesAcrossDSTAndAClosureAreOneRule() {
    let series = Self.vevents(Self.school()).first {
      $0.contains("UID:huddle-G3-2026-10-19-weekly@cadre-lincoln-elementary")
    }
    let rule = series?.filter {
      $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") || $0.hasPrefix("RRULE")
        || $0.hasPrefix("EXDATE")
    }
    // Wall time stays 14:00 across Nov 1; UNTIL is the last start in UTC (MST, -7).
    #expect(
      rule == [
        "DTSTART;TZID=America/Denver:20261019T140000",
        "DTEND;TZID=America/Denver:20261019T143000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261214T210000Z",
        "EXDATE;TZID=America/Denver:20261123T140000",
        "EXDATE;TZID=America/Denver:20261207T140000",
      ])
    // The moved huddle is written alone.
    let moved = Self.vevents(Self.school()).first {
      $0.contains("UID:huddle-G3-2026-12-08@cadre-lincoln-elementary")
    }
    #expect(moved?.contains("DTSTART;TZID=America/Denver:20261208T140000") == true)
    #expect(moved?.contains { $0.hasPrefix("RRULE") } == false)
  }

  /// Expanding every VEVENT (one occurrence, or the weeks of its RRULE minus its EXDATEs)
  /// gives back every event of the calendar.
  @Test func occurrencesAddUpToTheEvents() {
    var occurrences = 0
    for v in Self.vevents(Self.school()) {
      guard let rule = v.first(where: { $0.hasPrefix("RRULE:") }),
        let start = v.first(where: { $0.hasPrefix("DTSTART") })
      else {
        occurrences += 1
        continue
      }
      let first = CivilDate(dayNumber: 0),
        day = { (s: Substring) -> CivilDate in
          let d = s.prefix(8)
          return CivilDate(
            year: Int(d.prefix(4)) ?? 0, month: Int(d.dropFirst(4).prefix(2)) ?? 0,
            day: Int(d.suffix(2)) ?? 0) ?? first
        }
      let from = day(start.split(separator: ":")[1])
      let until = day(rule.split(separator: "=")[2])
      let excluded = v.filter { $0.hasPrefix("EXDATE") }.count
      occurrences += (until.dayNumber - from.dayNumber) / 7 + 1 - excluded
    }
    #expect(occurrences == ICalendarFixture.calendar().events.count)
    #expect(Self.vevents(Self.school()).count == 10)
  }

  @Test func outputDoesNotDependOnEventOrder() {
    let events = ICalendarFixture.calendar().events
    let a = Self.school()
    for shuffled in [events.reversed(), events.sorted { $0.id > $1.id }] {
      let b = ICalendar.document(
        events: Array(shuffled), school: ICalendarFixture.school(),
        calendarName: "Lincoln Elementary: coaching", stamp: ICalendarFixture.stamp)
      #expect(a == b)
    }
  }

  @Test(arguments: [nil, "Mars/Olympus_Mons"])
  func withoutAKnownZoneTimesAreFloating(zone: String?) {
    let text = ICalendar.document(
      events: ICalendarFixture.calendar().events, school: ICalendarFixture.school(timeZone: zone),
      calendarName: "x", stamp: ICalendarFixture.stamp)
    let lines = Self.lines(text)
    #expect(!lines.contains { $0.contains("TZID") || $0.contains("VTIMEZONE") })
    #expect(lines.contains("DTSTART:20260914T100000"))
    #expect(lines.contains("RRULE:FREQ=WEEKLY;UNTIL=20261214T140000"))
  }

  @Test func anEmptyCalendarIsStillACalendar() {
    let text = ICalendar.document(
      events: [], school: ICalendarFixture.school(), calendarName: "Nobody",
      stamp: ICalendarFixture.stamp)
    #expect(text.hasSuffix("END:VTIMEZONE\r\nEND:VCALENDAR\r\n"))
    #expect(Self.vevents(text).isEmpty)
  }

  @Test func writesOneFileForTheSchoolEachLeaderAndEachTeamMember() {
    let files = ICalendar.files(
      calendar: ICalendarFixture.calendar(), school: ICalendarFixture.school(),
      stamp: ICalendarFixture.stamp)
    #expect(
      files.map(\.path) == [
        "school.ics", "leaders/L-LEE.ics", "leaders/L-MAX.ics", "teachers/T-ANA.ics",
        "teachers/T-BOB.ics", "teachers/T-CY.ics",
      ])
    let counts = files.map { Self.vevents($0.content).count }
    // L-LEE: spot, debrief, 3 Grade 3 huddle entries; L-MAX: formal, debrief, one-on-one and
    // two Grade 4 series; T-ANA: the Grade 3 huddles only.
    #expect(counts == [10, 5, 5, 3, 5, 5])
    #expect(files[1].content.contains("\r\nX-CADRE-LEADER:L-LEE\r\n"))
    #expect(files[3].content.contains("\r\nX-WR-CALNAME:Lincoln Elementary: coaching\\, Ana Ruiz"))
    #expect(files[5].content.contains("\r\nX-CADRE-TEACHER:T-CY\r\n"))
  }

  /// `files` renders each VEVENT once and shares it; every file must still be exactly the
  /// document of its own events.
  @Test func eachFileIsTheDocumentOfItsEvents() {
    let school = ICalendarFixture.school()
    let events = ICalendarFixture.calendar().events
    let files = ICalendar.files(
      calendar: ICalendarFixture.calendar(), school: school, stamp: ICalendarFixture.stamp)
    func render(_ e: [CoachingEvent], _ name: String, _ scope: (String, String)?) -> String {
      ICalendar.render(
        events: e, school: school, calendarName: "Lincoln Elementary: coaching" + name,
        stamp: ICalendarFixture.stamp, scope: scope)
    }
    #expect(files[0].content == render(events, "", nil))
    #expect(
      files[2].content
        == render(events.filter { $0.leader == "L-MAX" }, ", Max Ode", ("LEADER", "L-MAX")))
    #expect(
      files[3].content
        == render(
          events.filter { $0.teachers.contains("T-ANA") }, ", Ana Ruiz", ("TEACHER", "T-ANA")))
  }

  @Test func fileNamesAreSafeAndDistinct() {
    let names = ICalendar.fileNames(["T/1", "T_1", "t_1", "", "..", "Ünal", "T-2"])
    #expect(names["T/1"] == "T_1")
    #expect(names["T_1"] == "T_1-2")
    #expect(names["t_1"] == "t_1-3")
    #expect(names[""] == "_")
    #expect(names[".."] == "__")
    #expect(names["Ünal"] == "_nal")
    #expect(names["T-2"] == "T-2")
  }

  @Test func slugsAndAddressesAreASCII() {
    #expect(ICalendar.slug("Lincoln Elementary!") == "lincoln-elementary")
    #expect(ICalendar.slug("École Nº 5 / Süd") == "cole-n-5-s-d")
    #expect(ICalendar.slug("数学") == "school")
    #expect(ICalendar.percentEncoded("T-BOB") == "T-BOB")
    #expect(ICalendar.percentEncoded("T BÖ@x") == "T%20B%C3%96%40x")
  }
}
