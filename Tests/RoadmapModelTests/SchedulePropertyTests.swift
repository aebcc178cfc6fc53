import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// The schedule against a brute-force computation written here from the definitions alone:
/// constraints relaxed over and over until nothing changes, and free float found by actually
/// slipping each activity month by month.
final class SchedulePropertyTests: XCTestCase {
    struct Edge { var from: Int, to: Int, type: Dependency.Kind, lag: Int }

    /// Whether an activity starting at `start` satisfies the dependency, given its
    /// predecessor's start (both durations known).
    static func satisfied(_ e: Edge, predecessorStart p: Int, predecessorDuration dp: Int, start s: Int, duration ds: Int) -> Bool {
        switch e.type {
        case .FS: return s >= p + dp + e.lag
        case .SS: return s >= p + e.lag
        case .FF: return s + ds >= p + dp + e.lag
        case .SF: return s + ds >= p + e.lag
        }
    }

    /// Early starts: from the planned starts, push every violated successor one month later
    /// until every dependency holds.
    static func bruteEarlyStarts(_ planned: [Int], _ durations: [Int], _ edges: [Edge]) -> [Int] {
        var es = planned
        var changed = true
        while changed {
            changed = false
            for e in edges where !satisfied(e, predecessorStart: es[e.from], predecessorDuration: durations[e.from], start: es[e.to], duration: durations[e.to]) {
                es[e.to] += 1
                changed = true
            }
        }
        return es
    }

    /// Late starts: from "finish by F", pull every predecessor one month earlier until every
    /// dependency holds with its successor at its late start.
    static func bruteLateStarts(_ finish: Int, _ durations: [Int], _ edges: [Edge]) -> [Int] {
        var ls = durations.map { finish - $0 }
        var changed = true
        while changed {
            changed = false
            for e in edges where !satisfied(e, predecessorStart: ls[e.from], predecessorDuration: durations[e.from], start: ls[e.to], duration: durations[e.to]) {
                ls[e.from] -= 1
                changed = true
            }
        }
        return ls
    }

    /// How many months an activity can start after its early start without moving any
    /// successor's early dates or the finish.
    static func bruteFreeFloat(_ activity: Int, _ planned: [Int], _ durations: [Int], _ edges: [Edge], _ es: [Int]) -> Int {
        let finish = zip(es, durations).map(+).max()!
        let successors = edges.filter { $0.from == activity }.map(\.to)
        var slip = 0
        while slip < 1_000 {
            var moved = planned
            moved[activity] = es[activity] + slip + 1
            let after = bruteEarlyStarts(moved, durations, edges)
            let newFinish = zip(after, durations).map(+).max()!
            if newFinish != finish || successors.contains(where: { after[$0] != es[$0] }) { return slip }
            slip += 1
        }
        return slip
    }

