extension Validator {
  /// Student groups (docs/FORMAT.md "Student group"): at least one student, classes that exist,
  /// each named once, at least two of them (one class alone constrains nothing), and, as a
  /// capacity fact, no more periods a cycle than the cycle has teachable slots: the group's
  /// students attend every meeting of every one of its classes, one at a time.
  static func checkStudentGroups(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    guard !s.studentGroups.isEmpty else { return }
    var classNeed = [Int](repeating: 0, count: s.classes.count)
    for lesson in s.lessons {
      if let k = c.classIndex[lesson.classID.raw] {
        classNeed[k] = classNeed[k].adding(saturating: periodsNeeded(lesson))
      }
    }
    let classIDs = s.classes.map(\.id.raw)
    for (i, g) in s.studentGroups.enumerated() {
      let what = "Student group \(label(g.name, g.id.raw))"
      if g.students < 1 {
        out.append(
          outOfRange(
            Pointer.of("studentGroups", i, "students"), "\(what) has \(g.students) students",
            hint: "students is at least 1: how many students share exactly these classes"))
      }
      var seen: [String: Int] = [:]
      var need = 0
      for (j, k) in g.classes.enumerated() {
        let pointer = Pointer.of("studentGroups", i, "classes", j)
        if let f = seen[k.raw] {
          out.append(
            .error(
              "duplicate-class", at: pointer,
              "\(what) names class '\(k.raw)' twice (first at "
                + "\(Pointer.of("studentGroups", i, "classes", f)))",
              hint: "list each class of the group once"))
          continue
        }
        seen[k.raw] = j
        guard let index = c.classIndex[k.raw] else {
          out.append(
            unknown(
              "unknown-class", kind: "class", id: k.raw, at: pointer, in: what,
              among: classIDs, list: "/classes"))
          continue
        }
        need = need.adding(saturating: classNeed[index])
      }
      if seen.count < 2 {
        out.append(
          .warning(
            "student-group-one-class", at: Pointer.of("studentGroups", i, "classes"),
            "\(what) names \(seen.count == 0 ? "no class" : "one class"); a group constrains "
              + "nothing until it attends two",
            hint: "list every class these students attend, or remove the group"))
      }
      let free = c.freeSlots([])
      if need > free {
        out.append(
          .error(
            "over-capacity", at: Pointer.of("studentGroups", i),
            "\(what) attends \(need) periods a cycle in its classes, but the cycle has \(free) "
              + "teachable slots: its students would be in two classes at once",
            hint: "drop a class from the group (a student's timetable cannot hold them all), "
              + "or shorten lessons"))
      }
    }
  }
}
