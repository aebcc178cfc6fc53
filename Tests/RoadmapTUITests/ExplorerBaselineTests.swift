import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// `--baseline` in the explorer: the other version's bars on the grid and its differences in
/// the what-if panel stay through what-ifs, `U`, undo and a reload of the file.
final class ExplorerBaselineTests: XCTestCase {
    private static let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minimal.json").path

    /// minimal.json with `old` replaced by `new`.
    private func variant(_ old: String, _ new: String) throws -> ValidatedRoadmap {
        let text = try String(contentsOfFile: Self.minimal, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count, 2)
        return try XCTUnwrap(RoadmapLoader.load(bytes: Array(text.replacingOccurrences(of: old, with: new).utf8)).validated)
    }

    private func explorer() throws -> Explorer {
        let current = try XCTUnwrap(RoadmapLoader.load(path: Self.minimal).validated)
        // The baseline planned socialize two months later.
        let old = try variant("\"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"",
                              "\"team\": \"strategy-team\", \"start\": \"2017-06\", \"finish\": \"2017-11\"")
        let version = BaselineVersion(name: "v1.json", old: ScheduledRoadmap(old), current: current)
        return Explorer(scheduled: ScheduledRoadmap(current, baselineVersion: version), state: ViewState(language: .en), width: 100, height: 30)
    }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }

    private func socializeRow(_ explorer: Explorer) throws -> String {
        // The grid's row: the filter line names a what-if's activity too.
        try XCTUnwrap(screen(explorer).split(separator: "\n").first { $0.contains("Socialize the strategy") && $0.contains("│") }.map(String.init))
    }

    private func assertBaselineBar(_ explorer: Explorer, line: UInt = #line) throws {
        let row = try socializeRow(explorer)
        XCTAssertTrue(row.contains("▁"), row, line: line)
    }

    func testTheBaselineStaysThroughWhatIfsUndoAndReset() throws {
        var explorer = try explorer()
        try assertBaselineBar(explorer)
        for key: Key in [.character("j"), .character("+")] { _ = explorer.handle(key) }
        XCTAssertNotNil(explorer.scheduled.baselineVersion, "a what-if keeps the baseline")
        _ = explorer.handle(.character("w"))
        XCTAssertTrue(screen(explorer).contains("Against the baseline (v1.json)"), screen(explorer))
        _ = explorer.handle(.escape)
        _ = explorer.handle(.character("u"))
        XCTAssertNotNil(explorer.scheduled.baselineVersion, "undo keeps it")
        for key: Key in [.character("+"), .character("U")] { _ = explorer.handle(key) }
        XCTAssertNotNil(explorer.scheduled.baselineVersion, "removing every what-if keeps it")
        _ = explorer.handle(.character("u"))
        XCTAssertNotNil(explorer.scheduled.baselineVersion, "bringing them back keeps it")
        try assertBaselineBar(explorer)
    }

    /// A reload matches the baseline to the new file by id: an activity that is new there has
    /// no baseline bar, and the others keep theirs.
    func testAReloadMatchesTheBaselineAgain() throws {
        var explorer = try explorer()
        let reloaded = try variant("{\"id\": \"cloud\",", "{\"id\": \"cloud-2\",")
        explorer.reload(reloaded, fileName: "minimal.json")
        let version = try XCTUnwrap(explorer.scheduled.baselineVersion)
        XCTAssertEqual(version.bars.count, reloaded.roadmap.activities.count)
        XCTAssertNil(version.bars[try XCTUnwrap(reloaded.activityIndex["cloud-2"])])
        XCTAssertNotNil(version.bars[try XCTUnwrap(reloaded.activityIndex["socialize"])])
        try assertBaselineBar(explorer)
    }
}