    func testAgainstBruteForceOnRandomGraphs() throws {
        var random = SplitMix64(seed: 20_161_001)
        var checked = 0
        for _ in 0..<300 {
            let n = random.int(in: 2...12)
            // Random ranks make the graph acyclic without the file order being a topological
            // order, so that the schedule's own ordering is exercised.
            var rank = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { rank.swapAt(i, random.next(below: i + 1)) }
            var edges: [Edge] = []
            for a in 0..<n {
                for b in 0..<n where rank[a] < rank[b] && random.chance(0.3) {
                    edges.append(Edge(from: a, to: b, type: Dependency.Kind.allCases[random.next(below: 4)], lag: random.int(in: -3...3)))
                }
            }
            // Now and then the same pair twice, as the format allows (with a warning).
            if let e = edges.first, random.chance(0.2) {
                edges.append(Edge(from: e.from, to: e.to, type: Dependency.Kind.allCases[random.next(below: 4)], lag: random.int(in: -3...3)))
            }
            let durations = (0..<n).map { _ in random.int(in: 1...5) }
            let planned = (0..<n).map { _ in random.int(in: 0...6) }

            let graphEdges = edges.enumerated().map { k, e in
                DependencyGraph.Edge(from: e.from, to: e.to, type: e.type, lag: e.lag, dependencyIndex: k)
            }
            let graph = try DependencyGraph.acyclic(activityCount: n, edges: graphEdges).get()
            let schedule = Schedule(graph: graph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin)

            let es = Self.bruteEarlyStarts(planned, durations, edges)
            let ef = zip(es, durations).map(+)
            let finish = ef.max()!
            let ls = Self.bruteLateStarts(finish, durations, edges)
            let lf = zip(ls, durations).map(+)
            let context = "n=\(n) planned=\(planned) durations=\(durations) edges=\(edges.map { "\($0.from)→\($0.to) \($0.type) \($0.lag)" })"

            XCTAssertEqual(schedule.earlyStart, es, context)
            XCTAssertEqual(schedule.earlyFinish, ef, context)
            XCTAssertEqual(schedule.projectFinish, finish, context)
            XCTAssertEqual(schedule.lateStart, ls, context)
            XCTAssertEqual(schedule.lateFinish, lf, context)
            XCTAssertEqual(schedule.totalFloat, zip(ls, es).map(-), context)
            let free = (0..<n).map { Self.bruteFreeFloat($0, planned, durations, edges, es) }
            XCTAssertEqual(schedule.freeFloat, free, context)
            for i in 0..<n {
                XCTAssertGreaterThanOrEqual(schedule.totalFloat[i], 0, context)
                XCTAssertLessThanOrEqual(schedule.freeFloat[i], schedule.totalFloat[i], context)
                XCTAssertEqual(schedule.slip(i), es[i] - planned[i], context)
            }
            XCTAssertEqual(schedule.criticalPath.sorted(), (0..<n).filter { ls[$0] == es[$0] }, context)

            // Every chain: critical activities linked by binding dependencies, from one that
            // nothing drives to one that finishes last and that nothing continues; and exactly
            // the chains a plain recursive walk finds.
            let network = CriticalNetwork(schedule, graph: graph)
            let chains = try XCTUnwrap(network.chains, context)
            func drives(_ p: Int, _ s: Int) -> Bool {
                edges.indices.contains { edges[$0].from == p && edges[$0].to == s && schedule.binding[$0] && schedule.isCritical(p) && schedule.isCritical(s) }
            }
            for chain in chains {
                XCTAssertTrue(chain.allSatisfy(schedule.isCritical), context)
                XCTAssertEqual(ef[chain.last!], finish, context)
                for (p, s) in zip(chain, chain.dropFirst()) { XCTAssertTrue(drives(p, s), context) }
                XCTAssertFalse((0..<n).contains { drives($0, chain[0]) }, context)
                XCTAssertFalse((0..<n).contains { drives(chain.last!, $0) }, context)
            }
            func walk(_ path: [Int]) -> [[Int]] {
                let next = (0..<n).filter { drives(path.last!, $0) }
                return next.isEmpty ? [path] : next.flatMap { walk(path + [$0]) }
            }
            let expected = (0..<n).filter { v in schedule.isCritical(v) && !(0..<n).contains { p in drives(p, v) } }.flatMap { walk([$0]) }
            XCTAssertEqual(Set(chains), Set(expected), context)
            XCTAssertEqual(chains.count, expected.count, context)
            XCTAssertEqual(network.chainCount.value, expected.count, context)
            for v in schedule.criticalPath {
                XCTAssertEqual(network.chainsReaching(v).value, Set(expected.compactMap { chain in chain.firstIndex(of: v).map { end in Array(chain[...end]) } }).count, context)
            }
            // The segments cut the critical activities into runs, each activity in one.
            XCTAssertEqual(network.segments.flatMap(\.activities).sorted(), schedule.criticalPath.sorted(), context)
            for segment in network.segments {
                for (p, s) in zip(segment.activities, segment.activities.dropFirst()) { XCTAssertTrue(drives(p, s), context) }
            }

            // Leaving edges out is scheduling the graph without them.
            let ignored = edges.indices.map { _ in random.chance(0.4) }
            let kept = edges.indices.filter { !ignored[$0] }
            let keptGraph = try DependencyGraph.acyclic(activityCount: n, edges: kept.map { graphEdges[$0] }).get()
            let without = Schedule(graph: keptGraph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin)
            let leaving = Schedule(graph: graph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin, ignoring: ignored)
            XCTAssertEqual(leaving.earlyStart, without.earlyStart, context)
            XCTAssertEqual(leaving.lateStart, without.lateStart, context)
            XCTAssertEqual(leaving.freeFloat, without.freeFloat, context)
            XCTAssertEqual(leaving.criticalPath, without.criticalPath, context)
            XCTAssertEqual(kept.map { leaving.binding[$0] }, without.binding, context)
            XCTAssertFalse(edges.indices.contains { ignored[$0] && leaving.binding[$0] }, context)
            checked += 1
        }
        XCTAssertEqual(checked, 300)
    }
}
