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

  /// The largest input file read, in bytes: 64 MiB, four times the largest public XHSTT
  /// archive (XHSTT-2014.xml, 14.7 MB) and hundreds of times a large school. A larger file is
  /// refused before it is read, so its size costs no memory.
  public static let maxInputBytes = 64 << 20

  /// The whole file as bytes, at most `maxInputBytes`; a folder, a device or a pipe is refused
  /// (reading `/dev/zero` would never end).
  public static func readBytes(_ path: String, limit: Int = maxInputBytes) throws(FileError)
    -> [UInt8]
  {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR {
        throw FileError(
          "file-not-found", "no such file: \(path)",
          hint: "check the path and the working directory")
      }
      throw FileError(
        "file-unreadable", "cannot read \(path): \(String(cString: strerror(errno)))",
        hint: "check the file's permissions")
    }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR {
      throw FileError("file-unreadable", "\(path) is a directory, not a file")
    }
    guard type == S_IFREG else {
      throw FileError(
        "file-unreadable", "\(path) is not a regular file (a device, pipe or socket)",
        hint: "save the input to a file first")
    }
    guard Int(info.st_size) <= limit else {
      throw FileError(
        "file-too-large",
        "\(path) is \(Int(info.st_size)) bytes; Cadre reads files of at most \(limit) bytes",
        hint: "check that this is the file you meant: a school or archive is far smaller")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileError(
        "file-unreadable", "cannot read \(path)", hint: "check the file's permissions")
    }
    defer { try? handle.close() }
    // Read one byte past the limit, so a file that grew since `stat` is still refused.
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw FileError("file-unreadable", "cannot read \(path): \(reason(error))")
    }
    guard data.count <= limit else {
      throw FileError(
        "file-too-large", "\(path) is larger than \(limit) bytes; Cadre reads no more",
        hint: "check that this is the file you meant")
    }
    return [UInt8](data)
  }

  private static func reason(_ error: any Error) -> String {
    (error as NSError).localizedDescription
  }
}
