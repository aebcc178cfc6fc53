import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Every file the program writes is a document (issue 21): walked over every view, every
/// format, both languages and the widths 20, 80 and 200, on the shipped roadmap — no name
/// cut with "…", no bare id where the file gives a name, no key to press, and on the French
/// side no English word of the program's own.
final class DocumentWalkTests: XCTestCase {
    static let widths = [20, 80, 200]
    /// The formats a person reads; CSV, JSON, Mermaid and MS Project XML are data, with ids
    /// and English keys by design, and are walked for "…" only.
    static let read: Set<ExportFormat> = [.text, .markdown, .svg, .html]

    /// The shipped roadmap with the seed's own ellipses ("Shift the focus… Rename", quotes
    /// the source elides) written as three dots: a "…" left in a file is then the program's.
    static func roadmap() throws -> ScheduledRoadmap {
        let text = try String(contentsOfFile: Fixture.shippedPath, encoding: .utf8).replacingOccurrences(of: "…", with: "...")
        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        return ScheduledRoadmap(try XCTUnwrap(result.validated, "\(result.errors.map(\.message))"))
    }

    /// Every export that exists: (what, text).
    static func documents(_ scheduled: ScheduledRoadmap, languages: [Language] = [.fr, .en], formats: [ExportFormat] = ExportFormat.allCases,
                          states: (ViewKind, Language) -> [ViewState] = { [ViewState(view: $0, language: $1)] }) throws -> [(String, ExportFormat, Language, String)] {
        var all: [(String, ExportFormat, Language, String)] = []
        for view in ViewKind.allCases {
            for language in languages {
                for state in states(view, language) {
                    for format in formats where !format.isRenderedPicture && Exporter.refusal(of: format, for: view) == nil {
                        for width in widths {
                            let bytes = try Exporter.render(scheduled, state, format: format, width: width)
                            all.append(("\(view.rawValue) \(format.rawValue) \(language.rawValue) \(width)", format, language, String(decoding: bytes, as: UTF8.self)))
                        }
                    }
                }
            }
        }
        return all
    }

    /// The views with and without what-ifs and the other states a document shows.
    static func states(_ scheduled: ScheduledRoadmap) -> (ViewKind, Language) -> [ViewState] {
        { view, language in
            var plain = ViewState(view: view, language: language)
            var chosen = plain
            chosen.selectedActivity = scheduled.roadmap.activities.firstIndex { $0.id == "cloud-architecture-models" }
            plain.selectedActivity = nil
            return view == .dependencies ? [plain, chosen] : [plain]
        }
    }

    func testNoFileCutsAName() throws {
        let scheduled = try Self.roadmap()
        let delayed = ScheduledRoadmap(scheduled.validated, delays: [try XCTUnwrap(scheduled.roadmap.activities.firstIndex { $0.id == "cloud-architecture-models" }): 3])
        var failures: [String] = []
        for roadmap in [scheduled, delayed] {
            for (what, _, _, text) in try Self.documents(roadmap, states: Self.states(roadmap)) where text.contains("…") {
                let line = text.split(separator: "\n").first { $0.contains("…") } ?? ""
                failures.append("\(what)\(roadmap.delays.isEmpty ? "" : " (what-if)"): \(line)")
            }
        }
        XCTAssert(failures.isEmpty, "“…” in \(failures.count) files:\n" + failures.prefix(30).joined(separator: "\n"))
    }

    /// The ids with a hyphen: no word of either language, so one in a document is an id.
    static func ids(_ roadmap: Roadmap) -> Set<String> {
        var ids = Set<String>()
        ids.formUnion(roadmap.activities.map(\.id))
        ids.formUnion(roadmap.teams.map(\.id))
        ids.formUnion(roadmap.areas.map(\.id))
        ids.formUnion(roadmap.subcommittees.map(\.id))
        ids.formUnion(roadmap.workingGroups.map(\.id))
        ids.formUnion(roadmap.principles.map(\.id))
        return ids.filter { $0.contains("-") }
    }

    static func tokens(_ text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
    }

