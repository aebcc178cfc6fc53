import XCTest
@testable import RoadmapTUI
import RoadmapViews

/// ncurses holds at most five wide characters in a cell (CCHARW_MAX): a longer cluster is
/// drawn as something of the width the canvas measured, never as a cut ZWJ sequence.
final class CellTextTests: XCTestCase {
    private func drawn(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: CellText.scalars(text))
        return String(view)
    }

    func testShortClustersAreDrawnWhole() {
        for text in ["a", "é", "e\u{301}", "漢", "🇨🇦", "🏳\u{FE0F}\u{200D}🌈", "1\u{FE0F}\u{20E3}", "👍🏽"] {
            XCTAssertEqual(drawn(text), text)
        }
    }

    func testLongClustersAreDrawnAtTheirWidthWithoutACutJoin() {
        let cases: [(String, String)] = [
            ("👨\u{200D}👩\u{200D}👧\u{200D}👦", "👨"),
            ("👩\u{200D}❤\u{FE0F}\u{200D}💋\u{200D}👨", "👩"),
            ("🧑🏻\u{200D}🤝\u{200D}🧑🏼", "🧑🏻"),
            ("a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}", "a\u{300}\u{301}\u{302}\u{303}"),
        ]
        for (text, expected) in cases {
            let scalars = CellText.scalars(text)
            XCTAssertLessThanOrEqual(scalars.count, CellText.capacity, text)
            XCTAssertFalse(scalars.contains("\u{200D}"), text)
            XCTAssertEqual(drawn(text), expected)
            XCTAssertEqual(TextWidth.of(drawn(text)), TextWidth.of(text), text)
        }
    }
}
