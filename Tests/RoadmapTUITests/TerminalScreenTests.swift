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
        XCTAssertTrue(lines[21].hasPrefix("[1 Feuille de route] 2 Équ… 3 Dép… 4 Tra…"), "the other tabs shortened, not gone: \(lines[21])")
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

    /// Defect 8: TERM=dumb, empty, unset or unknown: a message naming the terminal and pointing
    /// to `roadmap export`, exit status 1, and the terminal's settings as they were.
    func testATerminalThatCannotDrawIsRefusedWithAMessageAndLeftAsItWas() throws {
        let cases: [(setting: String, says: String)] = [
            ("TERM=dumb", "the terminal \"dumb\" (TERM) cannot move the cursor"),
            ("TERM=", "the terminal type is empty (TERM)"),
            ("-u TERM", "the terminal type is not set (TERM)"),
            ("TERM=no-such-terminal", "the terminal type \"no-such-terminal\" (TERM) is unknown here"),
        ]
        for (k, item) in cases.enumerated() {
            let before = folder.appendingPathComponent("before-\(k).txt").path, after = folder.appendingPathComponent("after-\(k).txt").path
            let script = """
                stty -a > \(shellQuoted(before))
                env \(item.setting) \(shellQuoted(binary.path)) \(shellQuoted(minimal))
                echo "exit status $?"
                stty -a > \(shellQuoted(after))
                exec sleep 60

                """
            let url = folder.appendingPathComponent("term-\(k).sh")
            try script.write(to: url, atomically: true, encoding: .utf8)
            let session = try tmux.start(["/bin/sh", url.path], width: 160, height: 20, name: "term\(k)", directory: folder)
            let screen = try session.waitForScreen(containing: "exit status")
            XCTAssertTrue(screen.contains("exit status 1"), framed(screen))
            let joined = screen.replacingOccurrences(of: "\n", with: "")
            XCTAssertTrue(joined.contains("roadmap: error: " + item.says), framed(screen))
            XCTAssertTrue(joined.contains("roadmap export"), framed(screen))
            XCTAssertEqual(try String(contentsOfFile: after, encoding: .utf8), try String(contentsOfFile: before, encoding: .utf8),
                           "\(item.setting): nothing left in raw mode")
        }
    }

    /// Defect 11, in a real terminal: the match highlighted, the reason a row matched, the grid
    /// where it was while the search is typed.
    func testTheSearchHighlightsSaysWhyAndKeepsTheGridInPlace() throws {
        let (session, _) = try open([minimal], width: 100, height: 30)
        let rule = try XCTUnwrap(try session.lines().first { $0.hasPrefix("──") })
        try session.send("/")
        try session.type("infonuag")
        let screen = try session.waitForScreen(containing: "Cloud (fr: Infonuagique)")
        let lines = screen.components(separatedBy: "\n")
        XCTAssertEqual(lines.first { $0.hasPrefix("──") }, rule, "the grid did not move")
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("Cloud (fr: Infonuagique)") })
        let styled = try styledLines(session)[row]
        XCTAssertTrue(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[7;") || styled.contains(";7;"),
                      "the match is drawn reversed: \(styled.debugDescription)")
    }
}
