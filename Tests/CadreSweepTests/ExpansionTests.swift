import Testing

@testable import CadreSweep

struct ExpansionTests {
  static let spec = SweepSpec(
    name: "x", schools: [BaseSchool(id: "a", file: "a"), BaseSchool(id: "b", file: "b")],
    axes: SweepAxes(
      release: [.periodsPerDay(1), .fraction(0.25), .fraction(0.5)], span: [6, 8],
      budgetCap: [nil, 90_000]))

  @Test func countIsTheProduct() {
    #expect(ScenarioExpansion.expand(Self.spec).count == 2 * 3 * 2 * 2)
  }

  @Test func orderIsSchoolsThenAxesLastFastest() {
    let s = ScenarioExpansion.expand(Self.spec)
    #expect(s.map(\.index) == Array(0..<24))
    #expect(s[0].id == "a_r1pd_s6_cnone")
    #expect(s[1].id == "a_r1pd_s6_c90000")
    #expect(s[2].id == "a_r1pd_s8_cnone")
    #expect(s[4].id == "a_r25_s6_cnone")
    #expect(s[12].id == "b_r1pd_s6_cnone")
    #expect(Set(s.map(\.id)).count == s.count)
    #expect(s[5].labels.map(\.label) == ["25%", "6", "90,000"])
  }

  @Test func idsDoNotDependOnOtherValues() {
    var more = Self.spec
    more.axes.span = [4, 6, 8]
    let ids = Set(ScenarioExpansion.expand(more).map(\.id))
    #expect(Set(ScenarioExpansion.expand(Self.spec).map(\.id)).isSubset(of: ids))
  }

  @Test func noAxesIsOneScenarioPerSchool() {
    var plain = Self.spec
    plain.axes = SweepAxes()
    #expect(ScenarioExpansion.expand(plain).map(\.id) == ["a", "b"])
    #expect(ScenarioExpansion.axes(plain).isEmpty)
  }
}

struct ShardTests {
  @Test(arguments: [1, 2, 3, 5, 7])
  func shardsCoverEveryScenarioOnce(_ n: Int) {
    let all = ScenarioExpansion.expand(ExpansionTests.spec)
    var seen: [Int] = []
    for i in 1...n { seen += Shard(index: i, count: n)!.select(all).map(\.index) }
    #expect(seen.sorted() == all.map(\.index))
  }

  @Test func parsesOnlyValidShards() {
    #expect(Shard("2/4") == Shard(index: 2, count: 4))
    for bad in ["0/4", "5/4", "1/0", "a/b", "1", "1/2/3", "-1/2"] { #expect(Shard(bad) == nil) }
  }
}
