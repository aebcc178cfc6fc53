/// A validated roadmap together with its schedule (with any what-if delays applied) and the
/// team-level reading of that schedule. The graph and the indices come from validation; a
/// what-if only recomputes the passes.
public struct ScheduledRoadmap: Sendable {
    public let validated: ValidatedRoadmap
    /// Months added to an activity's planned start, by activity index (what-if; never saved).
    public let delays: [Int: Int]
    public let schedule: Schedule
    public let teams: TeamSchedule
    /// Folded names for search, built on first use and shared with what-if copies.
    public let searchIndex: LazySearchIndex

    public init(_ validated: ValidatedRoadmap, delays: [Int: Int] = [:], searchIndex: LazySearchIndex? = nil) {
        self.validated = validated
        let roadmap = validated.roadmap
        self.searchIndex = searchIndex ?? LazySearchIndex(roadmap: roadmap)
        self.delays = delays.filter { $0.value != 0 }
        let origin = roadmap.meta.timeline.start
        var planned = roadmap.activities.map { $0.start - origin }
        for (activity, months) in delays where planned.indices.contains(activity) { planned[activity] += months }
        schedule = Schedule(graph: validated.graph, plannedStart: planned, duration: roadmap.activities.map(\.duration), timelineStart: origin)
        teams = TeamSchedule(validated, schedule: schedule)
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
        return ScheduledRoadmap(validated, delays: delays, searchIndex: searchIndex)
    }

    /// The timeline's last month against the schedule's: positive when the work runs late.
    public var monthsPastTimeline: Int { schedule.projectFinishMonth - roadmap.meta.timeline.finish }

    public var criticalPathIDs: [String] { schedule.criticalPath.map { roadmap.activities[$0].id } }
    public var teamCriticalPathIDs: [String] { teams.criticalPath.map { roadmap.teams[$0].id } }
}
