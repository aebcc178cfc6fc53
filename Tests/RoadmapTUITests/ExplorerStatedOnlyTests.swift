import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// `i` schedules with the stated dependencies only and back; `7` shows the critical chains.
final class ExplorerStatedOnlyTests: XCTestCase {
    private func explorer(language: Language = .en) throws -> Explorer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        return Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: path).get()), state: ViewState(language: language), width: 100, height: 30)
    }

    private func screen(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    func testITogglesTheStatedOnlyScheduleAndTheHeaderSaysSo() throws {
        var explorer = try explorer()
        let propose = explorer.scheduled.activityIndex["propose"]!
        XCTAssertEqual(explorer.scheduled.schedule.totalFloat[propose], 6)
        _ = explorer.handle(.character("i"))
        XCTAssertTrue(explorer.scheduled.statedOnly)
        // Without the inferred propose → socialize link, propose may slip to the finish.
        XCTAssertEqual(explorer.scheduled.schedule.totalFloat[propose], 12)
        var lines = screen(explorer)
        // The mode before the count, which ends the line; the inferred counts are left to the legend.
        XCTAssertEqual(lines[1], "Filters: no filter — stated dependencies only: 0 of 1 link — 3 of 3 activities")
        XCTAssertTrue(lines[28].hasPrefix("Stated dependencies only: 0 of 1 link · finish Mar 2018 · 1 critical"), lines[28])
        // The float the grid draws follows: propose's dots now run to March 2018.
        let row = try XCTUnwrap(lines.first { $0.dropFirst(2).hasPrefix("Propose the strategy") })
        XCTAssertEqual(row.filter { $0 == "·" }.count, 36, row)

        // A what-if works on it and keeps it; undo too.
        _ = explorer.handle(.character("+"))
        XCTAssertTrue(explorer.scheduled.statedOnly)
        XCTAssertEqual(explorer.scheduled.schedule.totalFloat[propose], 11)
        _ = explorer.handle(.character("u"))
        XCTAssertEqual(explorer.scheduled.schedule.totalFloat[propose], 12)

        _ = explorer.handle(.character("i"))
        XCTAssertFalse(explorer.scheduled.statedOnly)
        lines = screen(explorer)
        XCTAssertEqual(lines[1], "Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred")
        XCTAssertTrue(lines[28].hasPrefix("All dependencies · finish Mar 2018 · 1 critical"), lines[28])
    }

    func testSevenShowsTheCriticalChainsInBothLanguages() throws {
        var explorer = try explorer(language: .fr)
        _ = explorer.handle(.character("7"))
        XCTAssertEqual(explorer.state.view, .criticalPath)
        var text = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(text.contains("Feuille de route d’essai — Chemin critique"), text)
        XCTAssertTrue(text.contains("ENCHAÎNEMENTS QUI FIXENT LA FIN"), text)
        _ = explorer.handle(.character("L"))
        text = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(text.contains("  1.  Cloud"), text)
        // No activity is on this page to act upon: a what-if says so rather than acting unseen.
        _ = explorer.handle(.character("+"))
        XCTAssertTrue(explorer.scheduled.delays.isEmpty)
        XCTAssertEqual(explorer.message?.isError, true)
    }
}
