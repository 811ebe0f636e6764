import Cadre
import CadreModel

/// Help texts: one per command, printed by `cadre help COMMAND` and `cadre COMMAND --help`.
enum Help {
  /// The release, and the versions of the formats this build reads and writes.
  static let version =
    "cadre \(Cadre.version) (formats: \(School.currentFormat), \(Schedule.currentFormat), "
    + "\(CoachingCalendar.currentFormat), cadre-run/1, cadre-sweep/1; XHSTT ITC 2011)"

  static let overview = """
    cadre: master schedules and coaching calendars for schools with teacher-leaders.

    Usage: cadre <command> [options]

    Commands:
      validate FILE               check a school file; print a summary or every problem found
      solve FILE --out DIR        build a master schedule and write it with the checker's report
      check SCHOOL SCHEDULE       score a schedule with the independent checker
                                  (FILE.xml: XHSTT archives too, see docs/XHSTT.md;
                                  FILE.fet: FET data files, see docs/FET.md)
      explain FILE                say why a school cannot fit, and which re-checked changes fix it
      sweep SWEEP --out DIR       solve many scenarios (release, span, leaders, ...) and compare
      export FILE --xhstt OUT.xml write the school as an XHSTT archive (for HSEval, KHE, ...)
                                  (--oneroster DIR: a timetable as OneRoster classes.csv)
      import oneroster PATH --out SCHOOL.json
                                  read a OneRoster 1.1 CSV export (folder or .zip) as a school
      help [COMMAND]              show help for a command
      version                     print the version (also: cadre --version)

    Exit codes: 0 ok, 1 schedule breaks hard rules (check), 2 no feasible schedule found,
    3 proven infeasible, 4 interrupted, 64 usage error, 65 invalid input, 70 internal error,
    73 output folder unusable.
    The file format is described in docs/FORMAT.md; the rules in docs/RULES.md.
    """

  static let validate = """
    Usage: cadre validate FILE [options]

    Reads a school file (format cadre/1) and reports every problem at once, each with a code,
    a JSON Pointer to the place in the file and a hint. A valid file prints a summary: counts,
    teaching load against capacity, and each leadership role's release and spans.

    Options:
    \(Options.helpBlock("validate"))

    Exit codes: 0 valid (warnings may be printed), 65 invalid, 64 usage error.

    XHSTT archives (FILE.xml, ITC 2011 format, docs/XHSTT.md) are read too: a summary of the
    instance and its constraints by type. --instance ID picks an instance of a multi-instance
    archive. Constraint types Cadre does not support are listed by name and count and make
    the file invalid (65) unless --ignore-unsupported.

    FET data files (FILE.fet, FET 5.x and 6.x, docs/FET.md) are read too: a summary of the
    file and its constraints by type; unsupported types (some space ones among them) are
    named and counted and make the file invalid (65) unless --ignore-unsupported.
    """

  static let solve = """
    Usage: cadre solve FILE --out DIR [options]

    Builds a master schedule: backtracking construction, then local search. Writes into DIR,
    which is replaced as a whole when the run ends (the old run stays until then):
      schedule.json       the schedule (format cadre-schedule/1)
      teachers.txt/.csv   per-teacher grids
      classes.txt/.csv    per-class grids
      check.txt           the independent checker's report on schedule.json
    and, when the school has a year and teams, the coaching calendar:
      calendar.json       dated observations, debriefs, huddles, one-on-ones
      calendar-check.txt  the independent calendar checker's report
      shortfalls.txt      every policy number the calendar falls short of, in full
      ics/                school.ics, leaders/<id>.ics, teachers/<id>.ics (RFC 5545)
      manifest.json       how the run ended, and every file's SHA-256 (written last)
      changes.txt         with --from: every meeting and dated coaching event that moved

    --from DIR re-solves from a previous output folder: its schedule.json is the starting
    point and every event of its calendar.json that is still valid is kept on its date.
    --from FILE takes a schedule.json alone, as before. A run of another school is refused (65).

    Options:
    \(Options.helpBlock("solve"))

    XHSTT archives: cadre solve FILE.xml --out DIR [--instance ID] [--ignore-unsupported]
    times and splits the instance's events and writes DIR/solution.xml (the instance with a
    "Cadre" solution group, ready for HSEval) and DIR/evaluation.txt (the evaluator's report).
    Exit 0 when the infeasibility is 0, else 2; 65 for unsupported constraint types unless
    --ignore-unsupported (then they are neither searched nor scored, and the files say so).

    FET files: cadre solve FILE.fet --out DIR [--ignore-unsupported] writes DIR/fet_activities.xml
    (FET's activities timetable), DIR/solution.xml (the file as an XHSTT instance, with Cadre's
    solution) and DIR/evaluation.txt. Exit codes as for XHSTT archives.

    Ctrl-C or SIGTERM stops the run in any phase and writes the best result so far (exit 4).
    Exit codes: 0 solved, 2 no feasible schedule found (the best one is still written),
    3 proven infeasible, 4 interrupted, 64 usage error, 65 invalid input, 70 internal error
    (the engine's and the checker's costs disagree; the outputs are kept for a bug report),
    73 the output folder cannot be used (nothing is replaced).
    """

