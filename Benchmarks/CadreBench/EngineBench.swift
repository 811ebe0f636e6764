import Foundation

/// The engine figures of issue 3: time to the first hard-feasible schedule (median of runs),
/// soft cost after fixed times, moves per second and peak memory, per benchmark size.
enum EngineBench {
  static func run(args: [String]) -> Int32 {
    let sizes = (value("sizes") ?? "S,M,L,XL").split(separator: ",").map(String.init)
    let runs = Int(value("runs") ?? "5") ?? 5
    let softTimes = (value("soft-times") ?? "10,60").split(separator: ",").compactMap {
      Double($0)
    }
    var rows: [[String: Any]] = []
    var table = [
      "| size | teachers | classes | meetings | first feasible (median of \(runs)) | target "
        + "| runs feasible | peak MB | "
        + softTimes.map { "(hard, soft) @ \(Int($0)) s | moves/s @ \(Int($0)) s" }
        .joined(separator: " | ") + " |",
      "|" + String(repeating: " --- |", count: 8 + 2 * softTimes.count),
    ]
    for size in sizes {
      var firsts: [Double] = []
      var feasible = 0
      var peak = 0.0
      var info: [String: Any] = [:]
      for r in 1...runs {
        guard
          let one = child([
            "one", "--size", size, "--seed", String(r), "--time", "30", "--stop-at-feasible", "1",
          ])
        else { continue }
        if r == 1 { info = one }  // the size columns describe seed 1, the seed of the soft runs
        peak = max(peak, one["peakMB"] as? Double ?? 0)
        if (one["hard"] as? Int) == 0, let t = one["firstFeasibleSeconds"] as? Double {
          firsts.append(t)
          feasible += 1
        } else {
          // A run that found nothing within its 30 s counts as slower than every other run,
          // so the median is not taken over the lucky runs only.
          firsts.append(.infinity)
        }
      }
      var row: [String: Any] = [
        "size": size, "teachers": info["teachers"] ?? 0, "classes": info["classes"] ?? 0,
        "meetings": info["meetings"] ?? 0,
        "firstFeasibleSeconds": firsts.map { $0.isFinite ? $0 as Any : NSNull() },
        "firstFeasibleMedian": median(firsts).map { $0 as Any } ?? NSNull(),
        "targetSeconds": target(size).map { $0 as Any } ?? NSNull(),
        "runsFeasible": feasible, "runs": runs,
      ]
      var cells: [String] = []
      for t in softTimes {
        let one = child(["one", "--size", size, "--seed", "1", "--time", String(t)]) ?? [:]
        peak = max(peak, one["peakMB"] as? Double ?? 0)
        row["soft@\(Int(t))"] = one
        cells.append("(\(one["hard"] ?? "?"), \(one["soft"] ?? "?"))")
        cells.append(String(Int(one["movesPerSecond"] as? Double ?? 0)))
      }
      row["peakMB"] = peak
      rows.append(row)
      let med = median(firsts).map { String(format: "%.3f s", $0) } ?? "none"
      let goal = target(size).map { "≤ \(String(format: "%g", $0)) s" } ?? "-"
      table.append(
        "| \(size) | \(info["teachers"] ?? "?") | \(info["classes"] ?? "?") | "
          + "\(info["meetings"] ?? "?") | \(med) | \(goal) | \(feasible)/\(runs) | "
          + String(format: "%.0f", peak) + " | " + cells.joined(separator: " | ") + " |")
      FileHandle.standardError.write(Data(((table.last ?? "") + "\n").utf8))
    }
    print(table.joined(separator: "\n"))
    let path = value("json") ?? "Benchmarks/results/latest-engine.json"
    let doc: [String: Any] = ["machine": machine(), "date": "\(Date())", "rows": rows]
    if let data = try? JSONSerialization.data(
      withJSONObject: doc, options: [.prettyPrinted, .sortedKeys])
    {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try? data.write(to: URL(fileURLWithPath: path))
      FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
    return 0
  }

  /// The median; nil when there are no runs or when it falls on a run that found nothing.
  static func median(_ xs: [Double]) -> Double? {
    guard !xs.isEmpty else { return nil }
    let s = xs.sorted()
    let m = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    return m.isFinite ? m : nil
  }

  /// Issue 3's first-feasible targets (median of 5 on 2 cores), in seconds.
  static func target(_ size: String) -> Double? {
    switch size {
    case "S": 0.1
    case "M": 0.3
    case "L": 1
    case "XL": 2
    default: nil
    }
  }

  /// Runs this executable again with `arguments` and decodes its one JSON line.
  static func child(_ arguments: [String]) -> [String: Any]? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    // `--engine NAME` is passed on, so each engine can be measured (default: the general one).
    p.arguments = arguments + (value("engine").map { ["--engine", $0] } ?? [])
    let pipe = Pipe()
    p.standardOutput = pipe
    do { try p.run() } catch {
      FileHandle.standardError.write(Data("cannot run \(arguments): \(error)\n".utf8))
      return nil
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  static func machine() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first(where: { $0.hasPrefix("model name") })?
      .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores"
  }
}
