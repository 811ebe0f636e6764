/// Builds input `index` of a run from the corpus: a seed file, then one gentle edit (a number
/// or an id changed, so that most such inputs stay valid and reach the solver and checkers) or
/// a stack of one to four edits from every family: bytes, spans, splices and format-aware ones.
/// A pure function of (corpus, kind, seed, index).
struct Mutator {
  var corpus: Corpus
  var kind: FuzzKind

  /// The input and a one-line account of how it was made.
  func mutant(seed: UInt64, index: Int) -> (bytes: [UInt8], summary: String) {
    var rng = SplitMix64(seed: seed, kind: kind, index: index)
    let base = corpus.pick(&rng)
    var edit = Edit(bytes: base.bytes, notes: [])
    let isXML = kind == .xhstt
    if rng.chance(45) {
      if isXML { gentleXML(&edit, &rng) } else { gentleJSON(&edit, &rng) }
    } else {
      let n = 1 + rng.below(4)
      for _ in 0..<n {
        switch rng.below(10) {
        case 0, 1: bytes(&edit, &rng)
        case 2: splice(&edit, &rng, isXML: isXML)
        default: if isXML { xml(&edit, &rng) } else { json(&edit, &rng) }
        }
      }
    }
    if edit.bytes.count > Self.maximumSize { edit.bytes.removeSubrange(Self.maximumSize...) }
    return (edit.bytes, base.name + ": " + edit.notes.joined(separator: "; "))
  }

  /// Mutants are cut to this size, so that no single input dominates a run's time.
  static let maximumSize = 4 << 20

  /// The bytes being edited and what was done to them.
  struct Edit {
    var bytes: [UInt8]
    var notes: [String]

    mutating func replace(_ r: Range<Int>, with new: [UInt8], note: String) {
      let old = String(decoding: bytes[r].prefix(40), as: UTF8.self)
      bytes.replaceSubrange(r, with: new)
      let shown = String(decoding: new.prefix(40), as: UTF8.self)
      notes.append(
        "\(note) at \(r.lowerBound) '\(old)' -> '\(shown)'\(new.count > 40 ? "..." : "")")
    }
  }

  // MARK: Gentle edits

  func gentleJSON(_ e: inout Edit, _ rng: inout SplitMix64) {
    let shape = JSONShape(e.bytes)
    if rng.chance(65), !shape.numbers.isEmpty {
      let r = rng.pick(shape.numbers)
      e.replace(r, with: Array(tweak(e.bytes[r], &rng).utf8), note: "number")
    } else if !shape.strings.isEmpty {
      let r = rng.pick(shape.strings)
      e.replace(r, with: Array(e.bytes[rng.pick(shape.strings)]), note: "string swapped")
    }
  }

  func gentleXML(_ e: inout Edit, _ rng: inout SplitMix64) {
    let shape = XMLShape(e.bytes)
    if rng.chance(60), !shape.texts.isEmpty {
      let r = rng.pick(shape.texts)
      let text = String(decoding: e.bytes[r], as: UTF8.self)
      let new = Int(text.trimmed) != nil ? tweak(e.bytes[r], &rng) : rng.pick(Interesting.xmlTexts)
      e.replace(r, with: Array(new.utf8), note: "text")
    } else if !shape.attributeValues.isEmpty {
      let r = rng.pick(shape.attributeValues)
      e.replace(r, with: Array(e.bytes[rng.pick(shape.attributeValues)]), note: "attribute swapped")
    }
  }

  /// A number nudged: plus or minus a little, doubled, negated, zero, or an interesting value.
  func tweak(_ literal: ArraySlice<UInt8>, _ rng: inout SplitMix64) -> String {
    let text = String(decoding: literal, as: UTF8.self).trimmed
    if let n = Int(text), !rng.chance(40) {
      switch rng.below(7) {
      case 0: return String(n &+ 1)
      case 1: return String(n &- 1)
      case 2: return String(n &* 2)
      case 3: return String(0 &- n)
      case 4: return "0"
      case 5: return String(n &* 1000)
      default: return String(n / 2)
      }
    }
    if let d = Double(text), !rng.chance(25) {
      return rng.pick([String(d * 2), String(d / 2), String(d + 0.25), "0", "1", "0.0"])
    }
    return rng.pick(Interesting.numbers)
  }

  // MARK: Bytes and spans

