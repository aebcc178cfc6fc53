import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The grid's one-line summary of the critical path (issue 23): counted from the schedule,
/// never stated, and following what-ifs.
final class CriticalSummaryTests: XCTestCase {
    func testTheShippedRoadmapInBothLanguages() throws {
        let scheduled = try Fixture.shipped()
        let schedule = scheduled.schedule
        let critical = schedule.criticalPath
        let ending = critical.filter { schedule.earlyFinish[$0] == schedule.projectFinish }.count
        // Counted here by hand from the schedule, then the sentence checked word for word.
        XCTAssertEqual([critical.count, ending], [26, 17])
        XCTAssertEqual(CriticalSummary.text(scheduled, Vocabulary(.en)),
                       "26 of 29 critical (no float): 17 end at the finish, Mar 2018; 9 lead to them")
        XCTAssertEqual(CriticalSummary.text(scheduled, Vocabulary(.fr)),
                       "26 activités critiques sur 29 (sans marge) : 17 finissent à l’échéance, mars 2018 ; 9 y mènent")
    }

    func testOneCriticalActivityThatEndsTheProject() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(CriticalSummary.text(scheduled, Vocabulary(.en)), "1 of 3 critical (no float): it ends at the finish, Mar 2018")
        XCTAssertEqual(CriticalSummary.text(scheduled, Vocabulary(.fr)),
                       "1 activité critique sur 3 (sans marge) : elle finit à l’échéance, mars 2018")
    }

    /// A what-if of 12 months on propose (then Oct 2017 – Mar 2018, socialize Apr – Sep 2018) makes propose and socialize the chain to
    /// the finish, and cloud no longer critical: the summary says the new count.
    func testAWhatIfChangesTheSummary() throws {
        let scheduled = try Fixture.minimal()
        let propose = try XCTUnwrap(scheduled.activityIndex["propose"])
        let moved = scheduled.delaying(propose, by: 12)
        let schedule = moved.schedule
        XCTAssertEqual(Set(schedule.criticalPath.map { moved.roadmap.activities[$0].id }), ["propose", "socialize"])
        XCTAssertEqual(CriticalSummary.text(moved, Vocabulary(.en)), "2 of 3 critical (no float): 1 ends at the finish, Sep 2018; 1 leads to it")
    }

    /// On screen the summary sits in the corner above the names; in a document it is a line of
    /// its own, whole.
    func testWhereItIsDrawn() throws {
        let scheduled = try Fixture.minimal()
        let screen = PageBuilder.page(scheduled, ViewState(language: .en), width: 100).header.lines
        XCTAssertTrue(screen[2].hasPrefix("  1 of 3 critical (no float): it ends at  │"), screen[2])
        var state = ViewState(language: .en)
        state.medium = .document
        let document = PageBuilder.page(scheduled, state, width: 100).header.lines
        XCTAssertTrue(document.contains("1 of 3 critical (no float): it ends at the finish, Mar 2018"), "\(document)")
    }
}
