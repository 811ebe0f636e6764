/// What a OneRoster export does not say and a timetable needs (docs/ONEROSTER.md, "The options
/// file"): the cycle, and each section's meetings per cycle and periods per meeting. Every
/// value not given is a default the import records in the school's `assumed`.
public struct OneRosterOptions: Sendable, Equatable {
  public static let currentFormat = "cadre-oneroster-options/1"

  /// The cycle's days, periods (with times) and blocked slots; nil for the default.
  public var cycle: Cycle?
  /// Meetings per cycle for a section whose course is not in `meetingsByCourse`; nil for the
  /// default.
  public var meetings: Int?
  /// Meetings per cycle by course `sourcedId` or `courseCode`.
  public var meetingsByCourse: [String: Int]
  /// Periods per meeting (2 for a double) for a section whose course is not in
  /// `durationByCourse`; nil for the default (1).
  public var duration: Int?
  /// Periods per meeting by course `sourcedId` or `courseCode`.
  public var durationByCourse: [String: Int]
  /// The school's name when the export has several orgs of type school, or none; nil for the
  /// first school org's name.
  public var name: String?
  /// The term to timetable (an academic session's sourcedId): only the sections of terms
  /// whose dates overlap it; nil for every section.
  public var term: String?
  /// Whether each section's `location` is its fixed room (rooms named by their locations, so
  /// two sections in one location never meet together); false: locations are not read.
  public var locations: Bool

  public init(
    cycle: Cycle? = nil, meetings: Int? = nil, meetingsByCourse: [String: Int] = [:],
    duration: Int? = nil, durationByCourse: [String: Int] = [:], name: String? = nil,
    term: String? = nil, locations: Bool = false
  ) {
    self.term = term
    self.locations = locations
    self.cycle = cycle
    self.meetings = meetings
    self.meetingsByCourse = meetingsByCourse
    self.duration = duration
    self.durationByCourse = durationByCourse
    self.name = name
  }

  /// The cycle assumed without an options file: Monday to Friday, seven periods of 50 minutes
  /// from 08:00 with 5 minutes between them, named "1" to "7".
  public static let defaultCycle = Cycle(
    days: ["Mon", "Tue", "Wed", "Thu", "Fri"],
    periods: (0..<7).map { k in
      Period(
        name: "\(k + 1)", start: TimeOfDay(minutes: 8 * 60 + 55 * k),
        end: TimeOfDay(minutes: 8 * 60 + 55 * k + 50))
    })

  /// Meetings per cycle assumed for a section: one a day in the default week.
  public static let defaultMeetings = 5
}
