/// Every option of every command, in one table: its name, its value (nil for a switch), its
/// help line, the commands that take it and the inputs it applies to. The argument parser, the
/// "does not apply" checks and the help texts' option lists all come from here, and a snapshot
/// test of `--help` proves the printed copy.
struct Option: Sendable {
  /// What a command reads, decided by the first file's name.
  enum Input: Sendable {
    /// A school (`cadre/1` JSON) and the files that go with it.
    case school
    /// An XHSTT archive (`.xml`).
    case xhstt
    /// A FET file (`.fet`).
    case fet
    /// A sweep file (`cadre sweep`).
    case sweep
    /// A OneRoster 1.1 CSV export, a folder or a `.zip` (`cadre import oneroster`).
    case roster
  }

  var name: String
  /// The value's placeholder in help ("N", "DIR"); nil for a switch.
  var value: String?
  var help: String
  var commands: Set<String>
  var inputs: Set<Input>

  var isSwitch: Bool { value == nil }

  /// "--seed N", "--quiet".
  var usage: String { "--" + name + (value.map { " " + $0 } ?? "") }
}

enum Options {
  /// Every kind of timetable file: a school, an XHSTT archive, a FET file.
  static let timetables: Set<Option.Input> = [.school, .xhstt, .fet]

  static let all: [Option] = [
    Option(
      name: "out", value: "DIR",
      help: "output folder [required]; solve replaces it whole when the run ends",
      commands: ["solve", "sweep", "sweep merge"], inputs: [.school, .xhstt, .fet, .sweep]),
    Option(
      name: "seed", value: "N", help: "random seed (default 1; sweep: the file's)",
      commands: ["solve", "sweep", "explain"], inputs: [.school, .xhstt, .fet, .sweep]),
    Option(
      name: "threads", value: "N",
      help: "parallel searches (default 1; sweep: scenarios at once, default the cores)",
      commands: ["solve", "sweep"], inputs: [.school, .xhstt, .fet, .sweep]),
    Option(
      name: "time-limit", value: "S",
      help: "stop after S seconds (default 10, or none when --step-limit is given)",
      commands: ["solve"], inputs: timetables),
    Option(
      name: "step-limit", value: "N",
      help: "stop after N search steps (explain: per solve); the same on any machine",
      commands: ["solve", "sweep", "explain"], inputs: [.school, .xhstt, .fet, .sweep]),
    Option(
      name: "stop-at-feasible", value: nil,
      help: "end the timetable search at its first timetable that breaks no required rule",
      commands: ["solve"], inputs: timetables),
    Option(
      name: "engine", value: "NAME",
      help: "general (the default and only engine; school, kept for older scripts, runs it too: "
        + "docs/ENGINE.md)",
      commands: ["solve"], inputs: [.school]),
    Option(
      name: "from", value: "PATH",
      help: "re-solve from a previous output folder or schedule.json (solve); count moves (check)",
      commands: ["solve", "check"], inputs: [.school]),
    Option(
      name: "calendar", value: "FILE", help: "also check a coaching calendar (calendar.json)",
      commands: ["check"], inputs: [.school]),
    Option(
      name: "instance", value: "ID", help: "the instance of a multi-instance XHSTT archive",
      commands: ["validate", "solve", "check"], inputs: [.xhstt]),
    Option(
      name: "ignore-unsupported", value: nil,
      help: "go on past unsupported constraint types (then not scored)",
      commands: ["validate", "solve", "check"], inputs: [.xhstt, .fet]),
    Option(
      name: "embedded", value: nil, help: "score the solution groups inside the archive itself",
      commands: ["check"], inputs: [.xhstt]),
    Option(
      name: "shard", value: "I/N", help: "run only shard I of N (1-based)",
      commands: ["sweep"], inputs: [.sweep]),
    Option(
      name: "calendar-step-limit", value: "N",
      help: "override the calendar planner's local-search steps",
      commands: ["sweep"], inputs: [.sweep]),
    Option(
      name: "xhstt", value: "FILE", help: "the XHSTT archive to write (.xml) [or --oneroster]",
      commands: ["export"], inputs: [.school]),
    Option(
      name: "oneroster", value: "DIR",
      help: "write the timetable as OneRoster classes.csv (periods) into DIR [or --xhstt]",
      commands: ["export"], inputs: [.school]),
    Option(
      name: "roster", value: "PATH",
      help: "with --oneroster: the original export (folder or .zip), its other columns kept",
      commands: ["export"], inputs: [.school]),
    Option(
      name: "schedule", value: "FILE",
      help: "preassign its teachers and rooms, add it as the solution, score it both ways "
        + "(--oneroster: the timetable to write, required)",
      commands: ["export"], inputs: [.school]),
    Option(
      name: "out", value: "FILE", help: "the school file to write (cadre/1 JSON) [required]",
      commands: ["import"], inputs: [.roster]),
    Option(
      name: "options", value: "FILE",
      help: "the cycle, meetings and durations per course (docs/ONEROSTER.md); else defaults",
      commands: ["import"], inputs: [.roster]),
    Option(
      name: "term", value: "ID",
      help: "timetable only the sections of this term (an academic session's sourcedId)",
      commands: ["import"], inputs: [.roster]),
    Option(
      name: "json", value: nil, help: "print a machine-readable summary on stdout",
      commands: ["import"], inputs: [.roster]),
    Option(
      name: "quiet", value: nil, help: "print nothing but errors (and --json's summary)",
      commands: ["import"], inputs: [.roster]),
    Option(
      name: "json", value: nil, help: "print a machine-readable summary on stdout",
      commands: ["validate", "solve", "check", "explain", "export"], inputs: timetables),
    Option(
      name: "quiet", value: nil, help: "print nothing but errors (and --json's summary)",
      commands: ["validate", "solve", "check", "explain", "sweep", "sweep merge", "export"],
      inputs: [.school, .xhstt, .fet, .sweep]),
  ]

  /// What a command reads when that is narrower than what its options apply to (`export`
  /// reads school files only); help marks an option "[.json only]" only against this.
  static let reads: [String: Set<Option.Input>] = ["export": [.school]]

  /// The options `command` takes, in table order.
  static func of(_ command: String) -> [Option] {
    all.filter { $0.commands.contains(command) }
  }

  /// The "Options:" block of a command's help, aligned; an option that applies to only some
  /// of the command's inputs says which ("[.xml only]").
  static func helpBlock(_ command: String) -> String {
    let options = of(command)
    let inputs =
      reads[command] ?? options.reduce(into: Set<Option.Input>()) { $0.formUnion($1.inputs) }
    let width = (options.map(\.usage.count).max() ?? 0) + 2
    return options.map { o in
      var line = "  " + o.usage + String(repeating: " ", count: width - o.usage.count) + o.help
      if o.inputs.intersection(inputs) != inputs {
        let only: String =
          switch o.inputs {
          case [.xhstt]: " [.xml only]"
          case [.school]: " [.json only]"
          case [.xhstt, .fet]: " [.xml and .fet only]"
          default: ""
          }
        line += only
      }
      return line
    }.joined(separator: "\n")
  }
}
