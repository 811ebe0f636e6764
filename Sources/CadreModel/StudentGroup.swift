/// Students who all attend the same set of classes, such as the sections of a secondary school
/// whose students choose electives. Two of its classes may not meet at the same time: the
/// hard rule `student-clash` counts `students` for every period in which two of them meet.
///
/// A school with homerooms needs none: a class is already one group of students. Groups are
/// what a roster import (OneRoster) writes: one per distinct set of enrolled sections.
public struct StudentGroup: Sendable, Equatable {
  public var id: StudentGroupID
  public var name: String
  /// How many students share exactly this set of classes (the weight of one clash).
  public var students: Int
  /// The classes they all attend: at least two, each once.
  public var classes: [ClassID]

  public init(id: StudentGroupID, name: String = "", students: Int = 1, classes: [ClassID]) {
    self.id = id
    self.name = name
    self.students = students
    self.classes = classes
  }
}
