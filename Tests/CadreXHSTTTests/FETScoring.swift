import Cadre
import CadreCheck
import CadreCompiler
import CadreModel
import Testing

@testable import CadreEngine

/// The checker's report of FET placements and, checked equal to it, the engine's own score of
/// the same timetable: the FET tests' hand-derived costs hold for both.
func fetScores(_ m: FETMapping, _ placements: [FETPlacement]) throws -> XReport {
  let (tt, d) = Cadre.fetTimetable(placements, mapping: m)
  let timetable = try #require(tt, "\(d.map(\.rendered))")
  let report = XEvaluator.evaluate(m.instance, timetable)
  let engine = scoreHSTT(
    HSTTCompiler.compile(m.instance),
    subEvents: HSTTCompiler.subEvents(timetable, eventCount: m.instance.events.count))
  #expect(engine.hard == report.infeasibility && engine.soft == report.objective)
  return report
}
