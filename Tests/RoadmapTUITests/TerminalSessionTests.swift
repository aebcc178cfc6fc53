import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `roadmap` in a real terminal, as `TerminalTests` drives it: what a session does
/// besides browsing — export, resize, help, quit and the signals that end it, the mouse. Apart
/// from `TerminalTests` so that each file stays one concept of a readable size.
final class TerminalSessionTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }
    private var shipped: String { Self.shipped.path }

    // MARK: - 6. Export

    func testExportWritesTheViewAsTheCommandLineDoes() throws {
        let (session, _) = try open([minimal])
        try session.send("e")
        let prompt = try session.waitForScreen("the export prompt") { Self.row(28, $0).hasPrefix("Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ") }
        let prefilled = String(Self.row(28, prompt).dropFirst("Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ".count))
        let name = try XCTUnwrap(prefilled.firstMatch(of: /^roadmap-roadmap-(\d{8})-(\d{4})\.txt▏$/), prefilled)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmm"
        let stamp = try XCTUnwrap(formatter.date(from: String(name.1 + name.2)), prefilled)
        XCTAssertLessThan(abs(stamp.timeIntervalSinceNow), 26 * 3600, "the name holds the date and time (in any time zone)")

        let text = folder.appendingPathComponent("view.txt")
        try export(session, to: text.path)
        let expectedText = try runRoadmap(["export", minimal, "--format", "text", "--width", "120", "--lang", "en"])
        XCTAssertEqual(expectedText.status, 0, expectedText.stderrText)
        XCTAssertEqual(try Data(contentsOf: text), expectedText.stdout, "the explorer's export is `roadmap export --format text --width 120`")

        let csv = folder.appendingPathComponent("view.csv")
        try export(session, to: csv.path)
        let expectedCSV = try runRoadmap(["export", minimal, "--format", "csv", "--lang", "en"])
        XCTAssertEqual(try Data(contentsOf: csv), expectedCSV.stdout)
        XCTAssertTrue(expectedCSV.stdoutText.contains("propose"), expectedCSV.stdoutText)

        // The export follows the view: filters and what-if.
        try session.send("r", "Down", "Space", "Enter")
        try session.waitForScreen(containing: "Filters: role Pr")
        try session.send("+")
        try session.waitForScreen(containing: "Propose the strategy +1 month")
        let filtered = folder.appendingPathComponent("filtered.md")
        try export(session, to: filtered.path)
        let expectedMarkdown = try runRoadmap(["export", minimal, "--format", "markdown", "--lang", "en", "--role", "Pr", "--delay", "propose=1"])
        XCTAssertEqual(expectedMarkdown.status, 0, expectedMarkdown.stderrText)
        XCTAssertEqual(try Data(contentsOf: filtered), expectedMarkdown.stdout)

        // An export over the open roadmap is refused, and the roadmap left alone.
        let original = try Data(contentsOf: Self.minimal)
        try session.send("e")
        try session.waitForScreen(containing: "Export to (")
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60))
        try session.type(minimal)
        try session.send("Enter")
        try session.waitForScreen(containing: "that is the open roadmap")
        XCTAssertEqual(try Data(contentsOf: Self.minimal), original)
    }

    /// `e`, the prompt emptied with backspaces, a path typed, Enter; waits for the message.
    private func export(_ session: TmuxSession, to path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("e", file: file, line: line)
        try session.waitForScreen(containing: "Export to (", file: file, line: line)
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60), file: file, line: line)
        try session.waitForScreen("an empty prompt", file: file, line: line) { Self.row(28, $0) == "Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ▏" }
        try session.type(path, file: file, line: line)
        try session.send("Enter", file: file, line: line)
        try session.waitForScreen(containing: "View exported to \(path)", file: file, line: line)
    }

    // MARK: - 7. Resize

    func testResizeRedrawsAtTheNewSize() throws {
        let wrapped = try openWrapped([minimal])
        let session = wrapped.session
        let wide = try session.lines()
        let wideRule = try XCTUnwrap(wide.first { $0.hasPrefix("────") })
        try session.resize(width: 80, height: 24)
        let screen = try session.waitForScreen("an 80×24 screen") { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count == 24 && rows[23].contains("qQuit") && rows.allSatisfy { TextWidth.of($0) <= 80 }
        }
        let rows = screen.components(separatedBy: "\n")
        let narrowRule = try XCTUnwrap(rows.first { $0.hasPrefix("────") }, framed(screen))
        XCTAssertEqual(TextWidth.of(narrowRule), 80, narrowRule)
        XCTAssertLessThan(TextWidth.of(narrowRule), TextWidth.of(wideRule), "the grid is narrower")
        XCTAssertTrue(rows[0].hasPrefix("Test roadmap — Roadmap") && rows[0].hasSuffix("Finish Mar 2018"), rows[0])
        XCTAssertTrue(rows[22].hasPrefix("▶ Propose the strategy"), rows[22])
        XCTAssertEqual(activityRows(screen).map(\.name), ["Propose the strategy", "Socialize the strategy", "Cloud"])

        try session.resize(width: 30, height: 8)
        let small = try session.waitForScreen(containing: "Terminal too small (30×8)")
        // What fits of the page, and the message at the bottom.
        let smallRows = small.components(separatedBy: "\n")
        XCTAssertEqual(smallRows.count, 8, framed(small))
        XCTAssertEqual(Array(smallRows.suffix(3)), ["Terminal too small (30×8):", "needs at least 40×10. q to", "quit."], framed(small))
        XCTAssertTrue(smallRows[0].hasPrefix("Roadmap"), "short of room, the title keeps the page's name: \(framed(small))")
        XCTAssertTrue(smallRows.allSatisfy { TextWidth.of($0) <= 30 }, framed(small))
        // Keys other than q do nothing while too small; growing again brings the page back.
        try session.send("j")
        try session.resize(width: 100, height: 20)
        let back = try session.waitForScreen("a 100×20 screen") { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count == 20 && rows[19].contains("qQuit")
        }
        XCTAssertTrue(Self.row(18, back).hasPrefix("▶ Propose the strategy"), Self.row(18, back))
        try session.resize(width: 30, height: 8)
        let again = try session.waitForScreen(containing: "Terminal too small (30×8)")
        XCTAssertEqual(again, small, "the same screen as before, nothing left of the larger one:\n\(framed(again))")
        try session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    // MARK: - 8. Help

    func testHelpListsEveryActionOfTheTable() throws {
        let (session, log) = try openLogged([minimal])
        try session.send("?")
        var screen = try session.waitForScreen(containing: "Help — Esc to close")
        // Page through the help box and gather every line shown.
        var seen = Set<String>()
        for _ in 0..<10 {
            seen.formUnion(screen.components(separatedBy: "\n"))
            guard let match = screen.firstMatch(of: /(\d+)\/(\d+) ─┘/), Int(match.1)! < Int(match.2)! else { break }
            try session.send("PageDown")
            screen = try session.waitForChange(from: screen)
        }
        // At the end, more PageDowns change nothing, and PageUp goes back at once.
        let end = try sendHandled(session, log, ["PageDown", "PageDown", "PageDown"])
        XCTAssertEqual(end, screen, "the help stops at its end")
        try session.send("PageUp")
        try session.waitForChange(from: end)
        let text = seen.joined(separator: "\n")
        // Every context's keys, each as the action table declares it.
        let width = OverlayLayout.width(preferred: OverlayLayout.helpWidth, screenWidth: 120) - 4
        for spec in ActionTable.all {
            for entry in HelpText.entry(spec, .en, width: width) {
                XCTAssertTrue(text.contains(entry), "the help lacks “\(entry)”")
            }
        }
        for context in KeyContext.allCases where context != .main {
            XCTAssertTrue(text.contains(ActionTable.title(of: context).en), ActionTable.title(of: context).en)
        }
        for heading in ["Move and switch views", "Filter", "Dependencies and what-if", "Other", "Mouse: a click selects a row"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
        try session.send("Escape")
        screen = try session.waitForScreen("the help closed") { !$0.contains("Help — Esc to close") }
        XCTAssertTrue(Self.row(28, screen).hasPrefix("▶ Propose the strategy"))

        // In French, from the same table.
        try session.send("L", "h")
        screen = try session.waitForScreen(containing: "Aide — Échap pour fermer")
        XCTAssertTrue(screen.contains(ActionTable.spec(for: .moveDown).help.fr), framed(screen))
        XCTAssertTrue(screen.contains(ActionTable.spec(for: .showTransition).help.fr), framed(screen))
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains("Aide — Échap pour fermer") }
    }

    // MARK: - 9, 10. Quit and SIGTERM give the terminal back

    func testQuitExitsWithStatusZeroAndRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        XCTAssertEqual(try wrapped.session.format("#{alternate_on}"), "1")
        try wrapped.session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        let pid = try wrapped.session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        // It dies of the signal once the terminal is restored, as a shell expects: 128 + 15.
        XCTAssertEqual(try wrapped.waitForExit(), 128 + 15)
        try assertTerminalRestored(wrapped)
    }

    func testSIGHUPRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        let pid = try wrapped.session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(try wrapped.waitForExit(), 128 + 1)
        try assertTerminalRestored(wrapped)
    }

    func testCtrlCQuitsAndRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        try wrapped.session.send("C-c")
        // Ctrl-C is a quit key of the action table: a normal end.
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    // MARK: - 11. Mouse

    // `tmux send-keys -M` only forwards the mouse event that triggered a key binding, so it
    // cannot make one up. Instead the test types what a terminal sends for a mouse event: the
    // explorer runs with TERM=xterm-256color, whose ncurses mouse protocol is SGR (1006), and
    // tmux passes the bytes of `send-keys -l` to the program unchanged.
    private func click(_ session: TmuxSession, x: Int, y: Int) throws {
        try session.type("\u{1B}[<0;\(x + 1);\(y + 1)M")
        try session.type("\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    private func wheel(_ session: TmuxSession, down: Bool, x: Int = 10, y: Int = 10) throws {
        try session.type("\u{1B}[<\(down ? 65 : 64);\(x + 1);\(y + 1)M")
    }

    func testMouseClickSelectsAndWheelScrolls() throws {
        let (session, log) = try openLogged([minimal])
        XCTAssertEqual(try session.format("#{mouse_sgr_flag}"), "1", "the explorer asks for SGR mouse reports")
        let lines = try session.lines()
        let cloudRow = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("◆ Cloud") })
        try click(session, x: 5, y: cloudRow)
        try session.waitForScreen("Cloud selected by a click") { Self.row(28, $0).hasPrefix("▶ Cloud") }
        let socializeRow = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  Socialize the strategy") })
        try click(session, x: 30, y: socializeRow)
        try session.waitForScreen("Socialize selected by a click") { Self.row(28, $0).hasPrefix("▶ Socialize the strategy") }
        // A click on a heading or below the rows changes nothing.
        let before = log.keys.count
        try click(session, x: 5, y: 20)
        try click(session, x: 5, y: 0)
        XCTAssertEqual(try log.waitForKeys(2, after: before), ["click", "click"], "each click read and handled")
        var screen = try session.waitForScreen("a settled screen") { _ in true }
        XCTAssertTrue(Self.row(28, screen).hasPrefix("▶ Socialize the strategy"), framed(screen))

        // The wheel scrolls the help.
        try session.send("?")
        screen = try session.waitForScreen(containing: "Help — Esc to close")
        let firstHelpLine = Self.row(try XCTUnwrap(screen.components(separatedBy: "\n").firstIndex { $0.contains("Help — Esc to close") }) + 1, screen)
        try wheel(session, down: true)
        screen = try session.waitForChange(from: screen)
        XCTAssertFalse(screen.contains(firstHelpLine), "the help scrolled")
        try wheel(session, down: false)
        try session.waitForScreen(containing: firstHelpLine)
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains("Help — Esc to close") }
    }

    func testMouseWheelScrollsTheShippedRoadmap() throws {
        // A short terminal, so that the roadmap is longer than the screen.
        let height = 16, statusRow = 14
        let (session, _) = try open([shipped], height: height)
        var screen = try session.screen()
        let start = try XCTUnwrap(position(Self.row(statusRow, screen)), framed(screen))
        XCTAssertGreaterThan(start.count, 20, "the page is longer than the screen")
        let top = try XCTUnwrap(firstBodyRow(screen))
        // Each notch scrolls three rows; the selection follows onto the screen.
        var previous = top
        for notch in 1...3 {
            try wheel(session, down: true)
            screen = try session.waitForScreen("notch \(notch) scrolled") { self.firstBodyRow($0) != previous }
            previous = try XCTUnwrap(firstBodyRow(screen))
        }
        let selection = try XCTUnwrap(position(Self.row(statusRow, screen)))
        XCTAssertGreaterThanOrEqual(selection.row, start.row + 8, "the selection followed the page down")
        let selected = try XCTUnwrap(selectedName(Self.row(statusRow, screen)), framed(screen))
        XCTAssertTrue(activityRows(screen).contains { selected.hasPrefix($0.name.replacingOccurrences(of: "…", with: "")) },
                      "the selected activity is on screen:\n\(framed(screen))")
        for _ in 1...3 { try wheel(session, down: false) }
        try session.waitForScreen("the top of the page again") { self.firstBodyRow($0) == top }
    }
}
