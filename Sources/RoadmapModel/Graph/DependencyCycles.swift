/// Why dependencies make no graph: the cycles among them, one per strongly connected component
/// that has one.
public struct DependencyCycles: Error, Sendable {
    public struct Cycle: Hashable, Sendable {
        /// The activities along the cycle, the first repeated at the end (a → b → c → a).
        public var activities: [Int]
        /// The dependencies along it (indices in `Roadmap.dependencies`), the one leaving the
        /// first activity first.
        public var dependencies: [Int]
    }

    public let cycles: [Cycle]

    /// Iterative Tarjan, so a long chain cannot overflow the stack; within each component, the
    /// shortest way from its first member (in file order) back to itself, found breadth-first.
    init(activityCount n: Int, edges: [DependencyGraph.Edge], successors: Adjacency) {
        var indexOf = [Int](repeating: -1, count: n)
        var lowlink = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var counter = 0
        var component = [Int](repeating: -1, count: n)
        var components: [[Int]] = []

        for root in 0..<n where indexOf[root] < 0 {
            // Each frame: the node and the position of the next successor edge to look at.
            var frames: [(node: Int, next: Int)] = [(root, successors.start[root])]
            indexOf[root] = counter; lowlink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successors.start[node + 1] {
                    frames[frames.count - 1].next += 1
                    let target = edges[successors.items[frame.next]].to
                    if indexOf[target] < 0 {
                        indexOf[target] = counter; lowlink[target] = counter; counter += 1
                        stack.append(target); onStack[target] = true
                        frames.append((target, successors.start[target]))
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

        cycles = components.enumerated().map { id, members in
            let start = members.min()!
            // The edge by which the search first reached each node.
            var parentEdge = [Int: Int]()
            var queue = [start]
            var head = 0
            search: while head < queue.count {
                let node = queue[head]
                head += 1
                for k in successors[node] {
                    let target = edges[k].to
                    guard component[target] == id else { continue }
                    if target == start { parentEdge[start] = k; break search }
                    if parentEdge[target] == nil { parentEdge[target] = k; queue.append(target) }
                }
            }
            var backwards: [Int] = []
            var edge = parentEdge[start]!
            while true {
                backwards.append(edge)
                let from = edges[edge].from
                if from == start { break }
                edge = parentEdge[from]!
            }
            let path = backwards.reversed().map { edges[$0] }
            return Cycle(activities: [start] + path.map(\.to), dependencies: path.map(\.dependencyIndex))
        }
    }
}
