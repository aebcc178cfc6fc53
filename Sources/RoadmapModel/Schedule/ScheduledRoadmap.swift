/// A validated roadmap together with its schedule (with any what-if delays applied) and the
/// team-level reading of that schedule. The graph and the indices come from validation; a
/// what-if only recomputes the passes. The stated-only schedule is the same graph with the
/// inferred dependencies left out of the passes, so that a reader sees how much of the
/// critical path rests on inference; edge indices stay those of the whole graph.
public struct ScheduledRoadmap: Sendable {
    public let validated: ValidatedRoadmap
    /// Months added to an activity's planned start, by activity index (what-if; never saved).
    public let delays: [Int: Int]
    /// Whether the schedule leaves out the dependencies the file marks inferred.
    public let statedOnly: Bool
    public let schedule: Schedule
    /// The schedule of the file's dates, without the what-ifs (with the same dependencies
    /// counted): what the what-if panel and the grid's ghost bars compare against. The same
    /// as `schedule` when there is no what-if; carried from one what-if to the next, so a key
    /// press schedules once.
    public let baseline: Schedule
    public let teams: TeamSchedule
    /// Folded names for search, built on first use and shared with what-if copies.
    public let searchIndex: LazySearchIndex
    /// Another version of the roadmap to compare with (`--baseline`), carried through what-ifs.
    public let baselineVersion: BaselineVersion?
    /// The progress the roadmap reports as of its status date, from which `schedule` is a
    /// forecast; nil without a status date. Made once, carried through what-ifs.
    public let progress: ScheduleProgress?
    /// Per activity, whether it is behind (see `ScheduleProgress.behind`); empty without a
    /// status date.
    public let behind: [Bool]

    public init(_ validated: ValidatedRoadmap, delays: [Int: Int] = [:], searchIndex: LazySearchIndex? = nil, statedOnly: Bool = false,
                baselineVersion: BaselineVersion? = nil) {
        self.init(validated, delays: delays, searchIndex: searchIndex, statedOnly: statedOnly, baseline: nil, baselineVersion: baselineVersion,
                  progress: validated.progress)
    }

    /// `baseline`, when the caller has it (the same roadmap and dependencies without what-ifs),
    /// saves scheduling twice.
    private init(_ validated: ValidatedRoadmap, delays: [Int: Int], searchIndex: LazySearchIndex?, statedOnly: Bool, baseline: Schedule?,
                 baselineVersion: BaselineVersion?, progress: ScheduleProgress?) {
        self.validated = validated
        self.progress = progress
        self.baselineVersion = baselineVersion
        self.statedOnly = statedOnly
        let roadmap = validated.roadmap
        self.searchIndex = searchIndex ?? LazySearchIndex(roadmap: roadmap)
        self.delays = delays.filter { $0.value != 0 }
        let origin = roadmap.meta.timeline.start
        var planned = roadmap.activities.map { $0.start - origin }
        for (activity, months) in delays where planned.indices.contains(activity) { planned[activity] += months }
        let ignoring = statedOnly ? validated.graph.edges.map { roadmap.dependencies[$0.dependencyIndex].provenance.isInferred } : []
        schedule = Schedule(graph: validated.graph, plannedStart: planned, duration: roadmap.activities.map(\.duration),
                            timelineStart: origin, ignoring: ignoring, progress: progress)
        behind = progress?.behind(in: schedule) ?? []
        teams = TeamSchedule(validated, schedule: schedule)
        if self.delays.isEmpty {
            self.baseline = schedule
        } else if let baseline {
            self.baseline = baseline
        } else {
            self.baseline = Schedule(graph: validated.graph, plannedStart: roadmap.activities.map { $0.start - origin },
                                     duration: roadmap.activities.map(\.duration), timelineStart: origin, ignoring: ignoring, progress: progress)
        }
    }

    @inlinable public var roadmap: Roadmap { validated.roadmap }
    @inlinable public var graph: DependencyGraph { validated.graph }
    @inlinable public var activityIndex: IDIndex { validated.activityIndex }
    @inlinable public var teamIndex: IDIndex { validated.teamIndex }
    @inlinable public var areaIndex: IDIndex { validated.areaIndex }

    /// The same roadmap with one more month of delay (or advance, when negative) on an activity.
    public func delaying(_ activity: Int, by months: Int) -> ScheduledRoadmap {
        var delays = self.delays
        delays[activity, default: 0] += months
        return ScheduledRoadmap(validated, delays: delays, searchIndex: searchIndex, statedOnly: statedOnly, baseline: baseline,
                                baselineVersion: baselineVersion, progress: progress)
    }

    /// The same roadmap and what-ifs, scheduled with every dependency or the stated ones only.
    public func statedOnly(_ on: Bool) -> ScheduledRoadmap {
        on == statedOnly ? self : ScheduledRoadmap(validated, delays: delays, searchIndex: searchIndex, statedOnly: on, baseline: nil,
                                                   baselineVersion: baselineVersion, progress: progress)
    }

    /// The same roadmap and what-ifs compared with another version of it (nil: with none).
    public func comparing(with version: BaselineVersion?) -> ScheduledRoadmap {
        ScheduledRoadmap(validated, delays: delays, searchIndex: searchIndex, statedOnly: statedOnly, baseline: baseline, baselineVersion: version,
                         progress: progress)
    }

    // MARK: - Progress

    /// Whether the roadmap reports progress (has a status date): the schedule is then a forecast.
    public var hasProgress: Bool { progress != nil }

    /// Whether an activity is behind as of the status date (never without one).
    public func isBehind(_ activity: Int) -> Bool { !behind.isEmpty && behind[activity] }

    /// How many activities are behind.
    public var behindCount: Int { behind.lazy.filter { $0 }.count }

    /// The status date, when the roadmap has one.
    public var statusDate: Month? { progress == nil ? nil : roadmap.statusDate }

    /// The roadmap's planned finish (the last month the file plans work in), when there is a
    /// status date to forecast from; the forecast finish is `schedule.projectFinishMonth`.
    public var plannedFinish: Month? { progress.map { schedule.lastMonth($0.projectPlannedFinish) } }

    /// Where an activity stands as of the status date; nil without one.
    public func progressState(_ activity: Int) -> ScheduleProgress.State? { progress?.state[activity] }

    /// The months of an activity's bar that are done (empty without progress).
    public func doneMonths(_ activity: Int) -> Range<Int> {
        progress?.done(activity, duration: schedule.duration[activity]) ?? 0..<0
    }

    /// The dependencies the schedule counts, of all the graph's.
    public var dependenciesCounted: Int {
        schedule.ignored.isEmpty ? graph.edges.count : schedule.ignored.lazy.filter { !$0 }.count
    }

    /// The timeline's last month against the schedule's: positive when the work runs late.
    public var monthsPastTimeline: Int { schedule.projectFinishMonth - roadmap.meta.timeline.finish }

    /// The chains of the critical path, counted and, when few enough, listed.
    public var criticalNetwork: CriticalNetwork { CriticalNetwork(schedule, graph: graph) }

    public var criticalPathIDs: [String] { schedule.criticalPath.map { roadmap.activities[$0].id } }
    public var teamCriticalPathIDs: [String] { teams.criticalPath.map { roadmap.teams[$0].id } }
}
