/// The dependencies between activities as a graph over activity indices, in compressed
/// adjacency arrays: linear to build and to walk, and small enough for a million activities.
public struct DependencyGraph: Sendable {
    public struct Edge: Hashable, Sendable {
        public var from: Int
        public var to: Int
        public var type: Dependency.Kind
        public var lag: Int
        /// Index of the dependency in `Roadmap.dependencies`.
        public var dependencyIndex: Int
    }

    public let activityCount: Int
    public let edges: [Edge]
    /// Edges leaving activity i are `successorEdges[successorStart[i] ..< successorStart[i+1]]`.
    public let successorStart: [Int]
    public let successorEdges: [Int]
    public let predecessorStart: [Int]
    public let predecessorEdges: [Int]
    /// Every activity once, each after all its predecessors; nil when the graph has a cycle.
    public let topologicalOrder: [Int]?
    public let activityIndex: [String: Int]

    /// Dependencies naming unknown activities, or an activity itself, are left out (the
    /// validator reports them).
    public init(roadmap: Roadmap) {
        // Fields are read in place: copying whole activities (a dozen references each) to read
        // their ids was most of the cost of building the graph of a large roadmap.
        let activities = roadmap.activities
        var index: [String: Int] = [:]
        index.reserveCapacity(activities.count)
        for i in activities.indices {
            // The first activity with an id keeps it (duplicates are the validator's to report).
            if let first = index.updateValue(i, forKey: activities[i].id) { index[activities[i].id] = first }
        }
        let dependencies = roadmap.dependencies
        var edges: [Edge] = []
        edges.reserveCapacity(dependencies.count)
        for i in dependencies.indices {
            guard let from = index[dependencies[i].from], let to = index[dependencies[i].to], from != to else { continue }
            edges.append(Edge(from: from, to: to, type: dependencies[i].type, lag: dependencies[i].lag, dependencyIndex: i))
        }
        self.init(activityCount: activities.count, edges: edges, activityIndex: index)
    }

    public init(activityCount n: Int, edges: [Edge], activityIndex: [String: Int] = [:]) {
        self.activityCount = n
        self.edges = edges
        self.activityIndex = activityIndex
        (successorStart, successorEdges) = Self.compress(n, edges.indices.map { (edges[$0].from, $0) })
        (predecessorStart, predecessorEdges) = Self.compress(n, edges.indices.map { (edges[$0].to, $0) })

        // Kahn's algorithm; the order among ready activities follows the file, so that
        // the result is stable from one run to the next.
        var indegree = [Int](repeating: 0, count: n)
        for edge in edges { indegree[edge.to] += 1 }
        var order: [Int] = []
        order.reserveCapacity(n)
        for i in 0..<n where indegree[i] == 0 { order.append(i) }
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            for k in successorStart[node]..<successorStart[node + 1] {
                let target = edges[successorEdges[k]].to
                indegree[target] -= 1
                if indegree[target] == 0 { order.append(target) }
            }
        }
        topologicalOrder = order.count == n ? order : nil
    }

    private static func compress(_ n: Int, _ pairs: [(Int, Int)]) -> ([Int], [Int]) {
        var start = [Int](repeating: 0, count: n + 1)
        for (node, _) in pairs { start[node + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var items = [Int](repeating: 0, count: pairs.count)
        for (node, item) in pairs {
            items[fill[node]] = item
            fill[node] += 1
        }
        return (start, items)
    }

    public func successors(of activity: Int) -> ArraySlice<Int> {
        successorEdges[successorStart[activity]..<successorStart[activity + 1]]
    }

    public func predecessors(of activity: Int) -> ArraySlice<Int> {
        predecessorEdges[predecessorStart[activity]..<predecessorStart[activity + 1]]
    }

    /// One cycle per strongly connected component that has one, each as the activity indices
    /// along it with the first repeated at the end (a → b → c → a). Iterative Tarjan, so a long
    /// chain cannot overflow the stack.
    public func cycles() -> [[Int]] {
        let n = activityCount
        var indexOf = [Int](repeating: -1, count: n)
        var lowlink = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var counter = 0
        var component = [Int](repeating: -1, count: n)
        var components: [[Int]] = []

        for root in 0..<n where indexOf[root] < 0 {
            // Each frame: the node and the position of the next successor edge to look at.
            var frames: [(node: Int, next: Int)] = [(root, successorStart[root])]
            indexOf[root] = counter; lowlink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successorStart[node + 1] {
                    frames[frames.count - 1].next += 1
                    let target = edges[successorEdges[frame.next]].to
                    if indexOf[target] < 0 {
                        indexOf[target] = counter; lowlink[target] = counter; counter += 1
                        stack.append(target); onStack[target] = true
                        frames.append((target, successorStart[target]))
                    } else if onStack[target] {
                        lowlink[node] = min(lowlink[node], indexOf[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowlink[parent.node] = min(lowlink[parent.node], lowlink[node]) }
                if lowlink[node] == indexOf[node] {
                    var members: [Int] = []
                    while let top = stack.popLast() {
                        onStack[top] = false
                        members.append(top)
                        if top == node { break }
                    }
                    if members.count > 1 {
                        for m in members { component[m] = components.count }
                        components.append(members)
                    }
                }
            }
        }

        // Within each component, the shortest way from its first member (in file order) back
        // to itself, found breadth-first.
        return components.enumerated().map { id, members in
            let start = members.min()!
            var parent = [Int: Int]()
            var queue = [start]
            var head = 0
            search: while head < queue.count {
                let node = queue[head]
                head += 1
                for k in successors(of: node) {
                    let target = edges[k].to
                    guard component[target] == id else { continue }
                    if target == start { parent[start] = node; break search }
                    if parent[target] == nil { parent[target] = node; queue.append(target) }
                }
            }
            var backwards: [Int] = []
            var node = parent[start]!
            while node != start {
                backwards.append(node)
                node = parent[node]!
            }
            return [start] + backwards.reversed() + [start]
        }
    }
}
