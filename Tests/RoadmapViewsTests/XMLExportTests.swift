import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The XML exports (MS Project, and the SVG and HTML pictures) stay well-formed XML whatever a
/// name holds: markup, entities, the end of a CDATA section, control characters (which XML 1.0
/// cannot carry at all), bidi overrides and noncharacters. Checked with Foundation's XMLParser.
final class XMLExportTests: XCTestCase {
    /// A name written to break XML, as JSON escapes.
    static let hostileJSON = #"<b>Fish &amp; chips</b> ]]> \u0001bell \u202ereversed \uffff end"#
    /// How the exports write it: the control and the override as visible placeholders.
    static let hostileShown = "<b>Fish &amp; chips</b> ]]> ␁bell �reversed � end"

    static func hostile() throws -> ScheduledRoadmap {
        try Fixture.minimalVariant([
            (#"{"fr": "Infonuagique", "en": "Cloud"}"#, #"{"fr": "\#(hostileJSON)", "en": "\#(hostileJSON)"}"#),
            (#""en": "Digital enablement""#, #""en": "Digital & <enablement>""#),
            (#""en": "Strategy Task Team""#, #""en": "Strategy ]]> Team""#),
        ])
    }

    /// The text of every element the parser reports, in order; fails on XML that does not parse.
    static func texts(_ bytes: [UInt8], _ what: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let collector = TextCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        let parsed = parser.parse()
        XCTAssertTrue(parsed, "\(what) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber), column \(parser.columnNumber)",
                      file: file, line: line)
        return collector.texts
    }

    final class TextCollector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var elements: [String] = []
        private var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts.append(current)
            current = ""
        }
    }

    func testTheMSProjectExportOfHostileNamesParsesAndKeepsThem() throws {
        let scheduled = try Self.hostile()
        for language in Language.allCases {
            let bytes = try Exporter.render(scheduled, ViewState(view: .roadmap, language: language), format: .msproject, width: 100)
            let texts = Self.texts(bytes, "msproject \(language)")
            XCTAssertTrue(texts.contains(Self.hostileShown), "\(language): the hostile name, whole:\n\(texts)")
            if language == .en {
                XCTAssertTrue(texts.contains("Digital & <enablement>"), "the area's name")
                XCTAssertTrue(texts.contains("Strategy ]]> Team"), "the team's name")
            }
        }
    }

    func testTheMSProjectExportFollowsTheFilters() throws {
        let scheduled = try Fixture.minimal()
        let state = ViewState(view: .roadmap, language: .en, filter: ActivityFilter(areas: ["governance"]))
        let text = String(decoding: try Exporter.render(scheduled, state, format: .msproject, width: 100), as: UTF8.self)
        XCTAssertTrue(text.contains("<WBS>propose</WBS>") && text.contains("<WBS>socialize</WBS>"), text)
        XCTAssertFalse(text.contains("<WBS>cloud</WBS>"), "a filtered-out activity is not written")
        XCTAssertFalse(text.contains("<WBS>enablement</WBS>"), "nor its area, empty in the view")
        XCTAssertFalse(text.contains("Cloud Task Team"), "nor the team that carries only it")
        XCTAssertTrue(text.contains("<Subject>Roadmap — names in English (en) — Filters: area Digital governance"), text)
    }

    func testOtherViewsRefuseTheMSProjectFormat() throws {
        let scheduled = try Fixture.minimal()
        for view in ViewKind.allCases where view != .roadmap {
            XCTAssertThrowsError(try Exporter.render(scheduled, ViewState(view: view, language: .en), format: .msproject, width: 100)) { error in
                XCTAssertTrue("\(error)".contains("the roadmap view (1)"), "\(view): \(error)")
            }
        }
    }

    func testWorkingDaysOfAMonth() {
        // October 2016 began on a Saturday; March 2018 ended on a Saturday.
        XCTAssertEqual(WorkingCalendar.firstWorkingDay(Month(year: 2016, month: 10)!), 3)
        XCTAssertEqual(WorkingCalendar.lastWorkingDay(Month(year: 2018, month: 3)!), 30)
        XCTAssertEqual(WorkingCalendar.firstWorkingDay(Month(year: 2017, month: 1)!), 2, "1 January 2017 was a Sunday")
        XCTAssertEqual(WorkingCalendar.lastWorkingDay(Month(year: 2000, month: 2)!), 29, "a leap year's 29 February, a Tuesday")
        XCTAssertEqual(WorkingCalendar.workingDays(from: Month(year: 2016, month: 10)!, through: Month(year: 2016, month: 10)!), 21)
        XCTAssertEqual(WorkingCalendar.workingDays(from: Month(year: 2016, month: 10)!, through: Month(year: 2017, month: 3)!), 130)
        XCTAssertEqual(WorkingCalendar.firstWorkingDay(Month(year: 1, month: 1)!), 1, "1 January of year 1 was a Monday (proleptic Gregorian)")
    }
}
