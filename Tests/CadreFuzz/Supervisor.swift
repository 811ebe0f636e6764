import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Settings of a supervised run.
struct RunSettings {
  var kinds: [FuzzKind] = FuzzKind.allCases
  var seed: UInt64 = 1
  /// Inputs per kind; nil: until the time limit.
  var count: Int?
  var timeLimit: Double?
  var workers = 2
  var out = "fuzz-out"
  var root: String
  /// Seconds an input may run before the worker is stopped and the input kept as a hang.
  var hangSeconds = 20.0
  var memoryLimit = 2 << 30
  /// A folder of pending fixtures: crashes at their sites are reported but do not fail the run.
  var known: String?
}

/// `CadreFuzz run`: hands chunks of input indices to worker processes (round robin over the
/// kinds), follows each worker's progress line by line, and when a worker dies (a signal, a
/// non-zero exit), stops making progress (hang) or grows past the memory limit, rebuilds the
/// input it was running with `gen`, keeps it with its crash site, and starts a worker after it.
final class Supervisor {
  struct Slot {
    var child: Child
    var kind: FuzzKind
    var range: Range<Int>
    var current: Int?
    var lastProgress: Date
    var started: Date
    var buffer: [UInt8] = []
    var stopReason: String?
    var stopSent: Date?
    var ended: String?
    var log: String
  }

  struct KindStats {
    var inputs = 0
    var workerSeconds = 0.0
    var stages = [Int](repeating: 0, count: Stage.allCases.count)
    var slowest = (index: -1, ms: 0)
  }

  struct Failure {
    var kind: FuzzKind
    var index: Int
    var reason: String
    var site: CrashSite
    var known: Bool
  }

  let s: RunSettings
  var next: [FuzzKind: Int] = [:]
  var turn = 0
  var slots: [Slot?]
  var stats: [FuzzKind: KindStats] = [:]
  var failures: [Failure] = []
  var findings: [(kind: FuzzKind, index: Int, text: String, known: Bool)] = []
  var savedPerSite: [String: Int] = [:]
  var knownKeys: Set<String> = []
  let deadline: Date?
  let me = selfPath()

  init(_ settings: RunSettings) {
    s = settings
    slots = Array(repeating: nil, count: max(1, settings.workers))
    deadline = settings.timeLimit.map { Date().addingTimeInterval($0) }
    for k in settings.kinds { next[k] = 0 }
    if let known = settings.known { knownKeys = Self.knownKeys(in: known) }
  }

  /// The `site-key:` lines of the `.txt` notes in a folder of pending fixtures.
  static func knownKeys(in folder: String) -> Set<String> {
    var keys: Set<String> = []
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasSuffix(".txt") {
      guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else {
        continue
      }
      for line in text.split(separator: "\n") where line.hasPrefix("site-key: ") {
        keys.insert(String(line.dropFirst("site-key: ".count)).trimmed)
      }
    }
    return keys
  }

  /// A finding's site key: its text up to the first colon, e.g. `finding: the written
  /// solution.xml does not read back`.
  static func findingKey(_ text: String) -> String {
    "finding: " + (text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text)
  }

  /// The next chunk, kinds taking turns; nil when the count or the time is used up.
  func nextJob() -> (FuzzKind, Range<Int>)? {
    if let deadline, Date() >= deadline { return nil }
    for _ in 0..<s.kinds.count {
      let kind = s.kinds[turn % s.kinds.count]
      turn += 1
      let from = next[kind] ?? 0
      let to = s.count.map { min($0, from + kind.chunk) } ?? from + kind.chunk
      if from < to {
        next[kind] = to
        return (kind, from..<to)
      }
    }
    return nil
  }

  func start(_ kind: FuzzKind, _ range: Range<Int>, slot i: Int) {
    var argv = [
      me, "worker", "--kind", kind.rawValue, "--seed", String(s.seed), "--from",
      String(range.lowerBound), "--to", String(range.upperBound), "--root", s.root,
    ]
    if let deadline { argv += ["--until", String(deadline.timeIntervalSince1970)] }
    let log = s.out + "/work/worker-\(i).log"
    guard let child = Child.spawn(argv, stderrFile: log, extraEnvironment: Self.backtraceEnv)
    else {
      FileHandle.standardError.write(Data("CadreFuzz: cannot start \(me)\n".utf8))
      exit(70)
    }
    slots[i] = Slot(
      child: child, kind: kind, range: range, current: nil, lastProgress: Date(), started: Date(),
      log: log)
  }

  /// The Swift runtime's backtracer, non-interactive and short: the crashed thread's frames
  /// with file and line, which name the crash site.
  static let backtraceEnv = [
    "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,threads=crashed,registers=none,"
      + "images=none,sanitize=no,limit=40,top=16"
  ]

