import CadreIO
import Foundation
import Testing

/// Background digests: what a run's manifest names must be the SHA-256 of what was written,
/// whatever order the background work finishes in.
@Suite struct DigestsTests {
  @Test func eachPathGetsItsOwnBytesDigest() {
    let digests = Digests()
    let texts = (0..<40).map { i in String(repeating: "line \(i)\n", count: i * 50) }
    for (i, text) in texts.enumerated() { digests.start("/run/f\(i)", bytes: text.utf8) }
    for (i, text) in texts.enumerated() {
      let got = digests.digest(of: "/run/f\(i)")
      #expect(got?.bytes == text.utf8.count)
      #expect(got?.sha256 == SHA256.hex(Array(text.utf8)))
    }
    #expect(digests.digest(of: "/run/never-started") == nil)
  }

  @Test func aPathStartedAgainCountsOnlyItsLastBytes() {
    let digests = Digests()
    // A large first content and a small last one: the first often finishes last.
    for round in 0..<20 {
      let path = "/run/again\(round)"
      digests.start(path, bytes: [UInt8](repeating: 7, count: 300_000))
      digests.start(path, bytes: Array("final \(round)".utf8))
      let got = digests.digest(of: path)
      #expect(got?.sha256 == SHA256.hex(Array("final \(round)".utf8)))
      #expect(got?.bytes == "final \(round)".utf8.count)
    }
  }

  @Test func anOutputFolderListsTheDigestsOfWhatIsOnDisk() throws {
    let dir = NSTemporaryDirectory() + "cadre-digests-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let folder = try OutputFolder.prepare(dir)
    defer { folder.discard() }
    try folder.write("first\n", to: "a.txt")
    try folder.write(String(repeating: "ü", count: 70_000), to: "sub/b.txt")
    try folder.write("second\n", to: "a.txt")
    // A file that reached the folder without `write` is read back.
    try AtomicFile.write("outside\n", to: folder.path("c.txt"))
    let files = folder.files()
    #expect(files.map(\.name) == ["a.txt", "c.txt", "sub/b.txt"])
    for f in files {
      let bytes = try #require(FileManager.default.contents(atPath: folder.path(f.name)))
      #expect(f.bytes == bytes.count)
      #expect(f.sha256 == SHA256.hex(bytes))
    }
  }
}
