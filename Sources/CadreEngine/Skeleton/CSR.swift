/// Compressed sparse rows: list `i` is `items[offsets[i]..<offsets[i + 1]]`. One allocation
/// for all lists instead of an array per list.
struct CSR: Sendable {
  private(set) var offsets: [Int32]
  private(set) var items: [Int32]

  init(_ lists: [[Int32]]) {
    offsets = [0]
    offsets.reserveCapacity(lists.count + 1)
    items = []
    for list in lists {
      items.append(contentsOf: list)
      offsets.append(Int32(items.count))
    }
  }

  var rowCount: Int { offsets.count - 1 }
  @inline(__always) func lower(_ i: Int) -> Int { Int(offsets[i]) }
  @inline(__always) func upper(_ i: Int) -> Int { Int(offsets[i + 1]) }
  @inline(__always) func count(_ i: Int) -> Int { Int(offsets[i + 1] - offsets[i]) }
  @inline(__always) subscript(_ k: Int) -> Int { Int(items[k]) }

  /// Whether list `i` holds `x` (a linear scan: for short lists).
  func contains(_ i: Int, _ x: Int) -> Bool {
    (lower(i)..<upper(i)).contains { items[$0] == x }
  }
}
