import CadreIO
import CadreModel

/// `scenarios/<id>.json` (`cadre-sweep-scenario/1`): one `ScenarioRecord`, written and read
/// back exactly (doubles in their shortest round-tripping form).
public enum ScenarioRecordJSON {
  public static let format = "cadre-sweep-scenario/1"

  public static func encode(_ r: ScenarioRecord) -> String {
    func int(_ v: Int?) -> JSONValue { v.map { .integer($0) } ?? .null }
    func dbl(_ v: Double?) -> JSONValue { v.map { .double($0) } ?? .null }
    let doc: JSONValue = .object([
      ("format", .string(format)),
      ("index", .integer(r.index)),
      ("id", .string(r.id)),
      ("school", .string(r.school)),
      ("schoolName", .string(r.schoolName)),
      ("schoolType", .string(r.schoolType)),
      ("labels", .array(r.labels.map { .string($0) })),
      ("status", .string(r.status.rawValue)),
      ("reason", .string(r.reason)),
      ("teachers", .integer(r.teachers)),
      ("leaders", .integer(r.leaders)),
      ("currency", .string(r.currency)),
      ("totalCost", int(r.totalCost)),
      ("stipends", int(r.stipends)),
      ("coverageCost", int(r.coverageCost)),
      ("costPerTeacher", int(r.costPerTeacher)),
      ("budgetCap", int(r.budgetCap)),
      ("release", dbl(r.release)),
      ("spanLimit", int(r.spanLimit)),
      ("maxSpan", .integer(r.maxSpan)),
      ("meanSpan", .double(r.meanSpan)),
      ("observationsRequired", int(r.observationsRequired)),
      ("observationsScheduled", int(r.observationsScheduled)),
      ("hoursObserving", dbl(r.hoursObserving)),
      ("hoursDebriefing", dbl(r.hoursDebriefing)),
      ("hoursHuddles", dbl(r.hoursHuddles)),
      ("hoursOneOnOnes", dbl(r.hoursOneOnOnes)),
      ("teacherGaps", int(r.teacherGaps)),
      ("coveragePeriods", int(r.coveragePeriods)),
      ("scheduleHard", int(r.scheduleHard)),
      ("scheduleSoft", int(r.scheduleSoft)),
      ("calendarHard", int(r.calendarHard)),
      ("calendarSoft", int(r.calendarSoft)),
      ("steps", int(r.steps)),
      ("stopReason", r.stopReason.map { .string($0) } ?? .null),
      ("seconds", .double(r.seconds)),
      ("inputHash", .string(r.inputHash)),
      ("details", .array(r.details.map { .string($0) })),
      ("teacherGrid", .string(r.teacherGrid)),
    ])
    return JSONWriter.write(doc)
  }

  /// The record, or nil when the text is not a record this version wrote (a damaged or
  /// foreign file is then simply solved again).
  public static func decode(_ text: String) -> ScenarioRecord? {
    guard let v = JSONParser.parse(text).value, v["format"]?.asString == format,
      let index = v["index"]?.asInt, let id = v["id"]?.asString,
      let school = v["school"]?.asString, let schoolName = v["schoolName"]?.asString,
      let labels = v["labels"]?.asArray?.compactMap(\.asString),
      let status = v["status"]?.asString.flatMap(ScenarioRecord.Status.init(rawValue:)),
      let hash = v["inputHash"]?.asString
    else { return nil }
    func int(_ k: String) -> Int? { v[k]?.asInt }
    func dbl(_ k: String) -> Double? { v[k]?.asDouble }
    var r = ScenarioRecord(
      index: index, id: id, school: school, schoolName: schoolName, labels: labels)
    r.status = status
    r.schoolType = v["schoolType"]?.asString ?? ""
    r.reason = v["reason"]?.asString ?? ""
    r.teachers = int("teachers") ?? 0
    r.leaders = int("leaders") ?? 0
    r.currency = v["currency"]?.asString ?? "USD"
    r.totalCost = int("totalCost")
    r.stipends = int("stipends")
    r.coverageCost = int("coverageCost")
    r.costPerTeacher = int("costPerTeacher")
    r.budgetCap = int("budgetCap")
    r.release = dbl("release")
    r.spanLimit = int("spanLimit")
    r.maxSpan = int("maxSpan") ?? 0
    r.meanSpan = dbl("meanSpan") ?? 0
    r.observationsRequired = int("observationsRequired")
    r.observationsScheduled = int("observationsScheduled")
    r.hoursObserving = dbl("hoursObserving")
    r.hoursDebriefing = dbl("hoursDebriefing")
    r.hoursHuddles = dbl("hoursHuddles")
    r.hoursOneOnOnes = dbl("hoursOneOnOnes")
    r.teacherGaps = int("teacherGaps")
    r.coveragePeriods = int("coveragePeriods")
    r.scheduleHard = int("scheduleHard")
    r.scheduleSoft = int("scheduleSoft")
    r.calendarHard = int("calendarHard")
    r.calendarSoft = int("calendarSoft")
    r.steps = int("steps")
    r.stopReason = v["stopReason"]?.asString
    r.seconds = dbl("seconds") ?? 0
    r.inputHash = hash
    r.details = v["details"]?.asArray?.compactMap(\.asString) ?? []
    r.teacherGrid = v["teacherGrid"]?.asString ?? ""
    return r
  }
}
