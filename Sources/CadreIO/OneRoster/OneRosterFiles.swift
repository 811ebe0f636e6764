import CadreModel
import Foundation

/// The CSV files of a OneRoster export, read from a folder or a `.zip` archive: each file's
/// bytes by its spec name ("users.csv"), found case-insensitively (in a zip, in any folder).
public struct OneRosterFiles: Sendable {
  /// The folder or archive, as given.
  public var path: String
  /// File name (as the spec spells it) -> bytes, for the files present.
  public var contents: [String: [UInt8]]

  public init(path: String, contents: [String: [UInt8]]) {
    self.path = path
    self.contents = contents
  }

  /// Every file Cadre looks for: the manifest and the six it maps.
  public static let names = ["manifest.csv"] + Roster.files

  /// Reads the files of `path`: a folder, or a file ending `.zip`.
  public static func load(_ path: String) throws(FileError) -> OneRosterFiles {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw FileError(
        "file-not-found", "no such folder or file: \(path)",
        hint: "give the folder of the export's CSV files, or its .zip")
    }
    if isDir.boolValue { return try folder(path) }
    guard path.lowercased().hasSuffix(".zip") else {
      throw FileError(
        "file-unreadable", "\(path) is neither a folder nor a .zip archive",
        hint: "give the folder of the export's CSV files, or its .zip")
    }
    return try zip(path, bytes: AtomicFile.readBytes(path))
  }

  static func folder(_ path: String) throws(FileError) -> OneRosterFiles {
    let listed: [String]
    do {
      listed = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw FileError("file-unreadable", "cannot list the folder \(path)")
    }
    var contents: [String: [UInt8]] = [:]
    for name in names {
      let matches = listed.filter { $0.lowercased() == name.lowercased() }.sorted()
      guard let found = matches.first else { continue }
      if matches.count > 1 {
        throw FileError(
          "oneroster-ambiguous-file",
          "\(path) holds \(matches.joined(separator: " and ")): which is \(name)?",
          hint: "keep one file of each name")
      }
      contents[name] = try AtomicFile.readBytes(path + "/" + found)
    }
    return OneRosterFiles(path: path, contents: contents)
  }

  /// The files of a zip archive's bytes.
  public static func zip(_ path: String, bytes: [UInt8]) throws(FileError) -> OneRosterFiles {
    let archive = try ZipArchive(bytes: bytes)
    var contents: [String: [UInt8]] = [:]
    for name in names {
      let found = archive.entries(named: name)
      guard let entry = found.first else { continue }
      if found.count > 1 {
        throw FileError(
          "oneroster-ambiguous-file",
          "\(path) holds \(found.map(\.name).joined(separator: " and ")): which is \(name)?",
          hint: "keep one file of each name in the archive")
      }
      contents[name] = try archive.data(entry)
    }
    return OneRosterFiles(path: path, contents: contents)
  }
}
