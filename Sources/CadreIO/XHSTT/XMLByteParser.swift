import CadreModel

/// A small, strict, non-validating XML 1.0 parser over UTF-8 bytes that builds an
/// `XMLDocument`. It replaces Foundation's `XMLParser` (libxml2), which refuses any document
/// with more than 10,000,000 bytes still to parse (libxml2's `XML_MAX_LOOKUP_LIMIT`, hit
/// because Foundation hands it the whole file as one chunk without `XML_PARSE_HUGE`), drops
/// the text of internal entities, and cannot be given a nesting limit.
///
/// What it reads: elements, attributes (values normalised as XML says: tab, CR and LF become
/// spaces), character data, CDATA sections, comments and processing instructions (skipped),
/// the five predefined entities, numeric character references, and a `<!DOCTYPE>` whose
/// internal subset may declare general internal entities (`<!ENTITY name "text">`), which are
/// expanded wherever they are referenced. A leading UTF-8 byte order mark is skipped; line ends
/// (CR LF, CR) become LF.
///
/// What it refuses, each with a diagnostic naming the line and column: anything not
/// well-formed; input that is not UTF-8 (or ASCII); nesting deeper than `maxDepth`; more than
/// `maxNames` distinct element and attribute names; a reference to an external entity (never
/// read, so no file or network access can hide in an archive); parameter entities and entities
/// holding markup; entity expansion scanning more than `maxEntityExpansion` bytes in all or
/// nesting deeper than `maxEntityNesting` (a "billion laughs" file is refused after 1 MiB of
/// work). `<!ELEMENT>`, `<!ATTLIST>` (attribute defaults included) and `<!NOTATION>`
/// declarations are skipped.
///
/// Memory: the document is flat arrays reserved from a first pass that counts `<` and `=`, so
/// it takes at most about 7 times the input (28 bytes per element, and an element takes at
/// least 4 bytes: `<a/>`).
///
/// - Complexity: O(n) in the input plus O(`maxEntityExpansion`).
struct XMLByteParser {
  /// Bytes that expanding entity references may scan in all (their replacement texts,
  /// references to other entities included).
  static let maxEntityExpansion = 1 << 20
  /// Entities referring to entities referring to ...: at most this deep.
  static let maxEntityNesting = 16
  /// Distinct element and attribute names (the XHSTT format has about 150).
  static let maxNames = 4096

  private enum Entity {
    case text(Range<Int>)
    case external
  }

  /// An element whose end tag has not been read yet.
  private struct Open {
    var element: Int32
    var name: Int32
    var lastChild: Int32 = -1
    /// Where its character data starts in `text`.
    var textStart: Int
    /// Offset of its `<`.
    var start: Int
  }

  // MARK: Constant
  private let b: UnsafeBufferPointer<UInt8>
  private let maxDepth: Int

  // MARK: Moving
  private var pos = 0
  private let doc = XMLDocument()
  private var open: [Open] = []
  private var entities: [String: Entity] = [:]
  /// Entity names being expanded, outermost first.
  private var expanding: [String] = []
  private var expandedBytes = 0
  /// The outermost entity reference being expanded (where its errors are reported).
  private var referenceStart = 0
  /// Line and column (in scalars) at `locOffset`; moved forward only.
  private var locOffset = 0
  private var locLine = 1
  private var locColumn = 1
  /// Where the line of `locOffset` starts.
  private var locLineStart = 0

