import CadreIO
import CadreModel

/// One combination of a base school and one value of every axis the sweep varies.
///
/// `index` is the place in expansion order (schools outermost, then model, leaders, release,
/// span, observations, budget cap, the last varying fastest); `id` is built from the values
/// (`denver_r50_s6`), so it stays the same when the sweep file gains a school or a value.
public struct Scenario: Sendable, Equatable {
  public var index: Int
  public var id: String
  /// Index into `SweepSpec.schools`.
  public var school: Int
  public var model: LeadershipModel?
  public var leaders: LeaderCounts?
  public var release: ReleaseSetting?
  public var span: Int?
  public var observations: ObservationSetting?
  /// Present when the sweep has a budget cap axis: the cap, or nil for no cap.
  public var budgetCap: Int??

  /// (axis, human label) for every axis the sweep varies, in axis order.
  public var labels: [(axis: SweepAxis, label: String)] {
    var out: [(SweepAxis, String)] = []
    if let m = model { out.append((.model, AxisLabel.model(m))) }
    if let l = leaders { out.append((.leaders, AxisLabel.leaders(l))) }
    if let r = release { out.append((.release, AxisLabel.release(r))) }
    if let s = span { out.append((.span, String(s))) }
    if let o = observations { out.append((.observations, AxisLabel.observations(o))) }
    if let c = budgetCap { out.append((.budgetCap, AxisLabel.cap(c))) }
    return out
  }
}

/// The axes, in the order they are applied and printed.
public enum SweepAxis: String, Sendable, CaseIterable, Equatable {
  case model, leaders, release, span, observations, budgetCap

  /// Column header in results.csv and the tables.
  public var title: String {
    switch self {
    case .model: "model"
    case .leaders: "leaders"
    case .release: "release"
    case .span: "span limit"
    case .observations: "observations"
    case .budgetCap: "budget cap"
    }
  }
}

/// Labels (for people) and slugs (for ids and file names) of axis values.
enum AxisLabel {
  static func model(_ m: LeadershipModel) -> String {
    switch m {
    case .apCentred: "AP-centred"
    case .teamLead: "Team Lead"
    case .multiClassroomLeader: "Multi-Classroom Leader"
    }
  }

  static func leaders(_ l: LeaderCounts) -> String {
    l.counts.map { "\(kindLabel($0.kind)) \($0.count)" }.joined(separator: ", ")
  }

  static func kindLabel(_ k: RoleKind) -> String {
    switch k {
    case .principal: "principal"
    case .assistantPrincipal: "AP"
    case .teamLead: "TL"
    case .multiClassroomLeader: "MCL"
    case .instructionalCoach: "coach"
    }
  }

  static func release(_ r: ReleaseSetting) -> String {
    switch r {
    case .periodsPerDay(let n): n == 1 ? "1 period/day" : "\(n) periods/day"
    case .fraction(let f): NumberText.trimmed(f * 100, digits: 2) + "%"
    }
  }

  static func observations(_ o: ObservationSetting) -> String {
    [o.spot.map { "\($0) spot" }, o.formal.map { "\($0) formal" }].compactMap { $0 }
      .joined(separator: " + ")
  }

  static func cap(_ c: Int?) -> String { c.map { NumberText.grouped($0) } ?? "no cap" }

  static func slug(_ axis: SweepAxis, _ s: Scenario) -> String? {
    switch axis {
    case .model:
      return s.model.map {
        switch $0 {
        case .apCentred: "ap"
        case .teamLead: "tl"
        case .multiClassroomLeader: "mcl"
        }
      }
    case .leaders:
      return s.leaders.map { l in
        "l" + l.counts.map { "-\(kindLabel($0.kind).lowercased())\($0.count)" }.joined()
      }
    case .release:
      return s.release.map {
        switch $0 {
        case .periodsPerDay(let n): "r\(n)pd"
        case .fraction(let f):
          "r" + NumberText.trimmed(f * 100, digits: 2).replacingDot(with: "p")
        }
      }
    case .span: return s.span.map { "s\($0)" }
    case .observations:
      return s.observations.map { o in
        "o" + (o.spot.map { "\($0)" } ?? "x") + "-" + (o.formal.map { "\($0)" } ?? "x")
      }
    case .budgetCap: return s.budgetCap.map { c in "c" + (c.map { "\($0)" } ?? "none") }
    }
  }
}

extension String {
  fileprivate func replacingDot(with s: String) -> String {
    split(separator: ".", omittingEmptySubsequences: false).joined(separator: s)
  }
}
