import Cadre

/// The documented exit codes (README "Exit codes"). Scripts depend on them: add, never renumber.
enum ExitCode: Int32 {
  /// Solved: every hard rule holds (check: the schedule breaks no hard rule).
  case ok = 0
  /// check: the schedule breaks at least one hard rule.
  case hardViolations = 1
  /// solve: no feasible schedule found within the limit; the best one is still written.
  case noFeasibleFound = 2
  /// solve: proven infeasible; the reasons are printed.
  case provenInfeasible = 3
  /// solve: interrupted by SIGINT or SIGTERM; the best result so far is written whole, but the
  /// search did not run its course.
  case interrupted = 4
  /// The command line is wrong.
  case usage = 64
  /// The input file is invalid.
  case invalidInput = 65
  /// The output folder (export: the output file) cannot be written (EX_CANTCREAT): nothing
  /// was replaced.
  case cannotWrite = 73
  /// Internal error, e.g. the engine and the checker disagree on a cost.
  case internalError = 70
}

extension ExitCode {
  /// The exit code of the pipeline's verdict.
  init(_ verdict: Verdict) {
    self =
      switch verdict {
      case .solved: .ok
      case .invalid: .invalidInput
      case .notFound: .noFeasibleFound
      case .provenInfeasible: .provenInfeasible
      case .interrupted: .interrupted
      case .internalError: .internalError
      }
  }
}
