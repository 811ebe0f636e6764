import CadreIO

/// `results.csv`: one row per scenario in scenario order, one column per axis the sweep varies
/// and one per figure (docs/SWEEPS.md lists them). Empty cells for figures a scenario does not
/// have (an invalid scenario has no cost). Built from records only, with fixed number
/// formats, so a merged sweep gives the same bytes as a single run.
public enum ResultsCSV {
  public static func header(axes: [SweepAxis]) -> [String] {
    ["index", "id", "school"] + axes.map { "axis_" + snake($0.rawValue) } + [
      "status", "reason", "teachers", "leaders", "currency", "total_cost", "stipends",
      "coverage_cost", "cost_per_teacher", "budget_cap", "release", "span_limit", "max_span",
      "mean_span", "observations_required", "observations_scheduled", "observation_coverage",
      "hours_observing", "hours_debriefing", "hours_huddles", "hours_one_on_ones",
      "teacher_gaps", "coverage_periods_per_week", "schedule_hard", "schedule_soft",
      "calendar_hard", "calendar_soft", "steps", "stop_reason",
    ]
  }

  public static func encode(_ records: [ScenarioRecord], axes: [SweepAxis]) -> String {
    var lines = [header(axes: axes).joined(separator: ",")]
    for r in records {
      func i(_ v: Int?) -> String { v.map(String.init) ?? "" }
      func d(_ v: Double?, _ digits: Int) -> String {
        v.map { NumberText.fixed($0, digits: digits) } ?? ""
      }
      let labels = axes.indices.map { r.labels.indices.contains($0) ? r.labels[$0] : "" }
      let fields: [String] =
        [String(r.index), r.id, r.school] + labels + [
          r.status.rawValue, r.reason, String(r.teachers), String(r.leaders), r.currency,
          i(r.totalCost), i(r.stipends), i(r.coverageCost), i(r.costPerTeacher), i(r.budgetCap),
          d(r.release, 4), i(r.spanLimit), String(r.maxSpan), d(r.meanSpan, 2),
          i(r.observationsRequired), i(r.observationsScheduled), d(r.observationCoverage, 4),
          d(r.hoursObserving, 2), d(r.hoursDebriefing, 2), d(r.hoursHuddles, 2),
          d(r.hoursOneOnOnes, 2), i(r.teacherGaps), i(r.coveragePeriods), i(r.scheduleHard),
          i(r.scheduleSoft), i(r.calendarHard), i(r.calendarSoft), i(r.steps),
          r.stopReason ?? "",
        ]
      lines.append(fields.map(Grids.csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func snake(_ camel: String) -> String {
    var out = ""
    for ch in camel {
      if ch.isUppercase {
        out += "_" + ch.lowercased()
      } else {
        out.append(ch)
      }
    }
    return out
  }
}
