import CadreModel
import Foundation

/// One run's output folder, replaced as a whole: the files of a run are written into a private
/// sibling folder (`.NAME.cadre-PID-N`), and only when all of them (and `manifest.json`, last)
/// are on disk does that folder take the target's place, by one atomic exchange of the two
/// folders (`renameat2(RENAME_EXCHANGE)`; two renames where the file system cannot exchange).
/// So a kill at any moment leaves either the previous complete run or the new complete run,
/// never a schedule beside another run's calendar.
///
/// `prepare` checks everything that can be checked before the search: the path is not empty,
/// not the file system root, not a file, and its parent can be created; an existing folder is
/// replaced only when it is empty or holds nothing but what Cadre writes, so a mistyped
/// `--out ~/Documents` is refused instead of swept away.
public struct OutputFolder: Sendable {
  /// The folder the user named, absolute and without a trailing slash.
  public let target: String
  /// Where this run writes until `commit`.
  public let staging: String
  /// The SHA-256 of each file written, worked out while the next is written.
  private let digests = Digests()

  /// The names a Cadre run may leave in its folder: a folder holding only these (or holding a
  /// `manifest.json`) is a previous run's and may be replaced.
  public static let cadreNames: Set<String> = [
    "manifest.json", "schedule.json", "teachers.txt", "teachers.csv", "classes.txt",
    "classes.csv", "rooms.txt", "rooms.csv", "check.txt", "check-all.txt", "budget.txt",
    "calendar.json", "calendar-check.txt", "shortfalls.txt", "ics", "html", "solution.xml",
    "evaluation.txt",
  ]

  /// Checks `path` and creates the staging folder next to it.
  public static func prepare(_ path: String) throws(FileError) -> OutputFolder {
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw FileError(
        "out-empty", "the output folder is an empty path",
        hint: "name a folder, e.g. --out out/; an unset shell variable gives an empty path")
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.path
    let name = (target as NSString).lastPathComponent
    let parent = (target as NSString).deletingLastPathComponent
    guard target != "/", !name.isEmpty, name != "/" else {
      throw FileError(
        "out-is-root", "refusing to write a run into the file system root",
        hint: "name a folder of its own, e.g. --out out/")
    }
    try checkReplaceable(target)
    try makeDirectory(parent)
    for stale in staleStagingFolders(parent: parent, name: name) {
      try? FileManager.default.removeItem(atPath: parent + "/" + stale)
    }
    var staging = ""
    for attempt in 0..<100 {
      let candidate = parent + "/." + name + ".cadre-\(getpid())-\(attempt)"
      if mkdir(candidate, 0o755) == 0 {
        staging = candidate
        break
      }
      if errno != EEXIST { throw failure("cannot create a folder next to \(target)", errno) }
    }
    if staging.isEmpty {
      throw FileError("file-write-failed", "cannot create a staging folder next to \(target)")
    }
    return OutputFolder(target: target, staging: staging)
  }

  /// The path of `name` (which may hold `/`) inside the staging folder.
  public func path(_ name: String) -> String { staging + "/" + name }

  /// Writes one file of the run into the staging folder.
  public func write(_ text: String, to name: String) throws(FileError) {
    digests.start(path(name), bytes: text.utf8)
    try AtomicFile.write(text, to: path(name))
  }

  /// Every file written so far, relative and sorted, with its size and SHA-256 (hashed as it
  /// was written, or read back when it reached the folder some other way).
  public func files() -> [(name: String, bytes: Int, sha256: String)] {
    let fm = FileManager.default
    guard let all = fm.subpaths(atPath: staging) else { return [] }
    var out: [(name: String, bytes: Int, sha256: String)] = []
    for name in all.sorted() {
      if let written = digests.digest(of: path(name)) {
        out.append((name, written.bytes, written.sha256))
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path(name), isDirectory: &isDir), !isDir.boolValue,
        let data = fm.contents(atPath: path(name))
      else { continue }
      out.append((name, data.count, SHA256.hex(data)))
    }
    return out
  }

