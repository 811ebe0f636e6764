import CadreModel
import Foundation

/// Where the tool writes: results on stdout, diagnostics and progress on stderr.
enum Console {
  static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Rewrites the live progress line in place (terminal only).
  static func status(_ text: String) {
    guard stderrIsTerminal else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
  }

  static func endStatus() {
    guard stderrIsTerminal else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }

  /// Prints diagnostics in one place and one shape, errors first, with a count line.
  static func report(_ diagnostics: [Diagnostic], file: String) {
    let errors = diagnostics.filter { $0.severity == .error }
    let warnings = diagnostics.filter { $0.severity == .warning }
    for d in errors + warnings { err("\(file): \(d.rendered)") }
    if !errors.isEmpty {
      err(
        "\(file): \(errors.count) error\(errors.count == 1 ? "" : "s")"
          + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
      )
    }
  }
}
