import Cadre
import CadreIO
import CadreModel
import Foundation

/// Shared pieces of the OneRoster tests: paths, in-memory exports, and the student figures.
enum Fixtures {
  /// The repository's root folder.
  static let repository: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The tiny hand-written export (Tests/cli-fixtures/oneroster/tiny).
  static let tiny = repository + "/Tests/cli-fixtures/oneroster/tiny"

  /// The tiny export's files, by name, as text (to edit one field for a rule's test).
  static func tinyFiles() throws -> [String: String] {
    var out: [String: String] = [:]
    for name in OneRosterFiles.names {
      out[name] = try String(contentsOfFile: tiny + "/" + name, encoding: .utf8)
    }
    return out
  }

  /// Reads an export given as texts.
  static func read(_ files: [String: String]) -> (Roster?, [Diagnostic]) {
    OneRosterReader.read(
      OneRosterFiles(path: "test", contents: files.mapValues { Array($0.utf8) }))
  }

  /// The roster with every line set to 0 (a generated roster has none).
  static func unlined(_ r: Roster) -> Roster {
    var r = r
    for k in r.orgs.indices { r.orgs[k].line = 0 }
    for k in r.academicSessions.indices { r.academicSessions[k].line = 0 }
    for k in r.courses.indices { r.courses[k].line = 0 }
    for k in r.classes.indices { r.classes[k].line = 0 }
    for k in r.users.indices { r.users[k].line = 0 }
    for k in r.enrollments.indices { r.enrollments[k].line = 0 }
    return r
  }
}
