import CadreModel
import Foundation
import Testing

@testable import CadreIO

@Suite struct AtomicFileTests {
  private func scratchDir() -> String {
    NSTemporaryDirectory() + "cadre-io-tests-\(UUID().uuidString)"
  }

  @Test func writesCreatingDirectoriesAndReplacesAtomically() throws {
    let dir = scratchDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/a/b/out.json"
    try AtomicFile.write("first ü\n", to: path)
    #expect(try AtomicFile.readText(path) == "first ü\n")
    try AtomicFile.write("second\n", to: path)
    #expect(try AtomicFile.readText(path) == "second\n")
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/a/b")
    #expect(names == ["out.json"])
  }

  @Test func missingFileIsADiagnostic() {
    let path = scratchDir() + "/nope.json"
    do {
      _ = try AtomicFile.readText(path)
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostic.code == "file-not-found")
      #expect(error.diagnostic.message.contains(path))
    }
  }

  @Test func directoryAndInvalidUTF8AreDiagnostics() throws {
    let dir = scratchDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try AtomicFile.write(bytes: [0x61, 0xFF], to: dir + "/bad.txt")
    #expect(throws: FileError.self) { try AtomicFile.readText(dir) }
    do {
      _ = try AtomicFile.readText(dir + "/bad.txt")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostic.code == "invalid-utf8")
    }
    #expect(try AtomicFile.readBytes(dir + "/bad.txt") == [0x61, 0xFF])
    do {
      try AtomicFile.write("x", to: dir)
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostic.code == "file-write-failed")
    }
  }
}
