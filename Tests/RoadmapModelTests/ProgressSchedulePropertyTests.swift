import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// The schedule with progress against a brute-force computation written here from the rules
/// alone (docs/format.md, "The schedule"): constraints relaxed one month at a time until nothing
/// changes, free float found by actually slipping each activity, on random networks with random
/// progress — work not started, under way (with what-ifs on what is left) and finished.
final class ProgressSchedulePropertyTests: XCTestCase {
    typealias Edge = SchedulePropertyTests.Edge
    typealias State = ScheduleProgress.State

    struct Case {
        var n: Int
        var planned: [Int]       // with the what-ifs
        var filePlanned: [Int]   // without them
        var durations: [Int]
        var edges: [Edge]
        var statusMonth: Int
        var state: [State]
        var actualStart: [Int]
        var actualFinish: [Int]  // exclusive
        var remaining: [Int]
        var resume: Int { statusMonth + 1 }

        /// Whether an edge constrains its successor going forward, and on what.
        func forward(_ e: Edge) -> Bool {
            switch state[e.to] {
            case .finished: return false
            case .started: return e.type == .FF || e.type == .SF
            case .notStarted: return true
            }
        }

        /// Whether the backward pass follows the edge: it constrains going forward, and does
        /// not come from the start of work under way or from finished work.
        func backward(_ e: Edge) -> Bool {
            forward(e) && state[e.from] != .finished && !(state[e.from] == .started && (e.type == .SS || e.type == .SF))
        }

        /// The constraint an edge puts on its successor: on its start (FS, SS) or finish (FF, SF).
        static func constraint(_ e: Edge, _ es: Int, _ ef: Int) -> Int {
            switch e.type {
            case .FS: return ef + e.lag
            case .SS: return es + e.lag
            case .FF: return ef + e.lag
            case .SF: return es + e.lag
            }
        }

        /// Early dates: from each activity's floor, push whatever breaks a rule one month later
        /// until nothing does. `floor` holds an activity no earlier than a month (its start when
        /// not started, its finish when under way), to measure free float.
        func early(floor: (activity: Int, month: Int)? = nil) -> (es: [Int], ef: [Int]) {
            var es = [Int](repeating: 0, count: n), ef = [Int](repeating: 0, count: n)
            for i in 0..<n {
                let least = floor?.activity == i ? floor!.month : Int.min
                switch state[i] {
                case .finished: (es[i], ef[i]) = (actualStart[i], actualFinish[i])
                case .started:
                    es[i] = actualStart[i]
                    ef[i] = max(least, resume + max(0, planned[i] - filePlanned[i]) + remaining[i])
                case .notStarted:
                    es[i] = max(least, planned[i], resume)
                    ef[i] = es[i] + durations[i]
                }
            }
            var changed = true
            while changed {
                changed = false
                for e in edges where forward(e) {
                    let needed = Self.constraint(e, es[e.from], ef[e.from])
                    let startRule = e.type == .FS || e.type == .SS
                    switch state[e.to] {
                    case .notStarted:
                        if (startRule ? es[e.to] : ef[e.to]) < needed {
                            es[e.to] += 1
                            ef[e.to] = es[e.to] + durations[e.to]
                            changed = true
                        }
                    case .started:
                        if ef[e.to] < needed {
                            ef[e.to] += 1
                            changed = true
                        }
                    case .finished: break
                    }
                }
            }
            return (es, ef)
        }

        /// Late finishes: from the finish (finished work: its own), pull every predecessor one
        /// month earlier until every rule the backward pass follows holds at the late dates.
        func lateFinish(_ es: [Int], _ ef: [Int]) -> [Int] {
            let finish = ef.max()!
            var lf = (0..<n).map { state[$0] == .finished ? ef[$0] : finish }
            func ls(_ i: Int) -> Int { lf[i] - (ef[i] - es[i]) }
            var changed = true
            while changed {
                changed = false
                for e in edges where backward(e) {
                    let startRule = e.type == .FS || e.type == .SS
                    let successorDate = startRule ? ls(e.to) : lf[e.to]
                    if Self.constraint(e, ls(e.from), lf[e.from]) > successorDate {
                        lf[e.from] -= 1
                        changed = true
                    }
                }
            }
            return lf
        }