  /// Puts the staging folder in the target's place, atomically, and removes the previous run.
  public func commit() throws(FileError) {
    syncDirectory(staging)
    let fm = FileManager.default
    if !fm.fileExists(atPath: target) {
      guard rename(staging, target) == 0 else {
        throw OutputFolder.failure("cannot move the run into \(target)", errno)
      }
    } else if OutputFolder.exchange(staging, target) {
      try? fm.removeItem(atPath: staging)
    } else {
      // No atomic exchange here: move the old run aside, then the new one in.
      let aside = staging + "-old"
      guard rename(target, aside) == 0 else {
        throw OutputFolder.failure("cannot move the previous run in \(target) aside", errno)
      }
      guard rename(staging, target) == 0 else {
        let code = errno
        _ = rename(aside, target)
        throw OutputFolder.failure("cannot move the run into \(target)", code)
      }
      try? fm.removeItem(atPath: aside)
    }
    syncDirectory((target as NSString).deletingLastPathComponent)
  }

  /// Removes the staging folder (the target is untouched).
  public func discard() {
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// Creates `path` as a folder (and its parents) unless it is one already; refuses the file
  /// system root and a path through a file. For outputs written piece by piece (sweeps).
  public static func ensureFolder(_ path: String) throws(FileError) {
    let target = URL(fileURLWithPath: path).standardizedFileURL.path
    guard target != "/" else {
      throw FileError(
        "out-is-root", "refusing to write into the file system root",
        hint: "name a folder of its own, e.g. --out results/")
    }
    try makeDirectory(target)
  }

  // MARK: Checks

  /// The target is absent, or a folder that is empty or a previous run's.
  static func checkReplaceable(_ target: String) throws(FileError) {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: target, isDirectory: &isDir) else { return }
    guard isDir.boolValue else {
      throw FileError(
        "out-not-a-folder", "\(target) is a file, not a folder",
        hint: "name a new folder for the outputs")
    }
    guard let entries = try? fm.contentsOfDirectory(atPath: target) else {
      throw FileError(
        "file-unreadable", "cannot list \(target)", hint: "check the folder's permissions")
    }
    if entries.contains("manifest.json") { return }
    let foreign = entries.filter { !cadreNames.contains($0) }.sorted()
    guard foreign.isEmpty else {
      let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", ..." : "")
      throw FileError(
        "out-not-cadre",
        "refusing to replace \(target): it holds files Cadre did not write (\(shown))",
        hint: "Cadre replaces its output folder as a whole; name a new or empty folder")
    }
  }

  /// `mkdir -p`, with the system's reason in words.
  static func makeDirectory(_ path: String) throws(FileError) {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
      guard isDir.boolValue else {
        throw FileError(
          "out-not-a-folder", "\(path) is a file, so no folder can be made inside it",
          hint: "name a folder whose parent is a folder")
      }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if parent != path && !parent.isEmpty { try makeDirectory(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw failure("cannot create the folder \(path)", errno)
    }
  }

  /// Staging folders of runs of `name` whose process is gone (killed mid-run).
  static func staleStagingFolders(parent: String, name: String) -> [String] {
    let prefix = "." + name + ".cadre-"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
    return entries.filter { entry in
      guard entry.hasPrefix(prefix) else { return false }
      let pid = entry.dropFirst(prefix.count).prefix { $0.isNumber }
      guard let p = Int32(pid) else { return false }
      return p != getpid() && kill(p, 0) != 0 && errno == ESRCH
    }.sorted()
  }

  static func failure(_ what: String, _ code: Int32) -> FileError {
    let reason = String(cString: strerror(code))
    let hint =
      code == ENOTDIR
      ? "a part of the path is a file, not a folder"
      : code == EACCES || code == EROFS || code == EPERM
        ? "check that the folder is writable" : nil
    return FileError("file-write-failed", "\(what): \(reason)", hint: hint)
  }

  // MARK: System calls

  /// Atomically exchanges two paths (Linux `renameat2` with `RENAME_EXCHANGE`, looked up at
  /// run time since the C library's headers do not reach Swift). False when unsupported.
  static func exchange(_ a: String, _ b: String) -> Bool {
    typealias RenameAt2 =
      @convention(c) (
        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
      ) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
      return false
    }
    let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
    let atCWD: Int32 = -100
    let renameExchange: UInt32 = 2
    return renameat2(atCWD, a, atCWD, b, renameExchange) == 0
  }

  /// Flushes a folder's entries to disk (so a rename survives a power cut).
  func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    _ = close(fd)
  }
}
