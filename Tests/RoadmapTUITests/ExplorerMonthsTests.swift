import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The grid's months: `<` and `>` zoom between widths (1, 2, 3, 6 columns a month and the
/// compressed view), ←/→ scroll them when they do not all fit, `z` fits them again; the title
/// says which months are shown.
final class ExplorerMonthsTests: XCTestCase {
    private func explorer(width: Int = 100) throws -> Explorer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        return Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: path).get()), state: ViewState(language: .en),
                        width: width, height: 30)
    }

    private func lines(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    func testZoomInScrollsSidewaysAndTheTitleSaysWhichMonths() throws {
        var explorer = try explorer()
        XCTAssertEqual(explorer.page.monthWindow?.isWhole, true)
        _ = explorer.handle(.right)
        XCTAssertEqual(explorer.message?.text, "Every month is shown; > makes them wider.")
        let fitWidth = try XCTUnwrap(explorer.page.monthWindow?.monthWidth)
        _ = explorer.handle(.character(">"))
        let window = try XCTUnwrap(explorer.page.monthWindow)
        XCTAssertGreaterThan(window.monthWidth, fitWidth)
        XCTAssertEqual(window.first, 0)
        XCTAssertLessThan(window.shown, 18)
        var title = lines(explorer)[0]
        XCTAssertTrue(title.contains("Oct 2016 – "), title)
        XCTAssertTrue(title.contains("(\(window.shown) of 18 months)"), title)
        XCTAssertTrue(explorer.message?.text.contains("← → for the others") == true, explorer.message?.text ?? "")
        XCTAssertTrue(lines(explorer).allSatisfy { TextWidth.of($0) <= 100 })
        // → shows the next month, the name and role columns staying.
        _ = explorer.handle(.right)
        XCTAssertEqual(explorer.page.monthWindow?.first, 1)
        title = lines(explorer)[0]
        XCTAssertTrue(title.contains("Nov 2016 – "), title)
        XCTAssertTrue(lines(explorer).contains { $0.dropFirst(2).hasPrefix("Propose the strategy") }, lines(explorer).joined(separator: "\n"))
        // Never past the last month: many → stop where March 2018 is the last column.
        for _ in 0..<40 { _ = explorer.handle(.right) }
        let end = try XCTUnwrap(explorer.page.monthWindow)
        XCTAssertEqual(end.first + end.shown, 18)
        XCTAssertTrue(lines(explorer)[0].contains("– Mar 2018 ("), lines(explorer)[0])
        _ = explorer.handle(.left)
        XCTAssertEqual(explorer.page.monthWindow?.first, end.first - 1, "one ← is one month back")
        // z fits the timeline again.
        _ = explorer.handle(.character("z"))
        XCTAssertEqual(explorer.page.monthWindow?.isWhole, true)
        XCTAssertEqual(explorer.page.monthWindow?.monthWidth, fitWidth)
        XCTAssertFalse(lines(explorer)[0].contains("months)"))
    }

    func testZoomOutGoesDownToCompressedAndStops() throws {
        var explorer = try explorer(width: 100)
        var widths: [Int] = []
        for _ in 0..<6 {
            _ = explorer.handle(.character("<"))
            let window = try XCTUnwrap(explorer.page.monthWindow)
            widths.append(window.compressed ? 0 : window.monthWidth)
            XCTAssertTrue(window.isWhole, "narrower months all fit at 100 columns")
        }
        XCTAssertEqual(widths.suffix(2), [0, 0], "compressed, then no narrower")
        XCTAssertEqual(explorer.message?.text, "Months already compressed.")
        XCTAssertTrue(widths.contains(1))
        _ = explorer.handle(.character(">"))
        XCTAssertEqual(explorer.page.monthWindow?.monthWidth, 1)
        for _ in 0..<5 { _ = explorer.handle(.character(">")) }
        XCTAssertEqual(explorer.page.monthWindow?.monthWidth, 6)
        XCTAssertEqual(explorer.message?.text, "Months already at their widest.")
    }

    func testTheTextExportOfAScrolledGridIsWhatIsShown() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character(">"))
        _ = explorer.handle(.character(">"))
        _ = explorer.handle(.right)
        let text = String(decoding: try Exporter.render(explorer.scheduled, explorer.state, format: .text, width: 100), as: UTF8.self)
        let screenTitle = lines(explorer)[0]
        XCTAssertEqual(text.components(separatedBy: "\n")[0], screenTitle)
        XCTAssertTrue(screenTitle.contains("Nov 2016 – "), screenTitle)
    }
}
