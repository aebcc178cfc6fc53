import XCTest
@testable import RoadmapModel

/// The filters by period (early dates), sub-committee (the activities of its teams), slip and
/// total float, alone and together, and their resolution from what a user types.
final class MoreFiltersTests: XCTestCase {
    /// a: months 0–5, team t1 (sub-committee s1); b: 6–11, team t2 (none); c: planned at 0, held
    /// by a until 6 (slips 6), 6–7, no team. Finish 12: floats a 4, b 0, c 4.
    private func plan() throws -> ScheduledRoadmap {
        var plan = PlanBuilder()
        plan.teams.append(TaskTeam(id: "t1", name: LocalizedText("Team 1"), role: "Pr", subcommittee: "s1"))
        plan.teams.append(TaskTeam(id: "t2", name: LocalizedText("Team 2"), role: "Pr"))
        plan.activity("a", start: 0, duration: 6, team: "t1")
        plan.activity("b", start: 6, duration: 6, team: "t2")
        plan.activity("c", start: 0, duration: 2)
        plan.depend("a", "c")
        var roadmap = plan.roadmap
        roadmap.subcommittees = [Subcommittee(id: "s1", name: LocalizedText(fr: "Sous-comité un", en: "Sub-committee one"))]
        roadmap.meta.periods = [Period(id: "p1", label: LocalizedText(fr: "Période 1", en: "Period 1"), start: PlanBuilder.origin, finish: PlanBuilder.origin + 5),
                                Period(id: "p2", label: LocalizedText(fr: "Période 2", en: "Period 2"), start: PlanBuilder.origin + 6, finish: PlanBuilder.origin + 11)]
        return ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
    }

    private func ids(_ filter: ActivityFilter, _ scheduled: ScheduledRoadmap) -> [String] { scheduled.ids(filter.apply(to: scheduled)) }

    func testEachFilterAlone() throws {
        let scheduled = try plan()
        XCTAssertEqual(scheduled.dates("a")[4], 4)
        XCTAssertEqual(scheduled.dates("b")[4], 0)
        XCTAssertEqual(scheduled.schedule.slip(scheduled.index("c")), 6)
        XCTAssertEqual(ids(ActivityFilter(periods: ["p1"]), scheduled), ["a"], "c is planned in p1 but its early dates are in p2")
        XCTAssertEqual(ids(ActivityFilter(periods: ["p2"]), scheduled), ["b", "c"])
        XCTAssertEqual(ids(ActivityFilter(periods: ["p1", "p2"]), scheduled), ["a", "b", "c"])
        XCTAssertEqual(ids(ActivityFilter(subcommittees: ["s1"]), scheduled), ["a"], "no team, or a team of no sub-committee, is left out")
        XCTAssertEqual(ids(ActivityFilter(slippingOnly: true), scheduled), ["c"])
        XCTAssertEqual(ids(ActivityFilter(maxFloat: 0), scheduled), ["b"])
        XCTAssertEqual(ids(ActivityFilter(maxFloat: 4), scheduled), ["a", "b", "c"])
        XCTAssertFalse(ActivityFilter(maxFloat: 0).isEmpty)
        XCTAssertFalse(ActivityFilter(slippingOnly: true).isEmpty)
        XCTAssertFalse(ActivityFilter(periods: ["p1"]).isEmpty)
        XCTAssertFalse(ActivityFilter(subcommittees: ["s1"]).isEmpty)
    }

    func testTheyCombineAndFollowWhatIfs() throws {
        let scheduled = try plan()
        XCTAssertEqual(ids(ActivityFilter(periods: ["p2"], maxFloat: 0), scheduled), ["b"])
        XCTAssertEqual(ids(ActivityFilter(periods: ["p2"], slippingOnly: true), scheduled), ["c"])
        // Delaying a by a month makes it hold c a month later: c slips 7, the finish stays at 12.
        let delayed = scheduled.delaying(scheduled.index("a"), by: 1)
        XCTAssertEqual(ids(ActivityFilter(periods: ["p1"]), delayed), ["a"])
        XCTAssertEqual(ids(ActivityFilter(maxFloat: 3), delayed), ["a", "b", "c"].filter { delayed.dates($0)[4] <= 3 })
    }

    func testTheResolverTakesIdsAndLabelsInBothLanguages() throws {
        let resolver = FilterResolver(roadmap: try plan().roadmap)
        XCTAssertEqual(try resolver.period("p2").get(), "p2")
        XCTAssertEqual(try resolver.period("periode 1").get(), "p1", "accents and case ignored")
        XCTAssertEqual(try resolver.subcommittee("Sub-committee one").get(), "s1")
        XCTAssertEqual(try resolver.subcommittee("s1").get(), "s1")
        guard case let .failure(failure) = resolver.period("p9") else { return XCTFail("p9 is no period") }
        XCTAssertEqual(failure.description, "unknown period \"p9\" (known: p1, p2)")
    }
}
