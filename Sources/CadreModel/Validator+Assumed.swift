extension Validator {
  /// `assumed` (optional): what the program that wrote the file assumed because its input did
  /// not say, such as a OneRoster import's default bell schedule (docs/ONEROSTER.md). Each is
  /// a warning, so a file made with defaults says so every time it is validated or solved.
  static func checkAssumed(_ school: School, into out: inout [Diagnostic]) {
    for (i, text) in school.assumed.enumerated() {
      out.append(
        .warning(
          "assumed-default", at: Pointer.of("assumed", i),
          "Assumed when the file was made (the input did not say): \(text)",
          hint: "check it against the school; correct the value and remove the line from "
            + "\"assumed\""))
    }
  }
}
