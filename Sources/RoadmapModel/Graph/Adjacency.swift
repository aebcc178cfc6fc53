/// Edges by node in compressed arrays: the edges leaving node i are
/// `items[start[i] ..< start[i + 1]]`. Linear to build, and small enough for a million nodes.
struct Adjacency: Sendable {
    let start: [Int]
    let items: [Int]

    /// `pairs` are (node, item); items keep their order within a node.
    init(nodes n: Int, _ pairs: [(Int, Int)]) {
        var start = [Int](repeating: 0, count: n + 1)
        for (node, _) in pairs { start[node + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var items = [Int](repeating: 0, count: pairs.count)
        for (node, item) in pairs {
            items[fill[node]] = item
            fill[node] += 1
        }
        self.start = start
        self.items = items
    }

    subscript(node: Int) -> ArraySlice<Int> { items[start[node]..<start[node + 1]] }
}