  func run() -> Int32 {
    try? FileManager.default.createDirectory(
      atPath: s.out + "/work", withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(
      atPath: s.out + "/crashes", withIntermediateDirectories: true)
    let began = Date()
    var lastReport = Date()
    while true {
      for i in slots.indices where slots[i] == nil {
        guard let (kind, range) = nextJob() else { break }
        start(kind, range, slot: i)
      }
      if slots.allSatisfy({ $0 == nil }) { break }
      var pfds = slots.compactMap { $0 }.map {
        pollfd(fd: $0.child.fd, events: Int16(POLLIN), revents: 0)
      }
      _ = poll(&pfds, nfds_t(pfds.count), 200)
      for i in slots.indices where slots[i] != nil { service(i) }
      if Date().timeIntervalSince(lastReport) >= 30 {
        lastReport = Date()
        progressLine(elapsed: Date().timeIntervalSince(began))
      }
    }
    return summary(elapsed: Date().timeIntervalSince(began))
  }

  /// Reads a worker's lines, watches its time and memory, and handles its end.
  func service(_ i: Int) {
    guard var slot = slots[i] else { return }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var eof = false
    while true {
      let n = chunk.withUnsafeMutableBytes { read(slot.child.fd, $0.baseAddress, $0.count) }
      if n > 0 {
        slot.buffer += chunk[0..<n]
        continue
      }
      if n == 0 { eof = true }
      break
    }
    while let nl = slot.buffer.firstIndex(of: 0x0A) {
      let line = String(decoding: slot.buffer[..<nl], as: UTF8.self)
      slot.buffer.removeSubrange(...nl)
      if line.hasPrefix("S "), let index = Int(line.dropFirst(2)) {
        slot.current = index
        slot.lastProgress = Date()
      } else if line.hasPrefix("F ") {
        let parts = line.dropFirst(2).split(separator: " ", maxSplits: 1)
        if let index = parts.first.flatMap({ Int($0) }) {
          let text = parts.count > 1 ? String(parts[1]) : ""
          let known = knownKeys.contains(Self.findingKey(text))
          findings.append((slot.kind, index, text, known))
          saveInput(
            kind: slot.kind, index: index, note: "finding: " + text, site: nil,
            reason: Self.findingKey(text))
        }
      } else if line.hasPrefix("E ") {
        slot.ended = String(line.dropFirst(2))
      }
    }
    if eof {
      close(slot.child.fd)
      let (code, signal) = slot.child.wait()
      slots[i] = nil
      finish(slot, code: code, signal: signal)
      return
    }
    let now = Date()
    if slot.stopReason == nil {
      if slot.current != nil, now.timeIntervalSince(slot.lastProgress) > s.hangSeconds {
        slot.stopReason = "hang"
      } else if slot.child.residentBytes() > s.memoryLimit {
        slot.stopReason = "memory"
      }
      if slot.stopReason != nil {
        // SIGQUIT first: the backtracer prints where the worker is, which names the site.
        kill(slot.child.pid, SIGQUIT)
        slot.stopSent = now
      }
    } else if let sent = slot.stopSent, now.timeIntervalSince(sent) > 10 {
      kill(slot.child.pid, SIGKILL)
      slot.stopSent = now.addingTimeInterval(3_600)
    }
    slots[i] = slot
  }

  func finish(_ slot: Slot, code: Int32?, signal: Int32?) {
    let elapsed = Date().timeIntervalSince(slot.started)
    var st = stats[slot.kind] ?? KindStats()
    st.workerSeconds += elapsed
    let done: Int
    if code == 0, slot.stopReason == nil, let end = slot.ended {
      let f = end.split(separator: " ")
      done = (f.first.flatMap { Int($0) } ?? slot.range.upperBound) - slot.range.lowerBound
      if f.count > 1 {
        for (k, n) in f[1].split(separator: ",").enumerated() where k < st.stages.count {
          st.stages[k] += Int(n) ?? 0
        }
      }
      if f.count > 2 {
        let p = f[2].split(separator: ":")
        if p.count == 2, let ms = Int(p[1]), ms > st.slowest.ms, let idx = Int(p[0]) {
          st.slowest = (idx, ms)
        }
      }
      st.inputs += done
      stats[slot.kind] = st
      return
    }
    guard let index = slot.current else {
      let log = (try? String(contentsOfFile: slot.log, encoding: .utf8)) ?? ""
      FileHandle.standardError.write(
        Data("CadreFuzz: a \(slot.kind) worker failed before its first input:\n\(log)\n".utf8))
      exit(70)
    }
    st.inputs += index - slot.range.lowerBound + 1
    stats[slot.kind] = st
    let reason =
      slot.stopReason
      ?? (signal.map { "crash (signal \($0) \(Self.signalName($0)))" }
        ?? "crash (exit \(code ?? -1))")
    let log = (try? String(contentsOfFile: slot.log, encoding: .utf8)) ?? ""
    let site = CrashSite(log: log, fallback: reason)
    let known = knownKeys.contains(site.key)
    failures.append(
      Failure(kind: slot.kind, index: index, reason: reason, site: site, known: known))
    FileHandle.standardError.write(
      Data(
        "CadreFuzz: \(reason) on \(slot.kind) input \(index) at \(site.site)\(known ? " (known, pending)" : "")\n"
          .utf8))
    saveInput(kind: slot.kind, index: index, note: log, site: site, reason: reason)
    // The rest of the chunk, after the input that failed.
    if index + 1 < slot.range.upperBound {
      if let deadline, Date() >= deadline { return }
      if let free = slots.firstIndex(where: { $0 == nil }) {
        start(slot.kind, (index + 1)..<slot.range.upperBound, slot: free)
      }
    }
  }

  static func signalName(_ s: Int32) -> String {
    switch s {
    case SIGILL: "SIGILL"
    case SIGTRAP: "SIGTRAP"
    case SIGABRT: "SIGABRT"
    case SIGSEGV: "SIGSEGV"
    case SIGBUS: "SIGBUS"
    case SIGKILL: "SIGKILL"
    case SIGQUIT: "SIGQUIT"
    case SIGFPE: "SIGFPE"
    default: "signal"
    }
  }

  /// Rebuilds input `index` with `gen` into `out/crashes/<kind>-<seed>-<index>.<ext>` beside a
  /// `.txt` note: the reason, the site, how the input was made, how to reproduce it, and the
  /// worker's stderr. Three inputs per site are kept; the rest are only counted.
  func saveInput(kind: FuzzKind, index: Int, note: String, site: CrashSite?, reason: String) {
    let key = "\(kind) " + (site?.key ?? reason)
    let n = savedPerSite[key, default: 0]
    savedPerSite[key] = n + 1
    guard n < 3 else { return }
    let base = s.out + "/crashes/\(kind)-\(s.seed)-\(index)"
    let file = base + "." + kind.fileExtension
    let summaryFile = base + ".summary"
    if let gen = Child.spawn(
      [
        me, "gen", "--kind", kind.rawValue, "--seed", String(s.seed), "--index", String(index),
        "--root", s.root, "--out", file,
      ], stdoutFile: summaryFile, stderrFile: "/dev/null")
    {
      _ = gen.wait()
    }
    let summary = (try? String(contentsOfFile: summaryFile, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: summaryFile)
    var text = "kind: \(kind)\nseed: \(s.seed)\nindex: \(index)\nreason: \(reason)\n"
    if let site {
      text += "site: \(site.site)\nsite-key: \(site.key)\nmessage: \(site.message)\n"
    } else {
      text += "site-key: \(reason)\n"
    }
    text += "input: \(summary.trimmed)\n"
    text += "reproduce: CadreFuzz replay \(file) --kind \(kind)\n"
    text +=
      "regenerate: CadreFuzz gen --kind \(kind) --seed \(s.seed) --index \(index) --out FILE\n"
    text += "\n" + String(note.suffix(6_000)) + "\n"
    try? text.write(toFile: base + ".txt", atomically: true, encoding: .utf8)
  }

  func progressLine(elapsed: Double) {
    let total = stats.values.reduce(0) { $0 + $1.inputs }
    let bad = failures.filter { !$0.known }.count
    print(
      "CadreFuzz: \(Int(elapsed)) s, \(total) inputs done, \(bad) new failures, "
        + "\(failures.count - bad) known")
    fflush(nil)
  }

  func summary(elapsed: Double) -> Int32 {
    print(
      "kind       inputs   inputs/s per worker  reached: "
        + Stage.allCases.map(\.label).joined(separator: " / "))
    var total = 0
    for k in s.kinds {
      let st = stats[k] ?? KindStats()
      total += st.inputs
      let rate = st.workerSeconds > 0 ? Double(st.inputs) / st.workerSeconds : 0
      print(
        k.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + " "
          + String(st.inputs).leftPadded(8) + "   " + String(Int(rate.rounded())).leftPadded(8)
          + "             " + st.stages.map(String.init).joined(separator: " / ")
          + "  (slowest: input \(st.slowest.index), \(st.slowest.ms) ms)")
    }
    var sites: [String: (count: Int, first: Failure)] = [:]
    for f in failures {
      let key = "\(f.reason.hasPrefix("crash") ? "crash" : f.reason) \(f.kind) \(f.site.site)"
      sites[key] = ((sites[key]?.count ?? 0) + 1, sites[key]?.first ?? f)
    }
    for (key, v) in sites.sorted(by: { $0.key < $1.key }) {
      print(
        "  \(v.first.known ? "known" : "NEW  ") \(key): \(v.count)x, e.g. \(v.first.kind)-\(s.seed)-\(v.first.index)"
          + (v.first.site.message.isEmpty ? "" : " (\(v.first.site.message))"))
    }
    for f in findings.prefix(20) {
      print("  \(f.known ? "known" : "NEW  ") finding \(f.kind) \(f.index): \(f.text)")
    }
    let crashes = failures.filter { $0.reason.hasPrefix("crash") }
    let newFailures = failures.filter { !$0.known }
    print(
      "CadreFuzz: seed \(s.seed), \(total) inputs in \(Int(elapsed.rounded())) s: "
        + "\(crashes.count) crashes, \(failures.filter { $0.reason == "hang" }.count) hangs, "
        + "\(failures.filter { $0.reason == "memory" }.count) over the memory limit, "
        + "\(findings.count) findings; \(failures.count - newFailures.count) at known pending sites; "
        + "inputs kept in \(s.out)/crashes")
    return newFailures.isEmpty && findings.allSatisfy(\.known) ? 0 : 1
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
