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

    /// The links written are the ones the dates honour: with the schedule on the stated
    /// dependencies only, the fixture's one (inferred) link is left out, as the dates leave it out.
    func testTheMSProjectLinksAreTheOnesTheScheduleHonours() throws {
        let scheduled = try Fixture.minimal()
        let state = ViewState(view: .roadmap, language: .en)
        let all = String(decoding: try Exporter.render(scheduled, state, format: .msproject, width: 100), as: UTF8.self)
        XCTAssertEqual(all.components(separatedBy: "<PredecessorLink>").count - 1, 1, all)
        let stated = String(decoding: try Exporter.render(scheduled.statedOnly(true), state, format: .msproject, width: 100), as: UTF8.self)
        XCTAssertFalse(stated.contains("<PredecessorLink>"), stated)
        XCTAssertTrue(stated.contains("stated"), "the subject says the schedule leaves the inferred links out")
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

    // MARK: - SVG

    /// The attributes of every element, in order, with the element's name.
    final class ElementCollector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }
    }

    func testTheSVGParsesAndNamesEveryActivityOfTheView() throws {
        let scheduled = try Fixture.shipped()
        let states = Language.allCases.flatMap { language in
            [ViewState(view: .roadmap, language: language), ViewState(view: .roadmap, language: language, filter: ActivityFilter(roles: ["Int"]))]
        }
        for state in states {
            for width in [60, 120] {
                let what = "svg \(state.language) \(width) \(state.filter.isEmpty ? "" : "Int only")"
                let bytes = try Exporter.render(scheduled, state, format: .svg, width: width)
                let texts = Self.texts(bytes, what)
                let visible = state.filter.apply(to: scheduled)
                XCTAssertFalse(visible.isEmpty)
                for i in scheduled.roadmap.activities.indices {
                    let name = scheduled.roadmap.activities[i].name[state.language]
                    let named = texts.contains { $0.hasPrefix(name + " · ") }
                    XCTAssertEqual(named, visible.contains(i), "\(what): \(name)")
                }
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), what)
                XCTAssertTrue(text.contains("xml:lang=\"\(state.language.rawValue)\""), what)
                XCTAssertTrue(text.contains("<title id=\"roadmap-title\">"), what)
                XCTAssertTrue(texts.contains { $0.contains(state.language == .fr ? "Légende" : "Legend") }, "\(what): the legend")
                XCTAssertTrue(texts.contains { $0.contains(state.language == .fr ? "inférés" : "inferred") }, "\(what): what rests on inference")
                XCTAssertTrue(texts.contains { $0.contains("Period 1") || $0.contains("Période 1") || $0 == "P1" }, "\(what): the periods")
            }
        }
    }

    func testTheSVGBarsFollowTheScheduleAndTheRoles() throws {
        let scheduled = try Fixture.minimal()
        let bytes = try Exporter.render(scheduled, ViewState(view: .roadmap, language: .en), format: .svg, width: 100)
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        XCTAssertTrue(parser.parse())
        let state = ViewState(view: .roadmap, language: .en)
        let layout = ChartLayout(ExportInput(scheduled: scheduled, state: state, width: 100), visible: state.filter.apply(to: scheduled))
        // The bars: rounded, in a role's colour, above the key (whose swatches are bars too).
        let rects = collector.elements.filter {
            $0.name == "rect" && $0.attributes["rx"] != nil && SVGExport.roleColours.contains($0.attributes["fill"] ?? "")
                && Double($0.attributes["y"]!)! < layout.legendTop
        }
        // propose (Pr, new, months 0–5), socialize (Pr, 6–11), cloud (Int via Br, ongoing, 0–17).
        XCTAssertEqual(rects.count, 3, "\(rects)")
        func x(_ month: Int) -> Double { (layout.x(ofMonth: month) * 10 + 5).rounded() / 10 }
        let bars = rects.map { (Double($0.attributes["x"]!)!, Double($0.attributes["width"]!)!, $0.attributes["fill"]!, $0.attributes["fill-opacity"]) }
        XCTAssertTrue(bars.contains { abs($0.0 - x(0)) < 0.06 && abs($0.1 - (6 * layout.monthWidth - 1)) < 0.06 && $0.2 == SVGExport.roleColours[1] && $0.3 == nil },
                      "propose: Pr's colour, solid, October to March: \(bars)")
        XCTAssertTrue(bars.contains { abs($0.0 - x(6)) < 0.06 && $0.2 == SVGExport.roleColours[1] }, "socialize from April: \(bars)")
        XCTAssertTrue(bars.contains { abs($0.0 - x(0)) < 0.06 && $0.2 == SVGExport.roleColours[2] && $0.3 == "0.38" }, "cloud: Int's colour, light (ongoing): \(bars)")
    }

    func testTheSVGOfHostileNamesParsesAndKeepsThem() throws {
        let scheduled = try Self.hostile()
        for language in Language.allCases {
            for search in ["", "fish"] {
                let state = ViewState(view: .roadmap, language: language, filter: ActivityFilter(search: search))
                let texts = Self.texts(try Exporter.render(scheduled, state, format: .svg, width: 200), "svg \(language) \(search)")
                XCTAssertTrue(texts.contains { $0.hasPrefix(Self.hostileShown + " · ") }, "\(language): the hostile name, whole, in its title:\n\(texts)")
                XCTAssertTrue(texts.contains { $0.hasPrefix("<b>Fish &amp; chips</b> ]]>") }, "\(language): and on its row")
            }
        }
    }

    /// rsvg-convert (librsvg, Debian librsvg2-bin, which scripts/bootstrap installs), found on
    /// PATH, draws the picture: a PNG of the size the SVG says, in both languages at two
    /// widths, filtered or not.
    func testRsvgConvertRendersTheSVG() throws {
        guard let rsvg = executableOnPath("rsvg-convert") else {
            return XCTFail("rsvg-convert is not on PATH: install librsvg2-bin (scripts/bootstrap does)")
        }
        let scheduled = try Fixture.shipped()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for language in Language.allCases {
            for (width, filter) in [(80, ActivityFilter()), (160, ActivityFilter(criticalOnly: true))] {
                let svg = folder.appendingPathComponent("grid-\(language)-\(width).svg"), png = svg.deletingPathExtension().appendingPathExtension("png")
                try Data(try Exporter.render(scheduled, ViewState(view: .roadmap, language: language, filter: filter), format: .svg, width: width)).write(to: svg)
                let process = Process()
                process.executableURL = rsvg
                process.arguments = [svg.path, "-o", png.path]
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                XCTAssertEqual(process.terminationStatus, 0, "rsvg-convert \(svg.lastPathComponent): \(message)")
                let bytes = [UInt8](try Data(contentsOf: png))
                XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
                // The IHDR's width: eight pixels a column.
                let pngWidth = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
                XCTAssertEqual(pngWidth, width * 8, "\(svg.lastPathComponent)")
            }
        }
    }

    // MARK: - HTML

    func testTheHTMLPageIsSelfContainedAndHoldsThePictureAndTheTables() throws {
        let scheduled = try Fixture.shipped()
        for language in Language.allCases {
            for filter in [ActivityFilter(), ActivityFilter(roles: ["Pr"])] {
                let state = ViewState(view: .roadmap, language: language, filter: filter)
                let what = "html \(language) \(filter.isEmpty ? "" : "Pr only")"
                let bytes = try Exporter.render(scheduled, state, format: .html, width: 100)
                let collector = ElementCollector()
                let parser = XMLParser(data: Data(bytes))
                parser.delegate = collector
                XCTAssertTrue(parser.parse(), "\(what): well-formed: \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
                let names = collector.elements.map(\.name)
                XCTAssertEqual(names.filter { $0 == "svg" }.count, 1, "\(what): the picture, inline")
                XCTAssertFalse(names.contains { ["script", "link", "img", "iframe", "object", "embed"].contains($0) }, "\(what): nothing fetched or run")
                for element in collector.elements {
                    for (key, value) in element.attributes where ["src", "href"].contains(key) {
                        XCTAssertTrue(value.hasPrefix("#"), "\(what): \(element.name) \(key)=\(value) points outside the page")
                    }
                }
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertTrue(text.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\""), what)
                XCTAssertFalse(text.contains("url("), "\(what): no resource in the style")
                // One table row per activity of the view, after the heads.
                let visible = state.filter.apply(to: scheduled)
                XCTAssertEqual(names.filter { $0 == "tr" }.count - names.filter { $0 == "thead" }.count, visible.count, what)
                let texts = Self.texts(bytes, what)
                for i in visible {
                    let name = XMLText.escaped(scheduled.roadmap.activities[i].name[language])
                    XCTAssertTrue(text.contains("<th scope=\"row\">" + name) || text.contains("<th scope=\"row\">◆ " + name), "\(what): \(name) heads its row")
                    XCTAssertTrue(texts.contains { $0.hasPrefix(scheduled.roadmap.activities[i].name[language] + " · ") }, "\(what): and in the picture")
                }
                // The notes are linked from their rows.
                XCTAssertTrue(text.contains("<a href=\"#note-1\">[1]</a>") && text.contains("<li id=\"note-1\">"), what)
            }
        }
    }

    func testTheHTMLOfHostileNamesParsesAndKeepsThem() throws {
        let scheduled = try Self.hostile()
        for language in Language.allCases {
            let bytes = try Exporter.render(scheduled, ViewState(view: .roadmap, language: language), format: .html, width: 100)
            let texts = Self.texts(bytes, "html \(language)")
            // The name heads its row, after the critical mark (its note's link follows it).
            let html = String(decoding: bytes, as: UTF8.self)
            XCTAssertTrue(html.contains("<th scope=\"row\">◆ " + XMLText.escaped(Self.hostileShown)), "\(language): the name in its cell, critical:\n\(html)")
            if language == .en {
                XCTAssertTrue(texts.contains("Digital & <enablement> (1)"), "the area's heading")
                XCTAssertTrue(texts.contains { $0.hasPrefix("Strategy ]]> Team") }, "the team's cell")
            }
        }
    }
}
