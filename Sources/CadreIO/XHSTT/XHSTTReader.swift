import CadreModel
import Foundation

/// Reads an XHSTT archive (ITC 2011 `HighSchoolTimetableArchive`, or a bare `Instance`) into
/// model values, resolving every reference inside an instance to an array position.
///
/// Every structural problem is reported at once as a diagnostic with a pointer (a path of
/// element names and ids, e.g. `/Instances/GR-H1-97/Events/E12/Course`) and the line and column
/// of the element: malformed XML, a missing required child, an unknown reference (with a
/// did-you-mean), a bad number. An archive with errors is not returned. Constraint types other
/// than the eleven Cadre evaluates are kept as `.unsupported(typeName)`, never an error.
/// Solutions keep their ids raw; resolve them with `XSolution.timetable(in:)`.
public enum XHSTTReader {
  /// - Complexity: O(size of the document), plus O(ids) per did-you-mean on errors.
  public static func read(_ data: Data) -> (XArchive?, [Diagnostic]) {
    let (root, error) = XMLNode.parse(data)
    guard let root else { return (nil, error.map { [$0] } ?? []) }
    var mapper = XHSTTMapper()
    let archive = mapper.archive(root)
    if mapper.diagnostics.contains(where: { $0.severity == .error }) {
      return (nil, mapper.diagnostics)
    }
    return (archive, mapper.diagnostics)
  }

  /// Reads XML text (UTF-8).
  public static func read(text: String) -> (XArchive?, [Diagnostic]) {
    read(Data(text.utf8))
  }
}
