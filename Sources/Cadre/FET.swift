import CadreCompiler
import CadreModel

/// FET files through the facade (docs/FET.md): a FET file read by CadreIO (`FETReader`) mapped
/// into the general model, and FET's activities timetable to and from the mapped instance's
/// timetable. Solving and scoring are then `solveXHSTT` and `evaluateXHSTT` on
/// `mapping.instance`.

/// The FET file as an XHSTT instance, or the errors (each with its line) why not.
public func fetMapping(_ file: FETFile) -> (FETMapping?, [Diagnostic]) {
  FETCompiler.compile(file)
}

/// FET's placements (fet-cl's `NAME_activities.xml`) as a timetable of the mapped instance.
public func fetTimetable(_ placements: [FETPlacement], mapping: FETMapping) -> (
  XTimetable?, [Diagnostic]
) {
  FETCompiler.timetable(placements, mapping: mapping)
}

/// A timetable of the mapped instance as FET placements (for `fet_activities.xml`).
public func fetPlacements(_ timetable: XTimetable, mapping: FETMapping) -> [FETPlacement] {
  FETCompiler.placements(timetable, mapping: mapping)
}
