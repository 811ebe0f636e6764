import CadreModel

/// A ZIP archive read from its bytes (PKWARE APPNOTE 6.3): the central directory at the end,
/// then each entry's local header and data, stored (method 0) or DEFLATE-compressed (method 8,
/// `Inflate`), its CRC-32 verified. Encrypted entries, ZIP64 archives, split archives and
/// other methods are refused with a clear error (`zip-encrypted`, `zip64-unsupported`,
/// `zip-unsupported-method`); anything malformed is `zip-malformed`, never a crash.
public struct ZipArchive: Sendable {
  /// One file of the archive, as listed in the central directory.
  public struct Entry: Sendable, Equatable {
    /// The path inside the archive ("export/users.csv"); folders end with "/".
    public var name: String
    public var method: Int
    public var flags: Int
    public var crc: UInt32
    public var compressedSize: Int
    public var size: Int
    public var localHeader: Int

    public var isFolder: Bool { name.hasSuffix("/") }
  }

  public let bytes: [UInt8]
  public let entries: [Entry]

  /// The largest entry read, uncompressed, and the most entries listed.
  public static let maxEntryBytes = AtomicFile.maxInputBytes
  public static let maxEntries = 65_535

  /// Reads the central directory. - Complexity: O(size of the directory) after a backward
  /// scan of at most 64 KiB for its end record.
  public init(bytes: [UInt8]) throws(FileError) {
    self.bytes = bytes
    let n = bytes.count
    var end = -1
    var k = n - 22
    while k >= 0 && k >= n - 22 - 65_535 {
      if Self.u32(bytes, k) == 0x0605_4B50 {
        end = k
        break
      }
      k -= 1
    }
    guard end >= 0 else {
      throw Self.error("zip-malformed", "not a ZIP archive: no end of central directory record")
    }
    let disk = Self.u16(bytes, end + 4)
    let count = Self.u16(bytes, end + 10)
    let size = Self.u32(bytes, end + 12)
    let offset = Self.u32(bytes, end + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      throw Self.error(
        "zip64-unsupported", "the archive is in ZIP64 form, which Cadre does not read",
        hint: "unpack it and import the folder instead")
    }
    guard disk == 0 else {
      throw Self.error(
        "zip-unsupported", "the archive is split over several files",
        hint: "unpack it and import the folder instead")
    }
    guard Int(offset) + Int(size) <= end else {
      throw Self.error("zip-malformed", "the central directory lies outside the file")
    }
    var list: [Entry] = []
    var p = Int(offset)
    for _ in 0..<count {
      guard p + 46 <= end, Self.u32(bytes, p) == 0x0201_4B50 else {
        throw Self.error("zip-malformed", "a central directory entry is damaged")
      }
      let nameLength = Int(Self.u16(bytes, p + 28))
      let extra = Int(Self.u16(bytes, p + 30))
      let comment = Int(Self.u16(bytes, p + 32))
      guard p + 46 + nameLength <= end else {
        throw Self.error("zip-malformed", "a central directory entry is damaged")
      }
      let name = String(decoding: bytes[p + 46..<p + 46 + nameLength], as: UTF8.self)
      list.append(
        Entry(
          name: name, method: Int(Self.u16(bytes, p + 10)), flags: Int(Self.u16(bytes, p + 8)),
          crc: Self.u32(bytes, p + 16), compressedSize: Int(Self.u32(bytes, p + 20)),
          size: Int(Self.u32(bytes, p + 24)), localHeader: Int(Self.u32(bytes, p + 42))))
      p += 46 + nameLength + extra + comment
    }
    entries = list
  }

  /// The entry's uncompressed bytes, CRC-checked.
  public func data(_ entry: Entry) throws(FileError) -> [UInt8] {
    let what = "\(entry.name) in the archive"
    if entry.flags & 1 != 0 {
      throw Self.error(
        "zip-encrypted", "\(what) is encrypted", hint: "export the roster without a password")
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw Self.error(
        "zip-unsupported-method",
        "\(what) uses compression method \(entry.method); Cadre reads stored (0) and "
          + "DEFLATE (8)",
        hint: "re-create the archive with ordinary compression, or import the unpacked folder")
    }
    guard entry.size <= Self.maxEntryBytes else {
      throw Self.error(
        "file-too-large",
        "\(what) is \(entry.size) bytes; Cadre reads at most "
          + "\(Self.maxEntryBytes)")
    }
    let h = entry.localHeader
    guard h + 30 <= bytes.count, Self.u32(bytes, h) == 0x0403_4B50 else {
      throw Self.error("zip-malformed", "the local header of \(what) is damaged")
    }
    let start = h + 30 + Int(Self.u16(bytes, h + 26)) + Int(Self.u16(bytes, h + 28))
    guard start + entry.compressedSize <= bytes.count else {
      throw Self.error("zip-malformed", "the data of \(what) runs past the end of the file")
    }
    let raw = bytes[start..<start + entry.compressedSize]
    let out: [UInt8]
    if entry.method == 0 {
      out = Array(raw)
    } else {
      do {
        out = try Inflate.inflate(raw, limit: entry.size)
      } catch {
        throw Self.error("zip-malformed", "\(what) cannot be decompressed: \(error.message)")
      }
    }
    guard out.count == entry.size else {
      throw Self.error(
        "zip-malformed", "\(what) has \(out.count) bytes, the directory says \(entry.size)")
    }
    guard CRC32.checksum(out) == entry.crc else {
      throw Self.error("zip-crc-mismatch", "\(what) is damaged: its CRC-32 does not match")
    }
    return out
  }

  /// The file entries whose last path component is `file` (case-insensitive), so an archive
  /// with the CSVs in a folder reads as one with them at the top.
  public func entries(named file: String) -> [Entry] {
    entries.filter { e in
      !e.isFolder
        && (e.name.split(separator: "/").last.map { $0.lowercased() == file.lowercased() }
          ?? false)
        && !e.name.hasPrefix("__MACOSX/")
    }
  }

  static func error(_ code: String, _ message: String, hint: String? = nil) -> FileError {
    FileError(code, message, hint: hint)
  }

  static func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
    guard i >= 0, i + 2 <= b.count else { return 0 }
    return UInt16(b[i]) | UInt16(b[i + 1]) << 8
  }

  static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
    guard i >= 0, i + 4 <= b.count else { return 0 }
    return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
  }
}
