import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The Markdown export: a `##` heading per area in the view, then a table whose every row has
/// as many cells as its header, pipes in names escaped so that they cannot add a cell.
final class MarkdownExportTests: XCTestCase {
    private func markdown(_ scheduled: ScheduledRoadmap, _ state: ViewState) throws -> String {
        String(decoding: try Exporter.render(scheduled, state, format: .markdown, width: 100), as: UTF8.self)
    }

    /// The pipes that separate cells: those not escaped with a backslash.
    private func cellSeparators(_ line: Substring) -> Int {
        var count = 0
        var previous: Character = " "
        for character in line {
            if character == "|" && previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }

    /// Checks the structure of a roadmap-shaped export and returns the area headings in order.
    private func checkTables(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        var headings: [String] = []
        var headerCells: Int?
        var rowsInTable = 0
        var expectedRows = 0
        func closeTable() {
            if headerCells != nil {
                XCTAssertEqual(rowsInTable, expectedRows, "\(context): the heading's count is the table's rows", file: file, line: line)
            }
            headerCells = nil
            rowsInTable = 0
        }
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if lineText.hasPrefix("## ") {
                closeTable()
                headings.append(String(lineText.dropFirst(3)))
                if let open = lineText.lastIndex(of: "("), let n = Int(lineText[lineText.index(after: open)...].dropLast()) { expectedRows = n }
            } else if lineText.hasPrefix("|") {
                XCTAssertTrue(lineText.hasSuffix("|") && !lineText.hasSuffix("\\|"), "\(context): a row ends with a cell separator: \(lineText)", file: file, line: line)
                if let cells = headerCells {
                    XCTAssertEqual(cellSeparators(lineText), cells, "\(context): \(lineText)", file: file, line: line)
                    if !lineText.hasPrefix("|---") { rowsInTable += 1 }
                } else {
                    headerCells = cellSeparators(lineText)
                }
            } else if !lineText.isEmpty {
                closeTable()
            }
        }
        closeTable()
        return headings
    }

    func testAHeadingAndATablePerAreaInTheView() throws {
        for scheduled in [try Fixture.minimal(), try Fixture.shipped(), try Fixture.hostile()] {
            let filters = [ActivityFilter(), ActivityFilter(roles: ["Pr"]), ActivityFilter(status: .ongoing),
                           ActivityFilter(criticalOnly: true), ActivityFilter(search: "strategie")]
            for language in Language.allCases {
                for filter in filters {
                    let state = ViewState(view: .roadmap, language: language, filter: filter)
                    let text = try markdown(scheduled, state)
                    let headings = checkTables(text, "\(language) \(filter)")
                    let visible = Set(filter.apply(to: scheduled).map { scheduled.roadmap.activities[$0].area })
                    let expected = scheduled.roadmap.areas.filter { visible.contains($0.id) }.map { area in
                        let count = filter.apply(to: scheduled).filter { scheduled.roadmap.activities[$0].area == area.id }.count
                        return "\(MarkdownExport.cell(area.name[language])) (\(count))"
                    }
                    XCTAssertEqual(headings, expected, "\(language) \(filter)")
                    XCTAssertTrue(text.hasPrefix("# "), "a title first")
                }
            }
        }
    }

