import CadreIO
import CadreModel

/// Reading the files a command names, with every problem turned into diagnostics.
enum Inputs {
  /// Reads, decodes and validates a school file. Nil (after printing why) when it is not usable.
  static func school(at path: String) -> School? {
    let text: String
    do {
      text = try AtomicFile.readText(path)
    } catch {
      Console.report([error.diagnostic], file: path)
      return nil
    }
    let (decoded, structural) = SchoolJSON.decode(text)
    var diagnostics = structural
    if let school = decoded, !structural.contains(where: { $0.severity == .error }) {
      diagnostics += Validator.validate(school)
    }
    Console.report(diagnostics, file: path)
    if diagnostics.contains(where: { $0.severity == .error }) { return nil }
    return decoded
  }

  /// Reads and decodes a schedule file (structure only; the checker judges its content).
  static func schedule(at path: String) -> Schedule? {
    let text: String
    do {
      text = try AtomicFile.readText(path)
    } catch {
      Console.report([error.diagnostic], file: path)
      return nil
    }
    let (decoded, diagnostics) = ScheduleJSON.decode(text)
    Console.report(diagnostics, file: path)
    if diagnostics.contains(where: { $0.severity == .error }) { return nil }
    return decoded
  }
}
