/// A dense time-assignment problem in the XHSTT cost model (filled by CadreCompiler from an
/// XHSTT instance): events with durations and fixed resources, split by the search into
/// sub-events that get start times, scored by monitors with points of application.
///
/// Integers only, no names: times are 0..<timeCount in chronological order, resources and
/// events are positions. Each event's open roles are filled by the search, per sub-event, from
/// the role's domain.
package struct HSTTProblem: Sendable {
  package var timeCount: Int
  /// Time groups referenced by monitors: sorted time positions.
  package var timeGroups: [[Int]]
  package var resourceCount: Int
  package var events: [HSTTEvent]
  /// Event groups referenced by monitors: event positions (repeats kept).
  package var eventGroups: [[Int]]
  package var monitors: [HSTTMonitor]
  /// A point's cost, weight × f(deviation), saturates here (the checker's evaluator does the
  /// same, with the cap the compiler passes from the model's documented limits).
  package var pointCostCap: Int64
  /// AvoidSplitAssignments points: the roles (global role positions, events' open roles
  /// numbered in event order) and the preassigned resources of one role name in one event group.
  package var roleGroups: [HSTTRoleGroup] = []
  /// OrderEvents points.
  package var eventPairs: [HSTTEventPair] = []
  /// EndsDay points (`HSTTRule.endsDay`).
  package var endsDays: [HSTTEndsDay] = []
  /// The late-acceptance history length of the local search (`HSTTSearcher.localSearch`):
  /// 1,000 for XHSTT and FET instances (measured best at 2 M steps on the core instances, and
  /// 5,000 or 20,000 worse); a school compiled into the model uses the school engine's 150
  /// (docs/ENGINE.md: its soft cost at 1 M and 10 M steps is far lower with it).
  package var lateAcceptanceLength = 1000
  /// How many random starts a relocation's cheapest-start probe tries once no hard cost is
  /// left (0: every start, XHSTT's and FET's default). A school compiled into the model uses
  /// 12: the probes were 38% of its search (callgrind, generated S), and with 12 the general
  /// engine runs at 2/3 or more of the school engine's moves per second (docs/ENGINE.md).
  package var probeStarts = 0
  /// Whether the local search, once no hard cost is left and 200,000 steps have passed
  /// without a new best, runs a tabu polish burst on the soft cost and then forgets its
  /// late-acceptance memory (a random walk of one history's length): XHSTT's and FET's
  /// default. A school compiled into the model keeps to late acceptance alone: on generated
  /// S and M (seeds 1-3, 10 M steps) its soft cost was 6-12% lower that way (docs/ENGINE.md).
  package var polishOnStall = true
  /// Percent of local-search moves that are idle-time moves (`HSTTSearcher.fillIdleTime`)
  /// while a LimitIdleTimes point of the cost being lowered is costly. 0 (XHSTT's and FET's
  /// default: no random number is drawn for it, so their searches are as before); a school
  /// compiled into the model uses 10: its samples' soft cost at 300,000 steps fell on 17 of
  /// 22 runs (docs/ENGINE.md).
  package var idleMoveShare = 0
  /// Steps a feasible local search may go without a better timetable of its own (or as long
  /// as that best took to find, if longer) before it starts again from a new construction,
  /// keeping the best so far; never from a given `start`. 0, the default: never. Measured on
  /// XHSTT at 1,000,000, it helped ItalyInstance1 and cost BR-SA-00 (docs/XHSTT.md
  /// "Restarts"), so no caller turns it on yet. See `HSTTSearcher.restart`.
  package var restartStall = 0
  /// Percent of the budget (time and steps) each search may spend first on the times alone,
  /// in the problem `demandRelaxation` makes, before it fills the open roles at those times
  /// and goes on with the whole problem from there (`searchHSTT`). 0, the default: no such
  /// phase, or when the problem has no demand to relax.
  package var timesFirstShare = 0
  /// Huddle points (`HSTTRule.huddles`): per point, the patterns of one leader's teams in one
  /// week (each pattern's groups are that week's days), served in this order.
  package var huddleGroups: [HSTTHuddleGroup] = []
  /// Pattern points (`HSTTRule.patternTimes`): rules over the joint busy and free times of
  /// several resources, which XHSTT has no constraint for (a school's observation chances and
  /// debrief times, compiled by `SchoolGeneralCompiler`).
  package var patterns: [HSTTPattern] = []
  /// What resources cost (`HSTTRule.coverageCost`, `.overBudget`): a school's coverage
  /// positions, paid per time they attend a released event; nil when nothing is priced.
  package var coverage: HSTTCoverage? = nil
  /// A timetable to start from instead of the construction (per event its sub-events, as
  /// `HSTTOutcome.subEvents`): a re-solve's previous schedule or the calendar feedback's best.
  /// An event whose entry does not fit (durations not summing to its own, starts or resources
  /// out of range) keeps the construction's choice; unplaced sub-events and empty roles are
  /// filled by it too.
  package var start: [[HSTTSubEvent]]? = nil
  /// A re-solve's previous timetable, what `HSTTRule.movedStart` and `.movedResource` count
  /// changes against; nil otherwise.
  package var previous: HSTTPrevious? = nil
  /// The places events and resources prefer (`HSTTRule.preferPlaces`); nil when none do.
  package var places: HSTTPlaces? = nil
  /// Workloads are counted in units of 1/`workloadUnit` (a common multiple of the durations of
  /// the events with open roles), so that every share is an integer.
  package var workloadUnit: Int64 = 1
  /// Per resource, its workload from preassigned event resources, in those units.
  package var baseLoad: [Int64] = []
  /// Demand points (`HSTTRule.demand`): sets of resources and the events that need one of
  /// them at each of their times (`demandRelaxation`).
  package var demands: [HSTTDemand] = []

  /// The sizes must stay within the model's documented limits (the XHSTT reader checks them):
  /// then every cost sum fits in an `Int64`.
  package init(
    timeCount: Int, timeGroups: [[Int]], resourceCount: Int, events: [HSTTEvent],
    eventGroups: [[Int]], monitors: [HSTTMonitor], pointCostCap: Int64
  ) {
    self.pointCostCap = pointCostCap
    self.timeCount = timeCount
    self.timeGroups = timeGroups
    self.resourceCount = resourceCount
    self.events = events
    self.eventGroups = eventGroups
    self.monitors = monitors
  }
}

