import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process started with `posix_spawn`: stdout to a pipe (or a file), stderr to a file.
struct Child {
  var pid: pid_t
  /// The read end of the child's stdout, non-blocking; -1 when stdout went to a file.
  var fd: Int32

  /// Starts `argv` (argv[0] a path) with `extraEnvironment` added to ours.
  static func spawn(
    _ argv: [String], stdoutFile: String? = nil, stderrFile: String,
    extraEnvironment: [String: String] = [:]
  ) -> Child? {
    var fds: [Int32] = [-1, -1]
    if stdoutFile == nil { guard pipe(&fds) == 0 else { return nil } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdoutFile {
      posix_spawn_file_actions_addopen(&actions, 1, stdoutFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    } else {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
    }
    posix_spawn_file_actions_addopen(&actions, 2, stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var env = ProcessInfo.processInfo.environment
    for (k, v) in extraEnvironment { env[k] = v }
    let envStrings = env.keys.sorted().map { "\($0)=\(env[$0] ?? "")" }
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    var cEnv: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
    defer {
      for p in cArgs { free(p) }
      for p in cEnv { free(p) }
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv)
    if stdoutFile == nil { close(fds[1]) }
    guard rc == 0 else {
      if stdoutFile == nil { close(fds[0]) }
      return nil
    }
    if stdoutFile == nil {
      let flags = fcntl(fds[0], F_GETFL)
      _ = fcntl(fds[0], F_SETFL, flags | O_NONBLOCK)
    }
    return Child(pid: pid, fd: stdoutFile == nil ? fds[0] : -1)
  }

  /// Waits for the child to end: (exit code, nil) or (nil, signal).
  func wait() -> (code: Int32?, signal: Int32?) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    if status & 0x7F == 0 { return ((status >> 8) & 0xFF, nil) }
    return (nil, status & 0x7F)
  }

  /// Resident memory in bytes, from /proc (0 when unknown).
  func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}

/// The path of this executable, to start workers and generators from.
func selfPath() -> String {
  (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    ?? CommandLine.arguments[0]
}
