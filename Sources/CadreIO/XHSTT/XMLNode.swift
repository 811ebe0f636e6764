/// The element tree of one XML document, stored as flat arrays (one entry per element, per
/// attribute, per string) so that memory stays a small, fixed multiple of the input: 28 bytes
/// per element and 16 per attribute, plus the decoded text. A deep tree is just indices, so
/// freeing it never recurses (a tree of nested values did, and overflowed the stack).
///
/// Built by `XMLByteParser`; read through `XMLNode` views. Elements are numbered in document
/// order of their start tags; element 0 is the root.
///
/// The arrays are not checked for exclusive access at run time (`@exclusivity(unchecked)`):
/// the parser appends to them and the readers index them one element at a time, never two
/// overlapping accesses, and the checks (two runtime calls per access of a class's stored
/// property) were about a fifth of the parse of a FET file.
final class XMLDocument {
  // MARK: Per element
  @exclusivity(unchecked) var elementName: [Int32] = []
  /// First child element, or -1.
  @exclusivity(unchecked) var firstChild: [Int32] = []
  /// Next sibling element, or -1.
  @exclusivity(unchecked) var nextSibling: [Int32] = []
  /// The element's attributes are `firstAttribute[e] ..< firstAttribute[e + 1]` (the last
  /// element's run up to the end of the attribute arrays).
  @exclusivity(unchecked) var firstAttribute: [Int32] = []
  /// Its character data (whitespace-trimmed) as a string index, or -1 when empty.
  @exclusivity(unchecked) var elementText: [Int32] = []
  /// 1-based line and column (in Unicode scalars) of the start tag's `<`.
  @exclusivity(unchecked) var elementLine: [Int32] = []
  @exclusivity(unchecked) var elementColumn: [Int32] = []

  // MARK: Per attribute
  @exclusivity(unchecked) var attributeName: [Int32] = []
  /// A string index.
  @exclusivity(unchecked) var attributeValue: [Int32] = []

  // MARK: Strings
  /// Decoded text (entities expanded, line ends normalised) of every string, back to back.
  @exclusivity(unchecked) var utf8: [UInt8] = []
  /// String `i` is `utf8[stringStart[i] ..< stringStart[i + 1]]`.
  @exclusivity(unchecked) var stringStart: [Int32] = [0]
  /// Element and attribute names, each once.
  var names: [String] = []
  var nameIndex: [String: Int32] = [:]

  // MARK: Source
  /// Byte ranges in the input of the `<!DOCTYPE ...>` declaration and, per element name, of
  /// the first child of the root with that name (start tag to end tag), so a writer can copy
  /// them through verbatim. Keyed by name, so a file of a million top-level elements costs
  /// no more than one.
  var doctypeRange: Range<Int>?
  var topLevelRanges: [Int32: Range<Int>] = [:]

  var root: XMLNode? { elementName.isEmpty ? nil : XMLNode(document: self, index: 0) }

  func string(_ i: Int32) -> String {
    let s = Int(i)
    return String(decoding: utf8[Int(stringStart[s])..<Int(stringStart[s + 1])], as: UTF8.self)
  }

  func attributes(of e: Int) -> Range<Int> {
    let end = e + 1 < firstAttribute.count ? Int(firstAttribute[e + 1]) : attributeName.count
    return Int(firstAttribute[e])..<end
  }
}

/// A view of one element of an `XMLDocument`: its name, attributes, element children, trimmed
/// text and where it starts. What the XHSTT mapper walks.
struct XMLNode {
  let document: XMLDocument
  let index: Int32

  var name: String { document.names[Int(document.elementName[Int(index)])] }

  /// 1-based line and column of the start tag.
  var line: Int { Int(document.elementLine[Int(index)]) }
  var column: Int { Int(document.elementColumn[Int(index)]) }

  /// Character data directly inside this element (entities expanded, CDATA included),
  /// whitespace-trimmed.
  var text: String {
    let t = document.elementText[Int(index)]
    return t < 0 ? "" : document.string(t)
  }

  var attributes: XMLAttributes { XMLAttributes(node: self) }

  /// Element children in file order.
  var children: [XMLNode] {
    var out: [XMLNode] = []
    var c = document.firstChild[Int(index)]
    while c >= 0 {
      out.append(XMLNode(document: document, index: c))
      c = document.nextSibling[Int(c)]
    }
    return out
  }

  /// The first child element called `name`.
  func child(_ name: String) -> XMLNode? {
    guard let id = document.nameIndex[name] else { return nil }
    var c = document.firstChild[Int(index)]
    while c >= 0 {
      if document.elementName[Int(c)] == id { return XMLNode(document: document, index: c) }
      c = document.nextSibling[Int(c)]
    }
    return nil
  }

  /// Every child element called `name`, in file order.
  func children(_ name: String) -> [XMLNode] {
    guard let id = document.nameIndex[name] else { return [] }
    var out: [XMLNode] = []
    var c = document.firstChild[Int(index)]
    while c >= 0 {
      if document.elementName[Int(c)] == id { out.append(XMLNode(document: document, index: c)) }
      c = document.nextSibling[Int(c)]
    }
    return out
  }
}

/// The attributes of one element, looked up by name.
struct XMLAttributes {
  let node: XMLNode

  subscript(name: String) -> String? {
    let doc = node.document
    guard let id = doc.nameIndex[name] else { return nil }
    for a in doc.attributes(of: Int(node.index)) where doc.attributeName[a] == id {
      return doc.string(doc.attributeValue[a])
    }
    return nil
  }
}
