import CadreLeadership
import CadreModel
import Testing

/// "Against the report": each quoted figure of `source` next to the one Cadre computes.
@Suite struct AgainstReportTests {
  typealias F = Fixtures

  @Test func noSourceNoSection() {
    #expect(AgainstReport.lines(F.coaching(spot: 10)) == nil)
  }

  /// Given the coaching school (Ana leads 6 teachers, the principal 1; 10 spot visits each;
  /// 2 huddles a week; release 0.5; a $2,000 stipend), expect each measure's figure.
  @Test func everyMeasureIsComputedFromTheSchool() throws {
    var school = F.coaching(spot: 10)
    school.source = Source(
      title: "the report",
      figures: SourceMeasure.allCases.map { SourceFigure(quote: "q-\($0.rawValue)", measure: $0) })
    let lines = try #require(AgainstReport.lines(school, placed: (placed: 60, required: 70)))
    #expect(lines.first == "Against the report (the report):")
    func cadre(_ m: SourceMeasure) -> String {
      let i = lines.firstIndex(of: "  report: \"q-\(m.rawValue)\"") ?? 0
      return i + 1 < lines.count ? lines[i + 1] : ""
    }
    #expect(
      cadre(.observationsPerLeader)
        == "  Cadre:  Team Lead: 60 for 6 teachers; Principal: 10 for 1 teacher "
        + "(10 observations per teacher a year); the calendar placed 60 of 70")
    #expect(
      cadre(.teachersPerLeader) == "  Cadre:  Team Lead: 6 (1 leader); Principal: 1 (1 leader)")
    #expect(
      cadre(.observationsPerTeacher)
        == "  Cadre:  10 a year (10 spot, 0 formal) from their own leader")
    #expect(
      cadre(.release)
        == "  Cadre:  Team Lead: 50% of the week free of teaching; Principal: 100% of the week "
        + "free of teaching")
    #expect(cadre(.huddlesPerWeek) == "  Cadre:  2 huddles a week for each of 2 teams")
    #expect(cadre(.coachingTime).hasPrefix("  Cadre:  "))
    #expect(cadre(.coachingTime).contains("Ana Diaz"))
    #expect(
      cadre(.stipends) == "  Cadre:  Team Lead 1 × $2,000, Principal 1 × $0 = $2,000 a year")
    #expect(cadre(.teacherLeaders) == "  Cadre:  1 of 9 teachers hold a leader role (11%)")
    #expect(lines.count == 1 + 2 * SourceMeasure.allCases.count)
  }
}
