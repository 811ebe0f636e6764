import CadreGen
import CadreIO
import CadreModel
import Foundation

/// `CadreBench district --out DIR [--schools 185] [--seed 1] [--step-limit 100000]
/// [--calendar-step-limit 10000]`: writes a generated district (CadreGen's `District`) as
/// `DIR/schools/<id>.json`, one `cadre/1` file per school, and `DIR/district.json`, a
/// `cadre-sweep/1` file over all of them with the issue's scenarios: release one period a day,
/// 25% and 50%, span 6 and 8 (six scenarios a school), at half the usual schedule search
/// (100,000 steps) and a 10,000-step calendar, so that 1,110 scenarios take minutes, not an
/// hour, on 2 cores. Deterministic: one seed, one district, byte for byte. docs/SCALE-OUT.md
/// measures it (Benchmarks/district-bench.sh).
enum DistrictCommand {
  static func run(args: [String]) -> Int32 {
    guard let out = value("out"), !out.isEmpty else {
      return usage("district: --out DIR is required")
    }
    guard let count = Int(value("schools") ?? "185"), (1...2_000).contains(count) else {
      return usage("district: --schools takes 1...2000")
    }
    guard let seed = UInt64(value("seed") ?? "1") else {
      return usage("district: --seed takes a whole number >= 0")
    }
    guard let steps = Int(value("step-limit") ?? "100000"), (1...10_000_000_000).contains(steps)
    else { return usage("district: --step-limit takes 1...10^10") }
    guard let calendarSteps = Int(value("calendar-step-limit") ?? "10000"),
      (0...1_000_000_000).contains(calendarSteps)
    else { return usage("district: --calendar-step-limit takes 0...10^9") }
    let schools = District.schools(count: count, seed: seed)
    var entries: [JSONValue] = []
    do {
      for s in schools {
        let school = SchoolGenerator.generate(s.spec, seed: s.seed)
        try AtomicFile.write(SchoolJSON.encode(school), to: "\(out)/schools/\(s.id).json")
        entries.append(.object([("id", .string(s.id)), ("file", .string("schools/\(s.id).json"))]))
      }
      var sweep: [(String, JSONValue)] = [
        ("format", .string("cadre-sweep/1")),
        ("name", .string("Generated district: \(count) schools, release and span")),
        ("schools", .array(entries)),
        (
          "axes",
          .object([
            (
              "release",
              .array([.object([("periodsPerDay", .integer(1))]), .double(0.25), .double(0.5)])
            ),
            ("span", .array([.integer(6), .integer(8)])),
          ])
        ),
        ("seed", .integer(1)),
        ("stepLimit", .integer(steps)),
      ]
      sweep.append(("calendarStepLimit", .integer(calendarSteps)))
      sweep.append(("timeLimit", .integer(120)))
      try AtomicFile.write(JSONWriter.write(.object(sweep)), to: "\(out)/district.json")
    } catch {
      FileHandle.standardError.write(Data("\(error.diagnostic.rendered)\n".utf8))
      return 74
    }
    let kinds = DistrictSchool.Kind.allCases.map { k in
      "\(schools.filter { $0.kind == k }.count) \(k.rawValue)"
    }
    print(
      "wrote \(out)/district.json: \(count) schools (\(kinds.joined(separator: ", "))), "
        + "\(count * 6) scenarios")
    return 0
  }

  static func usage(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    return 64
  }
}
