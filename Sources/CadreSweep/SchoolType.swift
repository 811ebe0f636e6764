import CadreModel

/// The kind of a school by the grades its classes name, for the report's summaries of a large
/// sweep: "elementary" (pre-K to 5), "middle" (6 to 8), "high" (9 to 12), else the range
/// ("K-8", "6-12"), or "other" when no class names a grade Cadre can place (grades are
/// compared as the span axis compares them: case, spaces and a "Grade" prefix ignored).
public enum SchoolType {
  public static func of(_ school: School) -> String {
    let numbers = school.classes.compactMap { c in
      c.grade.flatMap { SpanReform.gradeNumber(SpanReform.normalized($0)) }
    }
    guard let low = numbers.min(), let high = numbers.max() else { return "other" }
    if high <= 5 { return "elementary" }
    if low >= 6 && high <= 8 { return "middle" }
    if low >= 9 && high <= 12 { return "high" }
    func name(_ g: Int) -> String { g < 0 ? "PK" : g == 0 ? "K" : String(g) }
    return "\(name(low))-\(name(high))"
  }
}
