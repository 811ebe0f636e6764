import Foundation

/// The seed inputs of one kind, sorted by name so that a run is the same on every machine that
/// has the same files. Bundled samples weigh more than malformed fixtures, so that more
/// mutants stay close to a valid file.
struct Corpus {
  struct Seed {
    var name: String
    var bytes: [UInt8]
    var weight: Int
  }

  var seeds: [Seed]
  private var totalWeight: Int { seeds.reduce(0) { $0 + $1.weight } }

  func pick(_ rng: inout SplitMix64) -> Seed {
    var r = rng.below(totalWeight)
    for s in seeds {
      if r < s.weight { return s }
      r -= s.weight
    }
    return seeds[seeds.count - 1]
  }

  /// Files of `folder` ending in `.ext`, sorted; none when the folder is absent.
  static func files(
    _ folder: String, ext: String, weight: Int, maxBytes: Int = .max,
    except: Set<String> = []
  ) -> [Seed] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var out: [Seed] = []
    for name in names.sorted() where name.hasSuffix("." + ext) && !except.contains(name) {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name),
        data.count <= maxBytes
      else { continue }
      out.append(Seed(name: name, bytes: [UInt8](data), weight: weight))
    }
    return out
  }

  /// The seeds of `kind`. Schedules and calendars come from `context`, which solved its base
  /// school at startup.
  static func load(_ kind: FuzzKind, _ context: Context) -> Corpus {
    let root = context.root
    var seeds: [Seed]
    switch kind {
    case .school:
      seeds =
        files(root + "/Samples", ext: "json", weight: 6)
        + files(
          root + "/Tests/CadreIOTests/Fixtures/malformed", ext: "json", weight: 1,
          except: ["expected.json"])
    case .sweep:
      seeds =
        files(root + "/Samples/sweeps", ext: "json", weight: 1)
        + files(root + "/Tests/fuzz-seeds/sweep", ext: "json", weight: 1)
    case .xhstt:
      // The shared ITC 2011 archives when present (the smaller ones: a mutant of a megabyte
      // file costs as much as a hundred small ones), and the project's own small files.
      seeds =
        files(root + "/Tests/fuzz-seeds/xhstt", ext: "xml", weight: 12)
        + files(root + "/Tests/cli-fixtures/xhstt", ext: "xml", weight: 4)
        + files(context.xhsttData, ext: "xml", weight: 1, maxBytes: 150_000)
    case .schedule:
      seeds = context.schedules.map { Seed(name: $0.name, bytes: Array($0.text.utf8), weight: 1) }
    case .calendar:
      seeds = context.calendars.map { Seed(name: $0.name, bytes: Array($0.text.utf8), weight: 1) }
    }
    if seeds.isEmpty { seeds = [Seed(name: "empty", bytes: Array("{}".utf8), weight: 1)] }
    return Corpus(seeds: seeds)
  }
}
