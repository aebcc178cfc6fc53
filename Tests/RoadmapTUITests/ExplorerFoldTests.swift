import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Folding the grid's areas and the teams page's sub-committees: `f` on a row, Enter on a
/// heading, `F` for all; the marks ▾ and ▸ with the count; the text export of what is shown.
final class ExplorerFoldTests: XCTestCase {
    private func explorer(width: Int = 100, height: Int = 30) throws -> Explorer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        return Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: path).get()), state: ViewState(language: .en),
                        width: width, height: height)
    }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }
    private func selectedID(_ explorer: Explorer) -> String? { explorer.selectedActivity.map { explorer.scheduled.roadmap.activities[$0].id } }

    func testFFoldsTheSelectedActivitysAreaAndUnfoldsIt() throws {
        var explorer = try explorer()
        XCTAssertTrue(screen(explorer).contains("▾ Digital governance (2)"), screen(explorer))
        XCTAssertTrue(screen(explorer).contains("Socialize the strategy"))
        _ = explorer.handle(.character("j"))
        XCTAssertEqual(selectedID(explorer), "socialize")
        _ = explorer.handle(.character("f"))
        var text = screen(explorer)
        XCTAssertTrue(text.contains("▸ Digital governance (2)"), text)
        XCTAssertFalse(text.contains("Socialize the strategy"), text)
        XCTAssertFalse(text.contains("Propose the strategy"), text)
        XCTAssertTrue(text.contains("▾ Digital enablement (1)"), text)
        XCTAssertNil(explorer.selectedActivity, "the cursor rests on the folded heading, no hidden activity selected")
        XCTAssertEqual(explorer.state.folded, [.area("governance")])
        // j moves on to the next activity, k comes back onto the folded heading.
        _ = explorer.handle(.character("j"))
        XCTAssertEqual(selectedID(explorer), "cloud")
        _ = explorer.handle(.character("k"))
        XCTAssertNil(explorer.selectedActivity)
        // Enter on a folded heading unfolds it, the cursor on its first activity.
        _ = explorer.handle(.enter)
        XCTAssertNil(explorer.overlay, "no details box for a heading")
        text = screen(explorer)
        XCTAssertTrue(text.contains("▾ Digital governance (2)") && text.contains("Socialize the strategy"), text)
        XCTAssertEqual(selectedID(explorer), "propose")
        XCTAssertEqual(explorer.state.folded, [])
    }

    func testCapitalFFoldsEveryHeadingThenUnfoldsThemAll() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("G"))
        XCTAssertEqual(selectedID(explorer), "cloud")
        _ = explorer.handle(.character("F"))
        var text = screen(explorer)
        XCTAssertTrue(text.contains("▸ Digital governance (2)") && text.contains("▸ Digital enablement (1)"), text)
        XCTAssertFalse(text.contains("Cloud"), text)
        _ = explorer.handle(.character("F"))
        text = screen(explorer)
        XCTAssertTrue(text.contains("▾ Digital governance (2)") && text.contains("▾ Digital enablement (1)"), text)
        XCTAssertEqual(selectedID(explorer), "cloud", "the selection comes back where it was")
    }

    func testTheTeamsPageFoldsItsSubcommittees() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("2"))
        var text = screen(explorer)
        XCTAssertTrue(text.contains("▾ Foundation Sub-Committee (1)"), text)
        XCTAssertTrue(text.contains("Strategy Task Team"), text)
        _ = explorer.handle(.character("f"))
        text = screen(explorer)
        XCTAssertTrue(text.contains("▸ Foundation Sub-Committee (1)"), text)
        XCTAssertFalse(text.contains("Strategy Task Team"), text)
        _ = explorer.handle(.character("f"))
        XCTAssertTrue(screen(explorer).contains("Strategy Task Team"))
    }

    func testTheTextExportOfAFoldedViewIsWhatIsShown() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("f"))
        let text = String(decoding: try Exporter.render(explorer.scheduled, explorer.state, format: .text, width: 100), as: UTF8.self)
        XCTAssertTrue(text.contains("▸ Digital governance (2)"), text)
        XCTAssertFalse(text.contains("Propose the strategy"), text)
        XCTAssertTrue(text.contains("Cloud"), text)
    }

    func testFoldingElsewhereSaysWhereItWorks() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("6"))
        _ = explorer.handle(.character("f"))
        XCTAssertEqual(explorer.message?.isError, true)
        XCTAssertTrue(explorer.message?.text.contains("Nothing to fold here") == true)
    }
}
