import CadreModel
import Foundation

/// DATE-TIME values (RFC 5545 section 3.3.5) and the one conversion the writer needs between
/// local wall time and UTC.
///
/// Times are plain integers (seconds since 1970-01-01T00:00, either UTC or local wall time) so
/// that date arithmetic goes through `CivilDate` and never through a `Calendar`, whose
/// behaviour depends on the process's locale.
enum ICalendarDateTime {
  static let secondsPerDay = 86_400

  /// Local wall time of `minutes` after midnight on `date` as seconds since 1970-01-01T00:00.
  /// Minutes outside 0..<1440 roll over into the neighbouring days instead of trapping.
  static func seconds(_ date: CivilDate, minutes: Int) -> Int {
    date.dayNumber * secondsPerDay + minutes * 60
  }

  /// "YYYYMMDDTHHMMSS" (a local or floating time) for seconds since 1970-01-01T00:00.
  static func format(_ seconds: Int) -> String {
    let day = floorDiv(seconds, secondsPerDay)
    let rest = seconds - day * secondsPerDay
    let d = CivilDate(dayNumber: day)
    return pad(d.year, 4) + pad(d.month, 2) + pad(d.day, 2) + "T" + pad(rest / 3600, 2)
      + pad(rest / 60 % 60, 2) + pad(rest % 60, 2)
  }

  /// "YYYYMMDDTHHMMSSZ" for seconds since 1970-01-01T00:00 UTC.
  static func formatUTC(_ seconds: Int) -> String { format(seconds) + "Z" }

  /// The UTC instant of local wall time `local` in `zone`. A wall time repeated when the
  /// clocks go back is its first occurrence; one skipped when they go forward is read with the
  /// offset in force before the gap (RFC 5545 section 3.3.5).
  ///
  /// Offsets lie within -12 h...+14 h, so the instant lies within 15 hours of `local` read as
  /// UTC; the offsets at both ends of that window are the only candidates while transitions
  /// are more than 30 hours apart, as they are in every zone.
  static func utc(local: Int, in zone: TimeZone) -> Int {
    let before = zone.secondsFromGMT(for: date(local - 15 * 3600))
    let after = zone.secondsFromGMT(for: date(local + 15 * 3600))
    let valid = [local - before, local - after].filter {
      zone.secondsFromGMT(for: date($0)) == local - $0
    }
    return valid.min() ?? local - before
  }

  static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: Double(seconds)) }

  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

  static func pad(_ v: Int, _ n: Int) -> String {
    let s = String(abs(v))
    return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, n - s.count)) + s
  }
}

extension ICalendar {
  /// A DTSTAMP value ("YYYYMMDDTHHMMSSZ") for `date`, truncated to the second, for callers
  /// that stamp a file with the time it was made.
  public static func stamp(_ date: Date) -> String {
    ICalendarDateTime.formatUTC(Int(date.timeIntervalSince1970.rounded(.down)))
  }
}
