/// Where the parts of a (possibly malformed) XML text are, found by a tolerant scan: element
/// texts between tags, attribute values, and whole elements (start tag to matching end tag,
/// or a self-closing tag) with their names. Structure-aware mutations pick spans from it.
struct XMLShape {
  /// Non-blank character data between two tags.
  var texts: [Range<Int>] = []
  /// Attribute values, quotes excluded.
  var attributeValues: [Range<Int>] = []
  /// Whole elements.
  var elements: [Range<Int>] = []
  /// The position just after each start tag's `>`.
  var insides: [Int] = []

  /// - Complexity: O(n) for texts and attributes; elements match end tags with a stack.
  init(_ b: [UInt8]) {
    var open: [(name: ArraySlice<UInt8>, start: Int)] = []
    var i = 0
    var textStart: Int? = nil
    while i < b.count {
      guard b[i] == UInt8(ascii: "<") else {
        if textStart == nil { textStart = i }
        i += 1
        continue
      }
      if let s = textStart {
        if b[s..<i].contains(where: { !JSONShape.isSpace($0) }) { texts.append(s..<i) }
        textStart = nil
      }
      var j = i + 1
      while j < b.count, b[j] != UInt8(ascii: ">") {
        if b[j] == UInt8(ascii: "\"") {
          let v = j + 1
          var k = v
          while k < b.count, b[k] != UInt8(ascii: "\"") { k += 1 }
          attributeValues.append(v..<k)
          j = k
        }
        j += 1
      }
      let end = min(j + 1, b.count)
      let next = i + 1 < b.count ? b[i + 1] : 0
      if next == UInt8(ascii: "/") {
        let name = Self.name(b, from: i + 2)
        if let k = open.lastIndex(where: { $0.name == name }) {
          elements.append(open[k].start..<end)
          open.removeSubrange(k...)
        }
      } else if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") {
        if j > 0, j < b.count, b[j - 1] == UInt8(ascii: "/") {
          elements.append(i..<end)
        } else {
          open.append((Self.name(b, from: i + 1), i))
          insides.append(end)
        }
      }
      i = end
    }
  }

  static func name(_ b: [UInt8], from: Int) -> ArraySlice<UInt8> {
    var k = from
    while k < b.count, !JSONShape.isSpace(b[k]), b[k] != UInt8(ascii: ">"),
      b[k] != UInt8(ascii: "/")
    {
      k += 1
    }
    return b[min(from, b.count)..<k]
  }
}
