import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The search on screen (issue 10, defect 11): matches highlighted where they show, on every
/// page; why a row matched when its name does not show it; a name column that keeps its width
/// while the search is typed; each view keeps its scroll and cursor.
final class ExplorerSearchTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func explorer(_ file: String = "Tests/Fixtures/minimal.json", width: Int = 100, height: Int = 30,
                          language: Language = .en) throws -> Explorer {
        let scheduled = ScheduledRoadmap(try RoadmapLoader.load(path: Self.root.appendingPathComponent(file).path).get())
        return Explorer(scheduled: scheduled, state: ViewState(language: language), width: width, height: height)
    }

    private func type(_ keys: [Key], into explorer: inout Explorer) {
        for key in keys { _ = explorer.handle(key) }
    }

    /// The text of the highlighted runs of row `y`.
    private func highlighted(_ screen: Canvas, y: Int) -> [String] {
        var runs: [String] = [], current = ""
        for x in 0..<screen.width {
            if screen[x, y].style.selected { current += screen[x, y].text } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    func testTheMatchedTextIsHighlightedInTheRowsThatShowIt() throws {
        var explorer = try explorer()
        type([.character("/")] + Key.typed("STRAT"), into: &explorer)
        let screen = ScreenComposer.compose(explorer)
        let rows = (0..<screen.height - 1).filter { screen.lines[$0].contains("the strategy") && !screen.lines[$0].hasPrefix("▶") }
        XCTAssertEqual(rows.count, 2, screen.lines.joined(separator: "\n"))
        for y in rows { XCTAssertEqual(highlighted(screen, y: y), ["strat"], screen.lines[y]) }
        // The status line and the key bar are not the search's business; the grid's cells are never marked.
        for y in rows { XCTAssertFalse((0..<screen.width).contains { screen[$0, y].text == "█" && screen[$0, y].style.selected }) }
    }

    func testARowMatchedByTheOtherLanguageOrTheIdSaysSo() throws {
        var explorer = try explorer()
        type([.character("/")] + Key.typed("infonuag\n"), into: &explorer)
        var screen = ScreenComposer.compose(explorer)
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("Cloud") && $0.contains("Br") })
        XCTAssertTrue(screen.lines[row].contains("Cloud (fr: Infonuagique)"), screen.lines[row])
        XCTAssertEqual(highlighted(screen, y: row), ["Infonuag"], "the note shows the match")

        var shipped = try self.explorer("roadmap.json", width: 120, height: 30)
        let activity = shipped.scheduled.roadmap.activities[0]
        XCTAssertFalse(TextFolding.fold(activity.name.en + activity.name.fr).contains(TextFolding.fold(activity.id)))
        type([.character("/")] + Key.typed(activity.id + "\n"), into: &shipped)
        screen = ScreenComposer.compose(shipped)
        XCTAssertTrue(screen.lines.contains { $0.contains("(id: \(activity.id)") }, screen.lines.joined(separator: "\n"))
        // A name that shows the match gets no note.
        type([.character("x"), .character("/")] + Key.typed("cloud\n"), into: &shipped)
        XCTAssertFalse(ScreenComposer.compose(shipped).lines.contains { $0.contains("(fr:") || $0.contains("(id:") })
    }

    func testTheNameColumnKeepsItsWidthWhileTheSearchIsTyped() throws {
        var explorer = try explorer("roadmap.json", width: 120, height: 40)
        func gridX() -> Int? {
            let rule = ScreenComposer.compose(explorer).lines.first { $0.hasPrefix("──") } ?? ""
            return rule.firstIndex(of: "┼").map { rule.distance(from: rule.startIndex, to: $0) }
        }
        let before = try XCTUnwrap(gridX())
        type([.character("/")], into: &explorer)
        for letter in "pilot" {
            type([.character(letter)], into: &explorer)
            XCTAssertEqual(gridX(), before, "after typing up to “\(letter)”")
        }
    }

    func testTextPagesHighlightTheSearchWithinTheirText() throws {
        var explorer = try explorer()
        type([.character("6"), .character("/")] + Key.typed("method\n"), into: &explorer)
        let screen = ScreenComposer.compose(explorer)
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("A method.") }, screen.lines.joined(separator: "\n"))
        XCTAssertEqual(highlighted(screen, y: row), ["method"])
    }

    func testEachViewKeepsItsScrollAndCursor() throws {
        var explorer = try explorer("roadmap.json", width: 100, height: 24)
        type(Array(repeating: Key.character("j"), count: 12), into: &explorer)
        let selected = explorer.selectedActivity, cursor = explorer.cursor, scroll = explorer.scroll
        type([.character("5")] + Array(repeating: Key.character("j"), count: 7), into: &explorer)
        let strategyScroll = explorer.scroll
        XCTAssertGreaterThan(strategyScroll, 0)
        type([.character("1")], into: &explorer)
        XCTAssertEqual(explorer.selectedActivity, selected)
        XCTAssertEqual(explorer.cursor, cursor)
        XCTAssertEqual(explorer.scroll, scroll, "the roadmap where it was left")
        type([.character("5")], into: &explorer)
        XCTAssertEqual(explorer.scroll, strategyScroll, "the strategy where it was left")
    }

    func testDShowsTheDependenciesOfTheSelectionFromTheTop() throws {
        // Eleven rows: the header, with the line that counts the hidden notes, leaves six for
        // the links, so the first link of the next activity shows without scrolling.
        var explorer = try explorer("roadmap.json", width: 100, height: 11)
        type([.character("d"), .character("G")], into: &explorer)
        XCTAssertGreaterThan(explorer.scroll, 0, "the links of the first activity run past the screen")
        type([.character("1"), .character("j"), .character("d")], into: &explorer)
        XCTAssertEqual(explorer.scroll, 0, "another activity's links, from their top")
    }
}