  func bytes(_ e: inout Edit, _ rng: inout SplitMix64) {
    let n = e.bytes.count
    let at = rng.below(n + 1)
    switch rng.below(8) {
    case 0 where n > 0:
      let i = rng.below(n)
      e.replace(i..<i + 1, with: [e.bytes[i] ^ UInt8(1 << rng.below(8))], note: "bit flip")
    case 1:
      e.replace(at..<at, with: [UInt8(truncatingIfNeeded: rng.next())], note: "byte inserted")
    case 2 where n > 0:
      let len = min(n - min(at, n - 1), 1 + rng.below(16))
      let i = min(at, n - 1)
      e.replace(i..<i + len, with: [], note: "bytes deleted")
    case 3 where n > 0:
      let i = rng.below(n)
      let len = min(n - i, 1 + rng.below(256))
      let copy = Array(e.bytes[i..<i + len])
      let to = rng.below(e.bytes.count + 1)
      e.replace(to..<to, with: copy, note: "span duplicated")
    case 4 where n > 0:
      let i = rng.below(n)
      let len = min(n - i, 1 + rng.below(1024))
      e.replace(i..<i + len, with: [], note: "span deleted")
    case 5:
      let special = rng.pick(Interesting.bytes)
      let to = rng.chance(30) ? 0 : at
      e.replace(to..<to, with: special, note: "special bytes")
    case 6 where n > 0:
      e.replace(at..<n, with: [], note: "truncated")
    default:
      let i = rng.below(n + 1)
      e.replace(
        i..<i,
        with: Array(
          repeating: e.bytes.isEmpty ? 0x41 : e.bytes[max(0, i - 1)],
          count: 1 + rng.below(100_000)), note: "byte repeated")
    }
  }

  /// A span of another corpus file put in place of a span of this one.
  func splice(_ e: inout Edit, _ rng: inout SplitMix64, isXML: Bool) {
    let other = corpus.pick(&rng).bytes
    let theirs = isXML ? XMLShape(other).elements : JSONShape(other).containers
    let ours = isXML ? XMLShape(e.bytes).elements : JSONShape(e.bytes).values
    if let r = ours.isEmpty ? nil : rng.pick(ours), let s = theirs.isEmpty ? nil : rng.pick(theirs)
    {
      e.replace(r, with: Array(other[s]), note: "spliced from another seed")
    } else {
      let i = rng.below(other.count + 1)
      let len = min(other.count - i, rng.below(4096))
      let at = rng.below(e.bytes.count + 1)
      e.replace(at..<at, with: Array(other[i..<i + len]), note: "raw splice")
    }
  }

  // MARK: JSON

  func json(_ e: inout Edit, _ rng: inout SplitMix64) {
    let s = JSONShape(e.bytes)
    func some(_ spans: [Range<Int>]) -> Range<Int>? { spans.isEmpty ? nil : rng.pick(spans) }
    switch rng.below(12) {
    case 0:
      if let r = some(s.numbers) {
        e.replace(r, with: Array(rng.pick(Interesting.numbers).utf8), note: "interesting number")
      }
    case 1:
      if let r = some(s.strings) {
        let body =
          switch rng.below(4) {
          case 0: rng.pick(Interesting.dates)
          case 1: rng.pick(Interesting.times)
          case 2: String(repeating: rng.pick(["a", "é", "\\n", "🙂"]), count: 1 + rng.below(70_000))
          default: rng.pick(Interesting.strings)
          }
        e.replace(r, with: Array(("\"" + body + "\"").utf8), note: "interesting string")
      }
    case 2:
      if let r = some(s.strings) {
        e.replace(r, with: Array(e.bytes[rng.pick(s.strings)]), note: "id swapped")
      }
    case 3:
      if let r = some(s.elements) {
        let copy = Array(e.bytes[r])
        let times = rng.chance(20) ? 1 + rng.below(200) : 1
        var new: [UInt8] = []
        for _ in 0..<times { new += [UInt8(ascii: ",")] + copy }
        e.replace(r.upperBound..<r.upperBound, with: new, note: "element duplicated x\(times)")
      }
    case 4:
      if let r = some(s.elements) {
        e.replace(deletion(r, e.bytes), with: [], note: "element deleted")
      }
    case 5:
      if let r = some(s.members) {
        e.replace(
          r.upperBound..<r.upperBound, with: [UInt8(ascii: ",")] + e.bytes[r],
          note: "member duplicated")
      }
    case 6:
      if let r = some(s.members) {
        e.replace(deletion(r, e.bytes), with: [], note: "member deleted")
      }
    case 7:
      if let r = some(s.keys) {
        let key = rng.chance(50) ? Array(e.bytes[rng.pick(s.keys)]) : Array("\"bogusKey\"".utf8)
        e.replace(r, with: key, note: "key renamed")
      }
    case 8:
      if let r = some(s.values) {
        let v = rng.pick(["null", "true", "false", "\"x\"", "0", "{}", "[]", "[{}]", "-1", "\"\""])
        e.replace(r, with: Array(v.utf8), note: "type changed")
      }
    case 9:
      if let r = some(s.values) {
        let depth = rng.pick([10, 100, 257, 1_000, 10_000, 100_000])
        let open = rng.chance(50) ? "[" : "{\"a\":"
        let close = open == "[" ? "]" : "}"
        let new =
          String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
        e.replace(r, with: Array(new.utf8), note: "nested \(depth) deep")
      }
    case 10:
      if let r = some(s.values), let from = some(s.containers) {
        e.replace(r, with: Array(e.bytes[from]), note: "value replaced by another container")
      }
    default:
      if let r = some(s.numbers) {
        e.replace(r, with: Array(tweak(e.bytes[r], &rng).utf8), note: "number")
      }
    }
  }

