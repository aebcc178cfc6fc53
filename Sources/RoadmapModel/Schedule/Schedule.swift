/// What the dependencies imply, by the critical path method in whole months.
///
/// Month 0 is the timeline's first month. Starts are offsets from it; finishes are exclusive
/// (an activity that starts at 0 and lasts 6 months has early finish 6), and shown inclusive.
/// The planned start is a "start no earlier than" constraint. Every pass walks the graph once
/// in topological order, so computing a schedule is linear in activities + dependencies and
/// cheap enough to redo on every key press of a what-if.
///
/// With progress (a status date, `ScheduleProgress`), the schedule is the forecast, as MS
/// Project reschedules uncompleted work: finished work stays in its actual months and moves
/// nothing of its own; work under way keeps its actual start, and its remaining months start
/// no earlier than the month after the status date — the links that constrain a start (FS, SS)
/// no longer move it, those that constrain a finish (FF, SF) still hold its forecast finish;
/// work not started cannot start before the month after the status date. A what-if's months
/// on work under way slip its remaining work. Finished work is never critical: nothing done
/// can be done sooner.
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
    /// Per graph edge: whether the schedule leaves it out (the stated-only schedule leaves out
    /// the inferred dependencies); empty when it counts every edge. A left-out edge never binds.
    public let ignored: [Bool]
    /// The critical activities (total float 0) in schedule order.
    public let criticalPath: [Int]
    /// The progress the schedule forecasts from; nil for a plan without a status date.
    public let progress: ScheduleProgress?

    /// The graph has no cycle by its type, so its topological order is always there; leaving
    /// edges out cannot make one, so the same order serves the schedule without them.
    /// - Parameter ignoring: per edge, true to leave it out; empty (the default) counts them all.
    /// - Parameter progress: the progress to forecast from (its activities must be the graph's).
    public init(graph: DependencyGraph, plannedStart: [Int], duration: [Int], timelineStart: Month, ignoring: [Bool] = [],
                progress: ScheduleProgress? = nil) {
        let order = graph.topologicalOrder
        let n = graph.activityCount
        let edges = graph.edges
        let ignored = ignoring.count == edges.count ? ignoring : []
        @inline(__always) func counts(_ k: Int) -> Bool { ignored.isEmpty || !ignored[k] }
        self.timelineStart = timelineStart
        self.ignored = ignored
        self.plannedStart = plannedStart
        self.duration = duration
        let progress = progress.flatMap { $0.state.count == n ? $0 : nil }
        self.progress = progress

        // The passes read each activity's edges from the graph's links, laid out in the
        // topological order the passes follow (see `DependencyGraph.LinksInOrder`).
        let forward = graph.predecessorsInOrder, backward = graph.successorsInOrder
        var es = plannedStart
        var ef = [Int](repeating: 0, count: n)
        // With progress, passes of their own (ScheduleProgressPasses.swift): the plain ones
        // below stay as tight as they were.
        if let progress {
            Self.forwardWithProgress(order, forward, ignored, duration, plannedStart, progress, &es, &ef)
        } else {
            Self.forward(order, forward, ignored, duration, &es, &ef)
        }
        let finish = ef.max() ?? 0

        var lf = [Int](repeating: finish, count: n)
        var ls = [Int](repeating: 0, count: n)
        var ff = [Int](repeating: 0, count: n)
        if let progress {
            Self.backwardWithProgress(order, backward, ignored, duration, progress, finish, es, ef, &ls, &lf, &ff)
        } else {
        for p in order.indices.reversed() {
            let node = order[p]
            var late = finish
            var free = finish - ef[node]
            for j in backward.start[p]..<backward.start[p + 1] {
                let edge = backward.links[j]
                if !ignored.isEmpty && ignored[Int(edge.edge)] { continue }
                let s = Int(edge.other)
                let bound = Self.latestFinishAndFree(edge.type, edge.lag, es[s], ef[s], ls[s], lf[s], es[node], ef[node], duration[node])
                late = min(late, bound.late)
                free = min(free, bound.free)
            }
            lf[node] = late
            ls[node] = late - duration[node]
            ff[node] = free
        }
        }

        var binding = [Bool](repeating: false, count: edges.count)
        if let progress {
            let state = progress.state
            for (k, edge) in edges.enumerated() where counts(k) {
                binding[k] = Self.binds(edge, state, es, ef, duration)
            }
        } else {
            for (k, edge) in edges.enumerated() where counts(k) {
                binding[k] = Self.earliestStart(edge, es[edge.from], ef[edge.from], duration[edge.to]) == es[edge.to]
            }
        }
        var totalFloat = [Int](repeating: 0, count: n)
        var critical: [Int] = []
        let state = progress?.state ?? []
        for i in 0..<n {
            totalFloat[i] = ls[i] - es[i]
            if totalFloat[i] == 0, state.isEmpty || state[i] != .finished { critical.append(i) }
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

    /// The forward pass without progress: each activity's early start (`es`, holding the planned
    /// starts when called) and early finish, its links read in topological order; `ignored`
    /// per edge, or empty. The validator's slip warnings run it too.
    static func forward(_ order: [Int], _ forward: DependencyGraph.LinksInOrder, _ ignored: [Bool], _ duration: [Int],
                        _ es: inout [Int], _ ef: inout [Int]) {
        for (p, node) in order.enumerated() {
            var start = es[node]
            for j in forward.start[p]..<forward.start[p + 1] {
                let link = forward.links[j]
                if !ignored.isEmpty && ignored[Int(link.edge)] { continue }
                let from = Int(link.other)
                start = max(start, Self.earliestStart(link.type, link.lag, es[from], ef[from], duration[node]))
            }
            es[node] = start
            ef[node] = start + duration[node]
        }
    }

    /// The earliest start a dependency allows its successor, given its predecessor's dates.
    @inline(__always)
    static func earliestStart(_ edge: DependencyGraph.Edge, _ predecessorStart: Int, _ predecessorFinish: Int, _ successorDuration: Int) -> Int {
        earliestStart(edge.type, edge.lag, predecessorStart, predecessorFinish, successorDuration)
    }

    @inline(__always)
    static func earliestStart(_ type: Dependency.Kind, _ lag: Int, _ predecessorStart: Int, _ predecessorFinish: Int, _ successorDuration: Int) -> Int {
        switch type {
        case .FS: return predecessorFinish + lag
        case .SS: return predecessorStart + lag
        case .FF: return predecessorFinish + lag - successorDuration
        case .SF: return predecessorStart + lag - successorDuration
        }
    }

    /// The latest finish a dependency allows its predecessor, and the free float it leaves
    /// it, given both activities' dates: the backward passes' one rule, with progress or not.
    @inline(__always)
    static func latestFinishAndFree(_ type: Dependency.Kind, _ lag: Int, _ successorStart: Int, _ successorFinish: Int,
                                    _ successorLateStart: Int, _ successorLateFinish: Int,
                                    _ predecessorStart: Int, _ predecessorFinish: Int, _ predecessorDuration: Int) -> (late: Int, free: Int) {
        switch type {
        case .FS: return (successorLateStart - lag, successorStart - (predecessorFinish + lag))
        case .SS: return (successorLateStart - lag + predecessorDuration, successorStart - (predecessorStart + lag))
        case .FF: return (successorLateFinish - lag, successorFinish - (predecessorFinish + lag))
        case .SF: return (successorLateFinish - lag + predecessorDuration, successorFinish - (predecessorStart + lag))
        }
    }

    public var activityCount: Int { earlyStart.count }
    /// Total float 0, and not finished (finished work has nothing left to be late).
    public func isCritical(_ activity: Int) -> Bool {
        totalFloat[activity] == 0 && (progress == nil || progress!.state[activity] != .finished)
    }
    /// How many months the dependencies push an activity past its planned start.
    public func slip(_ activity: Int) -> Int { earlyStart[activity] - plannedStart[activity] }

    /// The calendar month of a start offset.
    public func month(_ offset: Int) -> Month { timelineStart + offset }
    /// The calendar month of an exclusive finish offset, shown inclusive (its last month).
    public func lastMonth(_ exclusiveFinish: Int) -> Month { timelineStart + (exclusiveFinish - 1) }

    public var projectStart: Month { month(earlyStart.min() ?? 0) }
    public var projectFinishMonth: Month { lastMonth(projectFinish) }

    /// Whether the schedule counts an edge (the stated-only schedule leaves the inferred out).
    public func counts(_ edge: Int) -> Bool { ignored.isEmpty || !ignored[edge] }
}