  static let check = """
    Usage: cadre check SCHOOL.json SCHEDULE.json [--from PREVIOUS.json] [--calendar CAL.json]

    Recomputes every hard and soft rule (docs/RULES.md) from the school and the schedule, with
    code that shares nothing with the search, and reports violations in school terms with the
    (hard, soft) cost. --from also counts meetings moved from a previous schedule. --calendar
    also checks a coaching calendar (calendar.json) against docs/CALENDAR.md and prints each
    leader's load per week.

    Options:
    \(Options.helpBlock("check"))

    Exit codes: 0 no hard rule broken, 1 some hard rule broken, 64 usage error, 65 invalid input.

    XHSTT: cadre check FILE.xml SOLUTION.xml scores the solution groups of SOLUTION.xml against
    the instance in FILE.xml; cadre check FILE.xml --embedded scores every solution group
    attached to FILE.xml. Each prints infeasibility and objective, the cost per constraint type
    and the worst points of application. Exit 0 when every solution has infeasibility 0, else 1.

    FET: cadre check FILE.fet ACTIVITIES.xml scores an activities timetable (fet-cl's
    NAME_activities.xml, or the fet_activities.xml cadre solve wrote) with the same evaluator.
    """

  static let explain = """
    Usage: cadre explain FILE [options]

    Says whether the school can fit every hard rule, and if not, why, in the school's terms
    (docs/EXPLAIN.md):
      - counting proofs first: teacher load and availability, class load, room demand by
        room and by kind, pinned clashes (rooms included), observation windows blocked by
        pins, leaders' coaching capacity and common planning;
      - when none applies and a budgeted solve finds no plan, a minimal conflicting set of
        constraint groups (QuickXplain), with how sure it is;
      - fixes (add availability, another teacher or room, unpin, a lower quota or release),
        each re-solved and judged by the independent checker before it is printed, cheapest
        first in dollars, then in disruption.
    Reads files whose only errors are capacity facts (over-capacity, spans, pinned clashes).

    Options:
    \(Options.helpBlock("explain"))

    Exit codes: 0 a plan was found, 2 no plan found within the limit and nothing proven,
    3 proven infeasible, 64 usage error, 65 invalid input.
    """

  static let sweep = """
    Usage: cadre sweep SWEEP.json --out DIR [options]
           cadre sweep merge DIR... --out DIR [--quiet]

    Solves every scenario of a sweep file (format cadre-sweep/1, docs/SWEEPS.md): each base
    school under each combination of the axes (leadership model, leaders, release, span,
    observations, budget cap), in parallel, each solve single-threaded with a step limit so
    its result is the same on any machine. Writes into DIR:
      scenarios/<id>.json  one record per scenario, written the moment it finishes
      manifest.json        which sweep the folder belongs to (for resume and merge)
      results.csv          one row per scenario
      results.md           the comparison table (also printed)
      report.html          charts and per-scenario drill-down; opens in any browser

    Running the same command again skips the scenarios already finished (Ctrl-C, SIGTERM or a
    killed run lose only the scenarios in progress). 'merge' joins the folders of shards into
    one whose results equal a single run's.

    Options:
    \(Options.helpBlock("sweep"))

    Exit codes: 0 every scenario has a result (infeasible scenarios are findings, not
    failures), 2 some scenarios have no result yet (interrupted, or shards missing in a merge:
    run again to resume), 64 usage error, 65 invalid sweep file or school file (or folders of
    different sweeps in a merge), 70 internal error (a checker disagrees with the solver on a
    scenario, or a file could not be written).
    """

