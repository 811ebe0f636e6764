import CadreLeadership
import CadreModel

/// A school read for solving: validated, its teams formed, and its diagnostics sorted into
/// what blocks a solve and what only proves that no plan fits.
public struct PreparedSchool: Sendable {
  /// The school as it will be solved: teams without members are formed.
  public var school: School
  /// Every diagnostic of validation and team formation, in order, all severities.
  public var diagnostics: [Diagnostic]

  /// Errors that make the file unusable (everything but `capacityCodes`).
  public var blocking: [Diagnostic] {
    diagnostics.filter { $0.severity == .error && !capacityCodes.contains($0.code) }
  }

  /// Errors that say a well-formed plan cannot fit: counting proofs of infeasibility.
  public var capacityFacts: [Diagnostic] {
    diagnostics.filter { $0.severity == .error && capacityCodes.contains($0.code) }
  }
}

/// Validator codes that say a well-formed plan cannot fit rather than that the file is wrong:
/// `explain` reads such files and says why, and a solve of one ends proven infeasible (exit 3)
/// instead of invalid (65).
public let capacityCodes: Set<String> = [
  "over-capacity", "spans-cannot-fit", "span-exceeded", "pinned-clash", "pinned-unavailable",
  "pinned-blocked", "required-rule-cannot-hold",
]

/// The first two steps of the pipeline: validate, then form the teams the file leaves to
/// Cadre (only when validation found no error). With `schedule` (a master schedule the caller
/// already has), team formation uses its observation windows and common free time
/// (`TeamFormer`, rule 6); `cadre solve` forms teams before any schedule exists.
public func prepare(_ school: School, schedule: Schedule? = nil) -> PreparedSchool {
  var diagnostics = Validator.validate(school)
  var formed = school
  if !diagnostics.contains(where: { $0.severity == .error }), school.leadership.formation != nil {
    let result = TeamFormer.form(school, schedule: schedule)
    formed = result.school
    diagnostics += result.diagnostics
  }
  return PreparedSchool(school: formed, diagnostics: diagnostics)
}