/// One event: its total duration, an optional preassigned start, and its resources.
package struct HSTTEvent: Sendable {
  package var duration: Int
  /// A preassigned start: the event stays one sub-event there and never moves.
  package var fixedStart: Int?
  /// Resource positions the event occupies (repeats kept: a resource listed twice clashes).
  package var resources: [Int]
  /// The roles the search fills, one resource per sub-event each.
  package var openRoles: [HSTTRole]

  package init(
    duration: Int, fixedStart: Int? = nil, resources: [Int], openRoles: [HSTTRole] = []
  ) {
    self.duration = duration
    self.fixedStart = fixedStart
    self.resources = resources
    self.openRoles = openRoles
  }
}

/// One open role of an event: the resources it may take, and what each time of the event in
/// it adds to the resource's workload.
package struct HSTTRole: Sendable {
  /// Resource positions, sorted, unique, not empty (the compiler checks the type has some).
  package var domain: [Int]
  /// Workload per time of the event, in units of 1/`HSTTProblem.workloadUnit`.
  package var loadPerTime: Int64
  /// A resource of the domain the construction gives the role first (−1: none, the cheapest
  /// by cost): a school's balanced teacher choice (`Problem.teacherHints`).
  package var hint: Int

  package init(domain: [Int], loadPerTime: Int64 = 0, hint: Int = -1) {
    self.domain = domain
    self.loadPerTime = loadPerTime
    self.hint = hint
  }
}

