import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Issue 10's navigation in a real terminal: the file and draft status on screen, the mouse
/// left to the terminal with --no-mouse, folding, and the reload of a file edited while the
/// explorer runs.
final class TerminalNavigationTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }

    func testTheStatusLineNamesTheFileAndTheDraftStatus() throws {
        let roadmap = try loadRoadmap(Self.shipped).roadmap
        let status = try XCTUnwrap(roadmap.meta.status?.en)
        let (session, _) = try open([Self.shipped.path], width: 220)
        let line = try session.statusLine(height: 30)
        XCTAssertTrue(line.contains("roadmap.json · " + status), line)
        XCTAssertTrue(line.hasPrefix("▶ "), "the selection stays on the left: \(line)")
    }

    func testNoMouseLeavesTheMouseToTheTerminal() throws {
        let (captured, _) = try open([minimal])
        XCTAssertEqual(try captured.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}").contains("1"), true,
                       "by default the explorer asks for the mouse")
        let free = try tmux.start([binary.path, minimal, "--no-mouse"], name: "free")
        try waitForKeyBar(free, height: 30, timeout: 10)
        XCTAssertEqual(try free.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "000",
                       "with --no-mouse the terminal keeps its clicks, so its own selection works")
        // The keys still work.
        try free.send("j")
        try free.waitForScreen(containing: "▶ Socialize")
    }

    /// A click on a heading folds it, `f` on it unfolds it, `F` folds them all.
    func testAClickOnAHeadingFoldsItAndFUnfolds() throws {
        let (session, _) = try open([minimal])
        let lines = try session.lines()
        let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("▾ Digital governance (2)") }, framed(lines.joined(separator: "\n")))
        try session.type("\u{1B}[<0;3;\(heading + 1)M")
        try session.type("\u{1B}[<0;3;\(heading + 1)m")
        var screen = try session.waitForScreen(containing: "▸ Digital governance (2)")
        XCTAssertFalse(screen.contains("Propose the strategy"), framed(screen))
        XCTAssertTrue(screen.contains("▾ Digital enablement (1)"), framed(screen))
        try session.send("f")
        screen = try session.waitForScreen(containing: "▾ Digital governance (2)")
        XCTAssertTrue(try session.statusLine(height: 30).hasPrefix("▶ Propose the strategy"), framed(screen))
        try session.send("F")
        screen = try session.waitForScreen(containing: "▸ Digital enablement (1)")
        XCTAssertTrue(screen.contains("▸ Digital governance (2)") && !screen.contains("Cloud"), framed(screen))
    }

    /// Zoomed in, the months scroll sideways with ← and →; the names and roles stay, the title
    /// says which months show; the rows never pass the width.
    func testZoomedMonthsScrollSidewaysInTheTerminal() throws {
        let (session, _) = try open([Self.shipped.path, "--lang", "en"], width: 100)
        try session.send(">")
        var screen = try session.waitForScreen(containing: " months)")
        XCTAssertTrue(screen.components(separatedBy: "\n")[0].contains("Oct 2016 – "), framed(screen))
        try session.send("Right")
        screen = try session.waitForScreen(containing: "Nov 2016 – ")
        XCTAssertTrue(screen.contains("─┤\n"), "the rule ends at the last separator: \(framed(screen))")
        let lines = screen.components(separatedBy: "\n")
        XCTAssertTrue(lines.allSatisfy { TextWidth.of($0) <= 100 }, framed(screen))
        XCTAssertTrue(lines.contains { $0.contains("Death notification pilot project") || $0.contains("Digital Governance") }, framed(screen))
        try session.send("z")
        screen = try session.waitForScreen("the whole timeline again") { !$0.contains(" months)") && $0.contains("Finish") }
        try session.send("<")
        try session.send("<")
        try session.send("<")
        try session.send("<")
        screen = try session.waitForScreen(containing: "Months already compressed.")
        XCTAssertTrue(screen.components(separatedBy: "\n")[3].contains("2017"), "compressed: the years instead of the months: \(framed(screen))")
    }

    /// The file edited while the explorer runs: the new version shows within a couple of
    /// seconds, selection and what-if kept; a version that does not load leaves the last good
    /// one and says so on the status line until the file is fixed.
    func testEditingTheFileWhileTheExplorerRunsReloadsIt() throws {
        let file = folder.appendingPathComponent("plan.json")
        let original = try String(contentsOf: Self.minimal, encoding: .utf8)
        try original.write(to: file, atomically: false, encoding: .utf8)
        let (session, _) = try open([file.path, "--lang", "en"])
        try session.send("j")
        try session.send("+")
        try session.waitForScreen(containing: "Socialize the strategy +1 month")
        try original.replacingOccurrences(of: "\"en\": \"Socialize the strategy\"", with: "\"en\": \"Spread the strategy\"")
            .write(to: file, atomically: true, encoding: .utf8)
        var screen = try session.waitForScreen(containing: "plan.json reloaded.", timeout: 5)
        XCTAssertTrue(screen.contains("Spread the strategy"), framed(screen))
        XCTAssertTrue(screen.contains("what-if: Spread the strategy +1 month"), "the what-if stays, under the name read now: \(framed(screen))")
        let status = try session.statusLine(height: 30)
        XCTAssertTrue(status.hasPrefix("[what-if, u undoes] plan.json reloaded."), status)

        try "{\"schemaVersion\": 1,".write(to: file, atomically: true, encoding: .utf8)
        screen = try session.waitForScreen(containing: "plan.json changed: ", timeout: 5)
        XCTAssertTrue(screen.contains(" 3/10\n"), "on socialize: \(framed(screen))")
        XCTAssertTrue(screen.contains("Spread the strategy"), "the last good version stays: \(framed(screen))")
        try session.send("j")
        try session.waitForScreen("the problem still said after a key") { $0.contains("plan.json changed: ") && $0.contains(" 5/10\n") }

        try original.write(to: file, atomically: true, encoding: .utf8)
        screen = try session.waitForScreen(containing: "plan.json reloaded.", timeout: 5)
        XCTAssertFalse(screen.contains("plan.json changed: "), framed(screen))
        try session.send("k")
        try session.send("j")
        try session.waitForScreen(containing: "▶ Cloud")
    }
}
