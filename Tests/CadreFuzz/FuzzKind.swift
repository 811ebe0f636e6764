/// The input formats the fuzzer mutates, each driven through the pipeline the CLI runs on it.
enum FuzzKind: String, CaseIterable, Sendable {
  /// A school file: `validate`, `explain`, `solve` (short, step-limited) and its outputs.
  case school
  /// A sweep file: decoding, base schools, scenario expansion and one tiny scenario solve.
  case sweep
  /// An XHSTT archive: `validate`, `check --embedded`, a short `solve`, the written solution
  /// read back.
  case xhstt
  /// A schedule given to `check` (and to `solve --from`) for a fixed sample school.
  case schedule
  /// A coaching calendar given to `check --calendar` for the same school and its schedule.
  case calendar

  var fileExtension: String { self == .xhstt ? "xml" : "json" }

  /// Mixed into the seed so that kinds with the same seed explore different streams.
  var tag: UInt64 {
    switch self {
    case .school: 1
    case .sweep: 2
    case .xhstt: 3
    case .schedule: 4
    case .calendar: 5
    }
  }

  /// Inputs handed to a worker at a time: about five seconds of work on this machine, so that
  /// kinds interleave and a time limit is met closely.
  var chunk: Int {
    switch self {
    case .school: 1_000
    case .sweep: 1_000
    case .xhstt: 300
    case .schedule, .calendar: 2_000
    }
  }

  static func parseList(_ text: String) -> [FuzzKind]? {
    var kinds: [FuzzKind] = []
    for part in text.split(separator: ",") {
      guard let k = FuzzKind(rawValue: String(part)) else { return nil }
      if !kinds.contains(k) { kinds.append(k) }
    }
    return kinds.isEmpty ? nil : kinds
  }
}
