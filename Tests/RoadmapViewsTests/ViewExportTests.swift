import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Each view exports its own content: every view × every format gives that view's rows in that
/// format, or a refusal that says why — never another view's content (the glossary used to
/// export the schedule as `glossary.csv`, and a Gantt chart titled "Glossary").
final class ViewExportTests: XCTestCase {
    private func render(_ scheduled: ScheduledRoadmap, _ state: ViewState, _ format: ExportFormat, width: Int = 100) throws -> String {
        String(decoding: try Exporter.render(scheduled, state, format: format, width: width), as: UTF8.self)
    }

    /// Parses CSV with Python's csv module (strict); nil without python3.
    private func csvRows(_ text: String) throws -> [[String]] {
        let script = "import csv, io, sys, json; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline=''), strict=True))))"
        let output = try runPython(script, input: Array(text.utf8))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: output) as? [[String]], String(decoding: output, as: UTF8.self))
    }

    private func jsonArray(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], text, file: file, line: line)
    }

    // MARK: - Which formats, and the refusals

    func testEachViewDeclaresItsFormats() {
        let all = ExportFormat.allCases
        // The plan and picture formats (MS Project, SVG, HTML, PNG, PDF) are the roadmap grid's alone.
        let tables: [ExportFormat] = [.text, .markdown, .csv, .json, .mermaid]
        let expected: [ViewKind: [ExportFormat]] = [
            .roadmap: all, .teams: tables, .dependencies: tables, .transition: tables,
            .strategy: [.text, .markdown], .glossary: [.text, .markdown, .csv, .json],
            .criticalPath: [.text, .markdown], .currentState: [.text, .markdown], .teamGantt: tables, .whatIfs: [.text, .markdown],
        ]
        for view in ViewKind.allCases {
            XCTAssertEqual(Exporter.formats(of: view), expected[view], "\(view)")
            XCTAssertEqual(Exporter.formats(of: view).first, .text, "\(view): text first, the explorer's default")
        }
    }

    /// Every view in every format, both languages: the formats it has give bytes; the others
    /// throw the refusal `Exporter.refusal` describes, naming the view, the format and what it
    /// does export to.
    func testEveryViewInEveryFormatExportsOrRefuses() throws {
        let scheduled = try Fixture.shipped()
        for view in ViewKind.allCases {
            for language in Language.allCases {
                let state = ViewState(view: view, language: language)
                for format in ExportFormat.allCases {
                    if Exporter.formats(of: view).contains(format) {
                        XCTAssertNil(Exporter.refusal(of: format, for: view))
                        // PNG and PDF need a renderer (PictureExportTests draws them).
                        if format.isRenderedPicture { continue }
                        XCTAssertFalse(try render(scheduled, state, format).isEmpty, "\(view) \(format)")
                        continue
                    }
                    let refusal = try XCTUnwrap(Exporter.refusal(of: format, for: view), "\(view) \(format)")
                    XCTAssertThrowsError(try render(scheduled, state, format), "\(view) \(format)") { error in
                        XCTAssertEqual(error as? ExportRefusal, refusal)
                    }
                    var written: [UInt8] = []
                    XCTAssertThrowsError(try Exporter.write(scheduled, state, format: format, width: 100) { written += $0 })
                    XCTAssertTrue(written.isEmpty, "nothing is written before a refusal")
                    let message = refusal.message(language)
                    XCTAssertTrue(message.contains(PageBuilder.name(of: view, language)), message)
                    XCTAssertTrue(message.contains(format.name(language)), message)
                    XCTAssertNotNil(refusal.reason, "\(view) \(format): the reason is said")
                    XCTAssertTrue(message.contains(refusal.reason![language]), message)
                    for supported in Exporter.formats(of: view) { XCTAssertTrue(message.contains(supported.name(language)), message) }
                }
            }
        }
        XCTAssertEqual(Exporter.refusal(of: .mermaid, for: .glossary)?.message(.en),
                       "the Glossary view has no Mermaid export: a glossary is terms and their definitions, with no dates or links to chart. It exports to text, Markdown, CSV or JSON.")
        XCTAssertEqual(Exporter.refusal(of: .csv, for: .strategy)?.message(.fr),
                       "la vue « Stratégie » n’a pas d’export CSV : la stratégie est un texte de titres et de paragraphes, pas un tableau de lignes ; le Markdown en garde la structure. Elle s’exporte en texte ou Markdown.")
    }

    /// A view the table has no entry for (the next one someone adds) exports its page as text
    /// and refuses the rest, saying that nothing is defined — it never falls back to the
    /// activity table.
    func testAViewWithoutAnEntryExportsItsPageOnly() {
        let entry = ViewExport()
        XCTAssertEqual(entry.formats, [.text])
        XCTAssertNil(entry.writer(for: .csv))
        let refusal = ExportRefusal(view: .glossary, format: .csv, reason: nil, supported: entry.formats)
        XCTAssertEqual(refusal.message(.en), "the Glossary view has no CSV export: no export in this format is defined for this view. It exports to text.")
        for view in ViewKind.allCases { XCTAssertNotNil(ViewExports.table[view], "\(view) has an entry") }
    }

    // MARK: - Glossary

    func testTheGlossaryExportsItsTerms() throws {
        let scheduled = try Fixture.shipped()
        let glossary = scheduled.roadmap.glossary
        for language in Language.allCases {
            let state = ViewState(view: .glossary, language: language)
            let rows = try csvRows(try render(scheduled, state, .csv))
            XCTAssertEqual(rows.first, ["term", "definition", "source", "inferred_fields", "note"])
            XCTAssertEqual(rows.count - 1, glossary.count, "one row per term")
            XCTAssertEqual(rows.dropFirst().map { $0[0] }, glossary.map { Sanitized.text($0.term[language]) })
            XCTAssertEqual(rows.dropFirst().map { $0[1] }, glossary.map { Sanitized.text($0.definition[language]) })
            let federated = try XCTUnwrap(rows.first { $0[0] == "Federated" }, "the seed prints « Federated » in both glossaries")
            XCTAssertEqual(federated[2], "seed")
            XCTAssertTrue(federated[4].contains("2445"), "its note, with the seed's line: \(federated[4])")

            let json = try jsonArray(try render(scheduled, state, .json))
            XCTAssertEqual(json.count, glossary.count)
            XCTAssertEqual(Set(json[0].keys), ["term", "terms", "definition", "source", "inferredFields", "note"])
            XCTAssertEqual(json[0]["terms"] as? [String: String], ["fr": glossary[0].term.fr, "en": glossary[0].term.en])
            XCTAssertEqual(json[0]["definition"] as? [String: String], ["fr": glossary[0].definition.fr, "en": glossary[0].definition.en])

            let markdown = try render(scheduled, state, .markdown)
            XCTAssertTrue(markdown.hasPrefix("# "))
            XCTAssertFalse(markdown.contains("```"), "a table, not a fenced dump of the page")
            XCTAssertEqual(markdown.split(separator: "\n").filter { $0.hasPrefix("| **") }.count, glossary.count)
            try assertFootnotes(markdown)
        }
        // The search narrows the export as it narrows the page.
        let searched = ViewState(view: .glossary, language: .en, filter: ActivityFilter(search: "nuage"))
        let rows = try csvRows(try render(scheduled, searched, .csv))
        XCTAssertEqual(rows.dropFirst().map { $0[0] }, ["Cloud"])
    }

    /// A glossary entry's provenance is read from the file (it used to be dropped), written
    /// back by the roadmap writer, and carried by each export.
    func testAGlossaryEntryKeepsItsProvenance() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""definition": {"fr": "Une méthode.", "en": "A method."}"#,
             #""definition": {"fr": "Une méthode.", "en": "A method."}, "source": "inferred", "inferredFields": ["definition"], "note": {"fr": "déduite", "en": "inferred from use"}"#),
        ])
        let entry = scheduled.roadmap.glossary[0]
        XCTAssertEqual(entry.provenance, Provenance(source: .inferred, note: LocalizedText(fr: "déduite", en: "inferred from use"), inferredFields: ["definition"]))
        XCTAssertEqual(RoadmapLoader.load(bytes: RoadmapJSON.bytes(scheduled.roadmap)).roadmap?.glossary[0].provenance, entry.provenance)
        let state = ViewState(view: .glossary, language: .en)
        let rows = try csvRows(try render(scheduled, state, .csv))
        XCTAssertEqual(rows[1], ["Agile", "A method.", "inferred", "definition", "inferred from use"])
        let json = try jsonArray(try render(scheduled, state, .json))
        XCTAssertEqual(json[0]["source"] as? String, "inferred")
        XCTAssertEqual(json[0]["inferredFields"] as? [String], ["definition"])
        XCTAssertEqual(json[0]["note"] as? [String: String], ["fr": "déduite", "en": "inferred from use"])
        let markdown = try render(scheduled, state, .markdown)
        XCTAssertTrue(markdown.contains("| **Agile** | A method. † | † inferred: definition [^1] |"), markdown)
        XCTAssertTrue(markdown.contains("\n† inferred: "), "the legend")
        XCTAssertTrue(markdown.hasSuffix("\n[^1]: inferred from use\n"), markdown)
    }

    // MARK: - Teams

    func testTheTeamsExportTheirTable() throws {
        let scheduled = try Fixture.shipped()
        let teams = scheduled.roadmap.teams
        let critical = Set(scheduled.teams.criticalPath)
        let state = ViewState(view: .teams, language: .fr)
        let rows = try csvRows(try render(scheduled, state, .csv))
        XCTAssertEqual(rows.first, ["id", "name", "role", "role_name", "subcommittee", "subcommittee_name", "status", "status_name",
                                    "span_start", "span_finish", "float", "critical", "activity_count", "source", "inferred_fields", "note"])
        XCTAssertEqual(Set(rows.dropFirst().map { $0[0] }), Set(teams.map(\.id)), "every team, as the page shows them all")
        for row in rows.dropFirst() {
            let t = try XCTUnwrap(scheduled.teamIndex[row[0]])
            let team = teams[t]
            XCTAssertEqual(row[2], team.role)
            XCTAssertEqual(row[4], team.subcommittee ?? "")
            XCTAssertEqual(row[6], team.status.rawValue, "the code, not the French name")
            XCTAssertEqual(row[11], critical.contains(t) ? "true" : "false")
            if let span = scheduled.teams.spans[t] {
                XCTAssertEqual(row[8], "\(scheduled.schedule.month(span.earlyStart))")
                XCTAssertEqual(row[9], "\(scheduled.schedule.lastMonth(span.earlyFinish))")
                XCTAssertEqual(row[10], "\(span.float)")
                XCTAssertEqual(row[12], "\(span.activities.count)")
            } else {
                XCTAssertEqual(row[8...12], ["", "", "", "false", "0"])
            }
            XCTAssertEqual(row[13], team.provenance.source.rawValue)
            XCTAssertEqual(row[14], team.provenance.inferredFields.joined(separator: ";"))
        }
        // A team filter keeps the page's teams, and the export follows.
        let filtered = ViewState(view: .teams, language: .en, filter: ActivityFilter(teams: ["open-data"]))
        let one = try csvRows(try render(scheduled, filtered, .csv))
        XCTAssertEqual(one.dropFirst().map { $0[0] }, ["open-data"])

        let json = try jsonArray(try render(scheduled, state, .json))
        XCTAssertEqual(json.count, teams.count)
        XCTAssertEqual(Set(json[0].keys), ["id", "name", "names", "role", "subcommittee", "status", "spanStart", "spanFinish", "float",
                                           "critical", "activityCount", "activities", "source", "inferredFields", "note"])

        let markdown = try render(scheduled, state, .markdown)
        XCTAssertEqual(markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.count, Set(teams.map(\.subcommittee)).count)
        try assertFootnotes(markdown)
    }

    /// The teams as a Gantt chart: a section per sub-committee, a task per team with a span, on
    /// its dates; `crit` on the team critical path; a team without activities as a comment.
    func testTheTeamsGanttHasATaskPerTeamWithASpan() throws {
        let scheduled = try Fixture.shipped()
        let text = try render(scheduled, ViewState(view: .teams, language: .en), .mermaid)
        let task = try Regex(#"^    (?<name>[^:#;\n]+) :(?<crit>crit, )?t(?<index>\d+), (?<start>\d{4}-\d\d-01), (?<end>\d{4}-\d\d-01)$"#)
        var tasks: [Int] = []
        for line in text.split(separator: "\n").map(String.init).dropFirst(4) {
            if line.hasPrefix("    section ") || line.hasPrefix("    %% ") { continue }
            let match = try XCTUnwrap(line.wholeMatch(of: task), "not a gantt task: \(line)")
            let t = Int(match.output["index"]!.substring!)!
            let span = try XCTUnwrap(scheduled.teams.spans[t])
            XCTAssertEqual(String(match.output["start"]!.substring!), "\(scheduled.schedule.month(span.earlyStart))-01")
            XCTAssertEqual(String(match.output["end"]!.substring!), "\(scheduled.schedule.month(span.earlyFinish))-01")
            XCTAssertEqual(match.output["crit"]?.substring != nil, scheduled.teams.criticalPath.contains(t), line)
            tasks.append(t)
        }
        XCTAssertEqual(Set(tasks), Set(scheduled.teams.spans.compactMap { $0?.team }))
        XCTAssertTrue(text.hasPrefix("gantt\n    title "), text)
    }

    // MARK: - Dependencies

    func testTheDependenciesExportTheirLinks() throws {
        let scheduled = try Fixture.shipped()
        let dependencies = scheduled.roadmap.dependencies
        let all = ViewState(view: .dependencies, language: .en)
        let rows = try csvRows(try render(scheduled, all, .csv))
        // `strength` (issue 20) comes last, so that the columns before it stay where they were.
        XCTAssertEqual(rows.first, ["from", "from_name", "to", "to_name", "type", "lag", "binds", "source", "inferred_fields", "note", "strength"])
        XCTAssertEqual(rows.dropFirst().map { [$0[0], $0[2], $0[4], $0[5]] }, dependencies.map { [$0.from, $0.to, $0.type.rawValue, "\($0.lag)"] },
                       "without an activity, every link")
        for (k, row) in rows.dropFirst().enumerated() {
            XCTAssertEqual(row[6], scheduled.schedule.binding[k] ? "true" : "false")
            XCTAssertEqual(row[7], "inferred", "the seed states no dependency")
            XCTAssertEqual(row[8], dependencies[k].provenance.inferredFields.joined(separator: ";"))
            XCTAssertEqual(row[9], dependencies[k].provenance.note?.en ?? "")
            XCTAssertEqual(row[10], dependencies[k].strength?.rawValue, "every link of the shipped roadmap says its strength")
        }
        // With an activity: its links, what it waits for first.
        let pilotA = scheduled.index(of: "pilot-a-digital-identity")
        let one = ViewState(view: .dependencies, language: .en, selectedActivity: pilotA)
        let links = try csvRows(try render(scheduled, one, .csv))
        let expected = dependencies.filter { $0.to == "pilot-a-digital-identity" } + dependencies.filter { $0.from == "pilot-a-digital-identity" }
        XCTAssertEqual(links.dropFirst().map { [$0[0], $0[2]] }, expected.map { [$0.from, $0.to] })
        XCTAssertFalse(expected.isEmpty)

        let json = try jsonArray(try render(scheduled, all, .json))
        XCTAssertEqual(json.count, dependencies.count)
        XCTAssertEqual(Set(json[0].keys), ["from", "to", "type", "lag", "binds", "strength", "source", "inferredFields", "note"])
        XCTAssertEqual(json.map { $0["strength"] as? String }, dependencies.map { $0.strength?.rawValue })
        XCTAssertEqual(json.map { $0["source"] as? String }, dependencies.map { _ in "inferred" })

        let markdown = try render(scheduled, one, .markdown)
        XCTAssertTrue(markdown.contains("## Links of “\(MarkdownText.cell(scheduled.roadmap.activities[pilotA].name.en))” (\(expected.count))"), markdown)
        try assertFootnotes(markdown)
        // The strength of each reading, in both languages: on the page and in the Markdown.
        XCTAssertTrue(markdown.contains("| Reading | Source |"), markdown)
        let page = try render(scheduled, one, .text)
        XCTAssertTrue(page.contains("moderate reading") || page.contains("weak reading") || page.contains("strong reading"), page)
        let french = try render(scheduled, ViewState(view: .dependencies, language: .fr, selectedActivity: pilotA), .text)
        XCTAssertTrue(french.contains("lecture moyenne") || french.contains("lecture faible"), french)
        var network = ViewState(view: .dependencies, language: .en)
        network.dependencyScope = .network
        let whole = try render(scheduled, network, .text, width: 200)
        XCTAssertTrue(whole.contains("inferred · strong reading") && whole.contains("inferred · weak reading"), whole)
    }

    /// The links as a flowchart: one arrow per dependency in the data, none implied; dotted
    /// when inferred, with the type on it.
    func testTheLinksFlowchartDrawsEachDependencyOnce() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""dependencies": ["#, #""dependencies": [{"from": "cloud", "to": "socialize", "type": "SS", "lag": 2}, "#),
        ])
        let text = try render(scheduled, ViewState(view: .dependencies, language: .en), .mermaid)
        XCTAssertEqual(text, """
            ---
            title: 'Test roadmap — Dependencies'
            ---
            flowchart LR
                %% -.-> inferred · ==> binds · --> read from the seed document
                a2["Cloud"] -->|"SS +2"| a1["Socialize the strategy"]
                a0["Propose the strategy"] -.->|"FS · binds · inferred"| a1

            """)
    }

    // MARK: - Transition

    func testTheTransitionExportsItsWorkingGroups() throws {
        let scheduled = try Fixture.shipped()
        let groups = scheduled.roadmap.workingGroups
        let state = ViewState(view: .transition, language: .fr)
        let rows = try csvRows(try render(scheduled, state, .csv))
        XCTAssertEqual(rows.first, ["id", "name", "council", "disposition", "disposition_name", "becomes", "becomes_name",
                                    "rationale", "current_work", "assessment", "source", "inferred_fields", "note"])
        XCTAssertEqual(rows.count - 1, groups.count)
        let order = WorkingGroup.Disposition.allCases
        XCTAssertEqual(rows.dropFirst().map { $0[3] }, rows.dropFirst().map { $0[3] }.sorted { order.firstIndex(of: .init(rawValue: $0)!)! < order.firstIndex(of: .init(rawValue: $1)!)! },
                       "by disposition, as the page")
        for row in rows.dropFirst() {
            let group = try XCTUnwrap(groups.first { $0.id == row[0] })
            XCTAssertEqual([row[2], row[3], row[5]], [group.council ?? "", group.disposition.rawValue, group.becomes ?? ""])
            XCTAssertEqual(row[7], Sanitized.text(group.rationale?.fr ?? ""))
            XCTAssertEqual(row[10], group.provenance.source.rawValue)
        }
        let json = try jsonArray(try render(scheduled, state, .json))
        XCTAssertEqual(json.count, groups.count)
        XCTAssertEqual(Set(json[0].keys), ["id", "name", "names", "council", "disposition", "becomes", "rationale", "currentWork", "assessment",
                                           "source", "inferredFields", "note"])
        let markdown = try render(scheduled, state, .markdown)
        try assertFootnotes(markdown)
        let mermaid = try render(scheduled, state, .mermaid)
        XCTAssertEqual(mermaid.split(separator: "\n").filter { $0.contains("|\"devient\"|") }.count,
                       groups.filter { $0.becomes != nil }.count, "an arrow per group that becomes a team")
        XCTAssertEqual(mermaid.split(separator: "\n").filter { $0.hasPrefix("    subgraph ") }.count, Set(groups.map(\.disposition)).count)
    }

    // MARK: - Strategy

    /// The strategy's Markdown is the page's structure: its sections as headings, its bullets
    /// as lists, no fenced block of the page's text.
    func testTheStrategyMarkdownHasThePagesHeadings() throws {
        let scheduled = try Fixture.shipped()
        for language in Language.allCases {
            let state = ViewState(view: .strategy, language: language)
            // The Markdown is the document's outline: the notes numbered under a heading at the end.
            var document = state
            document.medium = .document
            let page = PageBuilder.page(scheduled, document, width: 100)
            let markdown = try render(scheduled, state, .markdown)
            XCTAssertFalse(markdown.contains("```"))
            let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
            let sections = page.outline.compactMap { block -> String? in
                if case let .heading(text, level) = block, level == 1 { return MarkdownText.cell(text) }
                return nil
            }
            XCTAssertEqual(headings, sections)
            XCTAssertTrue(headings.contains(Vocabulary(language).vision), "\(headings)")
            let principles = scheduled.roadmap.principles.map { "- **" + MarkdownText.cell($0.name[language]) + "**" }
            for principle in principles { XCTAssertTrue(markdown.contains("\n" + principle + "\n"), "\(principle) as a list item") }
        }
    }

    func testAnOutlineBecomesNestedMarkdown() {
        let outline: [OutlineBlock] = [
            .heading("Areas", level: 1),
            .paragraph("Governance", indent: 0, prefix: "", emphasis: true),
            .paragraph("Unify *leadership*", indent: 2, prefix: "• ", emphasis: false),
            .paragraph("A line\nand another", indent: 4, prefix: "", emphasis: false),
            .paragraph("Second", indent: 2, prefix: "• ", emphasis: false),
            .paragraph("Nested", indent: 4, prefix: "– ", emphasis: false),
            .field(label: "Assessment:", value: "# not a heading", indent: 2),
            .heading("Roles", level: 2),
            .paragraph("1. not a list", indent: 0, prefix: "", emphasis: false),
        ]
        XCTAssertEqual(OutlineMarkdown.markdown(outline), ##"""

            ## Areas

            **Governance**

            - Unify \*leadership\*

              A line\
              and another

            - Second
              - Nested

            **Assessment:** \# not a heading

            ### Roles

            1\. not a list

            """##)
    }

    // MARK: - Provenance in the roadmap's exports

    /// The schedule's JSON says where each activity comes from; the CSV and Markdown too.
    func testTheRoadmapExportsCarryProvenance() throws {
        let scheduled = try Fixture.shipped()
        let state = ViewState(view: .roadmap, language: .en)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try render(scheduled, state, .json).utf8)) as? [String: Any])
        let activities = try XCTUnwrap(object["activities"] as? [[String: Any]])
        for json in activities {
            let activity = scheduled.roadmap.activities[scheduled.index(of: json["id"] as! String)]
            XCTAssertEqual(json["source"] as? String, activity.provenance.source.rawValue)
            XCTAssertEqual(json["inferredFields"] as? [String], activity.provenance.inferredFields)
            XCTAssertEqual(json["note"] as? [String: String], activity.provenance.note.map { ["fr": $0.fr, "en": $0.en] })
        }
        let rows = try csvRows(try render(scheduled, state, .csv))
        let column = try XCTUnwrap(rows.first?.firstIndex(of: "inferred_fields"))
        XCTAssertEqual(rows.first?[column - 1], "source")
        XCTAssertEqual(rows.first?[column + 1], "note")
        for row in rows.dropFirst() {
            let activity = scheduled.roadmap.activities[scheduled.index(of: row[0])]
            XCTAssertEqual(row[column], activity.provenance.inferredFields.joined(separator: ";"))
        }
        let markdown = try render(scheduled, state, .markdown)
        try assertFootnotes(markdown)
        // A note for every row that is not plainly the seed's: what is inferred, and why.
        XCTAssertEqual(markdown.components(separatedBy: "\n[^").count - 1, scheduled.roadmap.activities.filter { ProvenanceText.needsNote($0.provenance) }.count)
    }

    /// The counts the grid's header and legend give, computed from the file's own fields: how
    /// many activities have inferred dates, how many links are inferred.
    func testTheGridSaysHowManySpansAndLinksAreInferred() throws {
        let shipped = try Fixture.shipped()
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.shippedPath))) as! [String: Any]
        let inferredSpans = (file["activities"] as! [[String: Any]]).filter { activity in
            let fields = activity["inferredFields"] as? [String] ?? []
            return activity["source"] as? String == "inferred" && (fields.isEmpty || fields.contains("start") || fields.contains("finish"))
        }.count
        let inferredLinks = (file["dependencies"] as! [[String: Any]]).filter { $0["source"] as? String == "inferred" }.count
        let sentence = "\(inferredSpans) of \(shipped.roadmap.activities.count) spans and \(inferredLinks) of \(shipped.roadmap.dependencies.count) links inferred"
        let page = PageBuilder.page(shipped, ViewState(view: .roadmap, language: .en), width: 200).fullCanvas.lines
        XCTAssertTrue(page[1].hasSuffix(" · " + sentence), page[1])
        XCTAssertTrue(page.contains { $0.hasPrefix("Provenance: " + sentence) }, page.joined(separator: "\n"))

        // Change what is inferred, and the counts follow: cloud's dates read from the seed, the
        // link stated by it.
        let variant = try Fixture.minimalVariant([
            (#""inferredFields": ["start", "finish"]"#, #""inferredFields": ["team"]"#),
            (#""source": "inferred", "note": "propose, then socialize""#, #""note": "stated""#),
        ])
        let lines = PageBuilder.page(variant, ViewState(view: .roadmap, language: .en), width: 200).fullCanvas.lines
        XCTAssertTrue(lines[1].hasSuffix(" · 0 of 3 spans and 0 of 1 link inferred"), lines[1])
        let filtered = PageBuilder.page(try Fixture.minimal(), ViewState(language: .fr, filter: ActivityFilter(status: .ongoing)), width: 200).fullCanvas.lines
        XCTAssertTrue(filtered[1].hasSuffix(" · 1 barre sur 1 et 0 lien sur 0 inféré"), filtered[1])
    }

    /// Every `[^n]` a table refers to has its note below, and every note is referred to, in order.
    private func assertFootnotes(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let references = markdown.matches(of: try Regex(#"\[\^(\d+)\](?!:)"#)).map { String($0.output[1].substring!) }
        let notes = markdown.matches(of: try Regex(#"(?m)^\[\^(\d+)\]: \S"#)).map { String($0.output[1].substring!) }
        XCTAssertEqual(references, notes, "references and notes", file: file, line: line)
        XCTAssertEqual(notes, (0..<notes.count).map { "\($0 + 1)" }, "numbered in order", file: file, line: line)
        XCTAssertEqual(markdown.contains("† "), markdown.contains("\n† "), "a † mark comes with its legend", file: file, line: line)
    }
}
