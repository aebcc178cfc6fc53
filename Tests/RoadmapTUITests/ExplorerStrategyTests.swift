import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Key 5 shows the strategy, whose free-form future-state overview may hold any JSON number:
/// 1e999 (infinity once read) used to kill the explorer (Int(n) traps).
final class ExplorerStrategyTests: XCTestCase {
    func testKeyFiveShowsNumbersBeyondIntsRange() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: #""schemaVersion": 1,"#,
            with: #""schemaVersion": 1, "strategy": {"futureState": {"budget": 1e999, "gap": -1e300}},"#)
        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        let validated = try XCTUnwrap(result.validated, "\(result.diagnostics)")
        var explorer = Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(), width: 80, height: 40)
        _ = explorer.handle(.character("5"))
        XCTAssertEqual(explorer.state.view, .strategy)
        let screen = ScreenComposer.compose(explorer).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Budget") && screen.contains("  ∞"), screen)
        XCTAssertTrue(screen.contains("Gap") && screen.contains("  -1e+300"), screen)
    }
}
