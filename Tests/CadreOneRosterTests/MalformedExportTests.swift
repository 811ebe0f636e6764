import Cadre
import CadreEngine
import CadreIO
import CadreModel
import Testing

/// Bad input never crashes: the tiny export with seeded random damage (bytes flipped, cut,
/// quotes and commas inserted, lines dropped) is read, mapped and validated, or refused with
/// diagnostics; and every refusal has a place.
@Suite struct MalformedExportTests {
  // Damage drawn from the engine's SplitMix64: the same on every run.
  @Test func damagedExportsAreReadOrRefusedNeverCrash() throws {
    let files = try Fixtures.tinyFiles().mapValues { Array($0.utf8) }
    var draw = SplitMix64(seed: 17)
    let names = files.keys.sorted()
    var refused = 0
    for _ in 0..<400 {
      var damaged = files
      let name = names[draw.below(names.count)]
      var bytes = damaged[name] ?? []
      for _ in 0...draw.below(3) where !bytes.isEmpty {
        let at = draw.below(bytes.count)
        switch draw.below(5) {
        case 0: bytes[at] = UInt8(truncatingIfNeeded: draw.next())
        case 1: bytes = Array(bytes[..<at])
        case 2: bytes.insert(UInt8(ascii: "\""), at: at)
        case 3: bytes.insert(UInt8(ascii: ","), at: at)
        default:
          if let nl = bytes[at...].firstIndex(of: 0x0A) { bytes.removeSubrange(at...nl) }
        }
      }
      damaged[name] = bytes
      let (roster, diagnostics) = OneRosterReader.read(OneRosterFiles(path: "x", contents: damaged))
      guard let roster else {
        refused += 1
        #expect(diagnostics.contains { $0.severity == .error })
        for d in diagnostics where d.severity == .error {
          #expect(OneRosterFiles.names.contains { d.pointer.hasPrefix("/" + $0) }, "\(d.rendered)")
        }
        continue
      }
      let result = Cadre.importOneRoster(roster, options: OneRosterOptions())
      _ = Validator.validate(result.school)
    }
    #expect(refused > 0)
  }

  @Test func damagedZipsAreRefusedNeverCrash() throws {
    let zip = InflateTests.storedZip(name: "users.csv", data: Array("sourcedId\nu1\n".utf8))
    var draw = SplitMix64(seed: 5)
    for _ in 0..<500 {
      var bytes = zip
      bytes[draw.below(bytes.count)] = UInt8(truncatingIfNeeded: draw.next())
      _ = try? OneRosterFiles.zip("x.zip", bytes: bytes)
    }
  }
}
