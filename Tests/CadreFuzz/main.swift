import Foundation

/// CadreFuzz: the seeded mutation fuzzer of docs/FUZZING.md.
///
///     CadreFuzz run [--kinds school,sweep,xhstt,schedule,calendar] [--seed N]
///                   [--count N | --time-limit S] [--workers N] [--out DIR] [--known DIR]
///     CadreFuzz replay FILE [--kind K]      one input, in process
///     CadreFuzz replay-all DIR              every DIR/<kind>/* fixture (pending/ skipped)
///     CadreFuzz gen --kind K --seed N --index I --out FILE
///     CadreFuzz worker ...                  (started by run)
let usage = """
  usage: CadreFuzz run [--kinds K,K] [--seed N] [--count N] [--time-limit S] [--workers N]
                       [--out DIR] [--known DIR] [--hang-seconds S] [--memory-mb N] [--root DIR]
         CadreFuzz replay FILE [--kind K] [--root DIR]
         CadreFuzz replay-all DIR [--root DIR]
         CadreFuzz gen --kind K --seed N --index I --out FILE [--root DIR]
  kinds: \(FuzzKind.allCases.map(\.rawValue).joined(separator: ", "))
  """

/// The project root: --root, else the working directory when it holds Samples/, else the
/// folder this file was compiled from, two levels up.
func projectRoot(_ flags: Flags) -> String {
  if let r = flags.values["root"] { return URL(fileURLWithPath: r).standardized.path }
  let cwd = FileManager.default.currentDirectoryPath
  if FileManager.default.fileExists(atPath: cwd + "/Samples") { return cwd }
  return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
}

func main() throws(FuzzError) -> Int32 {
  let args = CommandLine.arguments.dropFirst()
  guard let command = args.first else {
    print(usage)
    return 64
  }
  let rest = args.dropFirst()
  switch command {
  case "run":
    let f = try Flags(
      rest,
      valued: [
        "kinds", "seed", "count", "time-limit", "workers", "out", "known", "hang-seconds",
        "memory-mb", "root",
      ])
    var settings = RunSettings(root: projectRoot(f))
    if let k = f.values["kinds"] {
      guard let kinds = FuzzKind.parseList(k) else { throw FuzzError("bad --kinds \(k)") }
      settings.kinds = kinds
    }
    settings.seed = UInt64(try f.int("seed", default: 1))
    settings.count = f.values["count"] == nil ? nil : try f.int("count", default: 0)
    settings.timeLimit = f.values["time-limit"].flatMap(Double.init)
    if settings.count == nil && settings.timeLimit == nil {
      throw FuzzError("run needs --count N (inputs per kind) or --time-limit S")
    }
    settings.workers = max(1, try f.int("workers", default: 2))
    settings.out = f.values["out"] ?? "fuzz-out"
    settings.known = f.values["known"]
    settings.hangSeconds = Double(try f.int("hang-seconds", default: 20))
    settings.memoryLimit = try f.int("memory-mb", default: 2_048) << 20
    return Supervisor(settings).run()
  case "worker":
    let f = try Flags(rest, valued: ["kind", "seed", "from", "to", "until", "root"])
    guard let kind = try f.kind() else { throw FuzzError("worker needs --kind") }
    Worker.run(
      kind: kind, seed: UInt64(try f.int("seed", default: 1)), from: try f.int("from", default: 0),
      to: try f.int("to", default: 0), until: f.values["until"].flatMap(Double.init),
      root: projectRoot(f))
    return 0
  case "gen":
    let f = try Flags(rest, valued: ["kind", "seed", "index", "out", "root"])
    guard let kind = try f.kind(), let out = f.values["out"] else {
      throw FuzzError("gen needs --kind and --out")
    }
    let context = Context(root: projectRoot(f))
    let mutator = Mutator(corpus: Corpus.load(kind, context), kind: kind)
    let (bytes, summary) = mutator.mutant(
      seed: UInt64(try f.int("seed", default: 1)), index: try f.int("index", default: 0))
    guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
      throw FuzzError("cannot write \(out)")
    }
    print(summary)
    return 0
  case "replay":
    let f = try Flags(rest, valued: ["kind", "root"])
    guard f.positionals.count == 1 else { throw FuzzError("replay takes one file") }
    let path = f.positionals[0]
    guard let kind = try f.kind() ?? Replay.kind(of: path) else {
      throw FuzzError("cannot tell the kind of \(path); give --kind")
    }
    return Replay.one(path, kind: kind, context: Context(root: projectRoot(f)))
  case "replay-all":
    let f = try Flags(rest, valued: ["root"])
    guard f.positionals.count == 1 else { throw FuzzError("replay-all takes one folder") }
    return Replay.all(f.positionals[0], context: Context(root: projectRoot(f)))
  case "site":
    // The site lines of a crash note, from a replay's stderr (for filing pending fixtures).
    guard let path = rest.first, let log = try? String(contentsOfFile: path, encoding: .utf8)
    else { throw FuzzError("site takes a log file") }
    let site = CrashSite(log: log, fallback: "unknown")
    print("site: \(site.site)\nsite-key: \(site.key)\nmessage: \(site.message)")
    return 0
  case "help", "--help", "-h":
    print(usage)
    return 0
  default:
    throw FuzzError("unknown command \(command)\n\(usage)")
  }
}

do {
  exit(try main())
} catch {
  FileHandle.standardError.write(Data("CadreFuzz: \(error.message)\n".utf8))
  exit(64)
}
