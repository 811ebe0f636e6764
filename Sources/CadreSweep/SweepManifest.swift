import CadreIO

/// `manifest.json` (`cadre-sweep-manifest/1`) of an output folder: which sweep it belongs to
/// (the plan's fingerprint), its axes and every scenario of the whole sweep with its input
/// hash, so `merge` can check that shards belong together and say what is missing. A merged
/// folder's manifest equals a single run's.
public struct SweepManifest: Sendable, Equatable {
  public static let format = "cadre-sweep-manifest/1"
  public var name: String
  public var fingerprint: String
  public var axes: [SweepAxis]
  public var scenarios: [(id: String, hash: String)]

  public init(
    name: String, fingerprint: String, axes: [SweepAxis], scenarios: [(id: String, hash: String)]
  ) {
    self.name = name
    self.fingerprint = fingerprint
    self.axes = axes
    self.scenarios = scenarios
  }

  public init(_ plan: SweepPlan) {
    self.init(
      name: plan.spec.name, fingerprint: plan.fingerprint, axes: plan.axes,
      scenarios: zip(plan.scenarios, plan.hashes).map { ($0.id, $1) })
  }

  public static func == (a: SweepManifest, b: SweepManifest) -> Bool {
    a.name == b.name && a.fingerprint == b.fingerprint && a.axes == b.axes
      && a.scenarios.map(\.id) == b.scenarios.map(\.id)
      && a.scenarios.map(\.hash) == b.scenarios.map(\.hash)
  }

  public func encode() -> String {
    JSONWriter.write(
      .object([
        ("format", .string(Self.format)),
        ("name", .string(name)),
        ("fingerprint", .string(fingerprint)),
        ("axes", .array(axes.map { .string($0.rawValue) })),
        (
          "scenarios",
          .array(scenarios.map { .object([("id", .string($0.id)), ("hash", .string($0.hash))]) })
        ),
      ]))
  }

  public static func decode(_ text: String) -> SweepManifest? {
    guard let v = JSONParser.parse(text).value, v["format"]?.asString == format,
      let name = v["name"]?.asString, let fingerprint = v["fingerprint"]?.asString,
      let axisNames = v["axes"]?.asArray?.compactMap(\.asString),
      let items = v["scenarios"]?.asArray
    else { return nil }
    let axes = axisNames.compactMap(SweepAxis.init(rawValue:))
    let scenarios = items.compactMap { item -> (id: String, hash: String)? in
      guard let id = item["id"]?.asString, let hash = item["hash"]?.asString else { return nil }
      return (id, hash)
    }
    guard axes.count == axisNames.count, scenarios.count == items.count else { return nil }
    return SweepManifest(name: name, fingerprint: fingerprint, axes: axes, scenarios: scenarios)
  }
}
