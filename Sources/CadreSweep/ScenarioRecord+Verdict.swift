import CadreIO

extension ScenarioRecord {
  /// What kind of "no" a scenario is, told apart for the report: a search that ran out of
  /// steps proves nothing, while `provenInfeasible` is a proof and an over-budget plan is
  /// arithmetic. Derived from the stored figures only, so old records read the same.
  enum Verdict: Equatable {
    case feasible
    case provenInfeasible
    /// The schedule search stopped at its step limit (the steps it ran) or, with `nil`, at
    /// the time cap, with hard rules still broken.
    case scheduleNotFound(steps: Int?)
    /// A schedule was found but the coaching-calendar planner's local search stopped with
    /// hard rules broken: not a proof either.
    case calendarNotFound
    case overBudget
    case invalid
    case error
  }

  var verdict: Verdict {
    switch status {
    case .feasible: return .feasible
    case .invalid: return .invalid
    case .error: return .error
    case .infeasible:
      if stopReason == "provenInfeasible" { return .provenInfeasible }
      if (scheduleHard ?? 0) > 0 {
        return .scheduleNotFound(steps: stopReason == "timeLimit" ? nil : steps)
      }
      if (calendarHard ?? 0) > 0 { return .calendarNotFound }
      return .overBudget
    }
  }

  /// The verdict in words: "proven infeasible", "not found within 20,000 steps", ...
  var verdictText: String {
    switch verdict {
    case .feasible: return "feasible"
    case .provenInfeasible: return "proven infeasible"
    case .scheduleNotFound(let steps?):
      return "not found within \(NumberText.grouped(steps)) steps"
    case .scheduleNotFound(nil): return "not found within the time cap"
    case .calendarNotFound: return "calendar not found within its step limit"
    case .overBudget: return "over budget"
    case .invalid: return "invalid school"
    case .error: return "checker disagreement"
    }
  }
}
