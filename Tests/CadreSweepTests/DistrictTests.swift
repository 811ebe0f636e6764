import CadreGen
import CadreModel
import Testing

@testable import CadreSweep

/// The generated district of docs/SCALE-OUT.md and the school types a large report groups by.
struct DistrictTests {
  @Test func districtIsMixedSizedAndDeterministic() {
    let district = District.schools()
    #expect(district.count == 185)
    #expect(Set(district.map(\.id)).count == 185)
    let kinds = DistrictSchool.Kind.allCases.map { k in district.filter { $0.kind == k }.count }
    #expect(kinds == [111, 37, 37])
    #expect(district == District.schools())
    #expect(district != District.schools(seed: 2))
    let high = district.filter { $0.kind == .high }.map(\.spec.teachers)
    #expect((high.min() ?? 0) >= 36 && (high.max() ?? 0) <= 110)
    #expect(Set(high).count > 10)
    #expect(District.schools(count: 0).count == 1)
  }

  @Test func schoolTypesFollowTheGrades() {
    let first = District.schools(count: 4)
    #expect(first.map(\.id) == ["e001", "m002", "e003", "h004"])
    let types = first.map { SchoolType.of(SchoolGenerator.generate($0.spec, seed: $0.seed)) }
    #expect(types == ["elementary", "middle", "elementary", "high"])
    #expect(SchoolType.of(Fixture.smallAB) == "middle")
    var school = Fixture.smallAB
    school.classes = school.classes.enumerated().map { i, c in
      var c = c
      c.grade = i == 0 ? "Grade K" : "8"
      return c
    }
    #expect(SchoolType.of(school) == "K-8")
    school.classes = school.classes.map { c in
      var c = c
      c.grade = "ungraded"
      return c
    }
    #expect(SchoolType.of(school) == "other")
  }
}
