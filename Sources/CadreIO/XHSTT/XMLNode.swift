import CadreModel
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A tiny DOM: one XML element with its attributes, element children, trimmed text and where it
/// starts. Built from `XMLParser`'s SAX callbacks so the mapping code can look around freely.
struct XMLNode {
  var name: String
  var attributes: [String: String]
  var children: [XMLNode] = []
  /// Character data directly inside this element, whitespace-trimmed.
  var text: String = ""
  /// 1-based, as reported by the parser at the start tag (0 when unknown).
  var line: Int
  var column: Int

  /// The first child element called `name`.
  func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

  /// Every child element called `name`, in file order.
  func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

  /// Parses `data` into the root element, or a `xhstt-malformed-xml` diagnostic with the line
  /// and column of the first error. External entities are never resolved.
  /// - Complexity: O(size of the document).
  static func parse(_ data: Data) -> (XMLNode?, Diagnostic?) {
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    let builder = XMLTreeBuilder()
    parser.delegate = builder
    let ok = parser.parse()
    if !ok || builder.root == nil {
      var reason =
        (builder.firstError ?? parser.parserError).map { Self.words(for: $0) }
        ?? "the root element is not closed (the file ends early)"
      if let open = builder.openAtError {
        reason += " (inside <\(open.name)>, opened at line \(open.line))"
      }
      let line = builder.errorLine ?? parser.lineNumber
      let column = builder.errorColumn ?? parser.columnNumber
      return (
        nil,
        Diagnostic(
          .error, code: "xhstt-malformed-xml", pointer: "",
          message: "the XML is not well-formed at line \(line), column \(column): \(reason)",
          hint: "check the file is complete XML (an XHSTT archive or instance)",
          line: line, column: column)
      )
    }
    return (builder.root, nil)
  }

  /// The parser's error in words, for the errors a hand-edited file usually has (libxml2
  /// codes); others by their code.
  static func words(for error: Error) -> String {
    let code = (error as NSError).code
    switch code {
    case 4: return "the document is empty"
    case 5: return "the document ends early or has content after its root element"
    case 9: return "an invalid character"
    case 23: return "an '&' that starts no entity (write &amp;)"
    case 26: return "an undeclared entity"
    case 41: return "a malformed attribute"
    case 65: return "a space is required here"
    case 68: return "a '<' inside an attribute value (write &lt;)"
    case 73: return "a '>' is missing"
    case 76: return "an end tag does not match the element it closes"
    case 77: return "a tag is not finished"
    default: return "XML parser error \(code)"
    }
  }
}

/// The SAX delegate that assembles `XMLNode`s on a stack.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  var stack: [XMLNode] = []
  var root: XMLNode?
  var errorLine: Int?
  var errorColumn: Int?
  /// The first error reported (the parser's own `parserError` is its last, often a
  /// consequence), and the element open then, with its line.
  var firstError: Error?
  var openAtError: (name: String, line: Int)?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append(
      XMLNode(
        name: elementName, attributes: attributeDict, line: parser.lineNumber,
        column: parser.columnNumber))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard var node = stack.popLast() else { return }
    node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if stack.isEmpty {
      root = node
    } else {
      stack[stack.count - 1].children.append(node)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    guard !stack.isEmpty, let s = String(data: CDATABlock, encoding: .utf8) else { return }
    stack[stack.count - 1].text += s
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if errorLine == nil {
      errorLine = parser.lineNumber
      errorColumn = parser.columnNumber
      firstError = parseError
      openAtError = stack.last.map { (name: $0.name, line: $0.line) }
    }
  }
}
