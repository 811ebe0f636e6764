import CadreModel
import Foundation

/// A file that could not be read or written, as a diagnostic the CLI prints like any other.
public struct FileError: Error, Sendable, CustomStringConvertible {
  public var diagnostic: Diagnostic

  public init(_ code: String, _ message: String, hint: String? = nil) {
    diagnostic = Diagnostic(.error, code: code, pointer: "", message: message, hint: hint)
  }

  public var description: String { diagnostic.rendered }
}

/// Reading and writing whole text files. Writes are atomic: the text goes to a temporary file
/// in the same directory, is flushed to disk, and is renamed over the target (rename(2) is
/// atomic within a file system), so a reader never sees half a file and an interrupted run
/// leaves the old file intact.
public enum AtomicFile {
  /// Writes `text` as UTF-8 to `path`, creating missing directories.
  public static func write(_ text: String, to path: String) throws(FileError) {
    try write(bytes: Array(text.utf8), to: path)
  }

  public static func write(bytes: [UInt8], to path: String) throws(FileError) {
    let fm = FileManager.default
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
      throw FileError("file-write-failed", "cannot write \(path): it is a directory")
    }
    do {
      try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    } catch {
      throw FileError(
        "file-write-failed", "cannot create directory \(dir): \(reason(error))",
        hint: "check that the path is writable")
    }
    let temp =
      dir + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard fm.createFile(atPath: temp, contents: nil) else {
      throw FileError(
        "file-write-failed", "cannot create a file in \(dir)", hint: "check that it is writable")
    }
    do {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
      defer { try? handle.close() }
      try handle.write(contentsOf: Data(bytes))
      try handle.synchronize()
    } catch {
      try? fm.removeItem(atPath: temp)
      throw FileError("file-write-failed", "cannot write \(path): \(reason(error))")
    }
    guard rename(temp, path) == 0 else {
      let message = String(cString: strerror(errno))
      try? fm.removeItem(atPath: temp)
      throw FileError("file-write-failed", "cannot replace \(path): \(message)")
    }
  }

  /// The whole file as UTF-8 text (a leading byte order mark is kept for the JSON parser to
  /// skip).
  public static func readText(_ path: String) throws(FileError) -> String {
    let bytes = try readBytes(path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FileError(
        "invalid-utf8", "\(path) is not valid UTF-8 text", hint: "save the file as UTF-8")
    }
    return text
  }

  /// The whole file as bytes.
  public static func readBytes(_ path: String) throws(FileError) -> [UInt8] {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
      throw FileError(
        "file-not-found", "no such file: \(path)", hint: "check the path and the working directory")
    }
    if isDir.boolValue {
      throw FileError("file-unreadable", "\(path) is a directory, not a file")
    }
    guard let data = fm.contents(atPath: path) else {
      throw FileError(
        "file-unreadable", "cannot read \(path)", hint: "check the file's permissions")
    }
    return [UInt8](data)
  }

  private static func reason(_ error: any Error) -> String {
    (error as NSError).localizedDescription
  }
}
