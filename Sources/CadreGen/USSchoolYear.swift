import CadreModel

/// A realistic US school year, 2026-08-24 to 2027-06-04: 180 instructional days over 41
/// weeks, with Labor Day, Thanksgiving, a two-week winter break, MLK and Presidents' Days, a
/// spring break, Memorial Day, four in-service days and two semesters.
enum USSchoolYear {
  static func make(timeZone: String) -> SchoolYear {
    func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
      CivilDate(year: y, month: m, day: d) ?? CivilDate(dayNumber: 0)
    }
    func range(_ name: String, _ from: CivilDate, _ to: CivilDate? = nil) -> DateRange {
      DateRange(name: name, from: from, to: to ?? from)
    }
    return SchoolYear(
      firstDay: date(2026, 8, 24), lastDay: date(2027, 6, 4), timeZone: timeZone,
      closures: [
        range("Labor Day", date(2026, 9, 7)),
        range("In-service day", date(2026, 10, 9)),
        range("Thanksgiving break", date(2026, 11, 25), date(2026, 11, 27)),
        range("Winter break", date(2026, 12, 21), date(2027, 1, 1)),
        range("In-service day", date(2027, 1, 4)),
        range("Martin Luther King Jr. Day", date(2027, 1, 18)),
        range("Presidents' Day", date(2027, 2, 15)),
        range("In-service day", date(2027, 3, 12)),
        range("Spring break", date(2027, 3, 22), date(2027, 3, 26)),
        range("In-service day", date(2027, 4, 16)),
        range("Memorial Day", date(2027, 5, 31)),
      ],
      terms: [
        range("Semester 1", date(2026, 8, 24), date(2027, 1, 15)),
        range("Semester 2", date(2027, 1, 19), date(2027, 6, 4)),
      ])
  }
}
