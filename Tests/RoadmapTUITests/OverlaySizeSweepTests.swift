import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Every overlay drawn on every small terminal. The long fuzz run of 2 December found the help
/// box drawn at a width under its borders' (a range with its lower bound above its upper, a
/// trap in the explorer); the overlays were since laid out by OverlayLayout, and this sweep
/// keeps any size from trapping again, in both languages, the too-small message included.
final class OverlaySizeSweepTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let widths = Array(1...9) + [12, 16, 20, 30, 39, 40, 44]

    func testEveryOverlayAtEverySmallSize() throws {
        let result = RoadmapLoader.load(path: Self.repository.appendingPathComponent("roadmap.json").path)
        let validated = try XCTUnwrap(result.validated, "\(result.diagnostics)")
        let scheduled = ScheduledRoadmap(validated, delays: [0: 2])
        // The keys that open each overlay, from the main screen.
        let openers: [[Key]] = [
            [.character("?")], [.character("?"), .end], [.enter], [.enter, .pageDown],
            [.character("r")], [.character("t"), .character("/"), .character("x")], [.character("a"), .end],
            [.character("/"), .character("é")], [.character("e")], [.character("q")],
        ]
        var composed = 0
        for language in Language.allCases {
            for keys in openers {
                var opened = Explorer(scheduled: scheduled, state: ViewState(language: language), width: 100, height: 30)
                for key in keys { _ = opened.handle(key) }
                // Every width where a border, a margin or the too-small message changes.
                for width in Self.widths {
                    for height in 1...12 {
                        var explorer = opened
                        _ = explorer.handle(.resize(width: width, height: height))
                        let screen = ScreenComposer.compose(explorer)
                        XCTAssertEqual(screen.width, width)
                        XCTAssertEqual(screen.height, height)
                        composed += 1
                    }
                }
            }
        }
        XCTAssertEqual(composed, 2 * 10 * Self.widths.count * 12)
    }
}
