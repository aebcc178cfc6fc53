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
        let (session, _) = try open([Self.shipped.path], width: 160)
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
}
