import Foundation

/// `CadreFuzz worker`: runs inputs `from..<to` of one kind in process and reports on stdout,
/// one line each, so that the supervisor always knows which input is running:
/// `S index` before an input, `F index text` for a finding, and at the end
/// `E next stages slowest` (the first index not run, inputs per stage, the slowest input).
enum Worker {
  static func run(
    kind: FuzzKind, seed: UInt64, from: Int, to: Int, until: Double?, root: String
  ) {
    let context = Context(root: root)
    let mutator = Mutator(corpus: Corpus.load(kind, context), kind: kind)
    var stages = [Int](repeating: 0, count: Stage.allCases.count)
    var slowest = (index: -1, seconds: 0.0)
    var next = from
    while next < to {
      if let until, Date().timeIntervalSince1970 >= until { break }
      emit("S \(next)\n")
      let (bytes, _) = mutator.mutant(seed: seed, index: next)
      let started = Date()
      let outcome = Pipelines.run(kind, bytes, context, deep: next % 4 == 0)
      let seconds = Date().timeIntervalSince(started)
      if seconds > slowest.seconds { slowest = (next, seconds) }
      stages[outcome.stage.rawValue] += 1
      for f in outcome.findings {
        emit("F \(next) " + f.replacingOccurrences(of: "\n", with: " ") + "\n")
      }
      next += 1
    }
    let stageList = stages.map(String.init).joined(separator: ",")
    emit("E \(next) \(stageList) \(slowest.index):\(Int(slowest.seconds * 1000))\n")
  }

  static func emit(_ line: String) {
    var bytes = Array(line.utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + done, $0.count - done) }
      if n <= 0 { exit(3) }
      done += n
    }
  }
}
