import CadreIO
import Testing

/// `Markup.escape`: the five XML specials, characters XML does not allow, whitespace as
/// references on request, and text that needs nothing (returned by the fast path) unchanged.
@Suite struct MarkupTests {
  @Test func escapesSpecialsAndDisallowedCharacters() {
    #expect(Markup.escape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;")
    #expect(Markup.escape("x\u{1}y\u{FFFE}z\u{FFFF}") == "x\u{FFFD}y\u{FFFD}z\u{FFFD}")
    #expect(Markup.escape("a\tb\nc\r") == "a\tb\nc\r")
    #expect(Markup.escape("a\tb\nc\r", whitespace: true) == "a&#9;b&#10;c&#13;")
  }

  @Test func leavesPlainTextAlone() {
    for s in ["", "Lom_high_school", "Ана Иванова", "Horário ISJ", "\u{F000}\u{FFFD}", "9C-math"] {
      #expect(Markup.escape(s) == s)
      #expect(Markup.escape(s, whitespace: true) == s)
    }
  }
}
