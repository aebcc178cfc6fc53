import XCTest
import RoadmapModel
import RoadmapSynthetic
@testable import RoadmapViews

/// The text export writes a continuation row from a template of the grid's separators and the
/// row's text (`RowTemplate`) instead of drawing it: the line must be the drawn row's, byte for
/// byte, or the template must decline and leave the row to be drawn.
final class RowTemplateTests: XCTestCase {
    /// A row of `width` cells with separators at `marks`, drawn as the grid draws them.
    private func separators(width: Int, marks: [Int]) -> Canvas {
        var canvas = Canvas(width: width, height: 1, styled: false)
        for x in marks where x < width { canvas.fill("│", x: x, y: 0, count: 1) }
        return canvas
    }

    /// The line of the row drawn: the text put, then the separators over it.
    private func drawn(_ text: String, x: Int, limit: Int, width: Int, marks: [Int]) -> String {
        var canvas = Canvas(width: width, height: 1, styled: false)
        canvas.put(text, x: x, y: 0, limit: limit)
        for x in marks where x < width { canvas.fill("│", x: x, y: 0, count: 1) }
        return canvas.line(0)
    }

    func testTheTemplateWritesTheDrawnLineOrDeclines() throws {
        var generator = SystemRandomNumberGenerator()
        var written = 0, declined = 0
        for _ in 0..<6000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in TextWrapTests.pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 1...60, using: &generator)
            let marks = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Int.random(in: 0..<width, using: &generator) }
            let x = Int.random(in: -1...width, using: &generator)
            let limit = Int.random(in: -1...width + 2, using: &generator)
            let template = try XCTUnwrap(RowTemplate(separators(width: width, marks: marks), row: 0))
            var out: [UInt8] = [0x41]
            if template.appendLine(text, x: x, limit: limit, to: &out) {
                written += 1
                XCTAssertEqual(String(decoding: out.dropFirst(), as: UTF8.self), drawn(text, x: x, limit: limit, width: width, marks: marks),
                               "\(text.debugDescription) at \(x), limit \(limit), width \(width), separators \(marks)")
            } else {
                declined += 1
                XCTAssertEqual(out, [0x41], "a declined row writes nothing")
            }
        }
        // Both ways are taken, or the comparison proves nothing.
        XCTAssertGreaterThan(written, 1000)
        XCTAssertGreaterThan(declined, 500)
    }

    /// Names that fit, in every script the long-names profile uses, with a flag or a family in
    /// them, or a control the canvas shows as a placeholder, are written from the template; a
    /// text that does not fit, one beginning with a mark and one over a separator are drawn.
    func testWhatTheTemplateWritesAndWhatItLeavesToTheCanvas() throws {
        let marks = [18, 24, 29]
        let template = try XCTUnwrap(RowTemplate(separators(width: 30, marks: marks), row: 0))
        for text in ["Consolidate the", "数字政府路线", "Procès fédéral", "🇫🇷 Plan", "👩🏽‍💻 équipe", "e\u{301}tat", "", "a  ", "tab\there"] {
            var out: [UInt8] = []
            XCTAssertTrue(template.appendLine(text, x: 2, limit: 15, to: &out), text)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), drawn(text, x: 2, limit: 15, width: 30, marks: marks), text)
        }
        for (text, x, limit) in [("far too long a text", 2, 15), ("\u{301}mark", 2, 15), ("over", 16, 15), ("x", 30, 15), ("x", 2, 0)] {
            var out: [UInt8] = []
            XCTAssertFalse(template.appendLine(text, x: x, limit: limit, to: &out), text)
        }
        // A template is one scalar a cell, or none.
        var wide = Canvas(width: 4, height: 1, styled: false)
        wide.put("数", x: 0, y: 0)
        XCTAssertNil(RowTemplate(wide, row: 0))
    }

    /// The text export of a roadmap of long names — most of whose rows are continuation rows —
    /// is the page drawn whole, in both languages, at narrow, medium and wide widths, in the
    /// roadmap and team Gantt views.
    func testTheTextExportOfLongNamesIsThePageDrawnWhole() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: 300, seed: 9, names: .long))))
        for view in [ViewKind.roadmap, .teamGantt] {
            for language in [Language.fr, .en] {
                for width in [20, 80, 160] {
                    var state = ViewState(view: view, language: language)
                    state.medium = .document
                    let page = PageBuilder.page(scheduled, state, width: width)
                    XCTAssertNotNil(page.plainRows, "\(view) \(language) at \(width)")
                    let plain = (0..<page.rowCount).filter { page.plainRows?.contains($0) == true }.count
                    if view == .roadmap { XCTAssertGreaterThan(plain, page.rowCount / 3, "most rows are continuation rows at \(width)") }
                    var bytes: [UInt8] = []
                    page.writeText(chunkRows: 7) { bytes += $0 }
                    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), page.fullCanvas.lines.joined(separator: "\n") + "\n",
                                   "\(view) \(language) at \(width)")
                }
            }
        }
    }
}
