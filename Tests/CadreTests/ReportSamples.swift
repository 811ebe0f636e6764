import CadreModel

/// The report's models as samples (issue 14): what each sample adds to its generated school.
/// Quotes are the report's words (shared/seed/000_019d4a73eedc2c80.txt, summarised in
/// shared/DOMAIN.md).
enum ReportSamples {
  static let report = "the distributed-leadership report (shared/seed/000)"

  static func figure(_ quote: String, _ measure: SourceMeasure, leader: LeaderID? = nil)
    -> SourceFigure
  {
    SourceFigure(quote: quote, measure: measure, leader: leader)
  }

  /// KIPP Sunshine Peak before the change: the principal alone leads all 26 teachers.
  @Sendable static func kippPrincipalAlone(_ school: inout School) {
    var l = school.leadership
    let principal = l.leaders.first { leader in
      l.roles.first { $0.id == leader.role }?.kind == .principal
    }
    guard let principal else { return }
    for i in l.teams.indices { l.teams[i].leader = principal.id }
    l.leaders = [principal]
    l.roles = l.roles.filter { $0.id == principal.role }
    school.leadership = l
    school.source = Source(
      title: "KIPP Sunshine Peak, \(report)",
      figures: [
        figure("observing each of her 26 teachers nine times a year", .observationsPerLeader),
        figure("26 teachers", .teachersPerLeader),
        figure(
          "This left little time for her to provide deeper mentoring and coaching to teachers",
          .coachingTime),
      ])
  }

  /// KIPP Sunshine Peak after the change: two APs coach eight teachers each; four teacher
  /// leaders (two periods a day of release, a $2,000 stipend: the samples' assumption) coach
  /// one or two each; the principal coaches the coaches (the four teacher leaders).
  @Sendable static func kippCoaches(_ school: inout School) {
    let principalRole = school.leadership.roles.first { $0.kind == .principal }
    let principal = school.leadership.leaders.first { $0.role == principalRole?.id }
    guard let principalRole, let principal else { return }
    // Teachers by subject, then id: departments stay together ("within departments of the
    // coach's expertise").
    let staff = school.teachers.sorted {
      ($0.subjects.first ?? "", $0.id) < ($1.subjects.first ?? "", $1.id)
    }
    .map(\.id)
    let ap = Role(id: "R-AP", name: "Assistant Principal", kind: .assistantPrincipal, spanLimit: 8)
    let tl = Role(
      id: "R-TL", name: "Teacher Leader", kind: .teamLead, releasePeriodsPerDay: 2,
      spanLimit: 2, stipend: 2_000)
    var leaders = [
      principal, Leader(id: "L-AP1", name: "Assistant Principal 1", role: ap.id),
      Leader(id: "L-AP2", name: "Assistant Principal 2", role: ap.id),
    ]
    var teams = [
      Team(id: "TM-AP1", name: "AP 1 coaching", leader: "L-AP1", members: Array(staff[0..<8])),
      Team(id: "TM-AP2", name: "AP 2 coaching", leader: "L-AP2", members: Array(staff[8..<16])),
    ]
    // The other ten: four teacher leaders and the six teachers they coach (1, 1, 2, 2).
    let rest = Array(staff[16...])
    var next = 0
    var coaches: [TeacherID] = []
    for (i, size) in [1, 1, 2, 2].enumerated() {
      let coach = rest[next]
      let members = Array(rest[(next + 1)...(next + size)])
      next += size + 1
      coaches.append(coach)
      let name = school.teachers.first { $0.id == coach }?.name ?? coach.raw
      leaders.append(
        Leader(id: LeaderID("L-TL\(i + 1)"), name: name, role: tl.id, teacher: coach))
      teams.append(
        Team(
          id: TeamID("TM-TL\(i + 1)"), name: "Teacher leader \(i + 1) coaching",
          leader: LeaderID("L-TL\(i + 1)"), members: members))
    }
    teams.append(
      Team(id: "TM-COACHES", name: "Coaching the coaches", leader: principal.id, members: coaches))
    school.leadership = Leadership(roles: [principalRole, ap, tl], leaders: leaders, teams: teams)
    // The samples' assumptions: each coach meets their one or two teachers once a week (not
    // twice, as a grade team would), and the budget allows the teacher leaders' stipends.
    school.policy.huddlesPerWeek = 1
    school.budget?.cap = 20_000
    school.source = Source(
      title: "KIPP Sunshine Peak after the change, \(report)",
      figures: [
        figure("two APs who coach eight teachers each", .teachersPerLeader),
        figure(
          "teacher leaders who are each responsible for coaching and evaluating one or two "
            + "teachers", .observationsPerLeader),
        figure("She now spends most of her time coaching the coaches", .coachingTime),
        figure("a roster of teacher leaders", .teacherLeaders),
      ])
  }

  /// The typical elementary school as the report has it: principal and AP, 54 teachers.
  @Sendable static func typicalPrincipalAP(_ school: inout School) {
    school.source = Source(
      title: "a typical elementary school, \(report)",
      figures: [
        figure(
          "the principal and typically one AP take responsibility for nearly 220 observations "
            + "each", .observationsPerLeader),
        figure(
          "the principal and one assistant principal are responsible for monitoring and "
            + "reviewing all 54 teachers", .teachersPerLeader),
        figure(
          "10 spot observations each year ... in addition to a formal observation",
          .observationsPerTeacher),
        figure("cursory, 15-minute stop-by visits", .coachingTime),
      ])
  }

  /// Multi-Classroom Leaders: the role's kind and name; the generator's stipend ($18,000) and
  /// coverage ($35 a period) are the samples' assumptions (Samples/README.md).
  @Sendable static func opportunityCulture(_ school: inout School) {
    for i in school.leadership.roles.indices where school.leadership.roles[i].kind == .teamLead {
      school.leadership.roles[i].kind = .multiClassroomLeader
      school.leadership.roles[i].name = "Multi-Classroom Leader"
    }
    school.policy.announceSpotObservations = false
    school.source = Source(
      title: "Opportunity Culture (Public Impact, Project L.I.F.T.), \(report)",
      figures: [
        figure(
          "teacher leaders ... devote 50% or more of their schedule to non-classroom duties",
          .release),
        figure(
          "They have also boosted compensation significantly for those teacher leaders",
          .stipends),
        figure(
          "the freedom to adjust their own schedules so they can collaborate with their teams",
          .coachingTime),
      ])
  }

  /// Denver's "Anna": the first Team Lead with a team of seven is Anna.
  @Sendable static func denverAnna(_ school: inout School) {
    // The first Team Lead whose team has seven members besides the lead.
    let team = school.leadership.teams.first { $0.members.count == 7 }
    let anna = team?.leader
    if let i = school.leadership.leaders.firstIndex(where: {
      $0.teacher != nil && $0.id == team?.leader
    }) {
      school.leadership.leaders[i].name = "Anna"
      if let t = school.teachers.firstIndex(where: {
        $0.id == school.leadership.leaders[i].teacher
      }) {
        school.teachers[t].name = "Anna"
      }
    }
    school.source = Source(
      title: "Denver Team Lead \"Anna\", \(report)",
      figures: [
        figure("a team of seven other teachers", .teachersPerLeader, leader: anna),
        figure("spending half her time teaching her own students", .release),
        figure("Twice a week they huddle", .huddlesPerWeek),
        figure(
          "meets with each of the teachers one-on-one ... spending time in their classrooms "
            + "each week", .coachingTime, leader: anna),
      ])
  }
}