  // MARK: Scratch
  /// Character data of the open elements, back to back (each from its `textStart`).
  private var text: [UInt8] = []
  /// The attribute value being read.
  private var attribute: [UInt8] = []
  /// Per name, the last element that used it as an attribute (duplicate check in O(1)).
  private var attributeSeen: [Int32] = []
  /// Per name, its UTF-8 (`names[id].utf8`) in `nameUTF8[nameUTF8Start[id] ..<
  /// nameUTF8Start[id + 1]]`: what an end tag is compared with.
  private var nameUTF8: [UInt8] = []
  private var nameUTF8Start: [Int] = [0]
  /// The names seen, by their bytes: a hash table (open addressing) of indices into `keyEnd`
  /// and `keyName`, or -1; key `i` is `keyBytes[keyEnd[i - 1] ..< keyEnd[i]]` (from 0 for the
  /// first). Making a `String` of every tag's name and hashing it cost about 1,000
  /// instructions a tag, a sixth of the parse of a FET file. A miss goes through `nameIndex`
  /// as before, so byte sequences that are equal as strings (canonically equivalent) still
  /// share their name; each is then a key of its own.
  private var keySlots = [Int32](repeating: -1, count: 2 * XMLByteParser.maxNames)
  private var keyBytes: [UInt8] = []
  private var keyEnd: [Int] = []
  private var keyName: [Int32] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    b = bytes
    self.maxDepth = maxDepth
  }

  /// Parses the whole input, or throws the first error with its place and the element open
  /// there.
  mutating func parse() throws(XMLSyntaxError) -> XMLDocument {
    do {
      try document()
      return doc
    } catch {
      var e = error
      let place = location(min(e.offset, b.count))
      e.line = place.line
      e.column = place.column
      if let o = open.last, e.code == "xhstt-malformed-xml" {
        e.inside = (doc.names[Int(o.name)], Int(doc.elementLine[Int(o.element)]))
      }
      throw e
    }
  }

  // MARK: Document

  private mutating func document() throws(XMLSyntaxError) {
    if b.count >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)) {
      throw XMLSyntaxError(
        code: "xhstt-unsupported-encoding", message: "the file is UTF-16, not UTF-8",
        hint: "save the file as UTF-8", offset: 0)
    }
    if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
      pos = 3
      locOffset = 3
      locLineStart = 3
    }
    var utf8 = true
    if has("<?xml") && pos + 5 < b.count && isSpace(b[pos + 5]) {
      utf8 = try declaration()
    }
    let (lt, eq) = try scanCharacters(utf8: utf8)
    reserve(elements: lt, attributes: eq)

    var rootSeen = false
    while true {
      if open.isEmpty {
        skipSpaces()
        guard pos < b.count else { break }
        guard b[pos] == 0x3C else {
          throw syntax(rootSeen ? "text after the root element" : "text before the root element")
        }
        if has("<?") {
          try processingInstruction()
        } else if has("<!--") {
          try comment()
        } else if has("<!DOCTYPE") {
          guard !rootSeen && doc.doctypeRange == nil else {
            throw syntax("a <!DOCTYPE> after the root element or a second one")
          }
          try doctype()
        } else if rootSeen {
          throw syntax("a second root element (a document has exactly one)")
        } else if has("</") || has("<!") {
          throw syntax("markup before the root element")
        } else {
          try startTag()
          rootSeen = true
        }
      } else {
        guard pos < b.count else {
          let o = open[open.count - 1]
          throw syntax(
            "the file ends before <\(doc.names[Int(o.name)])> (opened at line "
              + "\(doc.elementLine[Int(o.element)])) is closed")
        }
        switch b[pos] {
        case 0x3C:
          if has("</") {
            try endTag()
          } else if has("<!--") {
            try comment()
          } else if has("<![CDATA[") {
            try cdata()
          } else if has("<?") {
            try processingInstruction()
          } else if has("<!") {
            throw syntax("a '<!' that starts no comment or CDATA section")
          } else {
            try startTag()
          }
        case 0x26:
          referenceStart = pos
          pos = try reference(at: pos, end: b.count, inAttribute: false, depth: 0)
        default:
          characterData()
        }
      }
    }
    guard rootSeen else { throw syntax("the document is empty (it has no root element)") }
  }

  /// `<?xml version="1.0" encoding="..."?>`; true when the encoding is UTF-8 (or unnamed).
  private mutating func declaration() throws(XMLSyntaxError) -> Bool {
    pos += 5
    var utf8 = true
    while true {
      skipSpaces()
      if has("?>") {
        pos += 2
        return utf8
      }
      guard pos < b.count else { throw syntax("the XML declaration is not closed with '?>'") }
      let name = try rawName("a pseudo-attribute of the XML declaration")
      skipSpaces()
      guard pos < b.count && b[pos] == 0x3D else {
        throw syntax("a '=' is missing in the XML declaration")
      }
      pos += 1
      skipSpaces()
      let value = try quoted()
      if String(decoding: b[name], as: UTF8.self) == "encoding" {
        let encoding = String(decoding: b[value], as: UTF8.self).lowercased()
        utf8 = ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding)
      }
    }
  }

  /// Checks that the input is UTF-8 made of XML characters only (any control character but tab,
  /// LF and CR is refused, as are U+FFFE and U+FFFF); counts `<` and `=`, which bound the
  /// number of elements and attributes. With another declared encoding, only ASCII is read.
  private mutating func scanCharacters(utf8: Bool) throws(XMLSyntaxError) -> (Int, Int) {
    var lt = 0
    var eq = 0
    var i = pos
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0x80 {
        if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
          throw XMLSyntaxError(
            code: "xhstt-malformed-xml",
            message: "a control character (byte \(c)) that XML does not allow",
            hint: "remove it, or write a space", offset: i)
        }
        if c == 0x3C { lt += 1 } else if c == 0x3D { eq += 1 }
        i += 1
        continue
      }
      guard utf8 else {
        throw XMLSyntaxError(
          code: "xhstt-unsupported-encoding",
          message: "the XML declaration names an encoding other than UTF-8, and the file has "
            + "non-ASCII bytes", hint: "save the file as UTF-8", offset: i)
      }
      var length = 0
      var lo: UInt8 = 0x80
      var hi: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lo) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, hi) = (3, 0x9F)
      case 0xF0: (length, lo) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, hi) = (4, 0x8F)
      default: length = 0
      }
      var valid = length > 0 && i + length <= n && b[i + 1] >= lo && b[i + 1] <= hi
      if valid {
        for k in 2..<length where b[i + k] & 0xC0 != 0x80 { valid = false }
      }
      guard valid else {
        throw XMLSyntaxError(
          code: "xhstt-malformed-xml", message: "bytes that are not UTF-8",
          hint: "save the file as UTF-8", offset: i)
      }
      if c == 0xEF && b[i + 1] == 0xBF && b[i + 2] >= 0xBE {
        throw XMLSyntaxError(
          code: "xhstt-malformed-xml", message: "a character (U+FFFE or U+FFFF) XML does not allow",
          hint: "remove it", offset: i)
      }
      i += length
    }
    return (lt, eq)
  }

  private func reserve(elements: Int, attributes: Int) {
    doc.elementName.reserveCapacity(elements)
    doc.firstChild.reserveCapacity(elements)
    doc.nextSibling.reserveCapacity(elements)
    doc.firstAttribute.reserveCapacity(elements)
    doc.elementText.reserveCapacity(elements)
    doc.elementLine.reserveCapacity(elements)
    doc.elementColumn.reserveCapacity(elements)
    doc.attributeName.reserveCapacity(attributes)
    doc.attributeValue.reserveCapacity(attributes)
    doc.stringStart.reserveCapacity(elements + attributes + 1)
  }

  // MARK: Elements

  private mutating func startTag() throws(XMLSyntaxError) {
    let start = pos
    pos += 1
    let name = try name("an element name")
    if open.count >= maxDepth {
      throw XMLSyntaxError(
        code: "xhstt-too-deep",
        message: "elements are nested deeper than \(maxDepth) levels",
        hint: "an XHSTT archive nests about 8 levels; check how the file was made", offset: start)
    }
    let e = Int32(doc.elementName.count)
    let (line, column) = location(start)
    doc.elementName.append(name)
    doc.firstChild.append(-1)
    doc.nextSibling.append(-1)
    doc.firstAttribute.append(Int32(doc.attributeName.count))
    doc.elementText.append(-1)
    doc.elementLine.append(Int32(clamping: line))
    doc.elementColumn.append(Int32(clamping: column))
    if !open.isEmpty {
      let parent = open.count - 1
      let last = open[parent].lastChild
      if last < 0 {
        doc.firstChild[Int(open[parent].element)] = e
      } else {
        doc.nextSibling[Int(last)] = e
      }
      open[parent].lastChild = e
    }
    while true {
      let spaced = skipSpaces()
      guard pos < b.count else { throw syntax("the file ends inside a start tag") }
      if b[pos] == 0x3E {
        pos += 1
        open.append(Open(element: e, name: name, textStart: text.count, start: start))
        return
      }
      if b[pos] == 0x2F {
        guard pos + 1 < b.count && b[pos + 1] == 0x3E else {
          throw syntax("a '/' inside a start tag that is not followed by '>'")
        }
        pos += 2
        close(Open(element: e, name: name, textStart: text.count, start: start))
        return
      }
      guard spaced else { throw syntax("a space is required before an attribute") }
      let attributeStart = pos
      let attributeName = try self.name("an attribute name")
      skipSpaces()
      guard pos < b.count && b[pos] == 0x3D else {
        throw syntax("an attribute without '=' and a quoted value")
      }
      pos += 1
      skipSpaces()
      try attributeValue()
      if attributeSeen[Int(attributeName)] == e {
        throw XMLSyntaxError(
          code: "xhstt-malformed-xml",
          message: "the attribute '\(doc.names[Int(attributeName)])' appears twice in "
            + "<\(doc.names[Int(name)])>", hint: "keep one of them", offset: attributeStart)
      }
      attributeSeen[Int(attributeName)] = e
      doc.attributeName.append(attributeName)
      doc.attributeValue.append(addString(attribute[...]))
    }
  }

  /// A quoted attribute value into `attribute`, references expanded and whitespace normalised.
  private mutating func attributeValue() throws(XMLSyntaxError) {
    guard pos < b.count && (b[pos] == 0x22 || b[pos] == 0x27) else {
      throw syntax("an attribute value must be in quotes")
    }
    let quote = b[pos]
    pos += 1
    attribute.removeAll(keepingCapacity: true)
    while true {
      guard pos < b.count else { throw syntax("the file ends inside an attribute value") }
      let c = b[pos]
      if c == quote {
        pos += 1
        return
      }
      switch c {
      case 0x3C:
        throw syntax("a '<' inside an attribute value (write &lt;)")
      case 0x26:
        referenceStart = pos
        pos = try reference(at: pos, end: b.count, inAttribute: true, depth: 0)
      case 0x0D:
        attribute.append(0x20)
        pos += pos + 1 < b.count && b[pos + 1] == 0x0A ? 2 : 1
      case 0x09, 0x0A:
        attribute.append(0x20)
        pos += 1
      default:
        attribute.append(c)
        pos += 1
      }
    }
  }

  private mutating func endTag() throws(XMLSyntaxError) {
    let start = pos
    pos += 2
    let nameStart = pos
    let name = try rawName("an element name in an end tag")
    skipSpaces()
    guard pos < b.count && b[pos] == 0x3E else { throw syntax("a '>' is missing in an end tag") }
    pos += 1
    let o = open[open.count - 1]
    guard sameBytes(name, nameUTF8, nameUTF8Start[Int(o.name)]..<nameUTF8Start[Int(o.name) + 1])
    else {
      let openName = doc.names[Int(o.name)]
      throw XMLSyntaxError(
        code: "xhstt-malformed-xml",
        message: "the end tag </\(String(decoding: b[nameStart..<name.upperBound], as: UTF8.self))>"
          + " does not match <\(openName)>",
        hint: "close <\(openName)> with </\(openName)>", offset: start)
    }
    open.removeLast()
    close(o)
  }

  /// Stores the trimmed text of `o`, and its source range when it is the root's first child of
  /// that name.
  private mutating func close(_ o: Open) {
    var lo = o.textStart
    var hi = text.count
    while lo < hi && isSpace(text[lo]) { lo += 1 }
    while hi > lo && isSpace(text[hi - 1]) { hi -= 1 }
    if lo < hi { doc.elementText[Int(o.element)] = addString(text[lo..<hi]) }
    text.removeLast(text.count - o.textStart)
    if open.count == 1 && doc.topLevelRanges[o.name] == nil {
      doc.topLevelRanges[o.name] = o.start..<pos
    }
  }

  // MARK: Text

  /// Character data up to the next `<` or `&`, line ends normalised.
  private mutating func characterData() {
    var i = pos
    while i < b.count {
      let c = b[i]
      if c == 0x3C || c == 0x26 { break }
      if c == 0x0D {
        text.append(contentsOf: b[pos..<i])
        text.append(0x0A)
        i += i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
        pos = i
        continue
      }
      i += 1
    }
    text.append(contentsOf: b[pos..<i])
    pos = i
  }

  private mutating func cdata() throws(XMLSyntaxError) {
    let start = pos + 9
    guard let end = find(Array("]]>".utf8), from: start) else {
      throw syntax("a CDATA section is not closed with ']]>'")
    }
    var i = start
    while i < end {
      if b[i] == 0x0D {
        text.append(0x0A)
        i += i + 1 < end && b[i + 1] == 0x0A ? 2 : 1
      } else {
        text.append(b[i])
        i += 1
      }
    }
    pos = end + 3
  }

  private mutating func comment() throws(XMLSyntaxError) {
    guard let end = find(Array("-->".utf8), from: pos + 4) else {
      throw syntax("a comment is not closed with '-->'")
    }
    pos = end + 3
  }

  private mutating func processingInstruction() throws(XMLSyntaxError) {
    guard let end = find(Array("?>".utf8), from: pos + 2) else {
      throw syntax("a processing instruction is not closed with '?>'")
    }
    pos = end + 2
  }

  // MARK: References

  /// Expands the reference starting with `&` at `i` (its `;` before `end`) into the text or
  /// the attribute value; returns the offset after the `;`.
  private mutating func reference(
    at i: Int, end: Int, inAttribute: Bool, depth: Int
  ) throws(XMLSyntaxError) -> Int {
    var semicolon = i + 1
    while semicolon < end && semicolon - i <= 256 && b[semicolon] != 0x3B { semicolon += 1 }
    guard semicolon < end && b[semicolon] == 0x3B && semicolon > i + 1 else {
      throw XMLSyntaxError(
        code: "xhstt-malformed-xml", message: "an '&' that starts no entity reference",
        hint: "write &amp; for a literal '&'", offset: referenceStart)
    }
    let body = i + 1..<semicolon
    if b[body.lowerBound] == 0x23 {
      append(scalar: try characterReference(body), inAttribute: inAttribute)
      return semicolon + 1
    }
    guard isNameStart(b[body.lowerBound]), b[body].allSatisfy(isNameByte) else {
      throw XMLSyntaxError(
        code: "xhstt-malformed-xml", message: "an '&' that starts no entity reference",
        hint: "write &amp; for a literal '&'", offset: referenceStart)
    }
    let name = String(decoding: b[body], as: UTF8.self)
    let predefined: UInt8? =
      switch name {
      case "lt": 0x3C
      case "gt": 0x3E
      case "amp": 0x26
      case "apos": 0x27
      case "quot": 0x22
      default: nil
      }
    if let c = predefined {
      append(byte: c, inAttribute: inAttribute, literal: true)
      return semicolon + 1
    }
    switch entities[name] {
    case nil:
      throw XMLSyntaxError(
        code: "xhstt-malformed-xml", message: "the entity '&\(name);' is not declared",
        hint: "write &amp; for a literal '&', or declare the entity in the DOCTYPE",
        offset: referenceStart)
    case .external:
      throw XMLSyntaxError(
        code: "xhstt-external-entity",
        message: "the entity '&\(name);' is external (declared with SYSTEM or PUBLIC); Cadre "
          + "never reads external entities", hint: "put the text itself into the file",
        offset: referenceStart)
    case .text(let value):
      if expanding.contains(name) {
        throw XMLSyntaxError(
          code: "xhstt-entity-expansion", message: "the entity '&\(name);' refers to itself",
          hint: "remove the loop from the entity declarations", offset: referenceStart)
      }
      if depth >= Self.maxEntityNesting {
        throw XMLSyntaxError(
          code: "xhstt-entity-expansion",
          message: "entity references are nested deeper than \(Self.maxEntityNesting) levels",
          hint: "write the text out instead of nesting entities", offset: referenceStart)
      }
      expanding.append(name)
      try expand(value, inAttribute: inAttribute, depth: depth + 1)
      expanding.removeLast()
      return semicolon + 1
    }
  }

  /// The replacement text of an internal entity, its own references expanded in turn.
  private mutating func expand(
    _ value: Range<Int>, inAttribute: Bool, depth: Int
  ) throws(XMLSyntaxError) {
    expandedBytes += value.count
    if expandedBytes > Self.maxEntityExpansion {
      throw XMLSyntaxError(
        code: "xhstt-entity-expansion",
        message: "entity references expand to more than \(Self.maxEntityExpansion) bytes "
          + "(an entity that multiplies others, a \"billion laughs\" file?)",
        hint: "write the text out instead of using entities", offset: referenceStart)
    }
    var k = value.lowerBound
    while k < value.upperBound {
      let c = b[k]
      if c == 0x26 {
        k = try reference(at: k, end: value.upperBound, inAttribute: inAttribute, depth: depth)
      } else if c == 0x3C {
        throw XMLSyntaxError(
          code: "xhstt-unsupported-dtd",
          message: "the entity '&\(expanding.last ?? "");' holds markup ('<'); Cadre expands "
            + "entities that hold text only", hint: "write the elements out in the file",
          offset: referenceStart)
      } else if c == 0x0D {
        append(byte: 0x0A, inAttribute: inAttribute, literal: false)
        k += k + 1 < value.upperBound && b[k + 1] == 0x0A ? 2 : 1
      } else {
        append(byte: c, inAttribute: inAttribute, literal: false)
        k += 1
      }
    }
  }

  /// `&#N;` or `&#xH;` (the body is `#...`): a character XML allows.
  private func characterReference(_ body: Range<Int>) throws(XMLSyntaxError) -> UInt32 {
    let hex = body.count > 1 && b[body.lowerBound + 1] == 0x78
    let digits = body.lowerBound + (hex ? 2 : 1)..<body.upperBound
    var value: UInt32 = 0
    var ok = !digits.isEmpty
    for k in digits where ok {
      let c = b[k]
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
      case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
      default:
        ok = false
        continue
      }
      value = value * (hex ? 16 : 10) + d
      if value > 0x10FFFF { ok = false }
    }
    let allowed =
      value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
      || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    guard ok && allowed else {
      throw XMLSyntaxError(
        code: "xhstt-malformed-xml",
        message: "the character reference '&\(String(decoding: b[body], as: UTF8.self));' "
          + "names no character XML allows", hint: "remove it", offset: referenceStart)
    }
    return value
  }

  /// One byte of text or attribute value; in an attribute, literal whitespace from an entity
  /// becomes a space (as XML's attribute-value normalisation says).
  private mutating func append(byte c: UInt8, inAttribute: Bool, literal: Bool) {
    if inAttribute {
      attribute.append(!literal && (c == 0x09 || c == 0x0A) ? 0x20 : c)
    } else {
      text.append(c)
    }
  }

  private mutating func append(scalar value: UInt32, inAttribute: Bool) {
    guard let scalar = Unicode.Scalar(value) else { return }
    for unit in UTF8.encode(scalar)! {
      append(byte: unit, inAttribute: inAttribute, literal: true)
    }
  }

  // MARK: DOCTYPE

  /// `<!DOCTYPE name (SYSTEM|PUBLIC ...)? ([ internal subset ])? >`. The external subset is
  /// never read.
  private mutating func doctype() throws(XMLSyntaxError) {
    let start = pos
    pos += 9
    guard skipSpaces() else { throw syntax("a space is required after <!DOCTYPE") }
    _ = try rawName("the root element's name in <!DOCTYPE>")
    skipSpaces()
    try externalID()
    skipSpaces()
    if pos < b.count && b[pos] == 0x5B {
      pos += 1
      try internalSubset()
      skipSpaces()
    }
    guard pos < b.count && b[pos] == 0x3E else {
      throw syntax("the <!DOCTYPE> declaration is not closed with '>'")
    }
    pos += 1
    doc.doctypeRange = start..<pos
  }

  /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`, if present; true when there was one.
  @discardableResult
  private mutating func externalID() throws(XMLSyntaxError) -> Bool {
    let isPublic = has("PUBLIC")
    guard isPublic || has("SYSTEM") else { return false }
    pos += 6
    guard skipSpaces() else { throw syntax("a space is required after SYSTEM or PUBLIC") }
    _ = try quoted()
    if isPublic {
      guard skipSpaces() else { throw syntax("PUBLIC needs a public id and a system id") }
      _ = try quoted()
    }
    return true
  }

  private mutating func internalSubset() throws(XMLSyntaxError) {
    while true {
      skipSpaces()
      guard pos < b.count else { throw syntax("the file ends inside the <!DOCTYPE>") }
      if b[pos] == 0x5D {
        pos += 1
        return
      }
      if has("<!--") {
        try comment()
      } else if has("<?") {
        try processingInstruction()
      } else if has("<!ENTITY") {
        try entityDeclaration()
      } else if has("<!ELEMENT") || has("<!ATTLIST") || has("<!NOTATION") {
        try skipDeclaration()
      } else if b[pos] == 0x25 {
        throw XMLSyntaxError(
          code: "xhstt-unsupported-dtd",
          message: "a parameter entity reference in the <!DOCTYPE>; Cadre does not read "
            + "parameter entities", hint: "remove the <!DOCTYPE> (an XHSTT file needs none)",
          offset: pos)
      } else {
        throw syntax("a <!DOCTYPE> may only hold declarations, comments and PIs here")
      }
    }
  }

  /// `<!ENTITY name "text">` (kept), `<!ENTITY name SYSTEM "uri">` (kept as external, never
  /// read), `<!ENTITY % name ...>` (ignored). The first declaration of a name wins.
  private mutating func entityDeclaration() throws(XMLSyntaxError) {
    pos += 8
    guard skipSpaces() else { throw syntax("a space is required after <!ENTITY") }
    var parameter = false
    if pos < b.count && b[pos] == 0x25 {
      parameter = true
      pos += 1
      guard skipSpaces() else { throw syntax("a space is required after '%'") }
    }
    let name = try rawName("an entity name")
    guard skipSpaces() else { throw syntax("a space is required after the entity name") }
    let entity: Entity
    if pos < b.count && (b[pos] == 0x22 || b[pos] == 0x27) {
      entity = .text(try quoted())
    } else if try externalID() {
      if skipSpaces() && has("NDATA") {
        pos += 5
        guard skipSpaces() else { throw syntax("a space is required after NDATA") }
        _ = try rawName("a notation name")
      }
      entity = .external
    } else {
      throw syntax("an entity declaration needs a quoted value or SYSTEM/PUBLIC")
    }
    skipSpaces()
    guard pos < b.count && b[pos] == 0x3E else {
      throw syntax("an entity declaration is not closed with '>'")
    }
    pos += 1
    let key = String(decoding: b[name], as: UTF8.self)
    if !parameter && entities[key] == nil { entities[key] = entity }
  }

  /// Skips `<!ELEMENT ...>`, `<!ATTLIST ...>` or `<!NOTATION ...>` (quoted strings may hold
  /// `>`).
  private mutating func skipDeclaration() throws(XMLSyntaxError) {
    pos += 2
    while pos < b.count {
      let c = b[pos]
      if c == 0x22 || c == 0x27 {
        _ = try quoted()
      } else if c == 0x3E {
        pos += 1
        return
      } else {
        pos += 1
      }
    }
    throw syntax("a declaration in the <!DOCTYPE> is not closed with '>'")
  }

  // MARK: Lexical pieces

  /// A name, interned.
  private mutating func name(_ what: String) throws(XMLSyntaxError) -> Int32 {
    let range = try rawName(what)
    var hash: UInt32 = 2_166_136_261  // FNV-1a
    for i in range { hash = (hash ^ UInt32(b[i])) &* 16_777_619 }
    let mask = keySlots.count - 1
    var slot = Int(hash) & mask
    while keySlots[slot] >= 0 {
      let key = Int(keySlots[slot])
      if sameBytes(range, keyBytes, (key == 0 ? 0 : keyEnd[key - 1])..<keyEnd[key]) {
        return keyName[key]
      }
      slot = (slot + 1) & mask
    }
    let id = try internedName(range)
    // At most half the table full, so a probe always ends at an empty slot; past that (a file
    // of many spellings of equal names), names are found through `nameIndex` alone.
    if keyName.count < keySlots.count / 2 {
      keySlots[slot] = Int32(keyName.count)
      keyBytes.append(contentsOf: b[range])
      keyEnd.append(keyBytes.count)
      keyName.append(id)
    }
    return id
  }

  /// Whether `b[range]` holds the same bytes as `other[at]`.
  private func sameBytes(_ range: Range<Int>, _ other: [UInt8], _ at: Range<Int>) -> Bool {
    guard range.count == at.count else { return false }
    var j = at.lowerBound
    for i in range {
      if b[i] != other[j] { return false }
      j += 1
    }
    return true
  }

  /// The name `b[range]` through `nameIndex`, added when new.
  private mutating func internedName(_ range: Range<Int>) throws(XMLSyntaxError) -> Int32 {
    let s = String(decoding: b[range], as: UTF8.self)
    if let id = doc.nameIndex[s] { return id }
    guard doc.names.count < Self.maxNames else {
      throw XMLSyntaxError(
        code: "xhstt-too-many-names",
        message: "more than \(Self.maxNames) distinct element and attribute names",
        hint: "this is not an XHSTT file (the format uses about 150 names)",
        offset: range.lowerBound)
    }
    let id = Int32(doc.names.count)
    doc.names.append(s)
    doc.nameIndex[s] = id
    attributeSeen.append(-1)
    nameUTF8.append(contentsOf: s.utf8)
    nameUTF8Start.append(nameUTF8.count)
    return id
  }

  private mutating func rawName(_ what: String) throws(XMLSyntaxError) -> Range<Int> {
    let start = pos
    guard pos < b.count && isNameStart(b[pos]) else {
      throw syntax("\(what) is missing or starts with a character a name cannot start with")
    }
    pos += 1
    while pos < b.count && isNameByte(b[pos]) { pos += 1 }
    return start..<pos
  }

  /// A quoted literal; returns the range inside the quotes.
  private mutating func quoted() throws(XMLSyntaxError) -> Range<Int> {
    guard pos < b.count && (b[pos] == 0x22 || b[pos] == 0x27) else {
      throw syntax("a quoted value is expected")
    }
    let quote = b[pos]
    let start = pos + 1
    var i = start
    while i < b.count && b[i] != quote { i += 1 }
    guard i < b.count else { throw syntax("a quoted value is not closed") }
    pos = i + 1
    return start..<i
  }

  /// Skips XML white space; true when there was some.
  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = pos
    while pos < b.count && isSpace(b[pos]) { pos += 1 }
    return pos > start
  }

  private func has(_ prefix: StaticString) -> Bool {
    let n = prefix.utf8CodeUnitCount
    guard pos + n <= b.count else { return false }
    let p = prefix.utf8Start
    for k in 0..<n where b[pos + k] != p[k] { return false }
    return true
  }

  private func find(_ pattern: [UInt8], from start: Int) -> Int? {
    var i = start
    let last = b.count - pattern.count
    while i <= last {
      if b[i] == pattern[0] {
        var k = 1
        while k < pattern.count && b[i + k] == pattern[k] { k += 1 }
        if k == pattern.count { return i }
      }
      i += 1
    }
    return nil
  }

  private func addString<C: Collection>(_ bytes: C) -> Int32 where C.Element == UInt8 {
    doc.utf8.append(contentsOf: bytes)
    doc.stringStart.append(Int32(doc.utf8.count))
    return Int32(doc.stringStart.count - 2)
  }

  // MARK: Errors

  private func syntax(_ message: String) -> XMLSyntaxError {
    XMLSyntaxError(
      code: "xhstt-malformed-xml", message: message,
      hint: "check the file is complete XML (an XHSTT archive or instance)", offset: pos)
  }

  /// Line and column of `offset` (LF, CR LF and a lone CR each end a line), counting forward
  /// from the last place asked for (errors may ask for an earlier place: then from the start).
  /// The bytes in between are only searched for line ends; the column is counted once, from
  /// the last place asked for on the same line or from the line's start.
  private mutating func location(_ offset: Int) -> (line: Int, column: Int) {
    if offset < locOffset {
      locOffset = 0
      locLine = 1
      locColumn = 1
      locLineStart = 0
    }
    var lineStart = locLineStart
    var i = locOffset
    while i < offset {
      let c = b[i]
      if c <= 0x0D && (c == 0x0A || (c == 0x0D && (i + 1 == b.count || b[i + 1] != 0x0A))) {
        locLine += 1
        lineStart = i + 1
      }
      i += 1
    }
    var column = lineStart == locLineStart ? locColumn : 1
    var j = lineStart == locLineStart ? locOffset : lineStart
    while j < offset {
      if b[j] & 0xC0 != 0x80 { column += 1 }
      j += 1
    }
    locOffset = offset
    locLineStart = lineStart
    locColumn = column
    return (locLine, column)
  }
}

private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

/// ASCII letters, `_`, `:` and any non-ASCII byte (names are not checked further).
private func isNameStart(_ c: UInt8) -> Bool {
  (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c == 0x3A || c >= 0x80
}

private func isNameByte(_ c: UInt8) -> Bool {
  isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
}

/// Why a document was refused, and where.
struct XMLSyntaxError: Error {
  var code: String
  var message: String
  var hint: String
  var offset: Int
  var line = 0
  var column = 0
  /// The innermost open element and its line, for malformed-XML errors.
  var inside: (name: String, line: Int)?

  init(code: String, message: String, hint: String, offset: Int) {
    self.code = code
    self.message = message
    self.hint = hint
    self.offset = offset
  }

  var diagnostic: Diagnostic {
    var text = message
    if let inside { text += " (inside <\(inside.name)>, opened at line \(inside.line))" }
    let full =
      code == "xhstt-malformed-xml"
      ? "the XML is not well-formed at line \(line), column \(column): \(text)"
      : "\(text), at line \(line), column \(column)"
    return Diagnostic(
      .error, code: code, pointer: "", message: full, hint: hint, line: line, column: column)
  }
}

extension XMLDocument {
  /// Parses `bytes` into a document, or the diagnostic of the first error.
  /// - Complexity: O(n) in the number of bytes.
  static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int
  ) -> (XMLDocument?, Diagnostic?) {
    var parser = XMLByteParser(bytes, maxDepth: maxDepth)
    do {
      return (try parser.parse(), nil)
    } catch {
      return (nil, error.diagnostic)
    }
  }
}
