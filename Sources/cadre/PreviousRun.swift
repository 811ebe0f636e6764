import Cadre
import CadreIO
import CadreModel
import Foundation

/// `solve --from`: the previous run a re-solve starts from. Either an output folder of
/// `cadre solve` (its `schedule.json` and, when present, its `calendar.json`) or, as before,
/// one `schedule.json` file.
struct PreviousRun {
  var schedule: Schedule
  var calendar: CoachingCalendar?

  /// Reads the previous run for `school`; nil after printing why it cannot be used. A run
  /// made for another school is refused (`from-other-school`): its `"school"` name differs
  /// from the school being solved, or fewer than half of its meetings name lessons of it. The
  /// input file's hash (manifest.json's `inputSha256`) is deliberately not compared: a
  /// re-solve exists to follow a change to the school file.
  static func read(_ path: String, school: School) -> PreviousRun? {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    let schedulePath = exists && isFolder.boolValue ? Outputs.path(path, "schedule.json") : path
    guard let text = Inputs.text(at: schedulePath) else { return nil }
    guard sameSchool(text, school: school, file: schedulePath) else { return nil }
    guard let schedule = Inputs.schedule(at: schedulePath) else { return nil }
    let lessons = Set(school.lessons.map(\.id))
    let known = schedule.meetings.filter { lessons.contains($0.lesson) }.count
    if !schedule.meetings.isEmpty && 2 * known < schedule.meetings.count {
      refuse(
        schedulePath,
        "only \(known) of its \(schedule.meetings.count) meetings name lessons of "
          + "\"\(school.name)\": it was made for another school")
      return nil
    }
    var run = PreviousRun(schedule: schedule, calendar: nil)
    guard exists && isFolder.boolValue else { return run }
    let calendarPath = Outputs.path(path, "calendar.json")
    guard FileManager.default.fileExists(atPath: calendarPath) else { return run }
    guard let calendarText = Inputs.text(at: calendarPath),
      sameSchool(calendarText, school: school, file: calendarPath),
      let calendar = Inputs.calendar(at: calendarPath)
    else { return nil }
    if let on = CalendarJSON.plannedOn(calendarText), on != "sha256:" + SHA256.hex(text.utf8) {
      Console.err(
        "cadre: note: \(calendarPath) was planned on another schedule.json than the one beside "
          + "it; its events are still kept where they are valid")
    }
    run.calendar = calendar
    return run
  }

  private static func sameSchool(_ text: String, school: School, file: String) -> Bool {
    guard let name = AnswerFile.schoolName(text), name != school.name else { return true }
    refuse(
      file,
      "it was written for the school \"\(name)\", not \"\(school.name)\": a re-solve starts "
        + "only from a run of the same school")
    return false
  }

  private static func refuse(_ file: String, _ message: String) {
    Console.report(
      [
        .error(
          "from-other-school", at: "/school", message,
          hint: "pass --from the output folder of a solve of this school, or drop --from")
      ], file: file)
  }
}
