/// What an answer file (`schedule.json`, `calendar.json`) says about the run it came from.
public enum AnswerFile {
  /// The school name a `cadre-schedule/1` or `cadre-calendar/1` file was written for (its
  /// top-level `"school"`), if the text parses and names one.
  public static func schoolName(_ text: String) -> String? {
    JSONParser.parse(text).value?["school"]?.asString
  }
}