  /// `r` with the comma before it (or after it, for a first item).
  func deletion(_ r: Range<Int>, _ b: [UInt8]) -> Range<Int> {
    var lo = r.lowerBound
    while lo > 0, JSONShape.isSpace(b[lo - 1]) { lo -= 1 }
    if lo > 0, b[lo - 1] == UInt8(ascii: ",") { return (lo - 1)..<r.upperBound }
    var hi = r.upperBound
    while hi < b.count, JSONShape.isSpace(b[hi]) { hi += 1 }
    if hi < b.count, b[hi] == UInt8(ascii: ",") { return r.lowerBound..<(hi + 1) }
    return r
  }

  // MARK: XML

  func xml(_ e: inout Edit, _ rng: inout SplitMix64) {
    let s = XMLShape(e.bytes)
    func some(_ spans: [Range<Int>]) -> Range<Int>? { spans.isEmpty ? nil : rng.pick(spans) }
    switch rng.below(10) {
    case 0:
      if let r = some(s.texts) {
        e.replace(r, with: Array(rng.pick(Interesting.xmlTexts).utf8), note: "interesting text")
      }
    case 1:
      if let r = some(s.attributeValues) {
        let v =
          rng.chance(50)
          ? Array(e.bytes[rng.pick(s.attributeValues)])
          : Array(rng.pick(["", "NoSuchId", "&amp;", "x y", "Mo1"]).utf8)
        e.replace(r, with: v, note: "attribute")
      }
    case 2:
      if let r = some(s.elements) {
        let times = rng.chance(20) ? 1 + rng.below(100) : 1
        var new: [UInt8] = []
        for _ in 0..<times { new += e.bytes[r] }
        e.replace(r.upperBound..<r.upperBound, with: new, note: "element duplicated x\(times)")
      }
    case 3:
      if let r = some(s.elements) { e.replace(r, with: [], note: "element deleted") }
    case 4:
      if !s.insides.isEmpty {
        let at = rng.pick(s.insides)
        let depth = rng.pick([10, 100, 256, 1_000, 10_000, 100_000])
        let new = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        e.replace(at..<at, with: Array(new.utf8), note: "nested \(depth) deep")
      }
    case 5:
      let at = s.texts.isEmpty ? rng.below(e.bytes.count + 1) : rng.pick(s.texts).lowerBound
      e.replace(at..<at, with: Array(rng.pick(Interesting.entities).utf8), note: "entity")
    case 6:
      let doctype = rng.pick([
        "<!DOCTYPE a [<!ENTITY e \"xyz\">]>",
        "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
          + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
        "<!DOCTYPE a SYSTEM \"file:///etc/passwd\">",
        "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///dev/zero\">]>",
      ])
      let at = e.bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
      e.replace(at..<at, with: Array(doctype.utf8), note: "doctype")
      if let r = XMLShape(e.bytes).texts.first(where: { $0.lowerBound > at }) {
        e.replace(r.lowerBound..<r.lowerBound, with: Array("&d;&x;&e;".utf8), note: "entity use")
      }
    case 7:
      if !s.insides.isEmpty {
        let at = rng.pick(s.insides)
        let v = rng.pick([
          "<![CDATA[<x>]]>", "<!-- c -->", "<?pi x?>", "<Extra/>", "text", "<Name>n</Name>",
        ])
        e.replace(at..<at, with: Array(v.utf8), note: "inserted")
      }
    case 8:
      if let r = some(s.texts) {
        let n = rng.pick([1, 5, 21, 100, 10_000])
        e.replace(r, with: Array(String(repeating: "9", count: n).utf8), note: "long number")
      }
    default:
      if let r = some(s.texts) {
        e.replace(r, with: Array(tweak(e.bytes[r], &rng).utf8), note: "number")
      }
    }
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
