import XCTest
@testable import RoadmapModel

/// The critical chains: counted exactly (and saturating) before anything is listed, listed
/// when few, and otherwise given as the segments of the network.
final class CriticalNetworkTests: XCTestCase {
    /// `count` diamonds in series: j0 → (u0, d0) → j1 → (u1, d1) → … → j<count>, each link
    /// start-to-start and every activity the same month (so that any number of diamonds fits
    /// the timeline): every link binds, every activity is critical, and there are 2^count chains.
    static func diamonds(_ count: Int) -> PlanBuilder {
        var plan = PlanBuilder()
        for k in 0...count {
            plan.activity("j\(k)", duration: 1)
            guard k < count else { break }
            plan.activity("u\(k)", duration: 1)
            plan.activity("d\(k)", duration: 1)
            for branch in ["u", "d"] {
                plan.depend("j\(k)", "\(branch)\(k)", .SS)
                plan.depend("\(branch)\(k)", "j\(k + 1)", .SS)
            }
        }
        return plan
    }

    func testALatticeOfFortyDiamondsIsCountedExactlyAndNotListed() throws {
        let s = try Self.diamonds(40).scheduled()
        XCTAssertEqual(s.schedule.criticalPath.count, 121)
        let network = s.criticalNetwork
        XCTAssertEqual(network.chainCount.value, 1 << 40)
        XCTAssertTrue(network.chainCount.isExact)
        XCTAssertNil(network.chains, "2^40 chains are not listed")
        // Joins and forks everywhere: every activity is a segment of its own.
        XCTAssertEqual(network.segments.count, 121)
        let j1 = try XCTUnwrap(network.segment(of: s.index("j1")))
        XCTAssertEqual(network.segments[j1].activities, [s.index("j1")])
        XCTAssertEqual(Set(network.segments[j1].after.map { network.segments[$0].activities }), [[s.index("u0")], [s.index("d0")]])
        XCTAssertEqual(Set(network.segments[j1].then.map { network.segments[$0].activities }), [[s.index("u1")], [s.index("d1")]])
        XCTAssertEqual(network.chainsReaching(s.index("j1")).value, 2)
        XCTAssertEqual(network.chainsReaching(s.index("j40")).value, 1 << 40)
        XCTAssertEqual(network.finishers.count, 121, "every activity ends at the finish")
    }

    func testCountsSaturateInsteadOfOverflowing() throws {
        // 2^70 chains: more than an Int holds.
        let s = try Self.diamonds(70).scheduled()
        let network = s.criticalNetwork
        XCTAssertFalse(network.chainCount.isExact)
        XCTAssertEqual(network.chainCount.value, CriticalNetwork.countCap)
        XCTAssertNil(network.chains)
    }

    func testAFewDiamondsAreListedInFull() throws {
        let s = try Self.diamonds(3).scheduled()
        XCTAssertEqual(s.criticalNetwork.chainCount.value, 8)
        XCTAssertEqual(s.chainIDs, [
            ["j0", "u0", "j1", "u1", "j2", "u2", "j3"], ["j0", "u0", "j1", "u1", "j2", "d2", "j3"],
            ["j0", "u0", "j1", "d1", "j2", "u2", "j3"], ["j0", "u0", "j1", "d1", "j2", "d2", "j3"],
            ["j0", "d0", "j1", "u1", "j2", "u2", "j3"], ["j0", "d0", "j1", "u1", "j2", "d2", "j3"],
            ["j0", "d0", "j1", "d1", "j2", "u2", "j3"], ["j0", "d0", "j1", "d1", "j2", "d2", "j3"],
        ])
    }

    func testAChainGoesOnPastAnActivityThatEndsAtTheFinish() throws {
        // b ends at the finish, and c, which starts with it (SS), too: one chain a → b → c,
        // not also a → b.
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", start: 3, duration: 3)
        plan.activity("c", start: 3, duration: 3)
        plan.depend("a", "b")
        plan.depend("b", "c", .SS)
        let s = try plan.scheduled()
        XCTAssertEqual(s.chainIDs, [["a", "b", "c"]])
        XCTAssertEqual(s.ids(s.criticalNetwork.finishers), ["b", "c"])
        XCTAssertEqual(s.criticalNetwork.chainsReaching(s.index("b")).value, 1)
    }

    func testADependencyGivenTwiceIsOneStep() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 2)
        plan.activity("b", start: 2, duration: 2)
        plan.depend("a", "b")
        plan.depend("a", "b")
        let s = try plan.scheduled()
        XCTAssertEqual(s.chainIDs, [["a", "b"]])
        XCTAssertEqual(s.criticalNetwork.chainCount.value, 1)
    }

    func testSegmentsAreRunsWithoutABranchAndSayWhereTheyJoin() throws {
        // a and b both lead to c; c → d → e runs without a branch; x is alone.
        var plan = PlanBuilder()
        plan.activity("a", duration: 2)
        plan.activity("b", duration: 2)
        plan.activity("c", start: 2, duration: 1)
        plan.activity("d", start: 3, duration: 1)
        plan.activity("e", start: 4, duration: 1)
        plan.activity("x", duration: 5)
        plan.depend("a", "c")
        plan.depend("b", "c")
        plan.depend("c", "d")
        plan.depend("d", "e")
        let s = try plan.scheduled()
        let network = s.criticalNetwork
        XCTAssertEqual(network.segments.map { s.ids($0.activities) }, [["a"], ["b"], ["x"], ["c", "d", "e"]])
        XCTAssertEqual(network.segments.map(\.after), [[], [], [], [0, 1]])
        XCTAssertEqual(network.segments.map(\.then), [[3], [3], [], []])
        XCTAssertEqual(s.chainIDs, [["a", "c", "d", "e"], ["b", "c", "d", "e"], ["x"]])
    }

    func testListingStopsAtTheNumberOfActivitiesNamed() throws {
        // 2 chains of 150,000 activities would name 300,000: counted, given as segments.
        let n = 150_000
        var edges: [DependencyGraph.Edge] = []
        for i in 1..<n { edges.append(DependencyGraph.Edge(from: i - 1, to: i, type: .FS, lag: 0, dependencyIndex: i - 1)) }
        // A second start, n, leads into activity 1 as activity 0 does.
        edges.append(DependencyGraph.Edge(from: n, to: 1, type: .FS, lag: 0, dependencyIndex: n - 1))
        let graph = try DependencyGraph.acyclic(activityCount: n + 1, edges: edges).get()
        let schedule = Schedule(graph: graph, plannedStart: [Int](repeating: 0, count: n + 1),
                                duration: [Int](repeating: 1, count: n + 1), timelineStart: PlanBuilder.origin)
        let network = CriticalNetwork(schedule, graph: graph)
        XCTAssertEqual(network.chainCount.value, 2)
        XCTAssertNil(network.chains)
        XCTAssertEqual(network.segments.map(\.activities.count), [1, 1, n - 1])
    }
}