    func testNoDocumentNamesAnActivityTeamOrAreaByItsId() throws {
        let scheduled = try Self.roadmap()
        let ids = Self.ids(scheduled.roadmap)
        XCTAssertGreaterThan(ids.count, 50)
        var failures: [String] = []
        let delayed = ScheduledRoadmap(scheduled.validated, delays: [try XCTUnwrap(scheduled.roadmap.activities.firstIndex { $0.id == "cloud-architecture-models" }): 3])
        for roadmap in [scheduled, delayed] {
            for (what, format, _, text) in try Self.documents(roadmap, formats: Array(Self.read), states: Self.states(roadmap)) {
                let found = Self.tokens(text).intersection(ids)
                if !found.isEmpty { failures.append("\(what)\(roadmap.delays.isEmpty ? "" : " (what-if)") [\(format)]: \(found.sorted().joined(separator: ", "))") }
            }
        }
        XCTAssert(failures.isEmpty, "ids in \(failures.count) documents:\n" + failures.prefix(30).joined(separator: "\n"))
    }

    /// What a screen says about its keys, in either language.
    static let keyInstructions = ["(why: Enter)", "(pourquoi : Entrée)", "Enter:", "Entrée :", "(key ", "(touche ", "⌫", "w lists", "w liste",
                                  "press ", "appuyez", "Backspace", "Esc ", "Échap", "in the explorer", "dans l’explorateur"]

    func testNoDocumentTellsTheReaderToPressAKey() throws {
        let scheduled = try Self.roadmap()
        let delayed = ScheduledRoadmap(scheduled.validated, delays: [try XCTUnwrap(scheduled.roadmap.activities.firstIndex { $0.id == "cloud-architecture-models" }): 3])
        var failures: [String] = []
        for roadmap in [scheduled, delayed] {
            for (what, _, _, text) in try Self.documents(roadmap, formats: Array(Self.read), states: Self.states(roadmap)) {
                for phrase in Self.keyInstructions where text.contains(phrase) {
                    let line = text.split(separator: "\n").first { $0.contains(phrase) } ?? ""
                    failures.append("\(what): “\(phrase)” in \(line.prefix(160))")
                }
            }
        }
        XCTAssert(failures.isEmpty, "key instructions in \(failures.count) documents:\n" + failures.prefix(30).joined(separator: "\n"))
    }

    /// Words both languages write the same way, which an English page and a French page
    /// share without either being wrong.
    static let sharedWords: Set<String> = [
        "transition", "type", "phase", "source", "notes", "note", "vision", "initiatives", "horizons", "total", "id", "markdown",
        "csv", "json", "svg", "html", "mermaid", "gantt", "roadmap", "pdf", "png", "fin", "simulation", "simulations", "mars", "mai",
        "juin", "juillet", "août", "sept", "oct", "nov", "déc", "janv", "févr", "avr", "juil", "juill", "incubator", "promoter",
        "provenance", "question", "version", "versions", "phases",
    ]