    func testTheFixtureInEnglish() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(try markdown(scheduled, ViewState(view: .roadmap, language: .en)), """
            # Test roadmap — Roadmap

            _Filters: no filter — 3 of 3 activities_

            **Finish:** Mar 2018 · **Critical path:** Cloud

            **Provenance:** 1 of 3 spans and 1 of 1 link inferred

            ## Digital governance (2)

            | Activity | Role | Status | Team | Planned | Early | Late | Total float | Free float | Critical | Source |
            |---|---|---|---|---|---|---|---:|---:|:---:|---|
            | Propose the strategy | Pr | new | Strategy Task Team | 2016-10 – 2017-03 | 2016-10 – 2017-03 | 2017-04 – 2017-09 | 6 | 0 |  | seed |
            | Socialize the strategy | Pr | new | Strategy Task Team | 2017-04 – 2017-09 | 2017-04 – 2017-09 | 2017-10 – 2018-03 | 6 | 6 |  | seed |

            ## Digital enablement (1)

            | Activity | Role | Status | Team | Planned | Early | Late | Total float | Free float | Critical | Source |
            |---|---|---|---|---|---|---|---:|---:|:---:|---|
            | Cloud | Int | ongoing | Cloud Task Team | 2016-10 – 2018-03 † | 2016-10 – 2018-03 | 2016-10 – 2018-03 | 0 | 0 | ◆ | † inferred: start, finish [^1] |

            † inferred: a value the seed does not plainly state; the numbered notes give the reasons.

            [^1]: ongoing work

            """)
    }

    func testTheFixtureInFrenchWithAFilter() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(try markdown(scheduled, ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(roles: ["Pr"]))), """
            # Feuille de route d’essai — Feuille de route

            _Filtres : rôle Pr — 2 activités sur 3_

            **Fin :** mars 2018 · **Chemin critique :** Infonuagique

            **Provenance :** 0 barre sur 2 et 1 lien sur 1 inféré

            ## Gouvernance numérique (2)

            | Activité | Rôle | État | Équipe | Prévu | Au plus tôt | Au plus tard | Marge totale | Marge libre | Critique | Source |
            |---|---|---|---|---|---|---|---:|---:|:---:|---|
            | Proposer la stratégie | Pr | nouvelle | Équipe de la stratégie | 2016-10 – 2017-03 | 2016-10 – 2017-03 | 2017-04 – 2017-09 | 6 | 0 |  | document source |
            | Faire connaître la stratégie | Pr | nouvelle | Équipe de la stratégie | 2017-04 – 2017-09 | 2017-04 – 2017-09 | 2017-10 – 2018-03 | 6 | 6 |  | document source |

            """)
    }

    /// Pipes, and every other character Markdown reads as markup (a bracket could start a link
    /// or fake a footnote reference), are escaped.
    func testPipesInNamesAreEscaped() throws {
        let scheduled = try Fixture.hostile()
        let text = try markdown(scheduled, ViewState(view: .roadmap, language: .en))
        let row = text.split(separator: "\n").first { $0.contains("oud") && $0.hasPrefix("| ") }
        XCTAssertTrue(row?.hasPrefix("| Cl␛\\[31moud�2J␊next, \"q\" \\| a: b # c; d | Int | ongoing |") == true, String(row ?? "no row"))
        XCTAssertEqual(row.map(cellSeparators), 12, "eleven cells, the escaped pipe is not one")
        XCTAssertTrue(text.contains("## Digital␛\\]0;pwned␇ enablement (1)"))
        XCTAssertEqual(MarkdownExport.cell("[x](javascript:y) *a* _b_ `c` <i> [^1]"), #"\[x\](javascript:y) \*a\* \_b\_ \`c\` \<i> \[^1\]"#)
    }

    /// A role code comes from the file too: it used to reach the table as it was, an escape
    /// and a cell-splitting pipe with it. Such a code no longer loads (role codes are ASCII
    /// letters and digits, said where the bad character is); the table still escapes the cell,
    /// as it does every other value from the file.
    func testAHostileRoleCodeNeverReachesTheTable() throws {
        let code = #"P|r\u001b[31m"#
        var text = try String(contentsOfFile: Fixture.minimalPath, encoding: .utf8)
        text = text.replacingOccurrences(of: #"{"id": "Pr", "name": {"fr": "Promoteur""#, with: #"{"id": "\#(code)", "name": {"fr": "Promoteur""#)
        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        XCTAssertNil(result.validated)
        let error = try XCTUnwrap(result.errors.first { $0.path == "roles[1].id" }, "\(result.errors)")
        XCTAssertTrue(error.message.contains(#"character "|" (U+007C) at position 2"#), error.message)
        XCTAssertEqual(MarkdownExport.cell("P|r\u{1B}[31m"), "P\\|r␛\\[31m")
    }
}