/// An AvoidSplitAssignments point: the roles (global positions) and the preassigned resources
/// that should all be one resource.
package struct HSTTRoleGroup: Sendable {
  package var roles: [Int]
  package var fixed: [Int]

  package init(roles: [Int], fixed: [Int]) {
    self.roles = roles
    self.fixed = fixed
  }
}

/// An OrderEvents point: `second` starts between `minimum` and `maximum` times after `first`
/// ends.
package struct HSTTEventPair: Sendable {
  package var first: Int
  package var second: Int
  package var minimum: Int
  package var maximum: Int

  package init(first: Int, second: Int, minimum: Int, maximum: Int) {
    self.first = first
    self.second = second
    self.minimum = minimum
    self.maximum = maximum
  }
}

/// An EndsDay point: `event`'s sub-events should each be the last of their day for
/// `resources` (each once): what re-scores it is a move of the event or of anything they attend.
package struct HSTTEndsDay: Sendable {
  package var event: Int
  package var resources: [Int]

  package init(event: Int, resources: [Int]) {
    self.event = event
    self.resources = resources
  }
}

/// A pattern point: the times at which every `busy` resource attends something and every
/// `free` resource attends nothing, counted in each of its time groups separately.
package struct HSTTPattern: Sendable, Equatable {
  package var busy: [Int]
  package var free: [Int]
  /// Time group positions (`HSTTProblem.timeGroups`).
  package var groups: [Int]
  /// For `patternFollowed`: the pattern (a position in `HSTTProblem.patterns`) that must hold
  /// after this one's times; −1 otherwise.
  package var followedBy: Int

  package init(busy: [Int], free: [Int], groups: [Int], followedBy: Int = -1) {
    self.busy = busy
    self.free = free
    self.groups = groups
    self.followedBy = followedBy
  }
}

/// One leader's teams in one week (`HSTTRule.huddles`): per team its pattern (a position in
/// `HSTTProblem.patterns`, its free resources the team's people, its groups the week's days),
/// the huddles it needs and their weight (−1: required). Served in this order: required
/// teams first, then heavier weights (the order that leaves the least weighted shortfall).
package struct HSTTHuddleGroup: Sendable, Equatable {
  package var teams: [Int]
  package var needs: [Int]
  package var weights: [Int64]

  package init(teams: [Int], needs: [Int], weights: [Int64]) {
    self.teams = teams
    self.needs = needs
    self.weights = weights
  }
}

/// A school's budget in the general model (docs/RULES.md "Budget"): a resource attending a
/// started sub-event of a *released* event (one whose lesson a leader other than the teacher
/// could teach) is charged duration × its rate, unless it is the event's `exempt` resource
/// (the lesson's only leader); per resource the charge per cycle becomes a yearly amount, and
/// their sum the coverage that `terms` turns into the two counts.
package struct HSTTCoverage: Sendable, Equatable {
  /// Per resource, its rate per time (0: never charged).
  package var rate: [Int64]
  /// Per event, whether it is released, and the resource it never charges (−1: none).
  package var released: [Bool]
  package var exempt: [Int]
  package var terms: BudgetTerms

  package init(rate: [Int64], released: [Bool], exempt: [Int], terms: BudgetTerms) {
    self.rate = rate
    self.released = released
    self.exempt = exempt
    self.terms = terms
  }
}

/// A re-solve's previous timetable, per event (a school's `moved`, docs/RULES.md):
/// - `start`: −3 nothing to compare (the event is new), −2 unplaced before (or at no time
///   now), else the time it started at;
/// - `role`: the open role whose resource is compared with `resource` (its resource before:
///   −1 none, −2 one the problem no longer has), −1 none to compare, −2 a preassigned
///   resource that differs from the one before (a change whatever the search does).
package struct HSTTPrevious: Sendable, Equatable {
  package var start: [Int]
  package var role: [Int]
  package var resource: [Int]

  package init(start: [Int], role: [Int], resource: [Int]) {
    self.start = start
    self.role = role
    self.resource = resource
  }
}

