import XCTest
@testable import RoadmapModel

/// The row orders that sort the activities within their area by what the schedule or the
/// data says of them: start, float, team, role; ties in file order.
final class RowOrderSortTests: XCTestCase {
    /// a (late start, no float), b (early, float), c (early, no team), d (middle), all in one area.
    private func plan() throws -> ScheduledRoadmap {
        var plan = PlanBuilder()
        plan.team("t1")
        plan.team("t2")
        plan.activity("a", start: 6, duration: 6, team: "t2")
        plan.activity("b", start: 0, duration: 2, team: "t1")
        plan.activity("c", start: 0, duration: 6)
        plan.activity("d", start: 3, duration: 1, team: "t1")
        plan.depend("c", "a")
        return try plan.scheduled()
    }

    private func sorted(_ order: RowOrder, _ scheduled: ScheduledRoadmap) -> [String] {
        var indices = Array(scheduled.roadmap.activities.indices)
        order.sortActivities(&indices, in: scheduled)
        return scheduled.ids(indices)
    }

    func testEachOrderSortsWithinTheArea() throws {
        let scheduled = try plan()
        XCTAssertEqual(sorted(.file, scheduled), ["a", "b", "c", "d"])
        XCTAssertEqual(sorted(.start, scheduled), ["b", "c", "d", "a"], "by early start, ties in file order")
        XCTAssertEqual(scheduled.dates("a")[4], 0)
        XCTAssertEqual(scheduled.dates("c")[4], 0)
        XCTAssertEqual(sorted(.float, scheduled), ["a", "c", "d", "b"], "least float first: d has 8, b 10")
        XCTAssertEqual(sorted(.team, scheduled), ["b", "d", "a", "c"], "the file's order of the teams, no team last")
        XCTAssertEqual(sorted(.role, scheduled), ["a", "b", "c", "d"], "one role: file order")
    }

    func testTheScheduleDecidesTheStartOrder() throws {
        // A delay of b past d puts it after d.
        let scheduled = try plan().delaying(try plan().index("b"), by: 5)
        XCTAssertEqual(sorted(.start, scheduled), ["c", "d", "b", "a"])
    }

    func testTheNewOrdersCycleAfterTheSeedsAndAreAlwaysRecorded() {
        XCTAssertEqual(RowOrder.seed.next, .start)
        XCTAssertEqual(RowOrder.role.next, .file)
        let empty = Roadmap(meta: Meta(title: LocalizedText("Plan"), timeline: Timeline(start: PlanBuilder.origin, finish: PlanBuilder.origin + 1)),
                            roles: [], areas: [], teams: [], activities: [], dependencies: [])
        for order in [RowOrder.start, .float, .team, .role] { XCTAssertTrue(order.isRecorded(in: empty), "\(order)") }
    }
}
