import Cadre
import CadreGen
import CadreModel
import Foundation

/// The benchmark harness (release build). Timings are reported, never asserted; `ci` mode
/// compares only machine-independent figures (steps, costs at fixed step budgets) with a
/// committed baseline.
///
///   CadreBench engine [--sizes S,M,L,XL] [--runs 5] [--soft-times 10,60] [--json FILE]
///                     [--engine general|school]   (both the general engine since stop 23)
///   CadreBench ci [--baseline Benchmarks/baseline.json] [--write-baseline]
///   CadreBench one --size S --seed N [--time T] [--steps N] [--threads N] [--engine E]
///   CadreBench calendar [--size L] [--runs 3]      (coaching calendar for a benchmark school)
///   CadreBench generate --size S --out FILE       (a benchmark school as a cadre/1 file)
///   CadreBench district --out DIR [--schools 185] [--seed 1]   (a district sweep, SCALE-OUT.md)
///   CadreBench xhstt [--times 10,60] [--seeds 1,2,3] [--threads 2] [--instances F,...]
///                    [--data ../shared/data/xhstt] [--markdown FILE]   (docs/XHSTT.md table)
///   CadreBench pipeline [--samples Samples] [--steps N] [--time T]   (the samples, whole solve)
let args = Array(CommandLine.arguments.dropFirst())

func value(_ name: String) -> String? {
  guard let i = args.firstIndex(of: "--" + name), i + 1 < args.count else { return nil }
  return args[i + 1]
}

func spec(named name: String) -> GeneratorSpec? {
  switch name {
  case "S": .S
  case "M": .M
  case "L": .L
  case "XL": .XL
  default: nil
  }
}

let mode = args.first ?? "engine"
switch mode {
case "one": exit(BenchOne.run(args: args))
case "engine": exit(EngineBench.run(args: args))
case "ci": exit(CIBench.run(args: args))
case "generate": exit(Generate.run(args: args))
case "district": exit(DistrictCommand.run(args: args))
case "calendar": exit(CalendarBench.run(args: args))
case "xhstt": exit(XHSTTBench.run(args: args))
case "general":
  // Compared the school engine with the general one; the school engine's search is retired.
  FileHandle.standardError.write(
    Data("CadreBench general: retired with the school engine; use CadreBench engine\n".utf8))
  exit(64)
case "pipeline": exit(PipelineBench.run(args: args))
default:
  FileHandle.standardError.write(Data("unknown mode \(mode); use engine, ci or one\n".utf8))
  exit(64)
}
