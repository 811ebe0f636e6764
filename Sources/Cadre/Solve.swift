import CadreModel

/// Builds a master schedule for a validated school: the school compiled into the general
/// engine's model, searched (construction, then local search, as a seeded portfolio), and
/// mapped back to the school's ids (`solveOnGeneralEngine`).
///
/// Never traps on odd input. When cheap checks prove that every schedule breaks a hard rule,
/// the search still returns its best schedule (within at most 2 seconds), with stop reason
/// `.provenInfeasible` and the reasons. `options.engine` is kept for callers that name it:
/// both values run the general engine (the school engine's search is retired).
public func solve(_ school: School, options: SolveOptions = SolveOptions()) -> SolveResult {
  solveOnGeneralEngine(school, options: options)
}
