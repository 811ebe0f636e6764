/// Plausible people's names for generated staff, drawn without repeats from a fixed list so
/// that one seed always gives the same staff room.
struct Names {
  private static let first = [
    "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Imani", "Jamal",
    "Keiko", "Luis", "Maya", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara",
    "Uma", "Victor", "Wen", "Xavier", "Yara", "Zoe", "Aisha", "Bruno", "Chloe", "Diego",
    "Erin", "Felix", "Gloria", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nia",
  ]
  private static let last = [
    "Lopez", "Smith", "Nguyen", "Johnson", "Garcia", "Brown", "Kim", "Martinez", "Davis",
    "Patel", "Wilson", "Chen", "Anderson", "Rivera", "Thomas", "Okafor", "Moore", "Jackson",
    "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott",
    "Torres", "Hill", "Flores", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
    "Perez", "Roberts", "Turner",
  ]

  private var order: [Int]
  private var next = 0

  init(_ rng: inout SplitMix64) {
    order = Array(0..<(Names.first.count * Names.last.count))
    rng.shuffle(&order)
  }

  /// The next unused "First Last" (numbered once the 1,600 pairs run out).
  mutating func take() -> String {
    let k = order[next % order.count]
    let round = next / order.count
    next += 1
    let name = Names.first[k % Names.first.count] + " " + Names.last[k / Names.first.count]
    return round == 0 ? name : name + " " + String(round + 1)
  }
}
