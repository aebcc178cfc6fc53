import XCTest
import RoadmapModel
@testable import RoadmapViews

/// `--baseline OLD.json`: the grid draws the other version's bars (▁) where they differ from
/// this file's, the legend says so, the what-if panel lists the differences, and the text
/// export is the same grid.
final class BaselineGhostTests: XCTestCase {
    /// minimal.json with socialize planned `start` – `finish` instead of 2017-04 – 2017-09.
    private func socialize(_ start: String, _ finish: String) throws -> ScheduledRoadmap {
        try Fixture.minimalVariant([("\"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"",
                                     "\"team\": \"strategy-team\", \"start\": \"\(start)\", \"finish\": \"\(finish)\"")])
    }

    private func compared(_ current: ScheduledRoadmap, with old: ScheduledRoadmap) -> ScheduledRoadmap {
        current.comparing(with: BaselineVersion(name: "v1.json", old: old, current: current.validated))
    }

    private func lines(_ scheduled: ScheduledRoadmap, language: Language = .en) -> [String] {
        PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: 100).fullCanvas.lines
    }

    private func row(_ lines: [String], _ name: String) throws -> Substring {
        // The grid's row (the filter line names a what-if's activity too).
        let line = try XCTUnwrap(lines.first { $0.contains(name) && $0.contains("│") }, lines.joined(separator: "\n"))
        return line[line.index(after: try XCTUnwrap(line.firstIndex(of: "│")))...]
    }

    /// The grid's months (width 100: three columns a month), one character each.
    private func months(_ row: Substring) -> [Character] {
        var cells = Array(row.filter { $0 != "│" })
        cells = stride(from: 0, to: cells.count, by: 3).map { cells[$0] }
        return cells
    }

    func testTheBaselinesBarShowsWhereItDiffers() throws {
        let current = try Fixture.minimal()
        let old = try socialize("2017-06", "2017-11")
        let page = lines(compared(current, with: old))
        // Oct 2016 is month 0: the bar Apr–Sep 2017 (6..<12), the baseline's Jun–Nov, shown in Oct and Nov over the float.
        let cells = months(try row(page, "Socialize the strategy"))
        XCTAssertEqual(String(cells[6..<12]), "██████")
        XCTAssertEqual(String(cells[12..<14]), "▁▁", page.joined(separator: "\n"))
        XCTAssertEqual(String(cells[14..<18]), "····")
        XCTAssertFalse(try row(page, "Propose the strategy").contains("▁"), "the same bar: nothing drawn")
        XCTAssertTrue(page.contains { $0.contains("▁ the baseline's bar, v1.json, where it differs (w lists the differences)") }, page.joined(separator: "\n"))
        let french = lines(compared(current, with: old), language: .fr)
        XCTAssertTrue(french.contains { $0.contains("▁ barre de la version de référence, v1.json, là où elle diffère") }, french.joined(separator: "\n"))
    }

    func testWithoutABaselineOrWithTheSameFileNothingIsDrawn() throws {
        let current = try Fixture.minimal()
        XCTAssertFalse(lines(current).joined().contains("▁"))
        let same = lines(compared(current, with: try Fixture.minimal()))
        XCTAssertEqual(same.filter { $0.contains("▁") }.count, 1, "the legend line only: \(same.joined(separator: "\n"))")
    }

    /// A what-if and a baseline together: the ghost ░ is the file's bar before the what-ifs,
    /// ▁ the other version's; a baseline that is the file's own bar is not drawn twice.
    func testWithWhatIfsBothShow() throws {
        let current = try Fixture.minimal()
        let i = current.index(of: "socialize")
        let delayed = current.delaying(i, by: 1)
        let sameAsFile = lines(compared(delayed, with: try Fixture.minimal()))
        let plain = try row(sameAsFile, "Socialize the strategy")
        XCTAssertTrue(plain.contains("░"), String(plain))
        XCTAssertFalse(plain.contains("▁"), "the baseline is the file's bar before the what-if: the ghost says it")

        let both = lines(compared(delayed, with: try socialize("2017-07", "2017-12")))
        let cells = months(try row(both, "Socialize the strategy"))
        XCTAssertEqual(cells[6], "░", "April: the bar before the what-if")
        XCTAssertEqual(String(cells[7..<13]), "██████")
        XCTAssertEqual(String(cells[13..<15]), "▁▁", "Nov–Dec: the baseline's")
        XCTAssertTrue(both.contains { $0.contains("░ months before the what-ifs") })
        XCTAssertTrue(both.contains { $0.contains("▁ the baseline's bar") })
    }

    func testTheTextExportDrawsTheSameGrid() throws {
        let scheduled = compared(try Fixture.minimal(), with: try socialize("2017-06", "2017-11"))
        var bytes: [UInt8] = []
        try Exporter.write(scheduled, ViewState(view: .roadmap, language: .en), format: .text, width: 100) { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        // The document's grid: the same rows, and a legend that names no key.
        var document = ViewState(view: .roadmap, language: .en)
        document.medium = .document
        let page = PageBuilder.page(scheduled, document, width: 100).fullCanvas.lines
        XCTAssertEqual(text.components(separatedBy: "\n").filter { !$0.isEmpty }, page.filter { !$0.isEmpty })
        // The screen holds the critical summary in the corner above the names, a document on a
        // line of its own: the grid itself is the same.
        func grid(_ lines: [String]) -> [String] { lines.filter { $0.contains("│") }.map { String($0.drop { $0 != "│" }) } }
        XCTAssertEqual(grid(page), grid(lines(scheduled)), "the grid is the screen's")
        XCTAssertFalse(text.contains("(w lists"), text)
        XCTAssertTrue(text.contains("▁▁"), text)
    }

    func testTheWhatIfPanelListsTheDifferences() throws {
        let scheduled = compared(try Fixture.minimal(), with: try socialize("2017-06", "2017-11"))
        let page = WhatIfPage.make(scheduled, ViewState(view: .whatIfs, language: .en), width: 100).fullCanvas.lines
        let text = page.joined(separator: "\n")
        XCTAssertTrue(text.contains("Against the baseline (v1.json)"), text)
        XCTAssertTrue(text.contains("  ~ Socialize the strategy\n    planned start: 2017-06 → 2017-04\n    planned finish: 2017-11 → 2017-09"), text)
        XCTAssertTrue(text.contains("Socialize the strategy 2017-06 – 2017-11 → 2017-04 – 2017-09 (start -2, finish -2)"), text)
    }
}