        /// How far an activity can slip without moving any successor's dates or the finish.
        func freeFloat(_ i: Int, _ es: [Int], _ ef: [Int]) -> Int {
            guard state[i] != .finished else { return 0 }
            let finish = ef.max()!
            let successors = edges.filter { $0.from == i }.map(\.to)
            var slip = 0
            while slip < 1_000 {
                let after = early(floor: (i, (state[i] == .started ? ef[i] : es[i]) + slip + 1))
                if after.ef.max()! != finish || successors.contains(where: { after.es[$0] != es[$0] || after.ef[$0] != ef[$0] }) { return slip }
                slip += 1
            }
            return slip
        }
    }

    func randomCase(_ random: inout SplitMix64) -> Case {
        let n = random.int(in: 2...10)
        var rank = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { rank.swapAt(i, random.next(below: i + 1)) }
        var edges: [Edge] = []
        for a in 0..<n {
            for b in 0..<n where rank[a] < rank[b] && random.chance(0.3) {
                edges.append(Edge(from: a, to: b, type: Dependency.Kind.allCases[random.next(below: 4)], lag: random.int(in: -2...2)))
            }
        }
        let durations = (0..<n).map { _ in random.int(in: 1...5) }
        let filePlanned = (0..<n).map { _ in random.int(in: 0...6) }
        let planned = filePlanned.map { $0 + (random.chance(0.2) ? random.int(in: -2...3) : 0) }
        let statusMonth = random.int(in: 0...6)
        var state = [State](repeating: .notStarted, count: n)
        var actualStart = [Int](repeating: 0, count: n), actualFinish = [Int](repeating: 0, count: n)
        var remaining = durations
        for i in 0..<n {
            let roll = random.next(below: 10)
            if roll < 3 {
                state[i] = .started
                actualStart[i] = random.int(in: -1...statusMonth)
                remaining[i] = random.int(in: 1...durations[i])
            } else if roll < 5 {
                state[i] = .finished
                actualStart[i] = random.int(in: -1...statusMonth)
                actualFinish[i] = random.int(in: actualStart[i] + 1...statusMonth + 1)
                remaining[i] = 0
            }
        }
        return Case(n: n, planned: planned, filePlanned: filePlanned, durations: durations, edges: edges, statusMonth: statusMonth,
                    state: state, actualStart: actualStart, actualFinish: actualFinish, remaining: remaining)
    }

