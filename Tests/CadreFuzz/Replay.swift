import Foundation

/// Running kept inputs again, in process: one file (to debug a crash), or every fixture of a
/// folder laid out as `<kind>/<file>` (CI). `pending/` holds crashes not fixed yet: listed,
/// not run.
enum Replay {
  /// The kind a fixture's folder names, or its extension implies.
  static func kind(of path: String) -> FuzzKind? {
    let url = URL(fileURLWithPath: path)
    if let k = FuzzKind(rawValue: url.deletingLastPathComponent().lastPathComponent) { return k }
    let name = url.lastPathComponent
    if let k = FuzzKind.allCases.first(where: { name.hasPrefix($0.rawValue + "-") }) { return k }
    return url.pathExtension == "xml" ? .xhstt : nil
  }

  static func one(_ path: String, kind: FuzzKind, context: Context) -> Int32 {
    guard let data = FileManager.default.contents(atPath: path) else {
      FileHandle.standardError.write(Data("CadreFuzz: cannot read \(path)\n".utf8))
      return 66
    }
    let outcome = Pipelines.run(kind, [UInt8](data), context)
    print("\(path) (\(kind)): \(outcome.stage.label)")
    for f in outcome.findings { print("  finding: \(f)") }
    return outcome.findings.isEmpty ? 0 : 1
  }

  static func all(_ folder: String, context: Context) -> Int32 {
    let fm = FileManager.default
    var failed = 0
    var count = 0
    for kind in FuzzKind.allCases {
      let dir = folder + "/" + kind.rawValue
      let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
      for name in names where name.hasSuffix("." + kind.fileExtension) {
        print("replay \(dir)/\(name)")
        fflush(nil)
        if one(dir + "/" + name, kind: kind, context: context) != 0 { failed += 1 }
        count += 1
      }
    }
    let pending = ((try? fm.contentsOfDirectory(atPath: folder + "/pending")) ?? []).sorted()
      .filter { !$0.hasSuffix(".txt") && !$0.hasPrefix("README") }
    for name in pending { print("pending (not replayed until fixed): \(folder)/pending/\(name)") }
    print(
      "CadreFuzz: replayed \(count) fixtures, \(failed) with findings; \(pending.count) pending")
    return failed == 0 ? 0 : 1
  }
}
