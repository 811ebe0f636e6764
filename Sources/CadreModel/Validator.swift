/// The semantic validator: every rule a school file must satisfy before it is compiled, checked
/// over the plain `School` values the importer produced (the importer has already checked the
/// JSON's shape: types, required keys, time and date syntax).
///
/// All problems are reported at once, errors and warnings, each with a stable code, a JSON
/// Pointer into the file (arrays keep file order, so `/lessons/14/teacher` is
/// `lessons[14].teacher`), a message in the school's own words and a hint. An error means the
/// file cannot be solved as written; a warning means it can, but probably not as meant.
///
/// The checks live one topic per file (`Validator+Cycle.swift`, `Validator+Lessons.swift`, ...);
/// the cheap capacity facts (`Validator+Capacity.swift`) are necessary conditions only: when one
/// fires the school is proven infeasible, when none fires it may still be.
///
/// - Complexity: O(n log n) in the size of the school, plus O(slots) per teacher, class and
///   leader for the capacity facts.
public enum Validator {
  /// Every problem found in `school`, sorted by place in the file (`Validator.inFileOrder`),
  /// then code, then message, so the output is the same on every run.
  public static func validate(_ school: School) -> [Diagnostic] {
    var out: [Diagnostic] = []
    checkBounds(school, into: &out)
    // A cycle beyond its bounds cannot even be counted safely: report only that.
    guard cycleFits(school) else {
      checkFormat(school, into: &out)
      return out.sorted(by: inFileOrder)
    }
    // Other numbers out of range would overflow the capacity facts' arithmetic: skip those.
    let numbersFit = out.isEmpty
    let context = Context(school)
    checkFormat(school, into: &out)
    checkIDs(context, into: &out)
    checkCycle(context, into: &out)
    checkYear(context, into: &out)
    checkPeople(context, into: &out)
    checkPersonalLimits(context, into: &out)
    checkLessons(context, into: &out)
    checkStudentGroups(context, into: &out)
    checkRoomPreferences(context, into: &out)
    checkPinned(context, into: &out)
    checkLeadership(context, into: &out)
    checkTeams(context, into: &out)
    checkPolicy(context, into: &out)
    checkTeamPolicies(context, into: &out)
    checkSource(school, into: &out)
    checkAssumed(school, into: &out)
    if numbersFit {
      checkCapacity(context, into: &out)
      checkRequiredRules(context, into: &out)
    }
    return DiagnosticList.capped(out.sorted(by: inFileOrder))
  }

  /// Whether `school` has no errors (warnings allowed).
  public static func isValid(_ school: School) -> Bool {
    !validate(school).contains { $0.severity == .error }
  }

  /// `format` must name the version this build reads.
  static func checkFormat(_ school: School, into out: inout [Diagnostic]) {
    guard school.format != School.currentFormat else { return }
    out.append(
      .error(
        "unsupported-format", at: Pointer.of("format"),
        "The file's format is '\(school.format)'; this version of Cadre reads "
          + "'\(School.currentFormat)'",
        hint:
          "set \"format\": \"\(School.currentFormat)\" and check the file against docs/FORMAT.md"))
  }
}
