import CadreModel

/// Writes FET's activities timetable XML (`<Activities_Timetable>`), the file FET imports a
/// timetable from ("Timetable > Load"; fet-cl writes the same as `NAME_activities.xml`): one
/// `<Activity>` per placed activity with its `Id`, `Day` and `Hour` names and its `Room` (empty:
/// Cadre does not assign rooms, docs/FET.md).
public enum FETWriter {
  public static func activitiesTimetable(_ placements: [FETPlacement]) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n"
    for p in placements {
      out += "<Activity>\n"
      out += "\t<Id>\(p.activityId)</Id>\n"
      out += "\t<Day>\(Markup.escape(p.day, whitespace: true))</Day>\n"
      out += "\t<Hour>\(Markup.escape(p.hour, whitespace: true))</Hour>\n"
      out += "\t<Room>\(Markup.escape(p.room, whitespace: true))</Room>\n"
      out += "</Activity>\n"
    }
    out += "</Activities_Timetable>\n"
    return out
  }
}
