import CadreIO
import Foundation
import Testing

/// Inflate (RFC 1951) on hand-made streams of each block type, CRC-32, and the ZIP reader on
/// a stored archive built here and (when python3 is present) DEFLATE archives made by Python's
/// zipfile.
@Suite struct InflateTests {
  @Test func storedBlock() throws {
    // BFINAL=1, BTYPE=00, then LEN=5, NLEN=~5, then the bytes.
    let stream: [UInt8] = [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)
    #expect(try Inflate.inflate(stream[...], limit: 100) == Array("hello".utf8))
  }

  @Test func fixedHuffmanBlock() throws {
    // zlib's raw deflate of "hello hello hello" with the fixed codes (Z_FIXED): a literal
    // run, then a match of length 11 at distance 6.
    let stream: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00]
    #expect(try Inflate.inflate(stream[...], limit: 100) == Array("hello hello hello".utf8))
  }

  @Test func dynamicHuffmanBlock() throws {
    // zlib (level 9, raw) on 359 bytes of enrollments: one block with dynamic codes.
    let stream: [UInt8] = [
      0x5D, 0xD0, 0xBB, 0x0D, 0xC3, 0x30, 0x0C, 0x04, 0xD0, 0x3E, 0xB3, 0x28, 0x40, 0xF4, 0xB1,
      0x2D, 0x8F, 0xE0, 0x3A, 0x13, 0x04, 0x12, 0x3B, 0xC3, 0x06, 0x44, 0x69, 0xFF, 0x18, 0x57,
      0xC4, 0xBC, 0x34, 0x04, 0x89, 0xD7, 0x1C, 0x4F, 0xCF, 0xD1, 0x8A, 0xD4, 0xAD, 0xBA, 0xB2,
      0x7F, 0x54, 0xDF, 0xBF, 0x73, 0xA8, 0xB4, 0xFB, 0x6A, 0xE7, 0x2E, 0x0F, 0x39, 0xDA, 0xF3,
      0xE5, 0x54, 0xCA, 0x35, 0x87, 0x62, 0xEF, 0xA3, 0xCA, 0xD1, 0x21, 0x1E, 0xE2, 0x21, 0x9E,
      0x24, 0x40, 0x02, 0x24, 0x90, 0x44, 0x48, 0x84, 0x44, 0x92, 0x04, 0x49, 0x90, 0x44, 0x32,
      0x99, 0x04, 0x13, 0xC9, 0x6C, 0x12, 0xCC, 0x24, 0x8B, 0x49, 0xB0, 0x90, 0x64, 0x93, 0x20,
      0x93, 0xAC, 0x26, 0xC1, 0xCA, 0x9F, 0xDA, 0x12, 0xFC, 0x5F, 0x0B, 0xB6, 0x86, 0x9B, 0xBE,
    ]
    #expect((stream[0] >> 1) & 3 == 2)
    let text =
      "sourcedId,classSourcedId,userSourcedId,role\n"
      + (0..<12).map { "enr-\($0),sec-\($0 % 5),usr-\($0 % 11),student\n" }.joined()
    #expect(try Inflate.inflate(stream[...], limit: 1000) == Array(text.utf8))
    // Every truncation is an error, never a crash.
    for cut in 0..<stream.count {
      #expect(throws: Inflate.Failure.self) { try Inflate.inflate(stream[..<cut], limit: 1000) }
    }
  }

  @Test func emptyFixedBlock() throws {
    // BFINAL=1, BTYPE=01, end of block at once.
    #expect(try Inflate.inflate([0x03, 0x00][...], limit: 10) == [])
  }

  @Test func corruptStreamsAreErrorsNotCrashes() {
    #expect(throws: Inflate.Failure.self) { try Inflate.inflate([0x07][...], limit: 10) }  // type 3
    #expect(throws: Inflate.Failure.self) { try Inflate.inflate([][...], limit: 10) }
    // A stored block whose NLEN does not match.
    #expect(throws: Inflate.Failure.self) {
      try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00][...], limit: 10)
    }
    // A distance reaching before the start: fixed block, length code 257, distance code 0.
    #expect(throws: Inflate.Failure.self) {
      try Inflate.inflate([0x03, 0x02, 0x00][...], limit: 10)
    }
    // Every byte string of length 1 and 2 is decoded or refused, never a crash.
    for a in 0..<256 {
      _ = try? Inflate.inflate([UInt8(a)][...], limit: 64)
      for b in stride(from: 0, to: 256, by: 7) {
        _ = try? Inflate.inflate([UInt8(a), UInt8(b)][...], limit: 64)
      }
    }
  }

  @Test func outputLimitIsEnforced() {
    let stream: [UInt8] = [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)
    #expect(throws: Inflate.Failure.self) { try Inflate.inflate(stream[...], limit: 4) }
  }

  @Test func crc32() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
  }

  /// A ZIP with one stored entry, built byte by byte.
  static func storedZip(name: String, data: [UInt8], flags: UInt16 = 0, method: UInt16 = 0)
    -> [UInt8]
  {
    func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    let crc = CRC32.checksum(data)
    let n = Array(name.utf8)
    let local =
      u32(0x0403_4B50) + u16(20) + u16(flags) + u16(method) + u16(0) + u16(0) + u32(crc)
      + u32(UInt32(data.count)) + u32(UInt32(data.count)) + u16(UInt16(n.count)) + u16(0) + n
      + data
    let central =
      u32(0x0201_4B50) + u16(20) + u16(20) + u16(flags) + u16(method) + u16(0) + u16(0)
      + u32(crc) + u32(UInt32(data.count)) + u32(UInt32(data.count)) + u16(UInt16(n.count))
      + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(0) + n
    let end =
      u32(0x0605_4B50) + u16(0) + u16(0) + u16(1) + u16(1) + u32(UInt32(central.count))
      + u32(UInt32(local.count)) + u16(0)
    return local + central + end
  }

  @Test func storedZipBuiltByHand() throws {
    let bytes = Self.storedZip(name: "export/users.csv", data: Array("id\n1\n".utf8))
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.name) == ["export/users.csv"])
    let entry = try #require(archive.entries(named: "USERS.csv").first)
    #expect(try archive.data(entry) == Array("id\n1\n".utf8))
  }

  @Test func zipErrorsAreClear() throws {
    func code(_ bytes: [UInt8]) -> String? {
      do {
        let a = try ZipArchive(bytes: bytes)
        for e in a.entries { _ = try a.data(e) }
        return nil
      } catch { return error.diagnostic.code }
    }
    #expect(code(Array("not a zip at all".utf8)) == "zip-malformed")
    #expect(code(Self.storedZip(name: "a.csv", data: [1, 2], flags: 1)) == "zip-encrypted")
    #expect(
      code(Self.storedZip(name: "a.csv", data: [1, 2], method: 12)) == "zip-unsupported-method")
    var damaged = Self.storedZip(name: "a.csv", data: Array("abc".utf8))
    damaged[30 + 5] = UInt8(ascii: "x")  // the first data byte
    #expect(code(damaged) == "zip-crc-mismatch")
    var zip64 = Self.storedZip(name: "a.csv", data: [1])
    let end = zip64.count - 22
    zip64[end + 10] = 0xFF
    zip64[end + 11] = 0xFF
    #expect(code(zip64) == "zip64-unsupported")
    // Cut anywhere: an error, never a crash.
    let whole = Self.storedZip(name: "a.csv", data: Array("abcdef".utf8))
    for cut in 0..<whole.count { _ = code(Array(whole[..<cut])) }
  }

  /// Python's zipfile, when there is a python3: DEFLATE entries (zlib's dynamic Huffman blocks
  /// for text this size) read back byte for byte.
  @Test func deflateZipFromPython() throws {
    guard
      let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return }
    let dir = NSTemporaryDirectory() + "cadre-zip-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let text = (0..<2000).map { "row \($0),\"quoted, \($0 % 7)\",Zoë\n" }.joined()
    try text.write(toFile: dir + "/users.csv", atomically: true, encoding: .utf8)
    let script = """
      import zipfile, sys
      d = sys.argv[1]
      with zipfile.ZipFile(d + '/x.zip', 'w', zipfile.ZIP_DEFLATED) as z:
          z.write(d + '/users.csv', 'roster/users.csv')
          z.writestr('roster/orgs.csv', 'sourcedId\\n')
          z.writestr(zipfile.ZipInfo('roster/empty.csv'), b'', compress_type=zipfile.ZIP_DEFLATED)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, dir]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let archive = try ZipArchive(
      bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/x.zip"))))
    let users = try #require(archive.entries(named: "users.csv").first)
    #expect(users.method == 8)
    #expect(try archive.data(users) == Array(text.utf8))
    let orgs = try #require(archive.entries(named: "orgs.csv").first)
    #expect(try archive.data(orgs) == Array("sourcedId\n".utf8))
    let empty = try #require(archive.entries(named: "empty.csv").first)
    #expect(try archive.data(empty) == [])
  }
}