    /// The program's own English words: in an English document, and in no French text of the
    /// roadmap (a French name may hold an English word: "Sunset").
    func testNoEnglishWordOfTheProgramOnTheFrenchSide() throws {
        let scheduled = try Self.roadmap()
        let delayed = ScheduledRoadmap(scheduled.validated, delays: [try XCTUnwrap(scheduled.roadmap.activities.firstIndex { $0.id == "cloud-architecture-models" }): 3])
        // The file's words a French page may show: every text but the English sides.
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: Fixture.shippedPath)))
        let dataWords = Set(Self.frenchTexts(json).flatMap(Self.words))
        var english = Set<String>()
        var french: [(String, String)] = []
        for roadmap in [scheduled, delayed] {
            let states = Self.states(roadmap)
            // At 20 columns words break between letters: their pieces are no words of either language.
            for (what, _, language, text) in try Self.documents(roadmap, formats: Array(Self.read), states: states)
            where language == .en && !what.hasSuffix(" 20") {
                english.formUnion(Self.words(text))
            }
            for (what, _, language, text) in try Self.documents(roadmap, formats: Array(Self.read), states: states) where language == .fr {
                french.append((what, text))
            }
            french += Self.reports(roadmap, .fr)
            for (_, text) in Self.reports(roadmap, .en) { english.formUnion(Self.words(text)) }
        }
        let programWords = english.subtracting(dataWords).subtracting(Self.sharedWords)
        XCTAssertGreaterThan(programWords.count, 50, "the English side was walked")
        for word in ["legend", "float", "critical", "what", "later", "planned", "early", "late", "slip", "teams"] {
            XCTAssertTrue(programWords.contains(word), "“\(word)” is one of the program’s English words")
        }
        var failures: [String] = []
        for (what, text) in french {
            let found = Set(Self.words(text)).intersection(programWords)
            if !found.isEmpty { failures.append("\(what): \(found.sorted().joined(separator: ", "))") }
        }
        XCTAssert(failures.isEmpty, "English words on the French side of \(failures.count) documents:\n" + failures.prefix(40).joined(separator: "\n"))
    }

    /// Markdown that pastes into Word and wikis: headings that go down one level at a time, no
    /// table of more than seven columns, no line over 200 characters outside a table.
    func testMarkdownHasHeadingsInOrderNarrowTablesAndShortLines() throws {
        let scheduled = try Self.roadmap()
        var failures: [String] = []
        for (what, _, _, text) in try Self.documents(scheduled, formats: [.markdown], states: Self.states(scheduled)) {
            var level = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("#") {
                    let hashes = line.prefix { $0 == "#" }.count
                    if hashes > level + 1 { failures.append("\(what): heading from level \(level) to \(hashes): \(line)") }
                    level = hashes
                } else if line.hasPrefix("|") {
                    let cells = line.split(separator: "|", omittingEmptySubsequences: false).count - 2
                    if cells > 7 { failures.append("\(what): a table of \(cells) columns") }
                } else if line.count > 200 {
                    failures.append("\(what): a line of \(line.count) characters: \(line.prefix(80))…")
                }
            }
        }
        XCTAssert(failures.isEmpty, failures.prefix(20).joined(separator: "\n"))
    }

    /// The HTML's tables for a screen reader (WCAG 2.1, 1.3.1): a caption each, every head cell
    /// scoped, and the chart an image with a name and a description.
    func testTheHTMLTablesHaveCaptionsAndScopedHeads() throws {
        let scheduled = try Self.roadmap()
        for language in Language.allCases {
            let html = String(decoding: try Exporter.render(scheduled, ViewState(view: .roadmap, language: language), format: .html, width: 100), as: UTF8.self)
            let tables = html.components(separatedBy: "<table>").count - 1
            XCTAssertEqual(tables, scheduled.roadmap.areas.filter { area in scheduled.roadmap.activities.contains { $0.area == area.id } }.count)
            XCTAssertEqual(html.components(separatedBy: "<table>\n<caption>").count - 1, tables, "a caption first in each table")
            XCTAssertEqual(html.components(separatedBy: "<th>").count - 1, 0, "no head cell without its scope")
            XCTAssertEqual(html.components(separatedBy: "<th scope=\"row\">").count - 1, scheduled.roadmap.activities.count, "each activity heads its row")
            XCTAssertTrue(html.contains("role=\"img\" aria-labelledby=\"roadmap-title roadmap-desc\""), "the chart is a named image")
            XCTAssertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\""), "at the page's width, not a fixed one")
        }
    }

    /// Words of three letters or more, lowercased; markup (SVG and HTML tags and attributes,
    /// Markdown syntax) is taken out first.
    /// A run of capitals (the grid's month initials, "ONDJFM", the same in both languages;
    /// role codes) is no word.
    static func words(_ text: String) -> [String] {
        var plain = ""
        var inTag = false
        // The HTML page's style sheet is no text of the page.
        let shown = text.components(separatedBy: "<style>").enumerated().map { k, part in
            k == 0 ? part : part.components(separatedBy: "</style>").dropFirst().joined()
        }.joined()
        for character in shown {
            if character == "<" { inTag = true; plain.append(" "); continue }
            if character == ">" { inTag = false; plain.append(" "); continue }
            if !inTag { plain.append(character) }
        }
        return plain.split { !$0.isLetter }.filter { $0.count >= 3 && !$0.allSatisfy(\.isUppercase) }.map { $0.lowercased() }
    }

    static func frenchTexts(_ value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap(frenchTexts)
        case let object as [String: Any]: return object.filter { $0.key != "en" }.flatMap { frenchTexts($0.value) }
        default: return []
        }
    }

    /// The reports that are not views: `roadmap schedule`, `roadmap diff`, `roadmap summary`.
    static func reports(_ scheduled: ScheduledRoadmap, _ language: Language) -> [(String, String)] {
        let base = scheduled.delays.isEmpty ? nil : ScheduledRoadmap(scheduled.validated)
        let delays = scheduled.delays.sorted { $0.key < $1.key }.map { (activity: $0.key, months: $0.value) }
        let schedule = ScheduleReport(scheduled: scheduled, base: base, delays: delays, language: language).text
        let diff = DiffReport(RoadmapDiff(old: ScheduledRoadmap(scheduled.validated), new: scheduled), oldName: "v1.json", newName: "v2.json", language: language)
        return [("schedule \(language.rawValue)", schedule), ("diff text \(language.rawValue)", diff.text), ("diff markdown \(language.rawValue)", diff.markdown)]
    }
}
