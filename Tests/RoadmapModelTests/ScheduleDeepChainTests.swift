import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// A million activities in one chain: every pass must be iterative, and linear.
final class ScheduleDeepChainTests: XCTestCase {
    func testMillionActivityChain() throws {
        let n = 1_000_000
        var edges: [DependencyGraph.Edge] = []
        edges.reserveCapacity(n - 1)
        for i in 1..<n { edges.append(DependencyGraph.Edge(from: i - 1, to: i, type: .FS, lag: 0, dependencyIndex: i - 1)) }
        let graph = try DependencyGraph.acyclic(activityCount: n, edges: edges).get()
        XCTAssertEqual(graph.topologicalOrder.count, n)

        // Durations 1, 2, 1, 2...: the chain finishes after their sum.
        let durations = (0..<n).map { $0 % 2 + 1 }
        let schedule = Schedule(graph: graph, plannedStart: [Int](repeating: 0, count: n), duration: durations,
                                timelineStart: Month(year: 2016, month: 10)!)
        XCTAssertEqual(schedule.projectFinish, n / 2 * 3)
        XCTAssertEqual(schedule.earlyStart[n - 1], n / 2 * 3 - 2)
        XCTAssertEqual(schedule.criticalPath.count, n)
        XCTAssertEqual(schedule.criticalPath.first, 0)
        XCTAssertEqual(schedule.criticalPath.last, n - 1)
        XCTAssertTrue(schedule.totalFloat.allSatisfy { $0 == 0 })
        let network = CriticalNetwork(schedule, graph: graph)
        XCTAssertEqual(network.chainCount.value, 1)
        XCTAssertEqual(network.segments.count, 1)
        let chains = try XCTUnwrap(network.chains)
        XCTAssertEqual(chains.count, 1)
        XCTAssertEqual(chains.first?.count, n)
        XCTAssertEqual(chains.first?.first, 0)
    }

    func testLongCycleIsFoundWithoutRecursion() {
        let n = 300_000
        var edges: [DependencyGraph.Edge] = []
        edges.reserveCapacity(n)
        for i in 0..<n { edges.append(DependencyGraph.Edge(from: i, to: (i + 1) % n, type: .FS, lag: 0, dependencyIndex: i)) }
        guard case .failure(let found) = DependencyGraph.acyclic(activityCount: n, edges: edges) else {
            return XCTFail("a ring of \(n) activities is a cycle")
        }
        XCTAssertEqual(found.cycles.count, 1)
        XCTAssertEqual(found.cycles.first?.activities.count, n + 1)
        XCTAssertEqual(found.cycles.first?.dependencies.count, n)
    }

    func testSyntheticChainShape() throws {
        // Long enough that the chain switches to start-to-start links to fit the calendar.
        let roadmap = SyntheticRoadmap.make(.init(activities: 40_000, seed: 7, shape: .chain))
        XCTAssertEqual(roadmap.dependencies.count, 39_999)
        XCTAssertTrue(roadmap.dependencies.allSatisfy { $0.type == .SS })
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
        XCTAssertEqual(scheduled.graph.topologicalOrder.count, 40_000)
        // The planned dates follow the chain: nothing slips, and everything fits the timeline.
        XCTAssertTrue((0..<40_000).allSatisfy { scheduled.schedule.slip($0) == 0 })
        XCTAssertLessThanOrEqual(scheduled.monthsPastTimeline, 0)
        XCTAssertTrue(roadmap.activities.allSatisfy { roadmap.meta.timeline.contains($0.start) && roadmap.meta.timeline.contains($0.finish) })
    }
}
