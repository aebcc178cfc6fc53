import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import RoadmapModel
import RoadmapSynthetic
@testable import RoadmapViews

/// Documents from bad input (issue 21): names of 2,000 characters (one of them a single word),
/// CJK and emoji, a roadmap of one activity and one of ten thousand, widths from 20 to 1000.
/// Every export stays well-formed, wraps rather than overflows, and loses no letter.
final class DocumentBadInputTests: XCTestCase {
    /// 2,000 characters of words, and 2,000 of one word.
    static let longWords = Array(repeating: "governance", count: 182).joined(separator: " ")
    static let oneWord = String(repeating: "x", count: 2000)
    static let cjk = "デジタル政府の基盤となる原則と戦略を共有する長い名前"
    static let emoji = "☁️ Cloud 🚀 launch 👩🏽‍💻 team 🇨🇦"

    static func roadmap() throws -> ScheduledRoadmap {
        try Fixture.minimalVariant([
            (#""en": "Propose the strategy""#, #""en": "\#(longWords)""#),
            (#""en": "Socialize the strategy""#, #""en": "\#(oneWord)""#),
            (#"{"fr": "Infonuagique", "en": "Cloud"}"#, #"{"fr": "\#(cjk)", "en": "\#(emoji)"}"#),
        ])
    }

    func testEveryExportOfLongCJKAndEmojiNamesIsWholeAndWellFormed() throws {
        let scheduled = try Self.roadmap()
        for view in ViewKind.allCases {
            for language in Language.allCases {
                for width in [20, 80, 200, 1000] {
                    let state = ViewState(view: view, language: language, selectedActivity: view == .dependencies ? 1 : nil)
                    for format in Exporter.formats(of: view) where !format.isRenderedPicture {
                        let what = "\(view) \(format) \(language) \(width)"
                        let bytes = try Exporter.render(scheduled, state, format: format, width: width)
                        let text = try XCTUnwrap(String(validating: bytes, as: UTF8.self), "\(what): UTF-8")
                        XCTAssertFalse(text.contains("…"), "\(what): nothing cut")
                        if [.svg, .html, .msproject].contains(format) { XCTAssertTrue(Self.parses(bytes), "\(what): well-formed XML") }
                        if format == .json { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(bytes)), what) }
                        if format == .text {
                            for line in text.split(separator: "\n") {
                                XCTAssertLessThanOrEqual(TextWidth.of(String(line)), width, "\(what): a line wider than the page: \(line.prefix(80))")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every letter of the long names is in the grid's text and in the chart, in order:
    /// wrapped, broken where a word is longer than a line, never dropped.
    func testTheGridAndTheChartKeepEveryLetter() throws {
        let scheduled = try Self.roadmap()
        for width in [20, 80, 200] {
            let text = String(decoding: try Exporter.render(scheduled, ViewState(view: .roadmap, language: .en), format: .text, width: width), as: UTF8.self)
            let letters = text.filter { $0 == "x" }
            XCTAssertGreaterThanOrEqual(letters.count, 2000, "\(width): the word of 2,000 letters, whole")
            // Every word, whole where the name column holds one (the area's heading says "governance" too).
            if width > 20 { XCTAssertEqual(text.components(separatedBy: "governance").count - 1, 182 + 1, "\(width): every word of the long name") }
            let svg = try Exporter.render(scheduled, ViewState(view: .roadmap, language: .fr), format: .svg, width: width)
            let shown = Self.texts(svg).joined()
            XCTAssertTrue(shown.contains(Self.cjk) || shown.filter { !$0.isWhitespace }.contains(Self.cjk), "\(width): the CJK name whole in the chart")
        }
        let emoji = String(decoding: try Exporter.render(scheduled, ViewState(view: .roadmap, language: .en), format: .svg, width: 80), as: UTF8.self)
        XCTAssertTrue(emoji.contains("👩🏽‍💻"), "a cluster of several scalars is kept whole")
    }

    /// The chart's name column stays within its share of the page however long a name is: the
    /// months keep their room, and the long name wraps in its row.
    func testALongNameWrapsInTheChartRatherThanWideningIt() throws {
        let scheduled = try Self.roadmap()
        let input = ExportInput(scheduled: scheduled, state: ViewState(view: .roadmap, language: .en), width: 100)
        let layout = ChartLayout(input, visible: input.state.filter.apply(to: scheduled))
        XCTAssertLessThanOrEqual(layout.nameWidth, (layout.contentWidth - ChartLayout.gutter - ChartLayout.roleWidth) * 0.42 + 0.01)
        XCTAssertGreaterThan(layout.gridWidth, layout.contentWidth / 2, "the months keep half the page")
        let rows = layout.rows.filter { if case .activity = $0.kind { return true } else { return false } }
        XCTAssertGreaterThan(rows.map(\.lines.count).max() ?? 0, 20, "the long names take many lines of their rows")
        for row in rows {
            for line in row.lines { XCTAssertLessThanOrEqual(ChartText.width(line, size: ChartLayout.textSize), layout.nameWidth + 0.01, line) }
        }
    }

    /// One activity and ten thousand: the grid's exports are written whole and parse.
    func testOneActivityAndTenThousand() throws {
        for count in [1, 10_000] {
            let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: count))))
            for format in [ExportFormat.svg, .html] {
                let bytes = try Exporter.render(scheduled, ViewState(view: .roadmap, language: .en), format: format, width: 80)
                XCTAssertTrue(Self.parses(bytes), "\(count) activities, \(format): well-formed")
                XCTAssertEqual(Self.rowTitles(bytes), count, "\(count) activities, \(format): a row for each")
            }
            let text = String(decoding: try Exporter.render(scheduled, ViewState(view: .roadmap, language: .fr), format: .markdown, width: 80), as: UTF8.self)
            XCTAssertFalse(text.contains("…"))
            XCTAssertEqual(text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Activité") }.count, count)
        }
    }

    static func parses(_ bytes: [UInt8]) -> Bool {
        let parser = XMLParser(data: Data(bytes))
        return parser.parse()
    }

    /// The texts of the chart's `<text>` elements.
    static func texts(_ bytes: [UInt8]) -> [String] {
        let collector = Texts()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    /// The rows of the chart: each activity's group has a `<title>`.
    static func rowTitles(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "<g><title>").count - 1
    }

    final class Texts: NSObject, XMLParserDelegate {
        var texts: [String] = []
        private var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" { inText = true; texts.append("") }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { texts[texts.count - 1] += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { if name == "text" { inText = false } }
    }
}
