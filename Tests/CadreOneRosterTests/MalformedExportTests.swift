import Cadre
import CadreIO
import CadreModel
import Testing

/// Bad input never crashes: the tiny export with seeded random damage (bytes flipped, cut,
/// quotes and commas inserted, lines dropped) is read, mapped and validated, or refused with
/// diagnostics; and every refusal has a place.
@Suite struct MalformedExportTests {
  /// SplitMix64, so the damage is the same on every run.
  struct Draw {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
  }

  @Test func damagedExportsAreReadOrRefusedNeverCrash() throws {
    let files = try Fixtures.tinyFiles().mapValues { Array($0.utf8) }
    var draw = Draw(state: 17)
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
    var draw = Draw(state: 5)
    for _ in 0..<500 {
      var bytes = zip
      bytes[draw.below(bytes.count)] = UInt8(truncatingIfNeeded: draw.next())
      _ = try? OneRosterFiles.zip("x.zip", bytes: bytes)
    }
  }
}
