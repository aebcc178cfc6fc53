import Foundation
import XCTest
import RoadmapModel
import RoadmapViews

/// The panels of issue 10 in a real terminal: the what-if panel, the navigable dependencies
/// and the team Gantt, through the built `roadmap` in tmux.
final class TerminalPanelsTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }

    func testWListsTheWhatIfsAndEscClosesThePanel() throws {
        let (session, _) = try open([minimal], width: 100, height: 30)
        try session.send("G", "+")
        try session.waitForScreen(containing: "Cloud +1 month · 1 activity moved")
        try session.send("w")
        let panel = try session.waitForScreen(containing: "What-ifs — Esc to close, e to export")
        XCTAssertTrue(panel.contains("Cloud: +1 month"), panel)
        XCTAssertTrue(panel.contains("Finish Apr 2018, 1 month later than planned"), panel)
        XCTAssertTrue(panel.contains("Activities moved (1)"), panel)
        try session.send("Escape")
        let closed = try session.waitForScreen("the panel closed") { !$0.contains("What-ifs — Esc to close") }
        XCTAssertTrue(closed.contains(String(RoadmapPage.Mark.ghost)), "the grid shows the ghost of cloud's bar: \(closed)")

        try session.send("L", "w")
        try session.waitForScreen(containing: "Simulations — Échap pour fermer, e pour exporter")
        try session.send("q")
        try session.waitForScreen("the panel closed, the program still running") { !$0.contains("Simulations — Esc") && $0.contains("Quitter") }
    }

    func testEnterFollowsADependencyBackspaceGoesBackAndLListsTheNetwork() throws {
        let (session, _) = try open([minimal], width: 100, height: 30)
        try session.send("d")
        try session.waitForScreen(containing: "Waited on by")
        try session.send("Enter")
        var screen = try session.waitForScreen(containing: "step 2 · ⌫ back to Propose the strategy")
        XCTAssertTrue(screen.contains("Socialize the strategy"), screen)
        try session.send("BSpace")
        screen = try session.waitForScreen("back on propose") { !$0.contains("step 2") && $0.contains("Waited on by") }
        try session.send("A")
        screen = try session.waitForScreen(containing: "whole network · 1 link")
        XCTAssertTrue(screen.contains("Propose the strategy"), screen)
        XCTAssertTrue(screen.contains(" → "), screen)
    }

    func testNineShowsTheTeamGanttAndEnterATeamsDetails() throws {
        let (session, _) = try open([minimal], width: 100, height: 30)
        try session.send("9")
        let gantt = try session.waitForScreen(containing: "team Gantt")
        XCTAssertTrue(gantt.contains("Strategy Task Team"), gantt)
        XCTAssertTrue(gantt.contains("Team (2)"), gantt)
        try session.send("Enter")
        let details = try session.waitForScreen(containing: "Team — Esc to close")
        XCTAssertTrue(details.contains("Propose the strategy"), details)
        try session.send("Escape")
        try session.waitForScreen("the details closed") { !$0.contains("Team — Esc to close") && $0.contains("team Gantt") }
    }
}
