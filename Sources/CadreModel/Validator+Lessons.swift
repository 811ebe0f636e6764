extension Validator {
  /// Lessons: the class, teacher, candidates and room exist; counts are positive; a meeting
  /// fits in a day; somebody may teach it; a room it needs exists and is big enough.
  static func checkLessons(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    let teacherIDs = s.teachers.map(\.id.raw)
    for (i, lesson) in s.lessons.enumerated() {
      let what = "Lesson \(lesson.id.raw)"
      let at = { (key: String) in Pointer.of("lessons", i, key) }
      let k = c.schoolClass(lesson.classID)
      if k == nil {
        out.append(
          unknown(
            "unknown-class", kind: "class", id: lesson.classID.raw, at: at("class"), in: what,
            among: s.classes.map(\.id.raw), list: "/classes"))
      }
      if lesson.subject.trimmed.isEmpty {
        out.append(
          .error(
            "empty-subject", at: at("subject"), "\(what) has no subject",
            hint: "the subject decides which teachers qualify, e.g. \"math\""))
      }
      if lesson.meetings < 1 {
        out.append(
          outOfRange(
            at("meetings"), "\(what) meets \(lesson.meetings) times a cycle",
            hint: "meetings is at least 1; remove the lesson if it does not meet"))
      }
      if lesson.duration < 1 {
        out.append(
          outOfRange(
            at("duration"), "\(what) has duration \(lesson.duration)",
            hint: "duration counts periods per meeting: 1 single, 2 double"))
      } else if c.cycle.periodCount > 0 && lesson.duration > c.cycle.periodCount {
        out.append(
          .error(
            "lesson-longer-than-day", at: at("duration"),
            "\(what) lasts \(lesson.duration) periods but a day has \(c.cycle.periodCount)",
            hint: "a meeting happens within one day; split it into more meetings"))
      }
      checkLessonTeachers(lesson, i, k, c, teacherIDs: teacherIDs, into: &out)
      checkLessonRoom(lesson, i, k, c, into: &out)
      checkRefs(
        lesson.preferred, at: at("preferred"), in: "A preferred slot of \(what.lowercasedFirst)",
        c, into: &out)
    }
  }

  static func checkLessonTeachers(
    _ lesson: Lesson, _ i: Int, _ k: SchoolClass?, _ c: Context, teacherIDs: [String],
    into out: inout [Diagnostic]
  ) {
    let what = "Lesson \(lesson.id.raw)"
    let grade = k?.grade
    let taught =
      "\(lesson.subject) to class \(lesson.classID.raw)"
      + (grade.map { " (grade \($0))" } ?? "")
    let notQualified = { (t: Teacher, pointer: String) -> Diagnostic in
      let hasSubject = t.subjects.isEmpty || t.subjects.contains(lesson.subject)
      let lacks = hasSubject ? "grade \(grade ?? "")" : "subject '\(lesson.subject)'"
      return .warning(
        "teacher-not-qualified", at: pointer,
        "Teacher \(label(t.name, t.id.raw)) is named for \(what.lowercasedFirst) but does not "
          + "list \(lacks) (\(taught))",
        hint: "add the subject and grade to the teacher's subjects and grades if this is meant")
    }
    if let id = lesson.teacher {
      let pointer = Pointer.of("lessons", i, "teacher")
      if let t = c.teacher(id) {
        if !t.qualifies(subject: lesson.subject, grade: grade) {
          out.append(notQualified(t, pointer))
        }
      } else {
        out.append(
          unknown(
            "unknown-teacher", kind: "teacher", id: id.raw, at: pointer, in: what,
            among: teacherIDs, list: "/teachers"))
      }
      if !lesson.candidates.isEmpty && !lesson.candidates.contains(id) {
        out.append(
          .error(
            "teacher-not-candidate", at: pointer,
            "\(what) is fixed to teacher '\(id.raw)', who is not among its candidates "
              + lesson.candidates.map { "'\($0.raw)'" }.joined(separator: ", "),
            hint: "a fixed teacher overrides candidates; remove one or add the teacher to both"))
      }
    }
    for (j, id) in lesson.candidates.enumerated() {
      let pointer = Pointer.of("lessons", i, "candidates", j)
      if let t = c.teacher(id) {
        if lesson.teacher == nil && !t.qualifies(subject: lesson.subject, grade: grade) {
          out.append(notQualified(t, pointer))
        }
      } else {
        out.append(
          unknown(
            "unknown-teacher", kind: "candidate teacher", id: id.raw, at: pointer, in: what,
            among: teacherIDs, list: "/teachers"))
      }
    }
    if lesson.teacher == nil && lesson.candidates.isEmpty
      && !c.school.teachers.contains(where: { $0.qualifies(subject: lesson.subject, grade: grade) })
    {
      out.append(
        .error(
          "no-qualified-teacher", at: Pointer.of("lessons", i, "subject"),
          "No teacher may teach \(taught): nobody lists that subject and grade",
          hint: "add '\(lesson.subject)' (and the grade) to a teacher's subjects and grades, "
            + "or name the lesson's teacher or candidates"))
    }
    if lesson.allowSplit {
      checkSplit(lesson, i, grade, c, into: &out)
    }
  }

  /// A lesson that allows a split needs two teachers to split it between: a fixed teacher, a
  /// single candidate or a single qualified teacher leaves nothing to split.
  static func checkSplit(
    _ lesson: Lesson, _ i: Int, _ grade: String?, _ c: Context, into out: inout [Diagnostic]
  ) {
    let what = "Lesson \(lesson.id.raw)"
    let pointer = Pointer.of("lessons", i, "allowSplit")
    if let t = lesson.teacher {
      out.append(
        .error(
          "split-one-teacher", at: pointer,
          "\(what) allows a split but is fixed to teacher '\(t.raw)'",
          hint: "list the teachers who share it as candidates instead of a fixed teacher, or "
            + "remove allowSplit"))
      return
    }
    let candidates =
      lesson.candidates.isEmpty
      ? c.school.teachers.filter { $0.qualifies(subject: lesson.subject, grade: grade) }.count
      : Set(lesson.candidates).count
    guard candidates == 1 else { return }
    out.append(
      .error(
        "split-one-teacher", at: pointer,
        "\(what) allows a split but has one candidate teacher"
          + (lesson.candidates.isEmpty ? " (one teacher qualifies)" : ""),
        hint: "add the teachers who share it to candidates, or remove allowSplit"))
  }

  static func checkLessonRoom(
    _ lesson: Lesson, _ i: Int, _ k: SchoolClass?, _ c: Context, into out: inout [Diagnostic]
  ) {
    let what = "Lesson \(lesson.id.raw)"
    let students = k?.students
    if let r = lesson.room {
      let pointer = Pointer.of("lessons", i, "room")
      if let room = c.room(r) {
        if let cap = room.capacity, let n = students, cap >= 1, cap < n {
          out.append(
            .error(
              "room-too-small", at: pointer,
              "\(what) is fixed to room \(label(room.name, room.id.raw)), which seats \(cap), "
                + "but class \(lesson.classID.raw) has \(n) students",
              hint: "choose a larger room or correct the capacity"))
        }
        if let kind = lesson.roomKind, room.kind != kind {
          out.append(
            .error(
              "room-kind-mismatch", at: Pointer.of("lessons", i, "roomKind"),
              "\(what) asks for a room of kind '\(kind)' but is fixed to room \(r.raw) of "
                + "kind '\(room.kind)'",
              hint: "give either room or roomKind, or make them agree"))
        }
      } else {
        out.append(
          unknown(
            "unknown-room", kind: "room", id: r.raw, at: pointer, in: what,
            among: c.school.rooms.map(\.id.raw), list: "/rooms"))
      }
    }
    if let kind = lesson.roomKind, lesson.room == nil {
      let pointer = Pointer.of("lessons", i, "roomKind")
      let ofKind = c.school.rooms.filter { $0.kind == kind }
      if ofKind.isEmpty {
        let kinds = Array(Set(c.school.rooms.map(\.kind))).sorted()
        let hint =
          closestMatch(to: kind, in: kinds).map { "did you mean '\($0)'?" }
          ?? "add a room of kind '\(kind)' to /rooms or fix the kind"
        out.append(
          .error(
            "no-room-of-kind", at: pointer,
            "\(what) needs a room of kind '\(kind)' but no room is of that kind", hint: hint))
      } else if let n = students,
        !ofKind.contains(where: { ($0.capacity ?? n) >= n || ($0.capacity ?? 1) < 1 })
      {
        let biggest = ofKind.compactMap(\.capacity).max() ?? 0
        out.append(
          .error(
            "room-too-small", at: pointer,
            "\(what) needs a room of kind '\(kind)' for \(n) students, but the largest seats "
              + "\(biggest)",
            hint: "add a larger room of that kind or correct the capacities"))
      }
    }
  }
}
