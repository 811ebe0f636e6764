import CadreIO
import CadreModel
import Testing

/// The RFC 4180 reader: quoting, line ends, the byte order mark and invalid UTF-8.
@Suite struct CSVReaderTests {
  func parse(_ text: String) -> (CSVTable?, [Diagnostic]) {
    CSVReader.parse(bytes: Array(text.utf8))
  }

  @Test func plainRowsWithLFAndCRLF() throws {
    for text in ["a,b,c\n1,2,3\n4,5,6\n", "a,b,c\r\n1,2,3\r\n4,5,6\r\n", "a,b,c\n1,2,3\n4,5,6"] {
      let table = try #require(parse(text).0)
      #expect(table.header == ["a", "b", "c"])
      #expect(table.rows.map(\.fields) == [["1", "2", "3"], ["4", "5", "6"]])
      #expect(table.rows.map(\.line) == [2, 3])
    }
  }

  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let text = "id,grades,title\n1,\"09,10\",\"Art \"\"Studio\"\"\"\n2,\"a\r\nb\",\"\"\n3,x,y\n"
    let table = try #require(parse(text).0)
    #expect(table.rows[0].fields == ["1", "09,10", "Art \"Studio\""])
    #expect(table.rows[1].fields == ["2", "a\r\nb", ""])
    // The record after a field with a line break starts two lines later.
    #expect(table.rows.map(\.line) == [2, 3, 5])
    #expect(table.rows[1].lines == [3, 3, 4])
  }

  @Test func emptyFieldsAndTrailingComma() throws {
    let table = try #require(parse("a,b,c\n,,\n1,,\n").0)
    #expect(table.rows.map(\.fields) == [["", "", ""], ["1", "", ""]])
    let last = try #require(parse("a,b\n1,").0)
    #expect(last.rows[0].fields == ["1", ""])
  }

  @Test func emptyLinesAreSkipped() throws {
    let table = try #require(parse("\n\na,b\n\n1,2\n\n\n3,4\n").0)
    #expect(table.header == ["a", "b"])
    #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    #expect(table.rows.map(\.line) == [5, 8])
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let table = try #require(CSVReader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("id\nx\n".utf8)).0)
    #expect(table.header == ["id"])
    #expect(table.column("id") == 0)
  }

  @Test func nonASCIITextIsKept() throws {
    let table = try #require(parse("name\n\"Zoë, Ñuñez\"\n名前\n").0)
    #expect(table.rows.map(\.fields) == [["Zoë, Ñuñez"], ["名前"]])
  }

  @Test func invalidUTF8NamesItsLineAndColumn() {
    let bytes = Array("id,name\n1,ab".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    let (table, diagnostics) = CSVReader.parse(bytes: bytes, pointer: "/users.csv")
    #expect(table == nil)
    let d = diagnostics.first
    #expect(d?.code == "invalid-utf8")
    #expect(d?.line == 2)
    #expect(d?.column == 5)
    #expect(d?.pointer == "/users.csv")
    // An overlong encoding and a lone continuation byte are invalid too.
    #expect(CSVReader.parse(bytes: [0x61, 0xC0, 0x80]).1.first?.code == "invalid-utf8")
    #expect(CSVReader.parse(bytes: [0x80]).1.first?.code == "invalid-utf8")
    // A surrogate encoded in UTF-8.
    #expect(CSVReader.parse(bytes: [0xED, 0xA0, 0x80]).1.first?.code == "invalid-utf8")
  }

  @Test func unterminatedQuoteNamesWhereItStarts() {
    let (table, diagnostics) = parse("a,b\n1,\"open\n2,3\n")
    #expect(table == nil)
    #expect(diagnostics.first?.code == "csv-unterminated-quote")
    #expect(diagnostics.first?.line == 2)
    #expect(diagnostics.first?.column == 3)
  }

  @Test func strayQuotesAreErrors() {
    #expect(parse("a,b\n1,\"x\"y\n").1.first?.code == "csv-bad-quote")
    #expect(parse("a,b\n1,x\"y\n").1.first?.code == "csv-bad-quote")
  }

  @Test func emptyFileHasNoHeader() {
    #expect(parse("").1.first?.code == "csv-empty")
    #expect(CSVReader.parse(bytes: [0xEF, 0xBB, 0xBF]).1.first?.code == "csv-empty")
  }

  @Test func writerRoundTrips() throws {
    let rows = [
      ["1", "09,10", "say \"hi\""], ["2", "two\nlines", " padded "], ["3", "", "plain"],
    ]
    let text = CSVWriter.table(header: ["id", "grades", "title"], rows: rows)
    let table = try #require(parse(text).0)
    #expect(table.rows.map(\.fields) == rows)
    #expect(CSVWriter.field("plain") == "plain")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
  }
}
