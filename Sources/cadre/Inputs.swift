import Cadre
import CadreIO
import CadreModel

/// Reading the files a command names, with every problem turned into diagnostics.
enum Inputs {
  /// The SHA-256 of each input a solve read (`Outputs.commit` names it in the manifest).
  static let digests = Digests()

  /// Reads, decodes and validates a school file, and forms its teams. Nil (after printing
  /// why) when it is not usable. With `allowCapacity`, capacity errors (`Cadre.capacityCodes`:
  /// the plan cannot fit, the file is fine) are printed but do not make the file unusable.
  static func school(at path: String, allowCapacity: Bool = false) -> School? {
    prepared(at: path, allowCapacity: allowCapacity)?.school
  }

  /// As above, with the validator's and team formation's diagnostics kept for the pipeline.
  static func prepared(
    at path: String, allowCapacity: Bool, digest: Bool = false
  ) -> PreparedSchool? {
    // Bytes straight to the parser: it checks UTF-8 itself and says where it breaks, and the
    // file is held once in memory, not three times.
    let bytes: [UInt8]
    do {
      bytes = try AtomicFile.readBytes(path)
    } catch {
      Console.report([error.diagnostic], file: path)
      return nil
    }
    if digest { digests.start(path, bytes: bytes) }
    let (decoded, structural) = SchoolJSON.decode(bytes: bytes)
    guard let school = decoded, !structural.contains(where: { $0.severity == .error }) else {
      Console.report(structural, file: path)
      return nil
    }
    var prepared = Cadre.prepare(school)
    prepared.diagnostics = structural + prepared.diagnostics
    Console.report(prepared.diagnostics, file: path)
    let usable = prepared.blocking.isEmpty && (allowCapacity || prepared.capacityFacts.isEmpty)
    return usable ? prepared : nil
  }

  /// Reads and decodes a schedule file (structure only; the checker judges its content).
  static func schedule(at path: String) -> Schedule? {
    answer(at: path, decode: ScheduleJSON.decode)
  }

  /// Reads and decodes a calendar file (structure only; the calendar checker judges it).
  static func calendar(at path: String) -> CoachingCalendar? {
    answer(at: path, decode: CalendarJSON.decode)
  }

  /// Reads a file and decodes it, printing every problem; nil when any is an error.
  private static func answer<T>(
    at path: String, decode: (String) -> (T?, [Diagnostic])
  ) -> T? {
    guard let text = text(at: path) else { return nil }
    let (decoded, diagnostics) = decode(text)
    Console.report(diagnostics, file: path)
    if diagnostics.contains(where: { $0.severity == .error }) { return nil }
    return decoded
  }

  /// A file's text, or nil after printing why it cannot be read. With `digest` (a solve's
  /// input), its SHA-256 for the run's manifest is worked out in the background meanwhile.
  static func text(at path: String, digest: Bool = false) -> String? {
    do {
      let text = try AtomicFile.readText(path)
      if digest { digests.start(path, bytes: text.utf8) }
      return text
    } catch {
      Console.report([error.diagnostic], file: path)
      return nil
    }
  }

  /// Wires the interrupt's cancel flag and, unless quiet, a live progress line to the options.
  /// `label` names the cost's two parts ("hard"/"soft", "infeasibility"/"objective").
  static func live(
    _ options: inout SolveOptions, quiet: Bool, label: (String, String), interrupt: Interrupt
  ) {
    options.cancel = interrupt.cancel
    if !quiet {
      options.progress = { p in
        Console.status(
          "\(Format.seconds(p.elapsed))  best (\(label.0) \(p.best.hard), \(label.1) "
            + "\(p.best.soft))  \(Int(p.movesPerSecond)) moves/s  \(p.phase)")
      }
    }
  }

  /// The output folder of `--out`, checked before any work is done: nil (after printing why)
  /// when it cannot be used.
  static func outputFolder(_ path: String) -> OutputFolder? {
    do {
      return try OutputFolder.prepare(path)
    } catch {
      Console.report([error.diagnostic], file: path.isEmpty ? "--out" : path)
      return nil
    }
  }

  /// A sweep's folder (written scenario by scenario, so a rerun resumes): created before any
  /// work, or false after printing why it cannot be.
  static func sweepFolder(_ path: String) -> Bool {
    do {
      try OutputFolder.ensureFolder(path)
      return true
    } catch {
      Console.report([error.diagnostic], file: path)
      return false
    }
  }
}
