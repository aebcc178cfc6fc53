import XCTest
import RoadmapModel
@testable import RoadmapViews

/// A roadmap file is untrusted: a name holding ESC (which starts a terminal escape sequence),
/// a C1 control (U+009B is CSI on its own for some terminals) or a line break must never reach
/// the screen or an export as such. Each shows as a visible placeholder (␛, �, ␊) instead.
final class HostileTextTests: XCTestCase {
    /// The hostile states: every view in both languages, and a search typed with an escape in it.
    private func states(_ scheduled: ScheduledRoadmap) -> [ViewState] {
        allStates(selected: scheduled.index(of: "cloud")) + Language.allCases.map {
            ViewState(view: .roadmap, language: $0, filter: ActivityFilter(search: "\u{1B}]0;title\u{7}\u{9B}"))
        }
    }

    func testTheHostileFixtureLoads() throws {
        let scheduled = try Fixture.hostile()
        XCTAssertEqual(scheduled.roadmap.activities[scheduled.index(of: "cloud")].name.en, Fixture.hostileName)
    }

    func testNoCanvasCellHoldsAControlCharacter() throws {
        let scheduled = try Fixture.hostile()
        var canvases: [(String, Canvas)] = []
        for width in [40, 100] {
            for state in states(scheduled) {
                canvases.append(("\(state.view) \(state.language) \(width)", PageBuilder.page(scheduled, state, width: width).fullCanvas))
            }
            for language in Language.allCases {
                canvases.append(("details \(language) \(width)", DetailsPage.make(scheduled, activity: scheduled.index(of: "cloud"), language: language, width: width)))
            }
        }
        for (what, canvas) in canvases {
            for y in 0..<canvas.height {
                for x in 0..<canvas.width {
                    for scalar in canvas[x, y].text.unicodeScalars {
                        XCTAssertFalse(isControl(scalar), "\(what): cell \(x),\(y) holds U+\(String(scalar.value, radix: 16))")
                    }
                }
            }
        }
        let roadmap = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en), width: 100).text
        XCTAssertTrue(roadmap.contains("Cl␛[31moud�2J␊next"), "the name shows with placeholders:\n\(roadmap)")
        XCTAssertTrue(roadmap.contains("Test� roadmap␛[2J"), "so does the title")
        XCTAssertTrue(roadmap.contains("Digital␛]0;pwned␇ enablement"), "and the area")
    }

    func testNoExportHoldsAControlCharacterBesidesItsLineEnds() throws {
        let scheduled = try Fixture.hostile()
        // PNG and PDF are the SVG drawn by rsvg-convert (PictureExportTests).
        for format in ExportFormat.allCases where !format.isRenderedPicture {
            for state in states(scheduled) where Exporter.formats(of: state.view).contains(format) {
                let bytes = try Exporter.render(scheduled, state, format: format, width: 100)
                let what = "\(format) of \(state.view) in \(state.language) (search \(state.filter.search.debugDescription))"
                for (k, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F {
                    if byte == 0x0A && (format != .csv || (k > 0 && bytes[k - 1] == 0x0D)) { continue }
                    if byte == 0x0D && format == .csv && k + 1 < bytes.count && bytes[k + 1] == 0x0A { continue }
                    XCTFail("\(what): byte 0x\(String(byte, radix: 16)) at \(k)")
                    break
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    XCTFail("\(what): not UTF-8")
                    continue
                }
                for scalar in text.unicodeScalars where (0x80...0x9F).contains(scalar.value) {
                    XCTFail("\(what): holds the C1 control U+\(String(scalar.value, radix: 16))")
                    break
                }
                // Where the activity is named, its name shows with visible placeholders (and in
                // Markdown with its bracket escaped). The dependencies view is about it; its
                // tables list links, and it has none.
                let namesCloud = state.filter.search.isEmpty && (state.view == .roadmap || (state.view == .teams && format == .text)
                    || (state.view == .dependencies && [.text, .markdown, .mermaid].contains(format)))
                if namesCloud {
                    XCTAssertTrue(text.contains(format == .markdown ? "␛\\[31moud�2J" : "␛[31moud�2J"), "\(what):\n\(text)")
                }
            }
        }
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
