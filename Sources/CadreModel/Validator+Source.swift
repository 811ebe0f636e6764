extension Validator {
  /// `source` (optional): a title to cite and at least one figure, each with a quote; the
  /// importer has already checked that every `measure` is one Cadre computes. A source
  /// changes no plan, so its problems are errors only because a report section without a
  /// title or a quote would say nothing.
  static func checkSource(_ school: School, into out: inout [Diagnostic]) {
    guard let source = school.source else { return }
    if source.title.allSatisfy(\.isWhitespace) {
      out.append(
        .error(
          "empty-source", at: Pointer.of("source", "title"), "The source has an empty title",
          hint: "name the report the figures are quoted from"))
    }
    if source.figures.isEmpty {
      out.append(
        .error(
          "empty-source", at: Pointer.of("source", "figures"),
          "The source quotes no figure to compare",
          hint: "add {\"quote\": ..., \"measure\": ...} or leave the source out"))
    }
    let leaders = Set(school.leadership.leaders.map(\.id))
    for (i, f) in source.figures.enumerated() {
      guard let leader = f.leader, !leaders.contains(leader) else { continue }
      out.append(
        .error(
          "unknown-leader", at: Pointer.of("source", "figures", i, "leader"),
          "Figure \(i + 1) of the source is about leader '\(leader.raw)', who is not in "
            + "leadership.leaders",
          hint: "use a leader's id, or leave leader out for a school-wide figure"))
    }
    for (i, f) in source.figures.enumerated()
    where f.quote.allSatisfy(\.isWhitespace) {
      out.append(
        .error(
          "empty-source", at: Pointer.of("source", "figures", i, "quote"),
          "Figure \(i + 1) of the source has an empty quote",
          hint: "quote the report's words, e.g. \"nearly 220 observations each\""))
    }
  }
}
