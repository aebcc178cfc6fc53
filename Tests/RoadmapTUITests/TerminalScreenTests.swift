import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The explorer's screen in a real terminal (issue 10, defects 5–8 and 11): how the selection
/// is marked, what small terminals keep, months beyond the timeline, TERM, search.
final class TerminalScreenTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }

    /// The pane with its attributes (`capture-pane -e`): SGR sequences before the cells.
    private func styledLines(_ session: TmuxSession) throws -> [String] {
        try session.server.run(["capture-pane", "-p", "-e", "-t", session.target]).components(separatedBy: "\n")
    }

    func testTheSelectedRowIsMarkedWithoutReverseVideoAndKeepsItsBar() throws {
        let (session, _) = try open([minimal])
        let lines = try session.lines()
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(" ▶Propose the strategy") }, framed(lines.joined(separator: "\n")))
        XCTAssertTrue(lines[row].contains("██████"), "the selected bar is whole: \(lines[row])")
        let styled = try styledLines(session)[row]
        XCTAssertFalse(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[7;"), "no reverse video: \(styled.debugDescription)")
        XCTAssertTrue(styled.contains("\u{1B}[4m") || styled.contains(";4m") || styled.contains("[4;") || styled.contains(";4;"),
                      "the label is underlined: \(styled.debugDescription)")
        try session.send("j")
        let moved = try session.waitForScreen("the mark on the next row") { TerminalTests.row(row + 1, $0).hasPrefix(" ▶Socialize") }
        XCTAssertTrue(TerminalTests.row(row, moved).hasPrefix("  Propose the strategy"), "the mark left the row")
        XCTAssertEqual(TerminalTests.row(row, moved).filter { $0 == "█" }.count, lines[row].filter { $0 == "█" }.count,
                       "the bar is the same selected or not")
    }
}