/// Preferred places (a school's `room-preference`): which resources are places (rooms), and
/// per event and per resource the places it prefers (empty: no preference).
package struct HSTTPlaces: Sendable, Equatable {
  package var isPlace: [Bool]
  package var byEvent: [[Int]]
  package var byResource: [[Int]]

  package init(isPlace: [Bool], byEvent: [[Int]], byResource: [[Int]]) {
    self.isPlace = isPlace
    self.byEvent = byEvent
    self.byResource = byResource
  }
}

/// A demand point (`HSTTRule.demand`): at each time, the events of `events` running then (an
/// event listed twice needs two) and the resources of `resources` busy then must fit in
/// `capacity[t]`, the resources of the set that may be used at time t. A Hall condition of
/// the matching of roles to resources at one time, for a search that times events before
/// their open roles are filled (KHE's demand monitors).
package struct HSTTDemand: Sendable, Equatable {
  package var resources: [Int]
  package var events: [Int]
  /// Per time (`HSTTProblem.timeCount` entries).
  package var capacity: [Int]

  package init(resources: [Int], events: [Int], capacity: [Int]) {
    self.resources = resources
    self.events = events
    self.capacity = capacity
  }
}

/// How a point's deviation becomes cost.
package enum HSTTCostFunction: Sendable {
  case linear, quadratic, step
}

/// One constraint: hard or soft, weight, cost function, rule and its points of application
/// (event, resource or event-group positions, depending on the rule; repeats count twice).
package struct HSTTMonitor: Sendable {
  package var hard: Bool
  package var weight: Int
  package var function: HSTTCostFunction
  package var rule: HSTTRule
  package var points: [Int]

  package init(
    hard: Bool, weight: Int, function: HSTTCostFunction, rule: HSTTRule, points: [Int]
  ) {
    self.hard = hard
    self.weight = weight
    self.function = function
    self.rule = rule
    self.points = points
  }
}

