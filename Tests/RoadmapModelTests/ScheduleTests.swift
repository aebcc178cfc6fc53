import XCTest
@testable import RoadmapModel

/// Hand-made plans with every date worked out by hand. `dates` lists ES, EF, LS, LF (offsets
/// from the timeline's first month, finishes exclusive), total float, free float.
final class ScheduleTests: XCTestCase {
    // MARK: - The four dependency types

    func testFinishToStart() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", duration: 2)
        plan.activity("c", duration: 1)
        plan.depend("a", "b", .FS)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("b"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("c"), [0, 1, 4, 5, 4, 4])
        XCTAssertEqual(s.schedule.projectFinish, 5)
        XCTAssertEqual(s.schedule.slip(s.index("b")), 3)
        XCTAssertEqual(s.criticalPathIDs, ["a", "b"])
        XCTAssertEqual(s.schedule.projectStart, PlanBuilder.origin)
        XCTAssertEqual(s.schedule.projectFinishMonth, PlanBuilder.origin + 4)
    }

    func testFinishToStartWithLagAndLead() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", duration: 2)
        plan.depend("a", "b", .FS, lag: 2)
        var s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("b"), [5, 7, 5, 7, 0, 0])

        plan.dependencies[0].lag = -1
        s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("b"), [2, 4, 2, 4, 0, 0])
        XCTAssertEqual(s.schedule.projectFinish, 4)
    }

    func testStartToStart() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 4)
        plan.activity("b", duration: 2)
        plan.depend("a", "b", .SS, lag: 1)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 4, 0, 4, 0, 0])
        XCTAssertEqual(s.dates("b"), [1, 3, 2, 4, 1, 1])
        XCTAssertEqual(s.schedule.slip(s.index("b")), 1)
    }

    func testStartToStartWithNegativeLag() throws {
        var plan = PlanBuilder()
        plan.activity("a", start: 3, duration: 2)
        plan.activity("b", duration: 4)
        plan.depend("a", "b", .SS, lag: -2)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("b"), [1, 5, 1, 5, 0, 0])
        XCTAssertEqual(s.criticalPathIDs, ["b", "a"])
    }

    func testFinishToFinish() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 4)
        plan.activity("b", duration: 2)
        plan.depend("a", "b", .FF, lag: 1)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 4, 0, 4, 0, 0])
        XCTAssertEqual(s.dates("b"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.schedule.projectFinish, 5)
    }

    func testFinishToFinishWithLongSuccessor() throws {
        // B is longer than A: finishing with A would need B to start before month 0 (and
        // before its planned start), so its planned start holds it and A has float.
        var plan = PlanBuilder()
        plan.activity("a", duration: 2)
        plan.activity("b", duration: 5)
        plan.depend("a", "b", .FF, lag: 0)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("b"), [0, 5, 0, 5, 0, 0])
        XCTAssertEqual(s.dates("a"), [0, 2, 3, 5, 3, 3])
    }

    func testStartToFinish() throws {
        var plan = PlanBuilder()
        plan.activity("a", start: 2, duration: 3)
        plan.activity("b", duration: 2)
        plan.depend("a", "b", .SF, lag: 1)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.dates("b"), [1, 3, 3, 5, 2, 2])
        XCTAssertEqual(s.schedule.slip(s.index("b")), 1)
        XCTAssertEqual(s.criticalPathIDs, ["a"])
    }

    func testStartToFinishThatBinds() throws {
        // B must finish at least 4 months after A starts: B runs 2–5, and A, which starts at
        // 1, cannot start later without pushing B and the finish.
        var plan = PlanBuilder()
        plan.activity("a", start: 1, duration: 2)
        plan.activity("b", duration: 3)
        plan.depend("a", "b", .SF, lag: 4)
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [1, 3, 1, 3, 0, 0])
        XCTAssertEqual(s.dates("b"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.chainIDs, [["a", "b"]])
    }

    // MARK: - Shapes

    func testTwoParallelCriticalChains() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", duration: 2)
        plan.activity("c", duration: 2)
        plan.activity("d", duration: 3)
        plan.depend("a", "b")
        plan.depend("c", "d")
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 3, 0, 3, 0, 0])
        XCTAssertEqual(s.dates("b"), [3, 5, 3, 5, 0, 0])
        XCTAssertEqual(s.dates("c"), [0, 2, 0, 2, 0, 0])
        XCTAssertEqual(s.dates("d"), [2, 5, 2, 5, 0, 0])
        // Schedule order: early start, then early finish.
        XCTAssertEqual(s.criticalPathIDs, ["c", "a", "d", "b"])
        let chains = Set(s.chainIDs)
        XCTAssertEqual(chains, [["a", "b"], ["c", "d"]])
    }

    func testDiamond() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 2)
        plan.activity("b", duration: 3)
        plan.activity("c", duration: 1)
        plan.activity("d", duration: 2)
        plan.depend("a", "b")
        plan.depend("a", "c")
        plan.depend("b", "d")
        plan.depend("c", "d")
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 2, 0, 2, 0, 0])
        XCTAssertEqual(s.dates("b"), [2, 5, 2, 5, 0, 0])
        XCTAssertEqual(s.dates("c"), [2, 3, 4, 5, 2, 2])
        XCTAssertEqual(s.dates("d"), [5, 7, 5, 7, 0, 0])
        XCTAssertEqual(s.criticalPathIDs, ["a", "b", "d"])
        XCTAssertEqual(s.schedule.binding, [true, true, true, false])
        XCTAssertEqual(s.chainIDs, [["a", "b", "d"]])
    }

    func testDisconnectedParts() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 2)
        plan.activity("b", duration: 2)
        plan.activity("e", start: 5, duration: 1)
        plan.activity("x", start: 1, duration: 1)
        plan.depend("a", "b")
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("a"), [0, 2, 2, 4, 2, 0])
        XCTAssertEqual(s.dates("b"), [2, 4, 4, 6, 2, 2])
        XCTAssertEqual(s.dates("e"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(s.dates("x"), [1, 2, 5, 6, 4, 4])
        XCTAssertEqual(s.criticalPathIDs, ["e"])
        XCTAssertEqual(s.chainIDs, [["e"]])
    }

    func testSlipWhenPlannedDatesBreakADependency() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 4)
        plan.activity("b", start: 2, duration: 2)
        plan.activity("c", start: 7, duration: 1)
        plan.depend("a", "b")
        plan.depend("b", "c")
        let s = try plan.scheduled()
        XCTAssertEqual(s.schedule.slip(s.index("a")), 0)
        XCTAssertEqual(s.schedule.slip(s.index("b")), 2)
        XCTAssertEqual(s.schedule.slip(s.index("c")), 0) // B's slip is absorbed by C's slack
        XCTAssertEqual(s.dates("b"), [4, 6, 5, 7, 1, 1])
        XCTAssertEqual(s.dates("c"), [7, 8, 7, 8, 0, 0])
        // The validator reports the slip as a warning, not an error.
        let findings = try ValidatedRoadmap(validating: plan.roadmap).warnings
        XCTAssertEqual(findings.filter { $0.message.contains("slip") }.map(\.objectID), ["b"])
    }

    func testEmptyPlan() throws {
        let s = try PlanBuilder().scheduled()
        XCTAssertEqual(s.schedule.projectFinish, 0)
        XCTAssertTrue(s.schedule.criticalPath.isEmpty)
        XCTAssertEqual(s.criticalNetwork.chains?.isEmpty, true)
        XCTAssertTrue(s.teams.criticalPath.isEmpty)
    }

    // MARK: - Teams

    func testTeamSpansLinksAndCriticalPath() throws {
        var plan = PlanBuilder()
        plan.team("t1")
        plan.team("t2")
        plan.team("t3")
        plan.team("idle")
        plan.activity("a", duration: 2, team: "t1")
        plan.activity("c", duration: 3, team: "t2")
        plan.activity("b", duration: 1, team: "t1")
        plan.activity("e", duration: 1, team: "t3")
        plan.activity("n", duration: 1)
        plan.depend("a", "c")
        plan.depend("c", "b")
        plan.depend("e", "b")
        plan.depend("n", "e")
        let s = try plan.scheduled()
        XCTAssertEqual(s.dates("b"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(s.dates("e"), [1, 2, 4, 5, 3, 3])

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
        XCTAssertEqual(s.teamCriticalPathIDs, ["t1", "t2"])
    }

    func testTeamLinksCountEveryDependency() throws {
        var plan = PlanBuilder()
        plan.team("t1")
        plan.team("t2")
        plan.activity("a", duration: 2, team: "t1")
        plan.activity("b", duration: 1, team: "t1")
        plan.activity("c", duration: 1, team: "t2")
        plan.depend("a", "c")
        plan.depend("b", "c")
        plan.depend("a", "b") // within a team: no link
        let s = try plan.scheduled()
        XCTAssertEqual(s.teams.links, [TeamSchedule.Link(from: 0, to: 1, dependencyCount: 2, binds: true)])
    }

    func testOneTeamCarryingManyActivities() throws {
        // Spans grow in place: this took quadratic time when each added activity copied the
        // team's list.
        var plan = PlanBuilder()
        plan.team("t")
        let n = 100_000
        plan.activities.reserveCapacity(n)
        for k in 0..<n { plan.activity("a\(k)", start: k % 12, duration: 1, team: "t") }
        let s = try plan.scheduled()
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
        plan.activity("a", duration: 2)
        plan.activity("b", duration: 3)
        plan.activity("c", duration: 1)
        plan.activity("d", duration: 2)
        plan.depend("a", "b")
        plan.depend("a", "c")
        plan.depend("b", "d")
        plan.depend("c", "d")
        return plan
    }

    func testDelayWithinFloat() throws {
        let base = try diamond().scheduled()
        let after = base.delaying(base.index("c"), by: 3)
        XCTAssertEqual(after.dates("c"), [3, 4, 4, 5, 1, 1])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.moved, [ScheduleChange.Move(activity: base.index("c"), startDelta: 1, finishDelta: 1)])
        XCTAssertEqual(change.finishDelta, 0)
        XCTAssertFalse(change.criticalPathChanged)
        XCTAssertTrue(change.becameCritical.isEmpty && change.leftCriticalPath.isEmpty)
    }

    func testDelayThatMovesTheFinishAndTheCriticalPath() throws {
        let base = try diamond().scheduled()
        let c = base.index("c")
        // Two steps of a what-if add up.
        let after = base.delaying(c, by: 2).delaying(c, by: 3)
        XCTAssertEqual(after.delays, [c: 5])
        XCTAssertEqual(after.dates("c"), [5, 6, 5, 6, 0, 0])
        XCTAssertEqual(after.dates("d"), [6, 8, 6, 8, 0, 0])
        XCTAssertEqual(after.dates("a"), [0, 2, 1, 3, 1, 0])
        XCTAssertEqual(after.dates("b"), [2, 5, 3, 6, 1, 1])
        XCTAssertEqual(after.criticalPathIDs, ["c", "d"])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.finishDelta, 1)
        XCTAssertTrue(change.criticalPathChanged)
        XCTAssertEqual(after.ids(change.becameCritical), ["c"])
        XCTAssertEqual(after.ids(change.leftCriticalPath), ["a", "b"])
        XCTAssertEqual(change.moved.map { after.roadmap.activities[$0.activity].id }, ["c", "d"])
        XCTAssertEqual(change.moved.map(\.startDelta), [3, 1])
        XCTAssertEqual(after.monthsPastTimeline, (PlanBuilder.origin + 7) - (PlanBuilder.origin + 119))
    }

    func testAdvancingWithANegativeDelay() throws {
        var plan = PlanBuilder()
        plan.activity("x", start: 3, duration: 2)
        plan.activity("y", duration: 4)
        let base = try plan.scheduled()
        XCTAssertEqual(base.criticalPathIDs, ["x"])
        let after = base.delaying(base.index("x"), by: -2)
        XCTAssertEqual(after.dates("x"), [1, 3, 2, 4, 1, 1])
        XCTAssertEqual(after.dates("y"), [0, 4, 0, 4, 0, 0])
        let change = ScheduleChange(from: base.schedule, to: after.schedule)
        XCTAssertEqual(change.finishDelta, -1)
        XCTAssertEqual(change.moved, [ScheduleChange.Move(activity: base.index("x"), startDelta: -2, finishDelta: -2)])
        XCTAssertEqual(after.ids(change.becameCritical), ["y"])
        XCTAssertEqual(after.ids(change.leftCriticalPath), ["x"])
        // Undoing the what-if gives the plan back, and no delay is kept.
        let undone = after.delaying(base.index("x"), by: 2)
        XCTAssertTrue(undone.delays.isEmpty)
        XCTAssertEqual(undone.schedule.earlyStart, base.schedule.earlyStart)
    }

    func testDependenciesHoldAnActivityThatIsAdvanced() throws {
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", start: 3, duration: 1)
        plan.depend("a", "b")
        let base = try plan.scheduled()
        let after = base.delaying(base.index("b"), by: -2)
        XCTAssertEqual(after.dates("b"), [3, 4, 3, 4, 0, 0])
        XCTAssertEqual(after.schedule.slip(after.index("b")), 2)
        XCTAssertTrue(ScheduleChange(from: base.schedule, to: after.schedule).moved.isEmpty)
    }
}
