import CadreModel

/// A run of one team's weekly huddles written as a single recurring VEVENT: the same leader,
/// teachers, weekday, period and times every week from the first occurrence to the last, with
/// the weeks in between that have no occurrence (closures, or weeks the huddle was moved to
/// another day) listed as exceptions.
///
/// Invariants: `occurrences` holds at least two events, sorted by date, on distinct dates that
/// are whole weeks apart; `excluded` holds every other week's date in the span, sorted, and
/// is shorter than `occurrences`.
struct ICalendarHuddleSeries {
  var occurrences: [CoachingEvent]
  var excluded: [CivilDate]

  var first: CoachingEvent { occurrences[0] }
  var last: CoachingEvent { occurrences[occurrences.count - 1] }

  /// Most weeks between two occurrences of one series: a longer gap (more than four weeks
  /// without the huddle) starts a new series, so that a pattern that returns after months is
  /// not written as one rule with a long list of exceptions.
  static let maxGapWeeks = 5

  /// Splits `events` into weekly series and the events written one by one (every non-huddle,
  /// and every huddle that has no weekly partner), both in a deterministic order. A run
  /// becomes a series only when it has more occurrences than skipped weeks: two huddles that
  /// happen to share a weekday a month apart (moved ones, typically) are not a weekly event.
  /// - Complexity: O(n log n) in the number of events.
  static func split(_ events: [CoachingEvent]) -> (
    series: [ICalendarHuddleSeries], singles: [CoachingEvent]
  ) {
    var singles: [CoachingEvent] = []
    var groups: [String: [CoachingEvent]] = [:]
    for e in events {
      guard e.kind == .huddle else {
        singles.append(e)
        continue
      }
      groups[key(e), default: []].append(e)
    }
    var series: [ICalendarHuddleSeries] = []
    for k in groups.keys.sorted() {
      let sorted = (groups[k] ?? []).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
      var run: [CoachingEvent] = []
      func close() {
        let excluded = gaps(run)
        if run.count >= 2, excluded.count < run.count {
          series.append(ICalendarHuddleSeries(occurrences: run, excluded: excluded))
        } else {
          singles += run
        }
        run = []
      }
      for e in sorted {
        if let previous = run.last {
          // The same date twice cannot be one weekly occurrence: the second is written alone.
          if previous.date == e.date {
            singles.append(e)
            continue
          }
          if (e.date.dayNumber - previous.date.dayNumber) / 7 > maxGapWeeks { close() }
        }
        run.append(e)
      }
      close()
    }
    return (series, singles)
  }

  /// What must be equal for two huddles to be occurrences of one weekly event.
  static func key(_ e: CoachingEvent) -> String {
    let teachers = e.teachers.map(\.raw).sorted().joined(separator: "\u{1}")
    return [
      e.team?.raw ?? "", e.leader.raw, String(e.date.weekday), e.period, String(e.start.minutes),
      String(e.end.minutes), teachers,
    ].joined(separator: "\u{0}")
  }

  /// The weeks between the first and last of `run` (same weekday) with no occurrence.
  static func gaps(_ run: [CoachingEvent]) -> [CivilDate] {
    var out: [CivilDate] = []
    for (a, b) in zip(run, run.dropFirst()) {
      var d = a.date.adding(days: 7)
      while d < b.date {
        out.append(d)
        d = d.adding(days: 7)
      }
    }
    return out
  }
}
