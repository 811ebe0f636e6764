import CadreGen
import CadreIO
import CadreModel
import Foundation

/// `CadreBench generate --size S|M|L|XL --seed N --out FILE`: writes a benchmark school as a
/// cadre/1 file, so the instances can be solved with the CLI or compared with other tools.
enum Generate {
  static func run(args: [String]) -> Int32 {
    guard let size = value("size"), let gen = spec(named: size), let out = value("out") else {
      FileHandle.standardError.write(Data("generate: --size S|M|L|XL and --out FILE\n".utf8))
      return 64
    }
    let seed = UInt64(value("seed") ?? "1") ?? 1
    let school = SchoolGenerator.generate(gen, seed: seed)
    do {
      try AtomicFile.write(SchoolJSON.encode(school), to: out)
    } catch {
      FileHandle.standardError.write(Data("\(error.diagnostic.rendered)\n".utf8))
      return 74
    }
    return 0
  }
}
