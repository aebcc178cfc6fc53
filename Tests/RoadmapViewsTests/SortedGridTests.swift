import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The grid sorted within its areas (`o`, `--order start|float|team|role`): the title says the
/// order, and the page and the exports follow it.
final class SortedGridTests: XCTestCase {
    func testByFloatTheLeastFloatComesFirstInEachAreaOnThePageAndInTheCSV() throws {
        let scheduled = try Fixture.shipped()
        let state = ViewState(view: .roadmap, language: .en, order: .float)
        let page = PageBuilder.page(scheduled, state, width: 160)
        XCTAssertTrue(page.header.line(0).contains("· by float"), page.header.line(0))
        var previous: (area: String, float: Int)?
        var areas = Set<String>()
        for row in 0..<page.rowCount {
            guard let i = page.activity(atRow: row) else { continue }
            let area = scheduled.roadmap.activities[i].area, float = scheduled.schedule.totalFloat[i]
            if let previous, previous.area == area { XCTAssertLessThanOrEqual(previous.float, float, "row \(row)") }
            else { XCTAssertFalse(areas.contains(area), "each area in one block") }
            areas.insert(area)
            previous = (area, float)
        }
        XCTAssertFalse(areas.isEmpty)
        let csv = String(decoding: try Exporter.render(scheduled, state, format: .csv, width: 160), as: UTF8.self)
        let ids = csv.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        let pageIDs = (0..<page.rowCount).compactMap { page.activity(atRow: $0) }.map { scheduled.roadmap.activities[$0].id }
        XCTAssertEqual(ids, pageIDs, "the CSV rows in the page's order")
    }

    func testTheTitleNamesEachSortInFrench() throws {
        let scheduled = try Fixture.minimal()
        for (order, words) in [(RowOrder.start, "par début"), (.float, "par marge"), (.team, "par équipe"), (.role, "par rôle")] {
            let page = PageBuilder.page(scheduled, ViewState(language: .fr, order: order), width: 120)
            XCTAssertTrue(page.header.line(0).contains("· " + words), page.header.line(0))
        }
    }
}
