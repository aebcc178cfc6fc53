import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// The schedule against a brute-force computation written here from the definitions alone:
/// constraints relaxed over and over until nothing changes, free float found by actually
/// slipping each activity month by month, and whether a dependency binds found by actually
/// giving it one month more. The random graphs come from a seed that changes with each run
/// and is printed; `ROADMAP_TEST_SEED=N` replays a run.
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

    /// Whether dependency `k` binds, decided by what it does and nothing the schedule says: with
    /// one month more of lag on it — its predecessor one month later as this dependency alone
    /// sees it — the successor's early start moves. (Delaying the predecessor itself would
    /// also move the successor through another path, which says nothing of this dependency.)
    /// A dependency left out (`ignored`) never binds.
    static func bruteBinding(_ k: Int, _ planned: [Int], _ durations: [Int], _ edges: [Edge], ignored: [Bool]) -> Bool {
        guard !ignored[k] else { return false }
        let counted = edges.indices.filter { !ignored[$0] }
        var later = edges
        later[k].lag += 1
        let before = bruteEarlyStarts(planned, durations, counted.map { edges[$0] })
        let after = bruteEarlyStarts(planned, durations, counted.map { later[$0] })
        return after[edges[k].to] > before[edges[k].to]
    }

    /// The definition on dates, for a second opinion: the dependency holds at its successor's
    /// early start and would not hold one month earlier.
    static func tight(_ e: Edge, _ es: [Int], _ durations: [Int]) -> Bool {
        satisfied(e, predecessorStart: es[e.from], predecessorDuration: durations[e.from], start: es[e.to], duration: durations[e.to])
            && !satisfied(e, predecessorStart: es[e.from], predecessorDuration: durations[e.from], start: es[e.to] - 1, duration: durations[e.to])
    }

    /// This run's seed: `ROADMAP_TEST_SEED` when set (to replay a failure), else a new one.
    static func seed() throws -> UInt64 {
        guard let text = ProcessInfo.processInfo.environment["ROADMAP_TEST_SEED"] else { return UInt64.random(in: 0...UInt64.max) }
        return try XCTUnwrap(UInt64(text), "ROADMAP_TEST_SEED=\(text) is not a whole number from 0 to \(UInt64.max)")
    }

    /// Everything the schedule says about one graph, checked against the brute force: dates,
    /// floats, the critical path, which dependencies bind, and the chains built on those.
    /// `ignored`: the dependencies left out (they never bind).
    private func check(_ schedule: Schedule, graph: DependencyGraph, planned: [Int], durations: [Int], edges: [Edge],
                       ignored: [Bool], _ context: String) {
        let n = durations.count
        let counted = edges.indices.filter { !ignored[$0] }.map { edges[$0] }
        let es = Self.bruteEarlyStarts(planned, durations, counted)
        let ef = zip(es, durations).map(+)
        let finish = ef.max()!
        let ls = Self.bruteLateStarts(finish, durations, counted)
        let lf = zip(ls, durations).map(+)

        XCTAssertEqual(schedule.earlyStart, es, context)
        XCTAssertEqual(schedule.earlyFinish, ef, context)
        XCTAssertEqual(schedule.projectFinish, finish, context)
        XCTAssertEqual(schedule.lateStart, ls, context)
        XCTAssertEqual(schedule.lateFinish, lf, context)
        XCTAssertEqual(schedule.totalFloat, zip(ls, es).map(-), context)
        let free = (0..<n).map { Self.bruteFreeFloat($0, planned, durations, counted, es) }
        XCTAssertEqual(schedule.freeFloat, free, context)
        for i in 0..<n {
            XCTAssertGreaterThanOrEqual(schedule.totalFloat[i], 0, context)
            XCTAssertLessThanOrEqual(schedule.freeFloat[i], schedule.totalFloat[i], context)
            XCTAssertEqual(schedule.slip(i), es[i] - planned[i], context)
        }
        let critical = (0..<n).filter { ls[$0] == es[$0] }
        XCTAssertEqual(schedule.criticalPath.sorted(), critical, context)

        // Which dependencies bind, by their effect; the definition on dates agrees.
        let binds = edges.indices.map { Self.bruteBinding($0, planned, durations, edges, ignored: ignored) }
        XCTAssertEqual(binds, edges.indices.map { !ignored[$0] && Self.tight(edges[$0], es, durations) }, "the two definitions: \(context)")
        XCTAssertEqual(schedule.binding, binds, context)

        // Every chain: critical activities linked by binding dependencies, from one that
        // nothing drives to one that finishes last and that nothing continues; and exactly
        // the chains a plain recursive walk finds. Built from the brute force alone.
        let network = CriticalNetwork(schedule, graph: graph)
        guard let chains = network.chains else { return XCTFail("no chains listed: \(context)") }
        let isCritical = Set(critical)
        func drives(_ p: Int, _ s: Int) -> Bool {
            edges.indices.contains { edges[$0].from == p && edges[$0].to == s && binds[$0] && isCritical.contains(p) && isCritical.contains(s) }
        }
        for chain in chains {
            XCTAssertTrue(chain.allSatisfy(isCritical.contains), context)
            XCTAssertEqual(ef[chain.last!], finish, context)
            for (p, s) in zip(chain, chain.dropFirst()) { XCTAssertTrue(drives(p, s), context) }
            XCTAssertFalse((0..<n).contains { drives($0, chain[0]) }, context)
            XCTAssertFalse((0..<n).contains { drives(chain.last!, $0) }, context)
        }
        func walk(_ path: [Int]) -> [[Int]] {
            let next = (0..<n).filter { drives(path.last!, $0) }
            return next.isEmpty ? [path] : next.flatMap { walk(path + [$0]) }
        }
        let expected = critical.filter { v in !(0..<n).contains { p in drives(p, v) } }.flatMap { walk([$0]) }
        XCTAssertEqual(Set(chains), Set(expected), context)
        XCTAssertEqual(chains.count, expected.count, context)
        XCTAssertEqual(network.chainCount.value, expected.count, context)
        for v in critical {
            XCTAssertEqual(network.chainsReaching(v).value, Set(expected.compactMap { chain in chain.firstIndex(of: v).map { end in Array(chain[...end]) } }).count, context)
        }
        // The segments cut the critical activities into runs, each activity in one.
        XCTAssertEqual(network.segments.flatMap(\.activities).sorted(), critical, context)
        for segment in network.segments {
            for (p, s) in zip(segment.activities, segment.activities.dropFirst()) { XCTAssertTrue(drives(p, s), context) }
        }
    }

    func testAgainstBruteForceOnRandomGraphs() throws {
        let seed = try Self.seed()
        print("SchedulePropertyTests: seed \(seed); replay with ROADMAP_TEST_SEED=\(seed) swift test --filter SchedulePropertyTests")
        var random = SplitMix64(seed: seed)
        var checked = 0
        for round in 0..<300 {
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
            let none = [Bool](repeating: false, count: edges.count)
            let context = "seed \(seed), graph \(round): n=\(n) planned=\(planned) durations=\(durations) "
                + "edges=\(edges.map { "\($0.from)→\($0.to) \($0.type) \($0.lag)" })"

            let graphEdges = edges.enumerated().map { k, e in
                DependencyGraph.Edge(from: e.from, to: e.to, type: e.type, lag: e.lag, dependencyIndex: k)
            }
            let graph = try DependencyGraph.acyclic(activityCount: n, edges: graphEdges).get()
            let schedule = Schedule(graph: graph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin)
            check(schedule, graph: graph, planned: planned, durations: durations, edges: edges, ignored: none, context)

            // Leaving edges out is scheduling the graph without them.
            let ignored = edges.indices.map { _ in random.chance(0.4) }
            let kept = edges.indices.filter { !ignored[$0] }
            let keptGraph = try DependencyGraph.acyclic(activityCount: n, edges: kept.map { graphEdges[$0] }).get()
            let without = Schedule(graph: keptGraph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin)
            let leaving = Schedule(graph: graph, plannedStart: planned, duration: durations, timelineStart: PlanBuilder.origin, ignoring: ignored)
            check(leaving, graph: graph, planned: planned, durations: durations, edges: edges, ignored: ignored, "\(context) ignoring \(ignored)")
            XCTAssertEqual(leaving.earlyStart, without.earlyStart, context)
            XCTAssertEqual(leaving.lateStart, without.lateStart, context)
            XCTAssertEqual(leaving.freeFloat, without.freeFloat, context)
            XCTAssertEqual(leaving.criticalPath, without.criticalPath, context)
            XCTAssertEqual(kept.map { leaving.binding[$0] }, without.binding, context)

            // What-ifs, as the explorer makes them: the same graph as a validated roadmap (the
            // ignored dependencies marked inferred), some activities delayed and some advanced
            // one key press at a time, with every dependency or the stated ones only.
            var plan = PlanBuilder()
            for i in 0..<n { plan.activity("a\(i)", start: planned[i], duration: durations[i]) }
            for (k, e) in edges.enumerated() { plan.depend("a\(e.from)", "a\(e.to)", e.type, lag: e.lag, inferred: ignored[k]) }
            var whatIf = try plan.scheduled()
            var shifted = planned
            for i in 0..<n where random.chance(0.4) {
                let months = random.int(in: -3...3)
                for _ in 0..<abs(months) { whatIf = whatIf.delaying(whatIf.index("a\(i)"), by: months.signum()) }
                shifted[whatIf.index("a\(i)")] += months
            }
            // The validated graph's edges in the order of the file's dependencies, the
            // activities in the order of the file: the same numbering as `edges`.
            let order = whatIf.graph.edges.map(\.dependencyIndex)
            XCTAssertEqual(order.sorted(), Array(edges.indices), context)
            let fileEdges = order.map { edges[$0] }
            for statedOnly in [false, true] {
                let scheduled = whatIf.statedOnly(statedOnly)
                check(scheduled.schedule, graph: scheduled.graph, planned: shifted, durations: durations, edges: fileEdges,
                      ignored: order.map { statedOnly && ignored[$0] },
                      "\(context) what-if starts \(shifted)\(statedOnly ? ", stated only" : "")")
            }
            checked += 1
        }
        XCTAssertEqual(checked, 300)
    }
}
