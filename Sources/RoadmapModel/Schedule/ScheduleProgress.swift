/// The progress a roadmap reports as of its status date, by activity index and in the
/// schedule's month offsets: what the schedule needs to reschedule work not done, as MS Project
/// does ("reschedule uncompleted work to start after the status date"). Made once per validated
/// roadmap (validation guarantees the values are consistent) and shared by every what-if.
///
/// Months, as everywhere in the schedule: an activity in progress has (1 − percent) of its
/// planned duration left, rounded up to whole months, so that work not done never shrinks to
/// nothing before it is reported finished.
public struct ScheduleProgress: Sendable {
    /// The raw values are how the command line, the filter and the exports name each.
    public enum State: String, CaseIterable, Sendable {
        /// No actual start: the work cannot start before the month after the status date.
        case notStarted = "not-started"
        /// An actual start and no actual finish: held by its actual start, its remaining work
        /// no earlier than the month after the status date.
        case started = "under-way"
        /// An actual finish: where it happened, moved by nothing.
        case finished
    }

    /// The status date's offset: progress is reported to the end of this month.
    public let statusMonth: Int
    /// The first month work not done can be scheduled in: the month after the status date.
    public var resume: Int { statusMonth + 1 }
    public let state: [State]
    /// Per activity: the actual start's offset (started or finished; 0 otherwise).
    public let actualStart: [Int]
    /// Per activity: the exclusive offset of the actual finish (finished; 0 otherwise).
    public let actualFinish: [Int]
    /// Per activity: the months of work left (started: at least 1; not started: the planned
    /// duration; finished: 0).
    public let remaining: [Int]
    /// Per activity: the file's planned start offset, without what-ifs: a what-if's months on
    /// an activity under way are the schedule's planned start less this.
    public let plannedStart: [Int]
    /// Per activity: the file's planned finish, exclusive.
    public let plannedFinish: [Int]
    /// The last planned finish of all (exclusive): the plan as the file draws it, which the
    /// forecast finish is compared with.
    public let projectPlannedFinish: Int

    /// The progress `roadmap` reports, nil when it has no status date (then nothing is reported).
    public init?(_ roadmap: Roadmap) {
        guard let status = roadmap.statusDate, status.isValid else { return nil }
        let origin = roadmap.meta.timeline.start
        let n = roadmap.activities.count
        let statusMonth = status - origin
        var state = [State](repeating: .notStarted, count: n)
        var actualStart = [Int](repeating: 0, count: n), actualFinish = [Int](repeating: 0, count: n)
        var remaining = [Int](repeating: 0, count: n)
        var plannedStart = [Int](repeating: 0, count: n), plannedFinish = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let start = roadmap.activities[i].start, finish = roadmap.activities[i].finish
            plannedStart[i] = start - origin
            plannedFinish[i] = finish - origin + 1
            let duration = finish - start + 1
            if let begun = roadmap.activities[i].actualStart {
                actualStart[i] = begun - origin
                if let ended = roadmap.activities[i].actualFinish {
                    state[i] = .finished
                    actualFinish[i] = ended - origin + 1
                } else {
                    state[i] = .started
                    remaining[i] = Self.remaining(duration: duration, percent: roadmap.activities[i].percentComplete ?? 0)
                }
            } else {
                remaining[i] = duration
            }
        }
        self.init(statusMonth: statusMonth, state: state, actualStart: actualStart, actualFinish: actualFinish, remaining: remaining,
                  plannedStart: plannedStart, plannedFinish: plannedFinish)
    }

    /// Which activities are behind in `schedule` (a forecast from this progress): work not
    /// finished whose forecast finish is later than its planned finish, or not started though
    /// planned to start by the status date. Finished work is never behind: its lateness is
    /// history, and shows in the forecast of what follows it.
    public func behind(in schedule: Schedule) -> [Bool] {
        var behind = [Bool](repeating: false, count: state.count)
        for i in state.indices where state[i] != .finished {
            behind[i] = schedule.earlyFinish[i] > plannedFinish[i] || (state[i] == .notStarted && plannedStart[i] <= statusMonth)
        }
        return behind
    }

    /// Progress given directly, by activity (the property tests build their cases so).
    init(statusMonth: Int, state: [State], actualStart: [Int], actualFinish: [Int], remaining: [Int], plannedStart: [Int], plannedFinish: [Int]) {
        self.statusMonth = statusMonth
        self.state = state
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.remaining = remaining
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        projectPlannedFinish = plannedFinish.max() ?? 0
    }

    /// The whole months left of `duration` months at `percent` done: (1 − percent) of it,
    /// rounded up, at least one while the work is not finished.
    public static func remaining(duration: Int, percent: Int) -> Int {
        let left = (max(1, duration) * (100 - min(99, max(0, percent))) + 99) / 100
        return max(1, left)
    }

    /// The months of an activity's bar that are done, as the grid draws them: a finished
    /// activity's whole bar; for one under way, from its actual start, the planned duration
    /// less what is left, ending by the status date (work reported done was done by then).
    public func done(_ i: Int, duration: Int) -> Range<Int> {
        switch state[i] {
        case .notStarted: return 0..<0
        case .finished: return actualStart[i]..<max(actualStart[i], actualFinish[i])
        case .started:
            let end = min(actualStart[i] + max(0, duration - remaining[i]), resume)
            return actualStart[i]..<max(actualStart[i], end)
        }
    }
}
