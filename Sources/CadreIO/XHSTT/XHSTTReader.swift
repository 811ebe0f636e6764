import CadreModel
import Foundation

/// Reads an XHSTT archive (ITC 2011 `HighSchoolTimetableArchive`, or a bare `Instance`) into
/// model values, resolving every reference inside an instance to an array position.
///
/// Every structural problem is reported at once as a diagnostic with a pointer (a path of
/// element names and ids, e.g. `/Instances/GR-H1-97/Events/E12/Course`) and the line and column
/// of the element: malformed XML, a missing required child, an unknown reference (with a
/// did-you-mean), a bad number, a number outside its documented range (`XLimits`). An archive
/// with errors is not returned. Constraint types other than the eleven Cadre evaluates are kept
/// as `.unsupported(typeName)`, never an error. Solutions keep their ids raw; resolve them with
/// `XSolution.timetable(in:)`.
///
/// The XML itself is read by Cadre's own parser (`XMLByteParser`): at most `maxBytes` bytes,
/// elements nested at most `maxDepth` deep, internal entities expanded within a bound, external
/// entities never read.
public enum XHSTTReader {
  /// The largest input read: 64 MiB (the XHSTT-2014 archive, the largest published, is 15 MB).
  /// A larger input is one `xhstt-too-large` diagnostic, before any parsing.
  public static let maxBytes = 64 << 20

  /// The deepest element nesting read (an XHSTT archive nests about 8 levels); deeper is one
  /// `xhstt-too-deep` diagnostic naming the line.
  public static let maxDepth = 512

  /// - Complexity: O(size of the document), plus O(ids) per did-you-mean on errors.
  public static func read(_ data: Data) -> (XArchive?, [Diagnostic]) {
    data.withUnsafeBytes { raw in read(bytes: raw.bindMemory(to: UInt8.self)) }
  }

  /// Reads XML text (UTF-8), without copying it.
  public static func read(text: String) -> (XArchive?, [Diagnostic]) {
    var text = text
    return text.withUTF8 { read(bytes: $0) }
  }

  static func read(bytes: UnsafeBufferPointer<UInt8>) -> (XArchive?, [Diagnostic]) {
    if let tooLarge = sizeDiagnostic(bytes.count) { return (nil, [tooLarge]) }
    let (document, error) = XMLDocument.parse(bytes, maxDepth: maxDepth)
    guard let root = document?.root else { return (nil, error.map { [$0] } ?? []) }
    var mapper = XHSTTMapper()
    let archive = mapper.archive(root)
    if mapper.list.hasErrors {
      return (nil, mapper.diagnostics)
    }
    return (archive, mapper.diagnostics)
  }

  /// `xhstt-too-large` when `count` bytes exceed `maxBytes`.
  static func sizeDiagnostic(_ count: Int) -> Diagnostic? {
    guard count > maxBytes else { return nil }
    return Diagnostic(
      .error, code: "xhstt-too-large", pointer: "",
      message: "the file has \(count) bytes; Cadre reads XHSTT files of at most \(maxBytes) "
        + "bytes (64 MiB)",
      hint: "split the archive: one instance (with its solution groups) per file")
  }
}
