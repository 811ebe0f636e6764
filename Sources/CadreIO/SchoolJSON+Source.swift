import CadreModel

/// `source`: the report a sample reproduces and its quoted figures (docs/FORMAT.md).
extension SchoolJSON {
  static let sourceKeys = ["title", "figures"]
  static let figureKeys = ["quote", "measure", "leader"]

  static func sourceValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Source? {
    guard let o = r.object(v, at: p, "source", keys: sourceKeys) else { return nil }
    let title = r.requiredString(o, "title")
    let figures = r.requiredList(o, "figures") { r, v, p -> SourceFigure? in
      guard let f = r.object(v, at: p, "source figure", keys: figureKeys) else { return nil }
      let quote = r.requiredString(f, "quote")
      let measure: SourceMeasure? = r.required(f, "measure") { r, v, p in
        r.enumeration(v, p, "source measure")
      }
      let leader = r.optionalString(f, "leader").map { LeaderID($0) }
      guard let quote, let measure else { return nil }
      return SourceFigure(quote: quote, measure: measure, leader: leader)
    }
    guard let title, let figures else { return nil }
    return Source(title: title, figures: figures)
  }

  static func encodeSource(_ source: Source) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("title", source.title)
    b.set(
      "figures",
      .array(
        source.figures.map { f in
          var fb = JSONObjectBuilder()
          fb.string("quote", f.quote)
          fb.string("measure", f.measure.rawValue)
          if let leader = f.leader { fb.string("leader", leader.raw) }
          return fb.value
        }))
    return b.value
  }
}