  static let export = """
    Usage: cadre export SCHOOL.json --xhstt OUT.xml [--schedule SCHEDULE.json] [options]
           cadre export SCHOOL.json --schedule SCHEDULE.json --oneroster DIR [--roster PATH]

    Writes the school as an XHSTT archive (ITC 2011 format) that HSEval, KHE or any XHSTT
    solver reads, and that cadre validate, solve and check read too (docs/XHSTT.md,
    "Exporting a school"): one time per slot that is not blocked (Day and Week groups),
    teachers, classes and rooms as resources, one event per meeting (pinned meetings preassigned, a teacher or room
    preassigned when the lesson fixes it or has only one, else an open role to be assigned
    from the lesson's candidates), and every rule with a standard XHSTT equivalent as
    constraints (personal limits, one teacher and one room per lesson included): Required for
    hard rules, the school's weight for soft ones. Prints what became of each rule: exported,
    held by the archive's structure, or not exported (Cadre-only rules such as
    observation-window and common-planning).

    --schedule preassigns the teachers and rooms a schedule chose, adds the schedule as the
    archive's "Cadre" solution and prints its cost both ways, rule by rule.

    Options:
    \(Options.helpBlock("export"))

    Exit codes: 0 written (rules left out are named, not errors), 64 usage error, 65 invalid
    school or schedule, 70 internal error (with --schedule, a wholly exported rule costs
    differently in the archive; the file is written for a bug report), 73 OUT.xml cannot be
    written (nothing is replaced).

    OneRoster (docs/ONEROSTER.md): --oneroster DIR writes DIR/classes.csv with each
    section's periods (the names of the periods it meets in, comma-separated, in the cycle's
    order) and DIR/cadre-meetings.csv (each meeting's day, period, times and teacher, which
    OneRoster cannot say). With --roster (the folder or .zip the school was imported from),
    classes.csv is the original file with only the periods column changed, ready for the SIS.
    """

  static let `import` = """
    Usage: cadre import oneroster PATH --out SCHOOL.json [--options OPTIONS.json] [--term ID]

    Reads a OneRoster 1.1 CSV export (a folder, or a .zip of it): orgs.csv,
    academicSessions.csv, courses.csv, classes.csv, users.csv, enrollments.csv, and
    manifest.csv where present (bulk files only). UTF-8 with or without a byte order mark,
    quoted fields, multi-valued fields ("09,10") in one quoted field. Writes a cadre/1 school
    (docs/ONEROSTER.md has the whole mapping):
      - each scheduled class (section) is a class and one lesson, ids the sourcedIds; its
        teacher is its primary teacher enrollment (others are co-teachers, not scheduled);
        homeroom classes are not timetabled;
      - teachers are the users with role teacher and anyone enrolled as a teacher;
      - students attending exactly the same sections form one student group, and no two
        sections that share a student may meet at the same time (rule student-clash).
    What a roster does not say comes from --options (format cadre-oneroster-options/1):
      {"format": "cadre-oneroster-options/1", "name": "Lincoln High",
       "cycle": {"days": [...], "periods": [{"name": "1", "start": "08:00", "end": "08:50"}]},
       "meetings": {"default": 5, "byCourse": {"ART-1": 3}},
       "duration": {"default": 1, "byCourse": {"CHEM-LAB": 2}}}
    Without it, defaults (Mon-Fri, periods 1-7 of 50 minutes from 08:00, 5 meetings a
    section), each written into the school's "assumed" list, which validate warns of
    (assumed-default) now and every time after. --term ID timetables only the
    sections of terms overlapping that session (else all, with a warning when terms do not
    overlap). Rows with status tobedeleted are left out and counted. Every problem of the
    export is printed at once, with its file, line and column (the column's number in the
    header), e.g.
      roster/: error[oneroster-unknown-id] /enrollments.csv/userSourcedId (line 12,
      column 6): userSourcedId 'u-999' names no row of users.csv

    Options:
    \(Options.helpBlock("import"))

    Exit codes: 0 written (warnings may be printed), 64 usage error, 65 invalid export or
    options file (nothing written), 73 SCHOOL.json cannot be written.
    """

  static func text(for command: String) -> String? {
    switch command {
    case "validate": validate
    case "solve": solve
    case "check": check
    case "explain": explain
    case "sweep": sweep
    case "export": export
    case "import": `import`
    case "help": overview
    default: nil
    }
  }
}
