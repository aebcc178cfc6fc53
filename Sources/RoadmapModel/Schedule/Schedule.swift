/// What the dependencies imply, by the critical path method in whole months.
///
/// Month 0 is the timeline's first month. Starts are offsets from it; finishes are exclusive
/// (an activity that starts at 0 and lasts 6 months has early finish 6), and shown inclusive.
/// The planned start is a "start no earlier than" constraint. Every pass walks the graph once
/// in topological order, so computing a schedule is linear in activities + dependencies and
/// cheap enough to redo on every key press of a what-if.
public struct Schedule: Sendable {
    public let timelineStart: Month
    public let plannedStart: [Int]
    public let duration: [Int]
    public let earlyStart: [Int]
    public let earlyFinish: [Int]
    public let lateStart: [Int]
    public let lateFinish: [Int]
    public let totalFloat: [Int]
    public let freeFloat: [Int]
    /// The exclusive month offset at which the last activity finishes.
    public let projectFinish: Int
    /// Per graph edge: whether the dependency binds, i.e. decides its successor's early dates.
    public let binding: [Bool]
    /// The critical activities (total float 0) in schedule order.
    public let criticalPath: [Int]

    /// The graph has no cycle by its type, so its topological order is always there.
    public init(graph: DependencyGraph, plannedStart: [Int], duration: [Int], timelineStart: Month) {
        let order = graph.topologicalOrder
        let n = graph.activityCount
        let edges = graph.edges
        self.timelineStart = timelineStart
        self.plannedStart = plannedStart
        self.duration = duration

        var es = plannedStart
        var ef = [Int](repeating: 0, count: n)
        for node in order {
            var start = es[node]
            for k in graph.predecessors(of: node) {
                let edge = edges[k]
                start = max(start, Self.earliestStart(edge, es[edge.from], ef[edge.from], duration[node]))
            }
            es[node] = start
            ef[node] = start + duration[node]
        }
        let finish = ef.max() ?? 0

        var lf = [Int](repeating: finish, count: n)
        var ls = [Int](repeating: 0, count: n)
        var ff = [Int](repeating: 0, count: n)
        for node in order.reversed() {
            var late = finish
            var free = finish - ef[node]
            for k in graph.successors(of: node) {
                let edge = edges[k]
                let s = edge.to
                switch edge.type {
                case .FS:
                    late = min(late, ls[s] - edge.lag)
                    free = min(free, es[s] - (ef[node] + edge.lag))
                case .SS:
                    late = min(late, ls[s] - edge.lag + duration[node])
                    free = min(free, es[s] - (es[node] + edge.lag))
                case .FF:
                    late = min(late, lf[s] - edge.lag)
                    free = min(free, ef[s] - (ef[node] + edge.lag))
                case .SF:
                    late = min(late, lf[s] - edge.lag + duration[node])
                    free = min(free, ef[s] - (es[node] + edge.lag))
                }
            }
            lf[node] = late
            ls[node] = late - duration[node]
            ff[node] = free
        }

        var binding = [Bool](repeating: false, count: edges.count)
        for (k, edge) in edges.enumerated() {
            binding[k] = Self.earliestStart(edge, es[edge.from], ef[edge.from], duration[edge.to]) == es[edge.to]
        }
        var totalFloat = [Int](repeating: 0, count: n)
        var critical: [Int] = []
        for i in 0..<n {
            totalFloat[i] = ls[i] - es[i]
            if totalFloat[i] == 0 { critical.append(i) }
        }
        critical.sort { (es[$0], ef[$0], $0) < (es[$1], ef[$1], $1) }

        earlyStart = es
        earlyFinish = ef
        lateStart = ls
        lateFinish = lf
        self.totalFloat = totalFloat
        freeFloat = ff
        projectFinish = finish
        self.binding = binding
        criticalPath = critical
    }

    /// The earliest start a dependency allows its successor, given its predecessor's dates.
    @inline(__always)
    static func earliestStart(_ edge: DependencyGraph.Edge, _ predecessorStart: Int, _ predecessorFinish: Int, _ successorDuration: Int) -> Int {
        switch edge.type {
        case .FS: return predecessorFinish + edge.lag
        case .SS: return predecessorStart + edge.lag
        case .FF: return predecessorFinish + edge.lag - successorDuration
        case .SF: return predecessorStart + edge.lag - successorDuration
        }
    }

    public var activityCount: Int { earlyStart.count }
    public func isCritical(_ activity: Int) -> Bool { totalFloat[activity] == 0 }
    /// How many months the dependencies push an activity past its planned start.
    public func slip(_ activity: Int) -> Int { earlyStart[activity] - plannedStart[activity] }

    /// The calendar month of a start offset.
    public func month(_ offset: Int) -> Month { timelineStart + offset }
    /// The calendar month of an exclusive finish offset, shown inclusive (its last month).
    public func lastMonth(_ exclusiveFinish: Int) -> Month { timelineStart + (exclusiveFinish - 1) }

    public var projectStart: Month { month(earlyStart.min() ?? 0) }
    public var projectFinishMonth: Month { lastMonth(projectFinish) }

    /// The chains of critical activities that drive the finish date: each runs from an activity
    /// held only by its planned start to one that ends at the project finish, along
    /// dependencies that bind. At most `limit` chains, as a plan can have exponentially many.
    public func criticalChains(graph: DependencyGraph, limit: Int = 20) -> [[Int]] {
        var chains: [[Int]] = []
        let ends = criticalPath.filter { earlyFinish[$0] == projectFinish }
        // Depth-first from each end backwards, iteratively; each visit remembers the visit it
        // came from, so a chain is rebuilt by walking those links (no copying of paths).
        var visits: [(node: Int, next: Int)] = []
        for end in ends {
            var stack = [visits.count]
            visits.append((end, -1))
            while let visit = stack.popLast() {
                if chains.count >= limit { return chains }
                let node = visits[visit].node
                let drivers = graph.predecessors(of: node).filter { k in
                    binding[k] && isCritical(graph.edges[k].from)
                }
                if drivers.isEmpty {
                    var chain: [Int] = []
                    var link = visit
                    while link >= 0 {
                        chain.append(visits[link].node)
                        link = visits[link].next
                    }
                    chains.append(chain)
                    continue
                }
                for k in drivers.reversed() {
                    stack.append(visits.count)
                    visits.append((graph.edges[k].from, visit))
                }
            }
        }
        return chains
    }
}
