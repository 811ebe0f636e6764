import CadreModel
import Foundation

/// Where the tool writes: results on stdout, diagnostics and progress on stderr.
enum Console {
  static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
  /// Every diagnostic reported so far (capped), for `--json`: the CLI runs one command on one
  /// thread, so this is written before any search thread starts and read after.
  nonisolated(unsafe) static var reported = DiagnosticList()

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
  /// At most `DiagnosticList.limit` are printed, then a line per code of the rest.
  static func report(_ diagnostics: [Diagnostic], file: String) {
    let errors = DiagnosticList.capped(diagnostics.filter { $0.severity == .error })
    let warnings = DiagnosticList.capped(diagnostics.filter { $0.severity == .warning })
    reported.append(contentsOf: errors + warnings)
    for d in errors + warnings { err("\(file): \(d.rendered)") }
    if !errors.isEmpty {
      let (e, w) = (DiagnosticList.total(errors), DiagnosticList.total(warnings))
      err(
        "\(file): \(e) error\(e == 1 ? "" : "s")"
          + (w == 0 ? "" : ", \(w) warning\(w == 1 ? "" : "s")"))
    }
  }
}
