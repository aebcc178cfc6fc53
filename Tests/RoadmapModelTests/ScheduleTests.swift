import XCTest
@testable import RoadmapModel

/// Hand-made plans with every date worked out by hand. `dates` lists ES, EF, LS, LF (offsets
/// from the timeline's first month, finishes exclusive), total float, free float.
final class ScheduleTests: XCTestCase {
    // MARK: - The four dependency types

    func testFinishToStart() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 3)
        plan.activity("B", duration: 2)
        plan.activity("C", duration: 1)
        plan.depend("A", "B", .FS)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("B"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("C"), [0, 1, 4, 5, 4, 4])
        XCTAssertEqual(s.schedule.projectFinish, 5)
        XCTAssertEqual(s.schedule.slip(s.index("B")), 3)
        XCTAssertEqual(s.criticalPathIDs, ["A", "B"])
        XCTAssertEqual(s.schedule.projectStart, PlanBuilder.origin)
        XCTAssertEqual(s.schedule.projectFinishMonth, PlanBuilder.origin + 4)
    }

    func testFinishToStartWithLagAndLead() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 3)
        plan.activity("B", duration: 2)
        plan.depend("A", "B", .FS, lag: 2)
        var s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("B"), [5, 7, 5, 7, 0, 0])

        plan.dependencies[0].lag = -1
        s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("B"), [2, 4, 2, 4, 0, 0])
        XCTAssertEqual(s.schedule.projectFinish, 4)
    }

    func testStartToStart() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 4)
        plan.activity("B", duration: 2)
        plan.depend("A", "B", .SS, lag: 1)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 4, 0, 4, 0, 0])
        XCTAssertEqual(s.dates("B"), [1, 3, 2, 4, 1, 1])
        XCTAssertEqual(s.schedule.slip(s.index("B")), 1)
    }

    func testStartToStartWithNegativeLag() {
        var plan = PlanBuilder()
        plan.activity("A", start: 3, duration: 2)
        plan.activity("B", duration: 4)
        plan.depend("A", "B", .SS, lag: -2)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("B"), [1, 5, 1, 5, 0, 0])
        XCTAssertEqual(s.criticalPathIDs, ["B", "A"])
    }

    func testFinishToFinish() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 4)
        plan.activity("B", duration: 2)
        plan.depend("A", "B", .FF, lag: 1)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 4, 0, 4, 0, 0])
        XCTAssertEqual(s.dates("B"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.schedule.projectFinish, 5)
    }

    func testFinishToFinishWithLongSuccessor() {
        // B is longer than A: finishing with A would need B to start before month 0 (and
        // before its planned start), so its planned start holds it and A has float.
        var plan = PlanBuilder()
        plan.activity("A", duration: 2)
        plan.activity("B", duration: 5)
        plan.depend("A", "B", .FF, lag: 0)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("B"), [0, 5, 0, 5, 0, 0])
        XCTAssertEqual(s.dates("A"), [0, 2, 3, 5, 3, 3])
    }

    func testStartToFinish() {
        var plan = PlanBuilder()
        plan.activity("A", start: 2, duration: 3)
        plan.activity("B", duration: 2)
        plan.depend("A", "B", .SF, lag: 1)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.dates("B"), [1, 3, 3, 5, 2, 2])
        XCTAssertEqual(s.schedule.slip(s.index("B")), 1)
        XCTAssertEqual(s.criticalPathIDs, ["A"])
    }

    func testStartToFinishThatBinds() {
        // B must finish at least 4 months after A starts: B runs 2–5, and A, which starts at
        // 1, cannot start later without pushing B and the finish.
        var plan = PlanBuilder()
        plan.activity("A", start: 1, duration: 2)
        plan.activity("B", duration: 3)
        plan.depend("A", "B", .SF, lag: 4)
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [1, 3, 1, 3, 0, 0])
        XCTAssertEqual(s.dates("B"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.schedule.criticalChains(graph: s.graph).map(s.ids), [["A", "B"]])
    }

    // MARK: - Shapes

    func testTwoParallelCriticalChains() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 3)
        plan.activity("B", duration: 2)
        plan.activity("C", duration: 2)
        plan.activity("D", duration: 3)
        plan.depend("A", "B")
        plan.depend("C", "D")
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("B"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("C"), [0, 2, 0, 2, 0, 0])
        XCTAssertEqual(s.dates("D"), [2, 5, 2, 5, 0, 0])
        // Schedule order: early start, then early finish.
        XCTAssertEqual(s.criticalPathIDs, ["C", "A", "D", "B"])
        let chains = Set(s.schedule.criticalChains(graph: s.graph).map(s.ids))
        XCTAssertEqual(chains, [["A", "B"], ["C", "D"]])
    }

    func testDiamond() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 2)
        plan.activity("B", duration: 3)
        plan.activity("C", duration: 1)
        plan.activity("D", duration: 2)
        plan.depend("A", "B")
        plan.depend("A", "C")
        plan.depend("B", "D")
        plan.depend("C", "D")
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 2, 0, 2, 0, 0])
        XCTAssertEqual(s.dates("B"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.dates("C"), [2, 3, 4, 5, 2, 2])
        XCTAssertEqual(s.dates("D"), [5, 7, 5, 7, 0, 0])
        XCTAssertEqual(s.criticalPathIDs, ["A", "B", "D"])
        XCTAssertEqual(s.schedule.binding, [true, true, true, false])
        XCTAssertEqual(s.schedule.criticalChains(graph: s.graph).map(s.ids), [["A", "B", "D"]])
    }

    func testDisconnectedParts() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 2)
        plan.activity("B", duration: 2)
        plan.activity("E", start: 5, duration: 1)
        plan.activity("X", start: 1, duration: 1)
        plan.depend("A", "B")
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("A"), [0, 2, 2, 4, 2, 0])
        XCTAssertEqual(s.dates("B"), [2, 4, 4, 6, 2, 2])
        XCTAssertEqual(s.dates("E"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(s.dates("X"), [1, 2, 5, 6, 4, 4])
        XCTAssertEqual(s.criticalPathIDs, ["E"])
        XCTAssertEqual(s.schedule.criticalChains(graph: s.graph).map(s.ids), [["E"]])
    }

    func testSlipWhenPlannedDatesBreakADependency() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 4)
        plan.activity("B", start: 2, duration: 2)
        plan.activity("C", start: 7, duration: 1)
        plan.depend("A", "B")
        plan.depend("B", "C")
        let s = plan.scheduled()
        XCTAssertEqual(s.schedule.slip(s.index("A")), 0)
        XCTAssertEqual(s.schedule.slip(s.index("B")), 2)
        XCTAssertEqual(s.schedule.slip(s.index("C")), 0) // B's slip is absorbed by C's slack
        XCTAssertEqual(s.dates("B"), [4, 6, 5, 7, 1, 1])
        XCTAssertEqual(s.dates("C"), [7, 8, 7, 8, 0, 0])
        // The validator reports the slip as a warning, not an error.
        var roadmap = plan.roadmap
        let findings = Validator.validate(&roadmap)
        XCTAssertFalse(findings.contains(where: \.isError), "\(findings)")
        XCTAssertEqual(findings.filter { $0.message.contains("slip") }.map(\.objectID), ["B"])
    }

    func testEmptyPlan() {
        let s = PlanBuilder().scheduled()
        XCTAssertEqual(s.schedule.projectFinish, 0)
        XCTAssertTrue(s.schedule.criticalPath.isEmpty)
        XCTAssertTrue(s.schedule.criticalChains(graph: s.graph).isEmpty)
        XCTAssertTrue(s.teams.criticalPath.isEmpty)
    }

    func testChainsAreLimited() {
        // A ladder of n rungs has 2^n critical chains; only `limit` are returned, quickly.
        var plan = PlanBuilder()
        for k in 0..<30 {
            plan.activity("L\(k)", duration: 1)
            plan.activity("R\(k)", duration: 1)
            if k > 0 {
                for a in ["L", "R"] { for b in ["L", "R"] { plan.depend("\(a)\(k - 1)", "\(b)\(k)") } }
            }
        }
        let s = plan.scheduled()
        XCTAssertEqual(s.schedule.criticalPath.count, 60)
        let chains = s.schedule.criticalChains(graph: s.graph, limit: 7)
        XCTAssertEqual(chains.count, 7)
        XCTAssertTrue(chains.allSatisfy { $0.count == 30 })
    }

    // MARK: - Teams

    func testTeamSpansLinksAndCriticalPath() {
        var plan = PlanBuilder()
        plan.team("T1")
        plan.team("T2")
        plan.team("T3")
        plan.team("idle")
        plan.activity("A", duration: 2, team: "T1")
        plan.activity("C", duration: 3, team: "T2")
        plan.activity("B", duration: 1, team: "T1")
        plan.activity("E", duration: 1, team: "T3")
        plan.activity("N", duration: 1)
        plan.depend("A", "C")
        plan.depend("C", "B")
        plan.depend("E", "B")
        plan.depend("N", "E")
        let s = plan.scheduled()
        XCTAssertEqual(s.dates("B"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(s.dates("E"), [1, 2, 4, 5, 3, 3])

        let teams = s.teams
        XCTAssertEqual(teams.spans.count, 4)
        XCTAssertEqual(teams.spans[0], TeamSchedule.Span(team: 0, activities: [0, 2], earlyStart: 0, earlyFinish: 6, float: 0))
        XCTAssertEqual(teams.spans[1], TeamSchedule.Span(team: 1, activities: [1], earlyStart: 2, earlyFinish: 5, float: 0))
        XCTAssertEqual(teams.spans[2], TeamSchedule.Span(team: 2, activities: [3], earlyStart: 1, earlyFinish: 2, float: 3))
        XCTAssertNil(teams.spans[3])
        XCTAssertEqual(teams.spans[2]?.isCritical, false)

        XCTAssertEqual(Set(teams.links), [
            TeamSchedule.Link(from: 0, to: 1, dependencyCount: 1, binds: true),
            TeamSchedule.Link(from: 1, to: 0, dependencyCount: 1, binds: true),
            TeamSchedule.Link(from: 2, to: 0, dependencyCount: 1, binds: false),
        ])
        XCTAssertEqual(s.teamCriticalPathIDs, ["T1", "T2"])
    }

    func testTeamLinksCountEveryDependency() {
        var plan = PlanBuilder()
        plan.team("T1")
        plan.team("T2")
        plan.activity("A", duration: 2, team: "T1")
        plan.activity("B", duration: 1, team: "T1")
        plan.activity("C", duration: 1, team: "T2")
        plan.depend("A", "C")
        plan.depend("B", "C")
        plan.depend("A", "B") // within a team: no link
        let s = plan.scheduled()
        XCTAssertEqual(s.teams.links, [TeamSchedule.Link(from: 0, to: 1, dependencyCount: 2, binds: true)])
    }

    func testOneTeamCarryingManyActivities() {
        // Spans grow in place: this took quadratic time when each added activity copied the
        // team's list.
        var plan = PlanBuilder()
        plan.team("T")
        let n = 100_000
        plan.activities.reserveCapacity(n)
        for k in 0..<n { plan.activity("a\(k)", start: k % 12, duration: 1, team: "T") }
        let s = plan.scheduled()
        let span = s.teams.spans[0]
        XCTAssertEqual(span?.activities.count, n)
        XCTAssertEqual(span?.activities.last, n - 1)
        XCTAssertEqual(span?.earlyStart, 0)
        XCTAssertEqual(span?.earlyFinish, 12)
        XCTAssertEqual(span?.float, 0)
    }

    // MARK: - What-if

    private func diamond() -> PlanBuilder {
        var plan = PlanBuilder()
        plan.activity("A", duration: 2)
        plan.activity("B", duration: 3)
        plan.activity("C", duration: 1)
        plan.activity("D", duration: 2)
        plan.depend("A", "B")
        plan.depend("A", "C")
        plan.depend("B", "D")
        plan.depend("C", "D")
        return plan
    }

    func testDelayWithinFloat() {
        let base = diamond().scheduled()
        let after = base.delaying(base.index("C"), by: 3)
        XCTAssertEqual(after.dates("C"), [3, 4, 4, 5, 1, 1])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.moved, [ScheduleChange.Move(activity: base.index("C"), startDelta: 1, finishDelta: 1)])
        XCTAssertEqual(change.finishDelta, 0)
        XCTAssertFalse(change.criticalPathChanged)
        XCTAssertTrue(change.becameCritical.isEmpty && change.leftCriticalPath.isEmpty)
    }

    func testDelayThatMovesTheFinishAndTheCriticalPath() {
        let base = diamond().scheduled()
        let c = base.index("C")
        // Two steps of a what-if add up.
        let after = base.delaying(c, by: 2).delaying(c, by: 3)
        XCTAssertEqual(after.delays, [c: 5])
        XCTAssertEqual(after.dates("C"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(after.dates("D"), [6, 8, 6, 8, 0, 0])
        XCTAssertEqual(after.dates("A"), [0, 2, 1, 3, 1, 0])
        XCTAssertEqual(after.dates("B"), [2, 5, 3, 6, 1, 1])
        XCTAssertEqual(after.criticalPathIDs, ["C", "D"])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.finishDelta, 1)
        XCTAssertTrue(change.criticalPathChanged)
        XCTAssertEqual(after.ids(change.becameCritical), ["C"])
        XCTAssertEqual(after.ids(change.leftCriticalPath), ["A", "B"])
        XCTAssertEqual(change.moved.map { after.roadmap.activities[$0.activity].id }, ["C", "D"])
        XCTAssertEqual(change.moved.map(\.startDelta), [3, 1])
        XCTAssertEqual(after.monthsPastTimeline, (PlanBuilder.origin + 7) - (PlanBuilder.origin + 119))
    }

    func testAdvancingWithANegativeDelay() {
        var plan = PlanBuilder()
        plan.activity("X", start: 3, duration: 2)
        plan.activity("Y", duration: 4)
        let base = plan.scheduled()
        XCTAssertEqual(base.criticalPathIDs, ["X"])
        let after = base.delaying(base.index("X"), by: -2)
        XCTAssertEqual(after.dates("X"), [1, 3, 2, 4, 1, 1])
        XCTAssertEqual(after.dates("Y"), [0, 4, 0, 4, 0, 0])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.finishDelta, -1)
        XCTAssertEqual(change.moved, [ScheduleChange.Move(activity: base.index("X"), startDelta: -2, finishDelta: -2)])
        XCTAssertEqual(after.ids(change.becameCritical), ["Y"])
        XCTAssertEqual(after.ids(change.leftCriticalPath), ["X"])
        // Undoing the what-if gives the plan back, and no delay is kept.
        let undone = after.delaying(base.index("X"), by: 2)
        XCTAssertTrue(undone.delays.isEmpty)
        XCTAssertEqual(undone.schedule.earlyStart, base.schedule.earlyStart)
    }

    func testDependenciesHoldAnActivityThatIsAdvanced() {
        var plan = PlanBuilder()
        plan.activity("A", duration: 3)
        plan.activity("B", start: 3, duration: 1)
        plan.depend("A", "B")
        let base = plan.scheduled()
        let after = base.delaying(base.index("B"), by: -2)
        XCTAssertEqual(after.dates("B"), [3, 4, 3, 4, 0, 0])
        XCTAssertEqual(after.schedule.slip(after.index("B")), 2)
        XCTAssertTrue(ScheduleChange(from: base.schedule, to: after.schedule).moved.isEmpty)
    }
}