    func testAgainstBruteForceOnRandomGraphsWithProgress() throws {
        var random = SplitMix64(seed: 20_170_331)
        var checked = 0
        for _ in 0..<400 {
            let c = randomCase(&random)
            let graphEdges = c.edges.enumerated().map { k, e in
                DependencyGraph.Edge(from: e.from, to: e.to, type: e.type, lag: e.lag, dependencyIndex: k)
            }
            let graph = try DependencyGraph.acyclic(activityCount: c.n, edges: graphEdges).get()
            let progress = ScheduleProgress(statusMonth: c.statusMonth, state: c.state, actualStart: c.actualStart, actualFinish: c.actualFinish,
                                            remaining: c.remaining, plannedStart: c.filePlanned,
                                            plannedFinish: zip(c.filePlanned, c.durations).map(+))
            let schedule = Schedule(graph: graph, plannedStart: c.planned, duration: c.durations, timelineStart: PlanBuilder.origin, progress: progress)

            let (es, ef) = c.early()
            let lf = c.lateFinish(es, ef)
            let ls = (0..<c.n).map { lf[$0] - (ef[$0] - es[$0]) }
            let context = "n=\(c.n) status=\(c.statusMonth) planned=\(c.planned) file=\(c.filePlanned) durations=\(c.durations) "
                + "state=\(c.state.map(\.rawValue)) AS=\(c.actualStart) AF=\(c.actualFinish) left=\(c.remaining) "
                + "edges=\(c.edges.map { "\($0.from)→\($0.to) \($0.type) \($0.lag)" })"

            XCTAssertEqual(schedule.earlyStart, es, context)
            XCTAssertEqual(schedule.earlyFinish, ef, context)
            XCTAssertEqual(schedule.projectFinish, ef.max()!, context)
            XCTAssertEqual(schedule.lateFinish, lf, context)
            XCTAssertEqual(schedule.lateStart, ls, context)
            XCTAssertEqual(schedule.totalFloat, zip(ls, es).map(-), context)
            XCTAssertEqual(schedule.freeFloat, (0..<c.n).map { c.freeFloat($0, es, ef) }, context)
            for i in 0..<c.n {
                XCTAssertGreaterThanOrEqual(schedule.totalFloat[i], 0, context)
                XCTAssertEqual(schedule.isCritical(i), ls[i] == es[i] && c.state[i] != .finished, context)
                // Rescheduled work never runs before the month after the status date, and what
                // happened stays where it happened.
                switch c.state[i] {
                case .notStarted: XCTAssertGreaterThan(schedule.earlyStart[i], c.statusMonth, context)
                case .started:
                    XCTAssertEqual(schedule.earlyStart[i], c.actualStart[i], context)
                    XCTAssertGreaterThanOrEqual(schedule.earlyFinish[i], c.resume + c.remaining[i], context)
                case .finished:
                    XCTAssertEqual(schedule.earlyStart[i], c.actualStart[i], context)
                    XCTAssertEqual(schedule.earlyFinish[i], c.actualFinish[i], context)
                }
            }
            for (k, e) in c.edges.enumerated() {
                let binds: Bool
                switch c.state[e.to] {
                case .finished: binds = false
                case .started: binds = c.forward(e) && Case.constraint(e, es[e.from], ef[e.from]) == ef[e.to]
                case .notStarted:
                    binds = Case.constraint(e, es[e.from], ef[e.from]) == (e.type == .FS || e.type == .SS ? es[e.to] : ef[e.to])
                }
                XCTAssertEqual(schedule.binding[k], binds, "edge \(k): " + context)
            }
            XCTAssertEqual(schedule.criticalPath.sorted(), (0..<c.n).filter { ls[$0] == es[$0] && c.state[$0] != .finished }, context)
            // The critical chains are still made of binding links between critical activities.
            let network = CriticalNetwork(schedule, graph: graph)
            for chain in try XCTUnwrap(network.chains, context) {
                XCTAssertTrue(chain.allSatisfy(schedule.isCritical), context)
            }

            // Leaving edges out (stated only) is scheduling the graph without them, progress too.
            let ignored = c.edges.indices.map { _ in random.chance(0.4) }
            let kept = c.edges.indices.filter { !ignored[$0] }
            let keptGraph = try DependencyGraph.acyclic(activityCount: c.n, edges: kept.map { graphEdges[$0] }).get()
            let without = Schedule(graph: keptGraph, plannedStart: c.planned, duration: c.durations, timelineStart: PlanBuilder.origin, progress: progress)
            let leaving = Schedule(graph: graph, plannedStart: c.planned, duration: c.durations, timelineStart: PlanBuilder.origin,
                                   ignoring: ignored, progress: progress)
            XCTAssertEqual(leaving.earlyStart, without.earlyStart, context)
            XCTAssertEqual(leaving.earlyFinish, without.earlyFinish, context)
            XCTAssertEqual(leaving.lateStart, without.lateStart, context)
            XCTAssertEqual(leaving.freeFloat, without.freeFloat, context)
            checked += 1
        }
        XCTAssertEqual(checked, 400)
    }

    /// Without any progress reported, a status date only floors the work not started: the
    /// same as the plain schedule when the status date is before every planned start.
    func testAStatusDateBeforeEverythingChangesNothing() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<100 {
            var c = randomCase(&random)
            c.state = [State](repeating: .notStarted, count: c.n)
            c.remaining = c.durations
            c.planned = c.planned.map { max($0, 0) }
            c.filePlanned = c.planned
            c.statusMonth = -1
            let graph = try DependencyGraph.acyclic(activityCount: c.n, edges: c.edges.enumerated().map { k, e in
                DependencyGraph.Edge(from: e.from, to: e.to, type: e.type, lag: e.lag, dependencyIndex: k)
            }).get()
            let progress = ScheduleProgress(statusMonth: -1, state: c.state, actualStart: c.actualStart, actualFinish: c.actualFinish,
                                            remaining: c.remaining, plannedStart: c.planned, plannedFinish: zip(c.planned, c.durations).map(+))
            let with = Schedule(graph: graph, plannedStart: c.planned, duration: c.durations, timelineStart: PlanBuilder.origin, progress: progress)
            let plain = Schedule(graph: graph, plannedStart: c.planned, duration: c.durations, timelineStart: PlanBuilder.origin)
            XCTAssertEqual(with.earlyStart, plain.earlyStart)
            XCTAssertEqual(with.lateStart, plain.lateStart)
            XCTAssertEqual(with.freeFloat, plain.freeFloat)
            XCTAssertEqual(with.binding, plain.binding)
            XCTAssertEqual(with.criticalPath, plain.criticalPath)
        }
    }
}
