import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The free-form future-state overview takes any JSON value, numbers of any size among them.
/// A number beyond Int's range (1e300, -1e300) or one that reads as infinity (1e999) passes
/// validation; the strategy page, its Markdown export and key 5 in the explorer used to die
/// on it (`Int(n)` traps), exit 132.
final class FreeFormNumberTests: XCTestCase {
    static let figures = "[1e300, -1e300, 1e999, -1e999, 0.25, 12, -0, 123456789012345678901234, 9007199254740993]"

    static func roadmap() throws -> ScheduledRoadmap {
        try Fixture.minimalVariant([
            (#""schemaVersion": 1,"#, #""schemaVersion": 1, "strategy": {"futureState": {"figures": \#(figures)}},"#),
        ])
    }

    func testTheStrategyPageWritesEveryNumberWithoutTrapping() throws {
        let scheduled = try Self.roadmap()
        for language in Language.allCases {
            let lines = PageBuilder.page(scheduled, ViewState(view: .strategy, language: language), width: 80).fullCanvas.lines
            let figures = try XCTUnwrap(lines.firstIndex(of: "Figures"), lines.joined(separator: "\n"))
            XCTAssertEqual(Array(lines[(figures + 1)...].prefix(9)), [
                "  • 1e+300", "  • -1e+300", "  • ∞", "  • −∞", "  • 0.25", "  • 12", "  • 0",
                "  • 1.2345678901234569e+23", "  • 9007199254740992",
            ], "\(language)")
        }
    }

    func testTheTextAndMarkdownExportsOfTheStrategyCarryTheNumbers() throws {
        let scheduled = try Self.roadmap()
        for format in [ExportFormat.text, .markdown] {
            for language in Language.allCases {
                let text = String(decoding: try Exporter.render(scheduled, ViewState(view: .strategy, language: language), format: format, width: 100), as: UTF8.self)
                // The page's bullets are a Markdown list in the Markdown.
                let bullet = format == .markdown ? "- " : "• "
                XCTAssertTrue(text.contains(bullet + "1e+300") && text.contains(bullet + "−∞"), "\(format) \(language):\n\(text)")
            }
        }
    }

    func testNumbersReadAsTheyWouldBeWritten() {
        XCTAssertEqual(DocumentNumber.text(3), "3")
        XCTAssertEqual(DocumentNumber.text(-3), "-3")
        XCTAssertEqual(DocumentNumber.text(2.5), "2.5")
        XCTAssertEqual(DocumentNumber.text(1e18), "1000000000000000000", "a whole number that fits an Int, in digits")
        XCTAssertEqual(DocumentNumber.text(1e19), "1e+19", "past Int.max, the shortest form that reads back")
        XCTAssertEqual(DocumentNumber.text(-Double.greatestFiniteMagnitude), "-1.7976931348623157e+308")
        XCTAssertEqual(DocumentNumber.text(.infinity), "∞")
        XCTAssertEqual(DocumentNumber.text(.nan), "NaN")
    }
}
