/// The schedule read at the level of task teams: when each team is busy, how much room it has,
/// which teams wait on which, and the teams that carry the critical chain.
public struct TeamSchedule: Sendable {
    public struct Span: Hashable, Sendable {
        public var team: Int
        /// The team's activities, in file order.
        public var activities: [Int]
        public var earlyStart: Int
        /// Exclusive.
        public var earlyFinish: Int
        /// The least total float of its activities.
        public var float: Int
        public var isCritical: Bool { float == 0 }
    }

    /// A team waiting on another because one of its activities depends on one of the other's
    /// (a dependency the schedule counts).
    public struct Link: Hashable, Sendable {
        public var from: Int
        public var to: Int
        /// How many activity dependencies make up the link.
        public var dependencyCount: Int
        /// Whether one of them binds.
        public var binds: Bool
    }

    /// The teams one team is linked to, by direction. A pair linked both ways is an exchange,
    /// listed apart: read as "waits for A" and "feeds A" it would look like a cycle.
    public struct Neighbours: Hashable, Sendable {
        public var waitsFor: [Int] = []
        public var feeds: [Int] = []
        public var bothWays: [Int] = []
    }

    /// Per team in `Roadmap.teams` order; nil for a team that carries no activity.
    public let spans: [Span?]
    public let links: [Link]
    private let teamCount: Int
    /// The teams that carry critical activities, in the order their critical work starts.
    public let criticalPath: [Int]

    public init(_ validated: ValidatedRoadmap, schedule: Schedule) {
        let roadmap = validated.roadmap, graph = validated.graph
        let teamOf: [Int?] = roadmap.activities.indices.map { validated.team(of: $0) }

        var spans = [Span?](repeating: nil, count: roadmap.teams.count)
        for (activity, team) in teamOf.enumerated() {
            guard let team else { continue }
            let es = schedule.earlyStart[activity], ef = schedule.earlyFinish[activity]
            let float = schedule.totalFloat[activity]
            // Changed in place: a copy (`if var span = spans[team]`) shares the activities'
            // array with the original, so each append copied the whole array — quadratic in
            // the number of activities of a team.
            if spans[team] != nil {
                spans[team]!.activities.append(activity)
                spans[team]!.earlyStart = min(spans[team]!.earlyStart, es)
                spans[team]!.earlyFinish = max(spans[team]!.earlyFinish, ef)
                spans[team]!.float = min(spans[team]!.float, float)
            } else {
                spans[team] = Span(team: team, activities: [activity], earlyStart: es, earlyFinish: ef, float: float)
            }
        }

        let teamCount = roadmap.teams.count
        // Sized once: growing it step by step was a tenth of a what-if at 100,000 activities.
        var linkIndex = [Int: Int](minimumCapacity: min(graph.edges.count, teamCount * teamCount))
        var links: [Link] = []
        for (k, edge) in graph.edges.enumerated() where schedule.counts(k) {
            guard let from = teamOf[edge.from], let to = teamOf[edge.to], from != to else { continue }
            let key = from * teamCount + to
            if let existing = linkIndex[key] {
                links[existing].dependencyCount += 1
                links[existing].binds = links[existing].binds || schedule.binding[k]
            } else {
                linkIndex[key] = links.count
                links.append(Link(from: from, to: to, dependencyCount: 1, binds: schedule.binding[k]))
            }
        }

        var firstCritical: [Int: Int] = [:]
        for activity in schedule.criticalPath {
            if let team = teamOf[activity], firstCritical[team] == nil {
                firstCritical[team] = schedule.earlyStart[activity]
            }
        }
        self.spans = spans
        self.links = links
        self.teamCount = teamCount
        criticalPath = firstCritical.keys.sorted { (firstCritical[$0]!, $0) < (firstCritical[$1]!, $1) }
    }

    /// Per team, the teams it waits for, feeds, and exchanges with both ways. Made on demand,
    /// for the pages that show it: a what-if rebuilds the team schedule on every key press.
    public func neighbours() -> [Neighbours] {
        var pairs = Set<Int>(minimumCapacity: links.count)
        for link in links { pairs.insert(link.from * teamCount + link.to) }
        var neighbours = [Neighbours](repeating: Neighbours(), count: teamCount)
        for link in links {
            if pairs.contains(link.to * teamCount + link.from) {
                // Listed once for each side, from the link that runs from the smaller index.
                if link.from < link.to {
                    neighbours[link.from].bothWays.append(link.to)
                    neighbours[link.to].bothWays.append(link.from)
                }
            } else {
                neighbours[link.to].waitsFor.append(link.from)
                neighbours[link.from].feeds.append(link.to)
            }
        }
        return neighbours
    }
}