/// What a monitor measures at one point. `points` are events for the first four rules,
/// resources for the next five, event groups for the next two, then roles (global role
/// positions), role groups, event pairs, resources and patterns; the budget rules have the
/// one point 0; `endsDay` points are positions in `HSTTProblem.endsDays`.
package enum HSTTRule: Sendable {
  /// Event: total duration of its sub-events without a start.
  case assignTime
  /// Event: total duration of its started sub-events (of `duration`, if given) whose start is
  /// not in `times`.
  case preferTimes(times: [Int], duration: Int?)
  /// Event: sub-events with a duration outside the range, plus the amount the number of
  /// sub-events is outside its range.
  case splitEvents(minDuration: Int, maxDuration: Int, minAmount: Int, maxAmount: Int)
  /// Event: the amount the number of sub-events of exactly `duration` is outside the range.
  case distributeSplitEvents(duration: Int, minimum: Int, maximum: Int)
  /// Resource: over its times, (attendances − 1) where it attends two or more.
  case avoidClashes
  /// Resource: its busy times among `times`.
  case avoidUnavailableTimes(times: [Int])
  /// Resource: the amount the idle times summed over the groups is outside the range.
  case limitIdleTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Resource: the amount the number of groups it is busy in is outside the range.
  case clusterBusyTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Resource: over groups where it is busy at all, the amount its busy times are outside.
  case limitBusyTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Event group: over the limits, the amount the sub-events starting in the group's time
  /// group are outside the limit's range.
  case spreadEvents(limits: [HSTTSpreadLimit])
  /// Event group: times occupied by some but not all of its events.
  case linkEvents
  /// Role: the total duration of its event's sub-events that leave it empty.
  case assignResource
  /// Role: the total duration of its event's sub-events that give it a resource not in
  /// `resources`.
  case preferResources(resources: [Int])
  /// Role group (`HSTTProblem.roleGroups`): distinct resources in it, minus 1.
  case avoidSplitAssignments
  /// Event pair (`HSTTProblem.eventPairs`): when both events are timed, the amount the
  /// second's earliest start minus the first's latest end is outside the pair's range.
  case orderEvents
  /// Resource: the amount its workload is outside the range, rounded up.
  case limitWorkload(minimum: Int, maximum: Int)
  /// EndsDay point (`HSTTProblem.endsDays`): the event's started sub-events after whose last
  /// time one of the point's resources is busy on the sub-event's day (the first of `days`,
  /// time group positions, that holds its start). A Cadre extension: FET's activity ends
  /// students day.
  case endsDay(days: [Int])
  /// Pattern (`HSTTProblem.patterns`): summed over its time groups, the amount the number of
  /// the group's times at which the pattern holds is outside the range.
  case patternTimes(minimum: Int, maximum: Int)
  /// Pattern: the amount the number of its time groups with at least one time at which the
  /// pattern holds is outside the range (a team's days with a common free time).
  case patternGroups(minimum: Int, maximum: Int)
  /// Pattern whose groups are the days of the cycle in order, each day's times ascending,
  /// `daysPerWeek` to a week, and whose `followedBy` pattern has the same days: per week, the
  /// amount below `minimum` of its *followed* times, those at which it holds and its follower
  /// holds later that day or at some time of the next `window` days (cyclically). A school's
  /// `debrief-window`: observation chances a debrief can follow. At most 64 days.
  case patternFollowed(window: Int, daysPerWeek: Int, minimum: Int)
  /// Huddle group (`HSTTProblem.huddleGroups`): the most huddles its teams can hold, at most
  /// one per team and day, each at a time of the day at which the team's pattern holds, one
  /// team per time (the leader attends one at a time); the deviation is the required teams'
  /// shortfall (`required`) or the other teams' shortfall × weight. A school's
  /// `common-planning` and `team-policy` for a leader of several teams.
  case huddles(required: Bool)
  /// Event group (the meetings of one course): with the days of its started sub-events
  /// sorted, d₁ <= ... <= dₙ (n >= 2), Σ max(0, ⌊days / n⌋ − (dᵢ₊₁ − dᵢ)): how much closer
  /// together than an even spread over the `days` of the cycle they are (a school's
  /// `uneven-spread`). `dayOfTime` gives each time's day.
  case unevenDays(dayOfTime: [Int], days: Int)
  /// The budget (`HSTTProblem.coverage`), point 0: the yearly coverage in units, rounded
  /// half up (a school's `coverage-cost`).
  case coverageCost
  /// The budget, point 0: by how many units stipends plus coverage exceed the cap, rounded
  /// up (a school's `over-budget`; 0 without a cap).
  case overBudget
  /// Event (with `HSTTProblem.previous`): 1 when it is compared (previous start not −3) and
  /// either starts now (one sub-event) at another time than before, or is unplaced now having
  /// started before, or is split in several pieces (a school's `moved`, start part).
  case movedStart
  /// Event group (a lesson's meetings, with `HSTTProblem.previous`): 1 when some event of it
  /// that started before and starts now has, in some started sub-event, another resource in
  /// its compared role than before (or a preassigned change): a school's `moved`, teacher
  /// part, once per lesson.
  case movedResource
  /// Event (with `HSTTProblem.places`): per started sub-event held in a place (its first
  /// resource that is one), 1 when the event prefers places and not this one, plus 1 per
  /// resource it holds that prefers places and not this one (a school's `room-preference`:
  /// the lesson's preferred rooms and its teacher's).
  case preferPlaces
  /// Demand point (`HSTTProblem.demands`): summed over the times, the amount by which the
  /// started sub-events of its events plus its busy resources exceed its capacity then. Only
  /// in the times-only problem `demandRelaxation` makes, where open roles are not yet filled.
  case demand
}

/// One time group of a SpreadEvents constraint with its range.
package struct HSTTSpreadLimit: Sendable {
  package var group: Int
  package var minimum: Int
  package var maximum: Int

  package init(group: Int, minimum: Int, maximum: Int) {
    self.group = group
    self.minimum = minimum
    self.maximum = maximum
  }
}
