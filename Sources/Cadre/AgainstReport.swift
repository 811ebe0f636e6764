import CadreLeadership
import CadreModel

/// The "against the report" section for a school whose file names its `source`, or nil:
/// each quoted figure next to Cadre's own (`AgainstReport`). With a solved plan, the
/// observations its calendar placed are added (from the calendar checker's figures).
public func againstReport(_ school: School, calendar: CalendarOutcome? = nil) -> String? {
  let placed = calendar.map { c in
    c.check.leaderLoad.reduce((placed: 0, required: 0)) {
      ($0.placed + $1.observationsScheduled, $0.required + $1.observationsRequired)
    }
  }
  return AgainstReport.lines(school, placed: placed)?.joined(separator: "\n")
}
