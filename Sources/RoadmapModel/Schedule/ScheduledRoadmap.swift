/// A roadmap together with everything computed from it: its dependency graph, its schedule
/// (with any what-if delays applied) and the team-level reading of that schedule. The graph is
/// built once; a what-if only recomputes the passes.
public struct ScheduledRoadmap: Sendable {
    public let roadmap: Roadmap
    public let graph: DependencyGraph
    /// Months added to an activity's planned start, by activity index (what-if; never saved).
    public let delays: [Int: Int]
    public let schedule: Schedule
    public let teams: TeamSchedule
    public let teamIndex: [String: Int]
    public let areaIndex: [String: Int]
    /// Folded names for search, built on first use and shared with what-if copies.
    public let searchIndex: LazySearchIndex

    /// - Precondition: the roadmap is valid (loaded without errors).
    public init(roadmap: Roadmap, delays: [Int: Int] = [:]) {
        self.init(roadmap: roadmap, graph: DependencyGraph(roadmap: roadmap), delays: delays)
    }

    public init(roadmap: Roadmap, graph: DependencyGraph, delays: [Int: Int] = [:], searchIndex: LazySearchIndex? = nil) {
        self.roadmap = roadmap
        self.searchIndex = searchIndex ?? LazySearchIndex(roadmap: roadmap)
        self.graph = graph
        self.delays = delays.filter { $0.value != 0 }
        let origin = roadmap.meta.timeline.start
        var planned = roadmap.activities.map { $0.start - origin }
        for (activity, months) in delays where planned.indices.contains(activity) { planned[activity] += months }
        schedule = Schedule(graph: graph, plannedStart: planned, duration: roadmap.activities.map(\.duration), timelineStart: origin)
        let teamIndex = TeamSchedule.index(roadmap.teams)
        teams = TeamSchedule(roadmap: roadmap, graph: graph, schedule: schedule, teamIndex: teamIndex)
        self.teamIndex = teamIndex
        var areaIndex: [String: Int] = [:]
        for (i, area) in roadmap.areas.enumerated() where areaIndex[area.id] == nil { areaIndex[area.id] = i }
        self.areaIndex = areaIndex
    }

    /// The same roadmap with one more month of delay (or advance, when negative) on an activity.
    public func delaying(_ activity: Int, by months: Int) -> ScheduledRoadmap {
        var delays = self.delays
        delays[activity, default: 0] += months
        return ScheduledRoadmap(roadmap: roadmap, graph: graph, delays: delays, searchIndex: searchIndex)
    }

    /// A graph built by the validator has no id table; a few look-ups by scanning are enough
    /// for the command line's --delay.
    public func activityIndex(of id: String) -> Int? {
        graph.activityIndex.isEmpty ? roadmap.activities.firstIndex { $0.id == id } : graph.activityIndex[id]
    }

    /// The timeline's last month against the schedule's: positive when the work runs late.
    public var monthsPastTimeline: Int { schedule.projectFinishMonth - roadmap.meta.timeline.finish }

    public var criticalPathIDs: [String] { schedule.criticalPath.map { roadmap.activities[$0].id } }
    public var teamCriticalPathIDs: [String] { teams.criticalPath.map { roadmap.teams[$0].id } }
}
