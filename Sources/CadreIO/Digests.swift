import Dispatch
import Synchronization

/// SHA-256 digests worked out while other work goes on. A run's `manifest.json` names the
/// digest of its input and of each file it wrote; hashed only once the search had ended, they
/// put the hashing of 1.3 MB (FET's Lom: the input and a 1 MB solution.xml) on the critical
/// path of every run. Here a file's bytes, once in memory (the input as read, an output as it
/// is written), are hashed on a background queue, overlapping the search or the next file's
/// write, and `digest(of:)` collects the result.
///
/// The input's digest is then of the bytes the run read, not of the file as it is when the run
/// ends. When a path is started twice, only the later bytes count.
public final class Digests: Sendable {
  private struct Entry {
    var version: Int
    var bytes: Int
    var sha256: String?
  }

  private let entries = Mutex<[String: Entry]>([:])
  private let pending = DispatchGroup()

  public init() {}

  /// Starts hashing `bytes` as the content of `path`.
  public func start<C: Collection<UInt8> & Sendable>(_ path: String, bytes: C) {
    let count = bytes.count
    let version = entries.withLock { table in
      let next = (table[path]?.version ?? 0) + 1
      table[path] = Entry(version: next, bytes: count, sha256: nil)
      return next
    }
    pending.enter()
    DispatchQueue.global().async { [self] in
      let hex = SHA256.hex(bytes)
      entries.withLock { table in
        if table[path]?.version == version { table[path]?.sha256 = hex }
      }
      pending.leave()
    }
  }

  /// The size and digest of what was last started for `path`, once worked out; nil when
  /// nothing was started for it.
  public func digest(of path: String) -> (bytes: Int, sha256: String)? {
    pending.wait()
    return entries.withLock { table in
      table[path].flatMap { entry in entry.sha256.map { (entry.bytes, $0) } }
    }
  }
}
