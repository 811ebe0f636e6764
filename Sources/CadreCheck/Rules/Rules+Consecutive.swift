import CadreModel

extension Rules {
  /// `consecutive`: per teacher, per cycle day, every maximal run of consecutive taught
  /// periods (an untaught or blocked period ends a run) of length L counts
  /// max(0, L − maxConsecutivePeriods).
  static func consecutive(_ c: CheckContext) -> [Violation] {
    let most = c.school.policy.maxConsecutivePeriods
    var out: [Violation] = []
    for t in c.teachers {
      let teacher = c.school.teachers[t].id
      let id = teacher.raw
      for cd in 0..<c.cycleDayCount {
        var run: [Int] = []
        // One step past the day's last period closes the final run.
        for s in c.slots(ofCycleDay: cd).map({ Optional($0) }) + [nil] {
          if let s, c.teaches(t, s) && !c.blocked[s] {
            run.append(s)
            continue
          }
          if let a = run.first, let b = run.last {
            let over = excess(run.count, over: most)
            if over > 0 {
              out.append(
                softViolation(
                  "consecutive", over,
                  "\(id) teaches \(run.count) periods in a row on \(c.dayLabel(cd)) "
                    + "(\(c.periodName(a))-\(c.periodName(b))), max \(most)",
                  teachers: [teacher]))
            }
          }
          run = []
        }
      }
    }
    return out
  }
}
