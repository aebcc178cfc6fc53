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
                // An area's heading ends with its count; the critical chains' sections do not.
                if lineText.hasSuffix(")") { headings.append(String(lineText.dropFirst(3))) }
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

            **Finish:** Mar 2018 · **Critical path:** 1 of 3 activities

            1 of 3 activities is critical (no float): a month lost on it moves the finish, Mar 2018.

            Without the inferred dependencies (1 of 1): critical activities 1, finish Mar 2018. Critical only
            through an inferred dependency: 0 of 1.

            ## Chains that drive the finish

            1 chain: it runs from an activity held only by its planned start to one that ends at the finish, and
            every → is a dependency that binds (it sets the next activity’s start).

            Chains of one — critical activities that no binding dependency links to another: each starts when
            planned and ends at the finish.

            1. Cloud  
               _team: Cloud Task Team_

            ## What drives the finish

            The activities that end at the finish (Mar 2018), and the chains that reach them:

            - Cloud — alone (chain 1): held by its planned dates

            ## Teams on the critical path

            In the order their critical work starts; each chain above names the teams it runs through.

            - Cloud Task Team

            **Provenance:** 1 of 3 spans and 1 of 1 link inferred

            ## Digital governance (2)

            | Activity | Role | Status | Team | Planned | Early / late | Float (total / free) |
            |---|---|---|---|---|---|---:|
            | Propose the strategy | Pr | new | Strategy Task Team | 2016-10 – 2017-03 | 2016-10 – 2017-03 / 2017-04 – 2017-09 | 6 / 0 |
            | Socialize the strategy | Pr | new | Strategy Task Team | 2017-04 – 2017-09 | 2017-04 – 2017-09 / 2017-10 – 2018-03 | 6 / 6 |

            ## Digital enablement (1)

            | Activity | Role | Status | Team | Planned | Early / late | Float (total / free) |
            |---|---|---|---|---|---|---:|
            | ◆ Cloud [^1] | Br | ongoing | Cloud Task Team | 2016-10 – 2018-03 † | 2016-10 – 2018-03 / 2016-10 – 2018-03 | 0 / 0 |

            ◆ critical path

            † inferred: a value the seed does not plainly state; the numbered notes give the reasons.

            [^1]: † Inferred value (start, finish): ongoing work

            """)
    }

    func testTheFixtureInFrenchWithAFilter() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(try markdown(scheduled, ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(roles: ["Pr"]))), """
            # Feuille de route d’essai — Feuille de route

            _Filtres : rôle Pr — 2 activités sur 3_

            **Fin :** mars 2018 · **Chemin critique :** 1 activité sur 3

            1 activité sur 3 est critique (aucune marge) : un mois perdu sur elle repousse la fin, mars 2018.

            Sans les dépendances inférées (1 sur 1) : activités critiques 1, fin mars 2018. Critiques seulement
            par une dépendance inférée : 0 sur 1.

            ## Enchaînements qui fixent la fin

            1 enchaînement : il va d’une activité retenue seulement par son début prévu jusqu’à une activité qui
            finit à la fin du projet, et chaque → est une dépendance déterminante (elle fixe le début de
            l’activité suivante).

            Aucun ne passe par une activité que les filtres montrent.

            ## Ce qui fixe la fin

            Les activités qui finissent à la fin du projet (mars 2018), et les enchaînements qui y mènent :

            Aucune n’est parmi les activités que les filtres montrent.

            ## Équipes sur le chemin critique

            Dans l’ordre où commence leur travail critique ; chaque enchaînement ci-dessus nomme les équipes par
            lesquelles il passe.

            - Équipe de l’infonuagique

            **Provenance :** 0 barre sur 2 et 1 lien sur 1 inféré

            ## Gouvernance numérique (2)

            | Activité | Rôle | État | Équipe | Prévu | Au plus tôt / au plus tard | Marge (totale / libre) |
            |---|---|---|---|---|---|---:|
            | Proposer la stratégie | Pr | nouvelle | Équipe de la stratégie | 2016-10 – 2017-03 | 2016-10 – 2017-03 / 2017-04 – 2017-09 | 6 / 0 |
            | Faire connaître la stratégie | Pr | nouvelle | Équipe de la stratégie | 2017-04 – 2017-09 | 2017-04 – 2017-09 / 2017-10 – 2018-03 | 6 / 6 |

            """)
    }

    /// Pipes, and every other character Markdown reads as markup (a bracket could start a link
    /// or fake a footnote reference), are escaped.
    func testPipesInNamesAreEscaped() throws {
        let scheduled = try Fixture.hostile()
        let text = try markdown(scheduled, ViewState(view: .roadmap, language: .en))
        let row = text.split(separator: "\n").first { $0.contains("oud") && $0.hasPrefix("| ") }
        XCTAssertTrue(row?.hasPrefix("| ◆ Cl␛\\[31moud�2J␊next, \"q\" \\| a: b # c; d") == true, String(row ?? "no row"))
        XCTAssertEqual(row.map(cellSeparators), 8, "seven cells, the escaped pipe is not one")
        XCTAssertTrue(text.contains("## Digital␛\\]0;pwned␇ enablement (1)"))
        XCTAssertEqual(MarkdownExport.cell("[x](javascript:y) *a* _b_ `c` <i> [^1]"), #"\[x\](javascript:y) \*a\* \_b\_ \`c\` \<i> \[^1\]"#)
    }

    /// Every → between two activities in the Markdown is a dependency that binds: the chains,
    /// never the critical activities strung together (27 of the shipped roadmap's 29 once read
    /// as one chain that no dependency makes). The only other lines with an arrow are the teams
    /// a chain runs through, and the sentence that says what an arrow means.
    func testEveryArrowBetweenActivitiesIsABindingDependency() throws {
        let shipped = try Fixture.shipped()
        for scheduled in [shipped, shipped.statedOnly(true), try Fixture.minimal()] {
            for language in Language.allCases {
                for view in [ViewKind.roadmap, .criticalPath] {
                    let text = try markdown(scheduled, ViewState(view: view, language: language))
                    let byName = Dictionary(scheduled.roadmap.activities.indices.map { (MarkdownExport.cell(scheduled.roadmap.activities[$0].name[language]), $0) },
                                            uniquingKeysWith: { first, _ in first })
                    var chains = 0
                    // A chain's steps go on over lines of their own, indented in its list item.
                    var joined: [String] = []
                    for line in text.split(separator: "\n").map(String.init) {
                        if let last = joined.last, line.hasPrefix("   "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("_"),
                           last.first?.isNumber == true, !last.hasSuffix("  ") {
                            joined[joined.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
                        } else {
                            joined.append(line)
                        }
                    }
                    for line in joined where line.contains("→") {
                        if line.hasPrefix("   _team") || line.hasPrefix("    _team") || line.hasPrefix("   _équipe") || line.hasPrefix("    _équipe") { continue }
                        // A footnote quotes the file's note, which may say "propose → mandate".
                        if line.hasPrefix("[^") { continue }
                        // ... on lines of its own, four spaces in.
                        if line.hasPrefix("    ") && !line.hasPrefix("    _") { continue }
                        if line.contains("chaque → est une dépendance déterminante") || line.contains("every → is a dependency that binds") { continue }
                        guard let dot = line.firstIndex(of: "."), Int(line[..<dot]) != nil else {
                            XCTFail("\(language) \(view): an arrow outside a chain: \(line)")
                            continue
                        }
                        var item = String(line[line.index(dot, offsetBy: 2)...])
                        if item.hasSuffix("  ") { item.removeLast(2) }
                        let steps = item.components(separatedBy: " → ").map { byName[$0] }
                        XCTAssertFalse(steps.contains(nil), "\(language) \(view): a step that is no activity: \(line)")
                        for (p, s) in zip(steps, steps.dropFirst()) {
                            guard let p, let s else { continue }
                            XCTAssertTrue(scheduled.graph.successors(of: p).contains { scheduled.schedule.binding[$0] && scheduled.graph.edges[$0].to == s },
                                          "\(language) \(view): \(scheduled.roadmap.activities[p].id) → \(scheduled.roadmap.activities[s].id) is no binding dependency")
                        }
                        chains += 1
                    }
                    let expected = scheduled.criticalNetwork.chains?.filter { $0.count > 1 }.count ?? -1
                    XCTAssertEqual(chains, expected, "\(language) \(view): every chain of more than one activity, once")
                }
            }
        }
    }

    /// The critical-path view exports its chains alone, after the filters and the finish.
    func testTheCriticalPathViewExportsItsChains() throws {
        let text = try markdown(try Fixture.shipped(), ViewState(view: .criticalPath, language: .en))
        XCTAssertTrue(text.hasPrefix("# Pan-Canadian Digital Program — Roadmap — Critical path\n\n_Filters: no filter — 29 of 29 activities_\n"), text)
        // The steps on lines of at most 100 characters, continued inside the list item.
        XCTAssertTrue(text.contains("""

            3. Proposal for the pan-Canadian digital governance model → Develop the mandate for the pan-Canadian
               digital governance structure. → Membership, mandate and governance: process for the new Council
               structure \u{20}
               _teams: Governance Model Task Team → Council Member Alignment Task Team_

            """), text)
        XCTAssertTrue(text.contains("\n- Secure support resources — chains 1, 2\n"), text)
        XCTAssertFalse(text.contains("\n| "), "no table of areas")
        XCTAssertFalse(text.contains("and more"))
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
