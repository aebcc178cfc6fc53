import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The critical-path view: the chains, every → a dependency that binds, with the task team of
/// each activity; what drives the finish; the teams on the critical path — in both languages.
final class CriticalPathPageTests: XCTestCase {
    private func page(_ scheduled: ScheduledRoadmap, _ language: Language, _ width: Int, filter: ActivityFilter = ActivityFilter()) -> Page {
        PageBuilder.page(scheduled, ViewState(view: .criticalPath, language: language, filter: filter), width: width)
    }

    func testTheFixtureInEnglishAt80Columns() throws {
        assertPage(page(try Fixture.minimal(), .en, 80), """
            Test roadmap — Critical path                                     Finish Mar 2018
            Filters: no filter — 3 of 3 activities
            1 of 3 activities is critical (no float): a month lost on it moves the finish,
            Mar 2018.
            Without the inferred dependencies (1 of 1): critical activities 1, finish Mar
            2018. Critical only through an inferred dependency: 0 of 1.

            CHAINS THAT DRIVE THE FINISH
            ────────────────────────────
            1 chain: it runs from an activity held only by its planned start to one that
            ends at the finish, and every → is a dependency that binds (it sets the next
            activity’s start).
            Chains of one — critical activities that no binding dependency links to another:
            each starts when planned and ends at the finish.
              1.  Cloud                                                Cloud Task Team

            WHAT DRIVES THE FINISH
            ──────────────────────
            The activities that end at the finish (Mar 2018), and the chains that reach
            them:
              ◆ Cloud
                  alone (chain 1): held by its planned dates

            TEAMS ON THE CRITICAL PATH
            ──────────────────────────
            In the order their critical work starts; each chain above names the teams it
            runs through.
              • Cloud Task Team
            """)
    }

    /// The shipped roadmap at 80 and 120 columns in both languages: no line too wide, every
    /// → row a binding dependency from the row above it, each step's team shown (in a column
    /// when every team name fits whole, else on the row below), every chain and every
    /// activity that ends at the finish there.
    func testTheShippedRoadmapAt80And120ColumnsInBothLanguages() throws {
        let scheduled = try Fixture.shipped()
        let roadmap = scheduled.roadmap
        let network = scheduled.criticalNetwork
        let chains = try XCTUnwrap(network.chains)
        XCTAssertEqual(chains.count, 19)
        for language in Language.allCases {
            for width in [80, 120] {
                let page = page(scheduled, language, width)
                let lines = page.fullCanvas.lines
                let context = "\(language) at \(width)"
                XCTAssertTrue(lines.allSatisfy { TextWidth.of($0) <= width }, context)
                XCTAssertFalse(lines.contains { $0.contains("and more") || $0.contains("et d’autres") }, context)
                var previousStep: Int?
                var steps = 0, links = 0, starts = 0
                for row in 0..<page.rowCount {
                    let text = page.rows(row..<row + 1).line(0)
                    guard let activity = page.activity(atRow: row), !text.hasPrefix("  ◆") else { continue }
                    steps += 1
                    let team = roadmap.activities[activity].team.flatMap { scheduled.teamIndex[$0] }
                    // Namesake teams told apart by what differs (issue 23).
                    let teamName = team.map { TeamNames.distinct(roadmap, language)[$0] } ?? Vocabulary(language).noTeam
                    let below = row + 1 < page.rowCount ? page.rows(row + 1..<row + 2).line(0) : ""
                    // Under the name, the team is cut only when it is wider than the page.
                    let under = below.trimmingCharacters(in: .whitespaces)
                    let cutUnder = under.hasSuffix("…") && teamName.hasPrefix(String(under.dropLast())) && TextWidth.of(teamName) > width - 9
                    XCTAssertTrue(text.hasSuffix(teamName) || under == teamName || cutUnder,
                                  "\(context): the team of \(roadmap.activities[activity].id) (\(teamName)): \(text) / \(below)")
                    if text.trimmingCharacters(in: .whitespaces).hasPrefix("→") {
                        links += 1
                        let from = try XCTUnwrap(previousStep, "\(context): → on the first step")
                        XCTAssertTrue(scheduled.graph.successors(of: from).contains { scheduled.schedule.binding[$0] && scheduled.graph.edges[$0].to == activity },
                                      "\(context): \(roadmap.activities[from].id) → \(roadmap.activities[activity].id) is no binding dependency")
                    } else {
                        starts += 1
                    }
                    previousStep = activity
                }
                XCTAssertEqual(starts, 19, "\(context): a first row per chain")
                XCTAssertEqual(steps, chains.reduce(0) { $0 + $1.count }, context)
                XCTAssertEqual(links, steps - 19, context)
                for finisher in network.finishers {
                    XCTAssertTrue(lines.contains("  ◆ " + TextWidth.truncate(roadmap.activities[finisher].name[language], to: width - 4)), "\(context): \(roadmap.activities[finisher].id)")
                }
            }
        }
    }

