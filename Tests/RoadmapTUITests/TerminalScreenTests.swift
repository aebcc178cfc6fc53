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

    /// Defect 5, in a real terminal: at 80×24, 40×10 (French) and 200×50 the key bar keeps the
    /// what-if and the export, the filter line its count, the tab strip the views.
    func testSmallAndLargeTerminalsKeepTheEssentials() throws {
        let (session, _) = try open([Self.shipped.path, "--lang", "fr"], width: 80, height: 24)
        var lines = try session.lines()
        XCTAssertTrue(lines[23].contains("+Retard") && lines[23].contains("eExporter") && lines[23].contains("?Autres"), lines[23])
        XCTAssertTrue(lines[1].hasSuffix("29 activités sur 29"), lines[1])
        XCTAssertTrue(lines[21].hasPrefix("[1 Feuille de route] 2 3 4 5 6 7 8"), lines[21])
        try session.send("2")
        lines = try session.waitForScreen("the teams view") { TerminalTests.row(21, $0).contains("[2 ") }.components(separatedBy: "\n")
        XCTAssertTrue(lines[0].contains("Équipes"), lines[0])

        try session.resize(width: 40, height: 10)
        lines = try session.waitForScreen("the 40×10 screen") { TerminalTests.row(9, $0).hasSuffix("qQuitter") && TerminalTests.row(10, $0).isEmpty }.components(separatedBy: "\n")
        XCTAssertTrue(lines[9].contains("+Retard") && lines[9].contains("eExporter") && lines[9].contains("qQuitter"), lines[9])

        try session.resize(width: 200, height: 50)
        lines = try session.waitForScreen("the 200×50 screen") { TerminalTests.row(49, $0).contains("qQuitter") }.components(separatedBy: "\n")
        XCTAssertTrue(lines[47].contains("1 Feuille de route") && lines[47].contains("8 "), lines[47])
        XCTAssertTrue(lines[49].contains("?Aide"), "every key fits: \(lines[49])")
    }
}
