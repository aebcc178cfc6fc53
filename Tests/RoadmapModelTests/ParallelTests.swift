import XCTest
@testable import RoadmapModel

/// Work split between the processors (`Parallel`) must give what doing it in one go gives:
/// the ranges cover every index once, and a graph large enough to be made on two processors
/// is the graph of its edges.
final class ParallelTests: XCTestCase {
    final class Counts: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<Int>
        init(_ count: Int) {
            slots = .allocate(capacity: max(1, count))
            slots.initialize(repeating: 0)
        }
        deinit { slots.deallocate() }
    }

    func testTheRangesCoverEveryIndexOnce() {
        for count in [0, 1, 100, 32_767, 32_768, 100_003] {
            let counts = Counts(count)
            Parallel.ranges(count: count) { range in
                for i in range { counts.slots[i] += 1 }
            }
            XCTAssertTrue(counts.slots.prefix(count).allSatisfy { $0 == 1 }, "\(count)")
        }
    }

    func testBothGivesBothResults() {
        for worthIt in [false, true] {
            let (a, b) = Parallel.both(worthIt: worthIt, { (1...1000).reduce(0, +) }, { String(repeating: "x", count: 3) })
            XCTAssertEqual(a, 500_500)
            XCTAssertEqual(b, "xxx")
        }
    }

    /// Above `DependencyGraph.parallelEdges`, the predecessors' lists and the links in
    /// topological order are made on two processors: each must still be what the edges say.
    func testALargeGraphIsTheGraphOfItsEdges() throws {
        var random = SystemRandomNumberGenerator()
        let n = 30_000
        var edges: [DependencyGraph.Edge] = []
        for to in 1..<n {
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let from = Int.random(in: 0..<to, using: &random)
                edges.append(DependencyGraph.Edge(from: from, to: to, type: Dependency.Kind.allCases.randomElement(using: &random)!,
                                                  lag: Int.random(in: -2...3, using: &random), dependencyIndex: edges.count))
            }
        }
        XCTAssertGreaterThan(edges.count, DependencyGraph.parallelEdges)
        guard case .success(let graph) = DependencyGraph.acyclic(activityCount: n, edges: edges) else { return XCTFail("no cycle was made") }
        var position = [Int](repeating: -1, count: n)
        for (p, node) in graph.topologicalOrder.enumerated() { position[node] = p }
        XCTAssertFalse(position.contains(-1))
        XCTAssertTrue(edges.allSatisfy { position[$0.from] < position[$0.to] })
        var successors = [[Int]](repeating: [], count: n), predecessors = [[Int]](repeating: [], count: n)
        for (k, edge) in edges.enumerated() {
            successors[edge.from].append(k)
            predecessors[edge.to].append(k)
        }
        for a in 0..<n {
            XCTAssertEqual(Array(graph.successors(of: a)), successors[a])
            XCTAssertEqual(Array(graph.predecessors(of: a)), predecessors[a])
        }
        // The links the schedule walks: each activity's, at its place in the order.
        for (links, lists, other) in [(graph.successorsInOrder, successors, { (e: DependencyGraph.Edge) in e.to }),
                                      (graph.predecessorsInOrder, predecessors, { (e: DependencyGraph.Edge) in e.from })] {
            XCTAssertEqual(links.start.count, n + 1)
            for (p, node) in graph.topologicalOrder.enumerated() {
                let written = links.links[links.start[p]..<links.start[p + 1]]
                XCTAssertEqual(written.map { Int($0.edge) }, lists[node])
                XCTAssertEqual(written.map { Int($0.other) }, lists[node].map { other(edges[$0]) })
            }
        }
    }
}