    /// Checked by hand against the data: the governance model proposal (Oct 2016–Mar 2017)
    /// → the mandate (Apr–Sep 2017), finish to start, → the new Council structure (from Oct
    /// 2017), carried by the Governance Model team then the Council Member Alignment team.
    func testAChainOfTheShippedRoadmapWithItsTeams() throws {
        let scheduled = try Fixture.shipped()
        let at120 = page(scheduled, .en, 120).fullCanvas.lines
        let wide = try XCTUnwrap(at120.firstIndex { $0.hasPrefix("  3.   Proposal for the pan-Canadian digital governance model") })
        XCTAssertEqual(Array(at120[wide...(wide + 2)]), [
            "  3.   Proposal for the pan-Canadian digital governance model          Governance Model Task Team",
            "     → Develop the mandate for the pan-Canadian digital governance s…  Governance Model Task Team",
            "     → Membership, mandate and governance: process for the new Counc…  Council Member Alignment Task Team",
        ])
        let at80 = page(scheduled, .fr, 80).fullCanvas.lines
        let narrow = try XCTUnwrap(at80.firstIndex { $0.hasPrefix("  3.   Proposition pour le modèle de gouvernance") })
        XCTAssertEqual(Array(at80[narrow...(narrow + 5)]), [
            "  3.   Proposition pour le modèle de gouvernance numérique pancanadien",
            "         Équipe spéciale chargée du modèle de gouvernance",
            "     → Élaborer le mandat pour la structure de gouvernance numérique pancanadie…",
            "         Équipe spéciale chargée du modèle de gouvernance",
            "     → Membres, mandat et gouvernance. Processus relatif à la structure du nouv…",
            "         Équipe spéciale chargée de l’harmonisation entre les membres du Conseil",
        ])
        let text = at120.joined(separator: "\n")
        XCTAssertTrue(text.contains("Without the inferred dependencies (18 of 18): critical activities 17, finish Mar 2018. Critical only through an inferred\ndependency: 9 of 26."), text)
        XCTAssertTrue(text.contains("\n  ◆ Pilot project B: to be determined\n      alone (chain 18): held by its planned dates\n"), text)
    }

    /// Stated dependencies only: every page says so on its filter line, in both languages.
    func testEveryPageSaysWhenTheScheduleLeavesTheInferredOut() throws {
        let scheduled = try Fixture.shipped().statedOnly(true)
        for language in Language.allCases {
            for view in ViewKind.allCases {
                let state = ViewState(view: view, language: language, selectedActivity: 0)
                let header = PageBuilder.page(scheduled, state, width: 200).header.lines
                let said = language == .fr ? "dépendances énoncées seulement : 0 sur 18" : "stated dependencies only: 0 of 18 links"
                XCTAssertTrue(header[1].hasSuffix(said), "\(view) \(language): \(header[1])")
                // The text pages come in Markdown as their rows alone; they show no schedule.
                guard [.roadmap, .teams, .dependencies, .criticalPath].contains(view) else { continue }
                let bytes = try Exporter.render(scheduled, state, format: .markdown, width: 200)
                XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(said), "\(view) \(language) Markdown")
            }
        }
        let mermaid = String(decoding: try Exporter.render(scheduled, ViewState(language: .en), format: .mermaid, width: 100), as: UTF8.self)
        XCTAssertTrue(mermaid.contains("title Pan-Canadian Digital Program — Roadmap (stated dependencies only∶ 0 of 18 links)"), mermaid)
        let plain = try Fixture.shipped()
        XCTAssertFalse(PageBuilder.page(plain, ViewState(language: .en), width: 200).header.lines[1].contains("stated"))
        let page = PageBuilder.page(scheduled, ViewState(view: .criticalPath, language: .en), width: 120).text
        XCTAssertTrue(page.contains("17 of 29 activities are critical"), page)
        XCTAssertTrue(page.contains("Stated dependencies only: 0 of 18 count, the inferred ones (18) are left out. With them: critical activities 26,"), page)
    }

    /// A plan too branched to list: the count, exact, and the segments of the network with
    /// where they join — never "and more".
    func testANetworkTooLargeToListIsShownAsItsSegments() throws {
        let origin = Month(year: 2020, month: 1)!
        var activities: [Activity] = []
        var dependencies: [Dependency] = []
        func add(_ id: String) {
            activities.append(Activity(id: id, name: LocalizedText(fr: "Activité \(id)", en: "Activity \(id)"), area: "area", role: "Pr",
                                       start: origin, finish: origin))
        }
        // Twelve diamonds in series, start to start: 4,096 chains.
        for k in 0...12 {
            add("j\(k)")
            guard k < 12 else { break }
            add("u\(k)")
            add("d\(k)")
            for branch in ["u", "d"] {
                dependencies.append(Dependency(from: "j\(k)", to: "\(branch)\(k)", type: .SS))
                dependencies.append(Dependency(from: "\(branch)\(k)", to: "j\(k + 1)", type: .SS))
            }
        }
        let roadmap = Roadmap(meta: Meta(title: LocalizedText("Lattice"), timeline: Timeline(start: origin, finish: origin + 11)),
                              roles: [Role(id: "Pr", name: LocalizedText(fr: "Promoteur", en: "Promoter"))],
                              areas: [AreaOfInterest(id: "area", name: LocalizedText("Area"))],
                              activities: activities, dependencies: dependencies)
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
        let text = page(scheduled, .en, 100).text
        XCTAssertTrue(text.contains("4,096 chains: too many to list here. The network they form is shown whole instead, as its 37\nsegments"), text)
        XCTAssertTrue(text.contains("  S1    Activity j0"), text)
        XCTAssertTrue(text.contains("nothing before · then S2, S3"), text)
        XCTAssertTrue(text.contains("after S2, S3 · then S5, S6"), text)
        XCTAssertFalse(text.contains("and more"))
        let french = page(scheduled, .fr, 100).text
        XCTAssertTrue(french.contains("4\u{202F}096 enchaînements : trop pour les énumérer ici."), french)
        let schedule = CriticalChainsText.lines(CriticalChainsReport(scheduled, language: .en), scheduled, .en)
        XCTAssertTrue(schedule.contains("  S4 Activity j1"), "by its name, not its id: \(schedule)")
        XCTAssertTrue(schedule.contains("     after S2, S3 · then S5, S6"), "\(schedule)")
    }
}
