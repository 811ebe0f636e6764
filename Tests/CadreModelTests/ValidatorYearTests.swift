import CadreModel
import Testing

@Suite struct ValidatorYearTests {
  @Test func lastDayBeforeFirstDay() {
    var s = validSchool()
    s.year?.lastDay = date("2026-05-28")
    expectDiagnostic("dates-out-of-order", at: "/year/lastDay", in: s)
  }

  @Test func closureEndingBeforeItStarts() {
    var s = validSchool()
    s.year?.closures[0].to = date("2026-12-01")
    expectDiagnostic("dates-out-of-order", at: "/year/closures/0/to", in: s)
  }

  @Test func closureOutsideTheYear() {
    var s = validSchool()
    s.year?.closures[0] = DateRange(
      name: "Winter break", from: date("2025-12-21"), to: date("2026-01-01"))
    let d = expectDiagnostic("date-outside-year", at: "/year/closures/0/from", in: s)
    #expect(d?.message.contains("2025-12-21") == true)
  }

  @Test func termOutsideTheYear() {
    var s = validSchool()
    s.year?.terms[1].to = date("2027-06-30")
    expectDiagnostic("date-outside-year", at: "/year/terms/1/to", in: s)
  }

  @Test func overlappingTerms() {
    var s = validSchool()
    s.year?.terms[1].from = date("2026-12-01")
    expectDiagnostic("terms-overlap", at: "/year/terms/1/from", in: s)
  }

  @Test func emptyTimeZoneIsAnError() {
    var s = validSchool()
    s.year?.timeZone = ""
    expectDiagnostic("bad-time-zone", at: "/year/timeZone", in: s)
  }

  @Test func abbreviatedTimeZoneIsAWarning() {
    var s = validSchool()
    s.year?.timeZone = "MST"
    expectDiagnostic("bad-time-zone", at: "/year/timeZone", in: s, severity: .warning)
    for ok in ["UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+7"] {
      s.year?.timeZone = ok
      #expect(!codes(s).contains("bad-time-zone"), "\(ok)")
    }
  }

  @Test func firstCycleWeekOutsideTheCycle() {
    var s = validSchool()
    s.year?.firstCycleWeek = 1
    expectDiagnostic("unknown-week", at: "/year/firstCycleWeek", in: s)
  }
}
