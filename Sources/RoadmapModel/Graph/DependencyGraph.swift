/// The dependencies between activities as a graph over activity indices, in compressed
/// adjacency arrays — and without a cycle: the only way to make one is `acyclic(...)`, which
/// gives the cycles instead when there are some. So every graph has its topological order,
/// and the schedule, which needs one, cannot be handed a graph that has none.
public struct DependencyGraph: Sendable {
    /// Held in 32 bits each (`Narrow`; 20 bytes, where `Int`s made 40): a million activities'
    /// 1.5 million links are 30 MB less to fill and to read (issue 26).
    public struct Edge: Hashable, Sendable {
        @Narrow public var from: Int
        @Narrow public var to: Int
        @Narrow public var lag: Int
        /// Index of the dependency in `Roadmap.dependencies`.
        @Narrow public var dependencyIndex: Int
        public var type: Dependency.Kind

        public init(from: Int, to: Int, type: Dependency.Kind, lag: Int, dependencyIndex: Int) {
            self.from = from
            self.to = to
            self.lag = lag
            self.dependencyIndex = dependencyIndex
            self.type = type
        }
    }

    /// An edge as a pass over one activity's list reads it: the activity at the other end,
    /// the type and the lag (16 bytes rather than the 20 of an `Edge` reached through its index).
    struct Link: Sendable {
        let other: Int32
        /// Index of the edge in `edges`.
        let edge: Int32
        @Narrow var lag: Int
        let type: Dependency.Kind

        init(other: Int32, type: Dependency.Kind, lag: Int, edge: Int32) {
            self.other = other
            self.edge = edge
            self.lag = lag
            self.type = type
        }
    }

    /// Every activity's links of one direction, the activities taken in topological order, so
    /// that a pass in that order (or its reverse) reads them from memory in order: reached
    /// through `edges` by index, a what-if at 100,000 activities spent a third of its time
    /// waiting for those scattered reads (perf, issue 13).
    struct LinksInOrder: Sendable {
        /// The links of the activity at position p of the topological order are
        /// `links[start[p]..<start[p + 1]]`.
        let start: [Int]
        let links: [Link]

        init(order: [Int], lists: Adjacency, edges: [Edge], other: (Edge) -> Int) {
            var start = [Int]()
            start.reserveCapacity(order.count + 1)
            start.append(0)
            var links = [Link]()
            links.reserveCapacity(edges.count)
            for node in order {
                for k in lists[node] {
                    let edge = edges[k]
                    links.append(Link(other: Int32(truncatingIfNeeded: other(edge)), type: edge.type, lag: edge.lag,
                                      edge: Int32(truncatingIfNeeded: k)))
                }
                start.append(links.count)
            }
            self.start = start
            self.links = links
        }
    }

    public let activityCount: Int
    public let edges: [Edge]
    private let successorLists: Adjacency
    private let predecessorLists: Adjacency
    /// Each activity's successors (the other end: the successor), in topological order.
    let successorsInOrder: LinksInOrder
    /// Each activity's predecessors (the other end: the predecessor), in topological order.
    let predecessorsInOrder: LinksInOrder
    /// Every activity once, each after all its predecessors.
    public let topologicalOrder: [Int]

    /// The graph of these edges, or every cycle they make.
    public static func acyclic(activityCount n: Int, edges: [Edge]) -> Result<DependencyGraph, DependencyCycles> {
        // The predecessors' lists on another processor while this one sorts: neither needs
        // the other.
        let (sorted, predecessors) = Parallel.both(worthIt: edges.count >= Self.parallelEdges, { () -> (Adjacency, [Int]) in
            let successors = Adjacency(nodes: n, edges.indices.map { (edges[$0].from, $0) })
            // Kahn's algorithm; the order among ready activities follows the file, so that the
            // result is stable from one run to the next.
            var indegree = [Int](repeating: 0, count: n)
            for edge in edges { indegree[edge.to] += 1 }
            var order: [Int] = []
            order.reserveCapacity(n)
            for i in 0..<n where indegree[i] == 0 { order.append(i) }
            var head = 0
            while head < order.count {
                let node = order[head]
                head += 1
                for k in successors[node] {
                    let target = edges[k].to
                    indegree[target] -= 1
                    if indegree[target] == 0 { order.append(target) }
                }
            }
            return (successors, order)
        }, { Adjacency(nodes: n, edges.indices.map { (edges[$0].to, $0) }) })
        let (successors, order) = sorted
        guard order.count == n else {
            return .failure(DependencyCycles(activityCount: n, edges: edges, successors: successors))
        }
        return .success(DependencyGraph(activityCount: n, edges: edges, successorLists: successors,
                                        predecessorLists: predecessors, topologicalOrder: order))
    }

    /// From this many links, the graph's parts are made on two processors.
    static let parallelEdges = 32_768

    private init(activityCount: Int, edges: [Edge], successorLists: Adjacency, predecessorLists: Adjacency, topologicalOrder: [Int]) {
        self.activityCount = activityCount
        self.edges = edges
        self.successorLists = successorLists
        self.predecessorLists = predecessorLists
        self.topologicalOrder = topologicalOrder
        (successorsInOrder, predecessorsInOrder) = Parallel.both(worthIt: edges.count >= Self.parallelEdges, {
            LinksInOrder(order: topologicalOrder, lists: successorLists, edges: edges) { $0.to }
        }, {
            LinksInOrder(order: topologicalOrder, lists: predecessorLists, edges: edges) { $0.from }
        })
    }

    /// The edges leaving an activity (indices into `edges`).
    public func successors(of activity: Int) -> ArraySlice<Int> { successorLists[activity] }

    /// The edges arriving at an activity (indices into `edges`).
    public func predecessors(of activity: Int) -> ArraySlice<Int> { predecessorLists[activity] }
}

/// An `Int` kept in 32 bits: an index into a roadmap's activities or dependencies (a roadmap
/// with 2^31 of them would not fit in memory) or a lag (at most 1,200 months).
@propertyWrapper
public struct Narrow: Hashable, Sendable {
    private var stored: Int32

    public init(wrappedValue: Int) { stored = Int32(wrappedValue) }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}
