// swift-tools-version: 6.0
// Cadre: a schedule and release-time constraint solver. No package dependencies by decision.
import PackageDescription

let strict: [SwiftSetting] = [
  .define("CADRE_INTERNAL_CHECKS", .when(configuration: .debug))
]

let package = Package(
  name: "Cadre",
  products: [
    .library(name: "Cadre", targets: ["Cadre"]),
    .executable(name: "cadre", targets: ["cadre"]),
  ],
  targets: [
    // Plain Sendable domain values, the validator, diagnostics. Swift only (libm on Linux).
    .target(
      name: "CadreModel", exclude: ["README.md"], swiftSettings: strict,
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
    // Dense integer problem, bitsets, cost, RNG, search. Swift only, no names. Optimised in
    // debug builds too: the tests spend most of their time searching, and their run took
    // 620 s unoptimised against 108 s so, on 2 cores (docs/BENCHMARKS.md, "CI time"). Internal
    // checks stay on (`CADRE_INTERNAL_CHECKS`, preconditions).
    .target(
      name: "CadreEngine", exclude: ["README.md"],
      swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // School -> dense Problem, and the table mapping answers back to ids.
    .target(
      name: "CadreCompiler", dependencies: ["CadreModel", "CadreEngine"], exclude: ["README.md"],
      swiftSettings: strict),
    // The independent checker: recomputes every rule from the School. Model only.
    .target(
      name: "CadreCheck", dependencies: ["CadreModel"], exclude: ["README.md"],
      swiftSettings: strict),
    // The coaching calendar: dated observations, debriefs, huddles, one-on-ones. Its local search
    // runs on the engine's skeleton (step meter, SplitMix64, Cost, portfolio).
    .target(
      name: "CadreCalendar", dependencies: ["CadreModel", "CadreEngine"], exclude: ["README.md"],
      swiftSettings: strict),
    // Team formation, coverage and budget, and `cadre explain`. Model only.
    .target(
      name: "CadreLeadership", dependencies: ["CadreModel"], exclude: ["README.md"],
      swiftSettings: strict),
    // JSON (versioned), CSV, text grids, HTML, iCalendar, XHSTT XML, atomic files. Model only:
    // what it prints of a checker's verdict comes in as model values (`TimetableFacts`).
    .target(
      name: "CadreIO", dependencies: ["CadreModel"], exclude: ["README.md"],
      swiftSettings: strict),
    // The library facade: solve, options.
    .target(
      name: "Cadre",
      dependencies: [
        "CadreModel", "CadreEngine", "CadreCompiler", "CadreCheck", "CadreCalendar",
        "CadreLeadership",
      ],
      exclude: ["README.md"], swiftSettings: strict),
    // `cadre explain`: counting proofs, minimal conflicting sets by budgeted solves, fixes
    // re-checked by the checker (docs/EXPLAIN.md).
    .target(
      name: "CadreExplain",
      dependencies: ["Cadre", "CadreModel", "CadreCheck", "CadreLeadership"],
      exclude: ["README.md"], swiftSettings: strict),
    // The command-line tool: the facade (with its front ends for sweeps and `explain`), the
    // model's values and IO; never the engine, the checkers or the planner directly.
    .executableTarget(
      name: "cadre",
      dependencies: ["Cadre", "CadreModel", "CadreIO", "CadreSweep", "CadreExplain"],
      exclude: ["README.md"], swiftSettings: strict),
    // Scenario sweeps for pilot designers: axes over base schools, parallel solves, results.csv,
    // report.html, shards and merge.
    .target(
      name: "CadreSweep",
      dependencies: [
        "Cadre", "CadreModel", "CadreCheck", "CadreIO", "CadreCalendar", "CadreLeadership",
      ],
      exclude: ["README.md"], swiftSettings: strict),
    // Seeded generator of realistic schools, solvable by construction (benchmarks, tests).
    .target(
      name: "CadreGen", dependencies: ["CadreModel"], exclude: ["README.md"],
      swiftSettings: strict),
    .executableTarget(
      name: "CadreBench",
      dependencies: [
        "Cadre", "CadreModel", "CadreCheck", "CadreIO", "CadreGen", "CadreCalendar",
        "CadreCompiler", "CadreEngine",
      ],
      path: "Benchmarks/CadreBench", swiftSettings: strict),
    // The seeded mutation fuzzer (docs/FUZZING.md): school, sweep, schedule, calendar and XHSTT
    // inputs through the library pipeline the CLI runs, in worker processes a supervisor
    // restarts after a crash, hang or runaway allocation.
    .executableTarget(
      name: "CadreFuzz",
      dependencies: [
        "Cadre", "CadreModel", "CadreCheck", "CadreIO", "CadreCalendar", "CadreLeadership",
        "CadreSweep",
      ],
      path: "Tests/CadreFuzz", swiftSettings: strict),
    .testTarget(name: "CadreModelTests", dependencies: ["CadreModel"]),
    .testTarget(name: "CadreCheckTests", dependencies: ["CadreModel", "CadreCheck"]),
    .testTarget(name: "CadreCalendarTests", dependencies: ["CadreModel", "CadreCalendar"]),
    .testTarget(name: "CadreLeadershipTests", dependencies: ["CadreModel", "CadreLeadership"]),
    // The infeasible variants of the samples (Tests/cli-fixtures/explain) through `explain`.
    .testTarget(
      name: "CadreExplainTests",
      dependencies: ["CadreExplain", "Cadre", "CadreModel", "CadreIO", "CadreCheck"]),
    .testTarget(
      name: "CadreIOTests", dependencies: ["CadreModel", "CadreIO", "CadreCheck"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CadreSweepTests", dependencies: ["CadreSweep", "CadreModel", "CadreIO", "CadreGen"]),
    // XHSTT (ITC 2011) instances: reader, evaluator, writer, search. Data read from
    // ../shared/data/xhstt when present.
    .testTarget(
      name: "CadreXHSTTTests",
      dependencies: [
        "CadreModel", "CadreIO", "CadreCheck", "CadreCompiler", "CadreEngine", "Cadre",
      ]),
    // OneRoster 1.1 CSV: the CSV, ZIP and inflate readers, the field rules, the mapping, the
    // generated 600-student export (Samples/oneroster-600) and the export of periods.
    .testTarget(
      name: "CadreOneRosterTests",
      dependencies: ["Cadre", "CadreModel", "CadreIO", "CadreGen", "CadreCheck", "CadreEngine"]),
    .testTarget(
      name: "CadreTests",
      dependencies: [
        "Cadre", "CadreModel", "CadreCheck", "CadreIO", "CadreCompiler", "CadreEngine", "CadreGen",
        "CadreCalendar",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
