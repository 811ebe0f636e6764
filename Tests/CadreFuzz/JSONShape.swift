/// Where the tokens of a (possibly malformed) JSON text are, found by one tolerant pass over
/// its bytes: numbers, strings (keys apart), every value in an array and every member of an
/// object, and every container. Structure-aware mutations pick spans from it.
struct JSONShape {
  var numbers: [Range<Int>] = []
  /// String values, quotes included.
  var strings: [Range<Int>] = []
  /// Object keys, quotes included.
  var keys: [Range<Int>] = []
  /// Array elements, whitespace trimmed.
  var elements: [Range<Int>] = []
  /// Object members (`"key": value`), whitespace trimmed.
  var members: [Range<Int>] = []
  /// Objects and arrays, brackets included.
  var containers: [Range<Int>] = []

  /// Every value: numbers, strings and containers.
  var values: [Range<Int>] { numbers + strings + containers }

  /// - Complexity: O(n) in the length of `b`.
  init(_ b: [UInt8]) {
    struct Frame {
      var start: Int
      var isArray: Bool
      var itemStart: Int
    }
    var stack: [Frame] = []
    var i = 0
    func trimmed(_ r: Range<Int>) -> Range<Int>? {
      var lo = r.lowerBound
      var hi = r.upperBound
      while lo < hi, Self.isSpace(b[lo]) { lo += 1 }
      while hi > lo, Self.isSpace(b[hi - 1]) { hi -= 1 }
      return lo < hi ? lo..<hi : nil
    }
    func closeItem(_ frame: Frame, at end: Int) {
      guard let r = trimmed(frame.itemStart..<end) else { return }
      if frame.isArray { elements.append(r) } else { members.append(r) }
    }
    while i < b.count {
      let c = b[i]
      switch c {
      case UInt8(ascii: "\""):
        var j = i + 1
        while j < b.count, b[j] != UInt8(ascii: "\"") {
          j += b[j] == UInt8(ascii: "\\") ? 2 : 1
        }
        let end = min(j + 1, b.count)
        var k = end
        while k < b.count, Self.isSpace(b[k]) { k += 1 }
        if k < b.count, b[k] == UInt8(ascii: ":") {
          keys.append(i..<end)
        } else {
          strings.append(i..<end)
        }
        i = end
        continue
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        var j = i + 1
        while j < b.count, Self.isNumberByte(b[j]) { j += 1 }
        numbers.append(i..<j)
        i = j
        continue
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        stack.append(Frame(start: i, isArray: c == UInt8(ascii: "["), itemStart: i + 1))
      case UInt8(ascii: ","):
        if let top = stack.last {
          closeItem(top, at: i)
          stack[stack.count - 1].itemStart = i + 1
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        if let top = stack.popLast() {
          closeItem(top, at: i)
          containers.append(top.start..<(i + 1))
        }
      default:
        break
      }
      i += 1
    }
  }

  static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09
  }

  static func isNumberByte(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ".")
      || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+")
      || c == UInt8(ascii: "-")
  }
}
