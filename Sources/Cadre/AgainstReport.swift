import CadreLeadership
import CadreModel

/// The "against the report" section for a school whose file names its `source`, or nil:
/// each quoted figure next to Cadre's own (`AgainstReport`). With a solved plan, the
/// observations its calendar placed are added (from the calendar checker's figures).
public func againstReport(_ school: School, calendar: CalendarOutcome? = nil) -> String? {
  AgainstReport.lines(school, placed: placed(calendar))?.joined(separator: "\n")
}

/// The same as values, for `--json`: each quoted figure with Cadre's own (empty without a
/// source).
public func againstReportFigures(_ school: School, calendar: CalendarOutcome? = nil)
  -> [(figure: SourceFigure, cadre: String)]
{
  AgainstReport.figures(school, placed: placed(calendar))
}

private func placed(_ calendar: CalendarOutcome?) -> (placed: Int, required: Int)? {
  calendar.map { c in
    c.check.leaderLoad.reduce((placed: 0, required: 0)) {
      ($0.placed + $1.observationsScheduled, $0.required + $1.observationsRequired)
    }
  }
}
