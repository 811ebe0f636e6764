import CadreCompiler
import CadreModel

/// OneRoster 1.1 CSV exports through the facade (docs/ONEROSTER.md): a roster read by CadreIO
/// (`OneRosterReader`) mapped to a school, and a solved timetable's periods per section for
/// `classes.csv`.

/// The roster as a `cadre/1` school, with the mapping's warnings (every default assumed) and
/// counts.
public func importOneRoster(_ roster: Roster, options: OneRosterOptions) -> RosterImport {
  RosterCompiler.compile(roster, options: options)
}

/// Each section's period names in `schedule` (distinct, in the cycle's order), by class id.
public func sectionPeriods(_ school: School, _ schedule: Schedule) -> [ClassID: [String]] {
  SectionTimes.periods(school, schedule)
}

/// Every period each scheduled meeting occupies, in lesson and meeting order.
public func sectionMeetings(_ school: School, _ schedule: Schedule) -> [SectionMeeting] {
  SectionTimes.occupied(school, schedule)
}
