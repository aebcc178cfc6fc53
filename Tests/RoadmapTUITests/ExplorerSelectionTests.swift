import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The selection is a row the user can see, or nothing; an action about an activity with
/// nothing selected says so and changes nothing (issue 10, defect 2).
final class ExplorerSelectionTests: XCTestCase {
    private func explorer(width: Int = 100, height: Int = 30) throws -> Explorer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        let scheduled = ScheduledRoadmap(try RoadmapLoader.load(path: path).get())
        return Explorer(scheduled: scheduled, state: ViewState(language: .en), width: width, height: height)
    }

    private func type(_ keys: [Key], into explorer: inout Explorer) {
        for key in keys { _ = explorer.handle(key) }
    }

    func testASearchThatLeavesNoRowLeavesNothingSelectedAndActionsSaySo() throws {
        var explorer = try explorer()
        // "s" selects "socialize"/"propose" on the way; "zzz" leaves no row.
        type([.character("/")] + Key.typed("szzz\n"), into: &explorer)
        XCTAssertEqual(explorer.page.row(of: 0), nil)
        XCTAssertNil(explorer.selectedActivity, "no row on screen, so nothing is selected")
        let delays = explorer.scheduled.delays
        type([.character("+")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, delays, "+ moved nothing")
        XCTAssertEqual(explorer.message?.isError, true)
        XCTAssertTrue(explorer.message?.text.contains("nothing is selected") == true, explorer.message?.text ?? "")
        type([.enter], into: &explorer)
        XCTAssertNil(explorer.overlay, "Enter opened no details")
        type([.character("d")], into: &explorer)
        XCTAssertEqual(explorer.state.view, .roadmap, "d did not leave for a hidden activity's dependencies")
        XCTAssertTrue(explorer.message?.text.contains("nothing is selected") == true)
        let screen = ScreenComposer.compose(explorer)
        for y in 0..<screen.height - 1 {  // the key bar's keys are drawn reversed
            XCTAssertFalse((0..<screen.width).contains { screen[$0, y].style.selected }, "no row is marked selected: \(screen.lines[y])")
        }
        // Clearing the search brings the rows, and a selection, back.
        type([.character("x")], into: &explorer)
        XCTAssertEqual(explorer.selectedActivity, 0)
    }

    /// A click on a heading folds it (as Enter does) and leaves nothing selected: `+` then
    /// says so rather than delaying the row that was marked before.
    func testAClickOnAnAreaHeadingFoldsItAndSelectsNothing() throws {
        var explorer = try explorer()
        let header = explorer.page.header.height
        type([.click(x: 5, y: header + 2)], into: &explorer)  // rows: area, propose, socialize, area, cloud
        XCTAssertEqual(explorer.selectedActivity, 1)
        type([.click(x: 5, y: header + 3)], into: &explorer)  // the second area's heading
        XCTAssertNil(explorer.selectedActivity, "a heading is not an activity")
        XCTAssertEqual(explorer.state.folded.count, 1, "the click folded the heading")
        type([.character("+")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [:], "+ delays no row out of sight")
        XCTAssertEqual(explorer.message?.isError, true, explorer.message?.text ?? "")
        let screen = ScreenComposer.compose(explorer)
        XCTAssertFalse(screen.lines.contains { $0.hasPrefix(" ▶") }, "no row is marked")
    }

    func testEnterAndWhatIfsOnAPageWithoutActivityRowsSaySoInsteadOfActingOnAHiddenOne() throws {
        var explorer = try explorer()
        type([.character("5"), .enter], into: &explorer)
        XCTAssertNil(explorer.overlay, "the strategy page shows no selected activity to open")
        XCTAssertEqual(explorer.message?.isError, true)
        XCTAssertTrue(explorer.message?.text.contains("No activity selected in this view") == true, explorer.message?.text ?? "")
        type([.character("+"), .character("d")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [:])
        XCTAssertEqual(explorer.state.view, .strategy)
        // Back on the roadmap, the selection kept for it is there again, and acts.
        type([.character("1"), .enter], into: &explorer)
        XCTAssertEqual(explorer.overlay, .details(activity: 0, ScrollBox()))
    }

    /// Defect 6: reverse video turned the selected bar's `█` into a gap. The selection is a
    /// mark in its own column and an underlined label; the bar's cells are the same selected or not.
    func testTheSelectedRowKeepsItsBarAndIsMarkedInItsOwnColumn() throws {
        var explorer = try explorer()
        let y = explorer.page.header.height + 1  // propose, selected at start
        let selected = ScreenComposer.compose(explorer)
        type([.character("j")], into: &explorer)
        let unselected = ScreenComposer.compose(explorer)
        XCTAssertEqual(selected[ScreenComposer.selectionX, y].text, "▶")
        XCTAssertEqual(unselected[ScreenComposer.selectionX, y].text, " ", "the mark follows the selection")
        XCTAssertEqual(unselected[ScreenComposer.selectionX, y + 1].text, "▶")
        let bar = (0..<selected.width).filter { selected[$0, y].text == "█" }
        XCTAssertFalse(bar.isEmpty, selected.lines[y])
        for x in bar { XCTAssertEqual(selected[x, y], unselected[x, y], "the bar's cell \(x) is drawn the same selected or not") }
        for x in 0..<selected.width { XCTAssertFalse(selected[x, y].style.selected, "no reverse video on the selected row (x \(x))") }
        let name = (2..<selected.width).filter { selected[$0, y].style.underline }
        XCTAssertEqual(name.first, 2, "the label is underlined from the name on")
        XCTAssertTrue(name.allSatisfy { selected[$0, y].text != "█" })
    }
}
