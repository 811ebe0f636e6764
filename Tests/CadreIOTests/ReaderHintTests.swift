import CadreIO
import CadreModel
import Foundation
import Testing

/// The mistakes people make by hand in a school file each get a hint that says what to write.
@Suite struct ReaderHintTests {
  /// Samples/small-ab-week.json with members replaced as text, as a user would type them.
  static func hints(replacing old: String, with new: String) throws -> [String] {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Samples/small-ab-week.json")
    let text = try String(contentsOf: sample, encoding: .utf8)
    #expect(text.contains(old))
    let edited = text.replacingOccurrences(of: old, with: new)
    return SchoolJSON.decode(edited).diagnostics.compactMap(\.hint)
  }

  @Test(arguments: [
    ("\"release\": 0.5", "\"release\": \"50%\"", "a share is a fraction: write 0.5 for 50%"),
    ("\"meetings\": 3", "\"meetings\": \"3\"", "write the number without quotes: 3"),
    ("\"cap\": 5000", "\"cap\": \"$5,000\"", "without symbols or commas: 5000"),
    ("\"subjects\": [\"math\"]", "\"subjects\": \"math\"", "write a list, even of one: [\"math\"]"),
  ])
  func handTypedMistakes(old: String, new: String, expected: String) throws {
    let found = try Self.hints(replacing: old, with: new)
    #expect(found.contains { $0.contains(expected) }, "hints: \(found)")
  }
}
