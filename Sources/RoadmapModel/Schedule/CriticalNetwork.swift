/// The critical activities and the dependencies that bind between them, read as chains. A
/// chain runs from an activity held only by its planned start, along dependencies that bind
/// (each step a real link of the roadmap), to an activity that ends at the finish and that no
/// binding dependency continues. A critical activity that no binding dependency links to
/// another is a chain of one.
///
/// A plan can have exponentially many chains (a lattice of n diamonds has 2^n), so they are
/// counted before anything is listed, in one pass over the network with saturating sums, and
/// listed only when there are few. The network is also cut into segments — runs without a
/// branch, each activity in exactly one — which stay as large as the network whatever the
/// count, so that a plan too branched to list is still shown whole and truthfully.
public struct CriticalNetwork: Sendable {
    /// Chains are listed when there are at most this many,
    public static let listingLimit = 1000
    /// and when listing them names at most this many activities in all, or no more than the
    /// critical activities (a thousand chains of a hundred thousand activities would be a
    /// hundred million names; one chain of a million is the network itself).
    public static let listingSteps = 200_000
    /// Counts stop here: a count that reaches it means "at least this many".
    public static let countCap = 1_000_000_000_000_000_000

    /// A number of chains, exact below `countCap`.
    public struct Count: Hashable, Sendable, Comparable {
        public let value: Int
        public var isExact: Bool { value < CriticalNetwork.countCap }
        public static func < (a: Count, b: Count) -> Bool { a.value < b.value }
    }

    /// A run of critical activities, each (but the last) leading by a binding dependency to the
    /// next and to nothing else critical, each (but the first) reached from nothing else.
    public struct Segment: Hashable, Sendable {
        public var activities: [Int]
        /// The segments whose last activity leads into this one's first (indices into `segments`).
        public var after: [Int]
        /// The segments this one's last activity leads into.
        public var then: [Int]
    }

    /// How many chains there are.
    public let chainCount: Count
    /// Every chain, first activity to last, when there are few enough to list
    /// (`listingLimit`, `listingSteps`); nil otherwise. Ordered by their first activity in
    /// schedule order, then along the file's order of dependencies.
    public let chains: [[Int]]?
    /// The network in runs without a branch, in the schedule order of their first activity.
    public let segments: [Segment]
    /// The critical activities that end at the project finish, in schedule order.
    public let finishers: [Int]
    /// Per activity, the segment it belongs to; -1 for an activity that is not critical.
    private let segmentIndex: [Int]
    /// Per activity, how many chains reach it (from their start up to it); 0 when not critical.
    private let reaching: [Int]

    public init(_ schedule: Schedule, graph: DependencyGraph) {
        let n = schedule.activityCount
        let edges = graph.edges
        let order = graph.topologicalOrder.filter(schedule.isCritical)

        // The binding links between critical activities, each pair once (a dependency given
        // twice is one step of a chain). A binding dependency into a critical activity always
        // comes from a critical one, but the test costs nothing and states the intent.
        var seen = [Int](repeating: -1, count: n)
        var pairs: [(Int, Int)] = []
        for u in order {
            for k in graph.successors(of: u) where schedule.binding[k] {
                let v = edges[k].to
                guard schedule.isCritical(v), seen[v] != u else { continue }
                seen[v] = u
                pairs.append((u, v))
            }
        }
        let next = Adjacency(nodes: n, pairs)
        let previous = Adjacency(nodes: n, pairs.map { ($0.1, $0.0) })

        // Chains reaching each activity, and chains leaving it, in one pass each way.
        var reaching = [Int](repeating: 0, count: n)
        var leaving = [Int](repeating: 0, count: n)
        for v in order {
            let before = previous[v]
            reaching[v] = before.isEmpty ? 1 : before.reduce(0) { Self.add($0, reaching[$1]) }
        }
        for v in order.reversed() {
            let after = next[v]
            leaving[v] = after.isEmpty ? 1 : after.reduce(0) { Self.add($0, leaving[$1]) }
        }
        var total = 0
        var steps = 0
        for v in order {
            if next[v].isEmpty { total = Self.add(total, reaching[v]) }
            steps = Self.add(steps, Self.multiply(reaching[v], leaving[v]))
        }
        chainCount = Count(value: total)

        let critical = schedule.criticalPath
        if total <= Self.listingLimit && steps <= max(Self.listingSteps, order.count) {
            var chains: [[Int]] = []
            chains.reserveCapacity(total)
            // Depth first from each start, without recursion: `path` is the chain so far and
            // `tried[k]` how many of path[k]'s successors have been followed.
            for start in critical where previous[start].isEmpty {
                var path = [start]
                var tried = [0]
                while let v = path.last {
                    let after = next[v]
                    if after.isEmpty {
                        chains.append(path)
                    } else if tried[tried.count - 1] < after.count {
                        let w = after[after.startIndex + tried[tried.count - 1]]
                        tried[tried.count - 1] += 1
                        path.append(w)
                        tried.append(0)
                        continue
                    }
                    path.removeLast()
                    tried.removeLast()
                }
            }
            self.chains = chains
        } else {
            chains = nil
        }

        // Segments: one starts wherever the run cannot come from a single predecessor that
        // leads only here.
        var segmentIndex = [Int](repeating: -1, count: n)
        var segments: [Segment] = []
        for start in critical {
            let before = previous[start]
            if before.count == 1 && next[before[before.startIndex]].count == 1 { continue }
            var run = [start]
            var v = start
            while next[v].count == 1 {
                let w = next[v][next[v].startIndex]
                guard previous[w].count == 1 else { break }
                run.append(w)
                v = w
            }
            for activity in run { segmentIndex[activity] = segments.count }
            segments.append(Segment(activities: run, after: [], then: []))
        }
        for k in segments.indices {
            segments[k].after = previous[segments[k].activities[0]].map { segmentIndex[$0] }
            segments[k].then = next[segments[k].activities[segments[k].activities.count - 1]].map { segmentIndex[$0] }
        }
        self.segments = segments
        self.segmentIndex = segmentIndex
        self.reaching = reaching
        finishers = critical.filter { schedule.earlyFinish[$0] == schedule.projectFinish }
    }

    /// How many chains reach an activity, counting from their first activity up to it.
    public func chainsReaching(_ activity: Int) -> Count { Count(value: reaching[activity]) }

    /// The segment an activity belongs to (an index into `segments`); nil when it is not critical.
    public func segment(of activity: Int) -> Int? {
        segmentIndex[activity] >= 0 ? segmentIndex[activity] : nil
    }

    private static func add(_ a: Int, _ b: Int) -> Int { min(countCap, a + b) }

    private static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? countCap : min(countCap, product)
    }
}
