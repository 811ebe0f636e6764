import CadreIO
import CadreModel
import Foundation

/// A sweep ready to run: the spec, its base schools read from disk, and every scenario with
/// its school and input hash.
public struct SweepPlan: Sendable {
  public var spec: SweepSpec
  /// One per `spec.schools`, in order.
  public var schools: [School]
  public var scenarios: [Scenario]
  /// The axes the sweep varies, in order (the label columns of every output).
  public var axes: [SweepAxis]
  /// One per scenario: FNV-1a of its school (as `cadre/1` JSON) and the solve settings.
  public var hashes: [String]
  /// A fingerprint of the whole sweep (every scenario id and hash): shards of one sweep share
  /// it, and `merge` refuses directories whose fingerprints differ.
  public var fingerprint: String

  public init(spec: SweepSpec, schools: [School]) {
    self.spec = spec
    self.schools = schools
    scenarios = ScenarioExpansion.expand(spec)
    axes = ScenarioExpansion.axes(spec)
    let settings = [
      "seed \(spec.seed)", "steps \(spec.stepLimit)",
      "calendar \(spec.calendarStepLimit.map(String.init) ?? "default")",
      "time \(spec.timeLimit)",
    ]
    hashes = scenarios.map { s in
      let school = schools.indices.contains(s.school) ? schools[s.school] : nil
      return InputHash.of(
        [ScenarioRecordJSON.format, s.id] + settings
          + [school.map { SchoolJSON.encode(s.apply(to: $0)) } ?? ""])
    }
    fingerprint = InputHash.of(zip(scenarios, hashes).map { "\($0.id) \($1)" })
  }

  /// The scenario's school.
  public func school(of s: Scenario) -> School { s.apply(to: schools[s.school]) }

  /// Reads a sweep file and its base schools (paths relative to the sweep file's folder).
  /// Nil with diagnostics when the sweep or a school file cannot be read; a school that reads
  /// but fails validation is not an error here, since a scenario may fix what the base breaks.
  public static func load(path: String) -> (plan: SweepPlan?, diagnostics: [Diagnostic]) {
    let text: String
    do {
      text = try AtomicFile.readText(path)
    } catch {
      return (nil, [error.diagnostic])
    }
    let (decoded, diagnostics) = SweepJSON.decode(text)
    guard let spec = decoded else { return (nil, diagnostics) }
    var out = diagnostics
    var schools: [School] = []
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent()
    for (i, base) in spec.schools.enumerated() {
      let file =
        base.file.hasPrefix("/")
        ? base.file : folder.appendingPathComponent(base.file).standardized.path
      let pointer = Pointer.of("schools", i, "file")
      let schoolText: String
      do {
        schoolText = try AtomicFile.readText(file)
      } catch {
        var d = error.diagnostic
        d.pointer = pointer
        out.append(d)
        continue
      }
      let (school, found) = SchoolJSON.decode(schoolText)
      let errors = found.filter { $0.severity == .error }
      if let school, errors.isEmpty {
        schools.append(school)
      } else {
        out.append(
          .error(
            "bad-school", at: pointer,
            "\(file) is not a readable school file: "
              + (errors.first?.rendered ?? "it could not be decoded")
              + (errors.count > 1 ? " (and \(errors.count - 1) more)" : ""),
            hint: "run 'cadre validate \(file)'"))
      }
    }
    guard schools.count == spec.schools.count else { return (nil, out) }
    let plan = SweepPlan(spec: spec, schools: schools)
    var seen: [String: Int] = [:]
    for s in plan.scenarios {
      if let first = seen[s.id] {
        out.append(
          .error(
            "duplicate-scenario", at: "/axes",
            "scenarios \(first) and \(s.index) both have the id \(s.id)",
            hint: "axis values that print the same (e.g. 0.5 and 0.5000001) make equal ids"))
      } else {
        seen[s.id] = s.index
      }
    }
    if out.contains(where: { $0.severity == .error }) { return (nil, out) }
    return (plan, out)
  }
}
