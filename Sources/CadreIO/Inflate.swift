/// DEFLATE decompression (RFC 1951): stored blocks, blocks with the fixed Huffman codes, and
/// blocks with dynamic codes. Written after Mark Adler's `puff.c`: canonical codes decoded a
/// bit at a time, every length and distance checked, so corrupt input is an error, never a
/// crash or a read out of bounds.
public enum Inflate {
  /// Why a stream could not be decompressed.
  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
  }

  /// The decompressed bytes of a raw DEFLATE stream (no zlib or gzip header). `limit` caps the
  /// output, so a small "zip bomb" cannot take all memory.
  /// - Complexity: O(input + output).
  public static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
    var s = State(input: input, limit: limit)
    var last = false
    while !last {
      last = try s.bits(1) == 1
      switch try s.bits(2) {
      case 0: try s.stored()
      case 1: try s.codes(Fixed.lengths, Fixed.distances)
      case 2: try s.dynamic()
      default: throw Failure("invalid block type 3")
      }
    }
    return s.out
  }

  /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
  struct Huffman {
    var count = [Int](repeating: 0, count: 16)
    var symbol: [Int]

    /// Builds the code from each symbol's length (0 = unused). Returns the code and how many
    /// codes are left unused (negative: over-subscribed, an invalid code).
    init(lengths: ArraySlice<Int>) {
      symbol = [Int](repeating: 0, count: lengths.count)
      for l in lengths { count[l] += 1 }
      var offsets = [Int](repeating: 0, count: 16)
      for l in 1..<15 { offsets[l + 1] = offsets[l] + count[l] }
      for (s, l) in zip(0..., lengths) where l != 0 {
        symbol[offsets[l]] = s
        offsets[l] += 1
      }
    }

    /// Codes left unused (0 complete, > 0 incomplete, < 0 over-subscribed).
    var left: Int {
      // No codes at all is complete (a block that never uses them decodes).
      if count[0] == symbol.count { return 0 }
      var left = 1
      for l in 1..<16 {
        left <<= 1
        left -= count[l]
        if left < 0 { return left }
      }
      return left
    }
  }

  /// The fixed codes of block type 1.
  enum Fixed {
    static let lengths = Huffman(
      lengths: ArraySlice(
        [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
          + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)))
    static let distances = Huffman(lengths: ArraySlice([Int](repeating: 5, count: 30)))
  }

  static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]
  /// The order code length code lengths are sent in.
  static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  /// The decoder's input position, bit buffer and output.
  struct State {
    let input: ArraySlice<UInt8>
    let limit: Int
    var position: Int
    var buffer = 0
    var count = 0
    var out: [UInt8] = []

    init(input: ArraySlice<UInt8>, limit: Int) {
      self.input = input
      self.limit = limit
      position = input.startIndex
    }

    /// The next `need` bits, least significant first.
    mutating func bits(_ need: Int) throws(Failure) -> Int {
      var value = buffer
      while count < need {
        guard position < input.endIndex else { throw Failure("the compressed data ends early") }
        value |= Int(input[position]) << count
        position += 1
        count += 8
      }
      buffer = value >> need
      count -= need
      return value & ((1 << need) - 1)
    }

    mutating func emit(_ byte: UInt8) throws(Failure) {
      guard out.count < limit else {
        throw Failure("the data inflates to more than \(limit) bytes")
      }
      out.append(byte)
    }

    /// A stored block: the rest of the byte skipped, LEN and NLEN, then LEN bytes as they are.
    mutating func stored() throws(Failure) {
      buffer = 0
      count = 0
      guard position + 4 <= input.endIndex else { throw Failure("a stored block ends early") }
      let len = Int(input[position]) | Int(input[position + 1]) << 8
      let nlen = Int(input[position + 2]) | Int(input[position + 3]) << 8
      position += 4
      guard len == ~nlen & 0xFFFF else {
        throw Failure("a stored block's length does not match its complement")
      }
      guard position + len <= input.endIndex else { throw Failure("a stored block ends early") }
      guard out.count + len <= limit else {
        throw Failure("the data inflates to more than \(limit) bytes")
      }
      out.append(contentsOf: input[position..<position + len])
      position += len
    }

    /// One symbol of `h`.
    mutating func decode(_ h: Huffman) throws(Failure) -> Int {
      var code = 0
      var first = 0
      var index = 0
      for len in 1..<16 {
        code |= try bits(1)
        let c = h.count[len]
        if code - c < first { return h.symbol[index + (code - first)] }
        index += c
        first += c
        first <<= 1
        code <<= 1
      }
      throw Failure("a Huffman code that the block's table does not have")
    }

    /// The literals, lengths and distances of a Huffman block, up to its end-of-block code.
    mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
      while true {
        var symbol = try decode(lengths)
        if symbol < 256 {
          try emit(UInt8(symbol))
          continue
        }
        if symbol == 256 { return }
        symbol -= 257
        guard symbol < 29 else { throw Failure("an invalid length code \(symbol + 257)") }
        let length = lengthBase[symbol] + (try bits(lengthExtra[symbol]))
        let d = try decode(distances)
        guard d < 30 else { throw Failure("an invalid distance code \(d)") }
        let distance = distanceBase[d] + (try bits(distanceExtra[d]))
        guard distance <= out.count else {
          throw Failure("a distance of \(distance) bytes reaches before the start of the data")
        }
        guard out.count + length <= limit else {
          throw Failure("the data inflates to more than \(limit) bytes")
        }
        for _ in 0..<length { out.append(out[out.count - distance]) }
      }
    }

    /// A block with dynamic codes: the code length code, then the literal/length and
    /// distance code lengths (run-length coded), then the data.
    mutating func dynamic() throws(Failure) {
      let nlen = try bits(5) + 257
      let ndist = try bits(5) + 1
      let ncode = try bits(4) + 4
      guard nlen <= 286, ndist <= 30 else { throw Failure("too many length or distance codes") }
      var lengths = [Int](repeating: 0, count: 320)
      for k in 0..<ncode { lengths[order[k]] = try bits(3) }
      let lencode = Huffman(lengths: lengths[0..<19])
      guard lencode.left == 0 else { throw Failure("an incomplete code length code") }
      var index = 0
      while index < nlen + ndist {
        var symbol = try decode(lencode)
        if symbol < 16 {
          lengths[index] = symbol
          index += 1
          continue
        }
        var length = 0
        if symbol == 16 {
          guard index > 0 else { throw Failure("a repeat with no length before it") }
          length = lengths[index - 1]
          symbol = 3 + (try bits(2))
        } else if symbol == 17 {
          symbol = 3 + (try bits(3))
        } else {
          symbol = 11 + (try bits(7))
        }
        guard index + symbol <= nlen + ndist else { throw Failure("too many code lengths") }
        for _ in 0..<symbol {
          lengths[index] = length
          index += 1
        }
      }
      guard lengths[256] != 0 else { throw Failure("no end-of-block code") }
      let literal = Huffman(lengths: lengths[0..<nlen])
      let l = literal.left
      guard l == 0 || (l > 0 && nlen - literal.count[0] == 1) else {
        throw Failure("an invalid literal/length code")
      }
      let distance = Huffman(lengths: lengths[nlen..<nlen + ndist])
      let dl = distance.left
      guard dl == 0 || (dl > 0 && ndist - distance.count[0] == 1) else {
        throw Failure("an invalid distance code")
      }
      try codes(literal, distance)
    }
  }
}
