import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The CSV export is RFC 4180: Python's csv module, a strict and independent reader, reads
/// back exactly the fields we meant, however hostile the names.
final class CSVExportTests: XCTestCase {
    /// Parses CSV documents with Python's csv module (strict), all in one run of python3;
    /// nil when python3 is missing.
    private func pythonTables(_ documents: [[UInt8]]) throws -> [[[String]]] {
        let script = """
        import csv, io, json, sys
        documents = json.loads(sys.stdin.buffer.read().decode('utf-8'))
        tables = [list(csv.reader(io.StringIO(text, newline=''), strict=True)) for text in documents]
        sys.stdout.write(json.dumps(tables))
        """
        let input = try JSONSerialization.data(withJSONObject: documents.map { String(decoding: $0, as: UTF8.self) })
        let output = try runPython(script, input: Array(input))
        let tables = try XCTUnwrap(try JSONSerialization.jsonObject(with: output) as? [[[String]]], String(decoding: output, as: UTF8.self))
        XCTAssertEqual(tables.count, documents.count)
        return tables
    }

    private func pythonRows(_ bytes: [UInt8]) throws -> [[String]] {
        try XCTUnwrap(try pythonTables([bytes]).first)
    }

    /// The progress columns of a roadmap without a status date: empty (ProgressExportTests has them filled).
    static let noProgress = [String](repeating: "", count: CSVExport.progressHeader.count)

    private func csv(_ scheduled: ScheduledRoadmap, _ state: ViewState = ViewState()) throws -> [UInt8] {
        try Exporter.render(scheduled, state, format: .csv, width: 100)
    }

    func testTheFixtureReadsBackFieldForField() throws {
        let scheduled = try Fixture.minimal()
        let rows = try pythonRows(try csv(scheduled))
        XCTAssertEqual(rows, [
            CSVExport.header,
            ["propose", "Propose the strategy", "governance", "Digital governance", "Pr", "Promoter", "new", "new", "strategy-team", "Strategy Task Team",
             "2016-10", "2017-03", "2016-10", "2017-03", "2017-04", "2017-09", "6", "0", "0", "false", "seed", "", "", "Pr", "all", "0", "2016-10", "2017-03"] + Self.noProgress + [
             "Proposer la stratégie", "Propose the strategy", "Gouvernance numérique", "Digital governance", "Équipe de la stratégie", "Strategy Task Team",
             "Pr", "new", "", "", "", "", "", ""],
            ["socialize", "Socialize the strategy", "governance", "Digital governance", "Pr", "Promoter", "new", "new", "strategy-team", "Strategy Task Team",
             "2017-04", "2017-09", "2017-04", "2017-09", "2017-10", "2018-03", "6", "6", "0", "false", "seed", "", "", "Pr", "all", "0", "2017-04", "2017-09"] + Self.noProgress + [
             "Faire connaître la stratégie", "Socialize the strategy", "Gouvernance numérique", "Digital governance", "Équipe de la stratégie", "Strategy Task Team",
             "Pr", "new", "", "", "propose", "propose", "propose: propose, then socialize", "propose: propose, then socialize"],
            ["cloud", "Cloud", "enablement", "Digital enablement", "Int", "Broker", "ongoing", "ongoing", "cloud-team", "Cloud Task Team",
             "2016-10", "2018-03", "2016-10", "2018-03", "2016-10", "2018-03", "0", "0", "0", "true", "inferred", "start;finish", "ongoing work", "Br", "all", "0", "2016-10", "2018-03"] + Self.noProgress + [
             "Infonuagique", "Cloud", "Habilitation du numérique", "Digital enablement", "Équipe de l’infonuagique", "Cloud Task Team",
             "Int", "existing", "travail en cours", "ongoing work", "", "", "", ""],
        ])
    }

    /// The role keeps its canonical code (what filters and colours follow); the code the file
    /// prints comes last, with the dependencies the dates honour: the stated ones only here,
    /// so propose, no longer waited on by socialize, has 12 months of float.
    func testTheRoleAsPrintedAndTheStatedOnlySchedule() throws {
        let scheduled = try Fixture.minimal().statedOnly(true)
        let rows = try pythonRows(csv(scheduled))
        let printed = CSVExport.header.firstIndex(of: "role_as_printed")!
        XCTAssertEqual(Array(rows[0][printed...].prefix(2)), ["role_as_printed", "schedule_dependencies"])
        XCTAssertEqual(rows.dropFirst().map { [$0[0], $0[4], $0[CSVExport.header.firstIndex(of: "total_float")!]] + $0[printed...].prefix(2) }, [
            ["propose", "Pr", "12", "Pr", "stated"], ["socialize", "Pr", "6", "Pr", "stated"], ["cloud", "Int", "0", "Br", "stated"],
        ])
    }

    /// `role` and `status` are the file's codes whatever the language, so that a sheet filters
    /// on them the same way; their names, in the view's language, are in `role_name` and
    /// `status_name`. The status used to be written in the view's language ("nouvelle").
    func testCodesAreTheSameInBothLanguagesAndNamesFollowTheLanguage() throws {
        let scheduled = try Fixture.minimal()
        let tables = try pythonTables(Language.allCases.map { try csv(scheduled, ViewState(language: $0)) })
        let column = { (name: String) in CSVExport.header.firstIndex(of: name)! }
        let (fr, en) = (tables[0], tables[1])
        for name in ["role", "status"] {
            XCTAssertEqual(fr.dropFirst().map { $0[column(name)] }, en.dropFirst().map { $0[column(name)] }, name)
        }
        XCTAssertEqual(fr.dropFirst().map { $0[column("status")] }, ["new", "new", "ongoing"])
        XCTAssertEqual(fr.dropFirst().map { $0[column("status_name")] }, ["nouvelle", "nouvelle", "en cours"])
        XCTAssertEqual(en.dropFirst().map { $0[column("role_name")] }, ["Promoter", "Promoter", "Broker"])
        XCTAssertEqual(fr.dropFirst().map { $0[column("role_name")] }, ["Promoteur", "Promoteur", "Intermédiaire"])
        XCTAssertEqual(fr.last?[column("note")], "travail en cours", "the note in the view's language")
    }

    /// `--bom`: the three bytes of a UTF-8 byte order mark, then the same CSV; without it none.
    func testTheByteOrderMarkIsAskedFor() throws {
        let scheduled = try Fixture.minimal()
        let plain = try csv(scheduled)
        let marked = try Exporter.render(scheduled, ViewState(), format: .csv, width: 100, options: ExportOptions(csvByteOrderMark: true))
        XCTAssertEqual(Array(marked.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(Array(marked.dropFirst(3)), plain)
        XCTAssertFalse(plain.starts(with: [0xEF, 0xBB, 0xBF]))
        // Only a CSV takes one: JSON forbids it, the other formats need none.
        for format in ExportFormat.allCases where format != .csv && !format.isRenderedPicture {
            XCTAssertEqual(try Exporter.render(scheduled, ViewState(), format: format, width: 100, options: ExportOptions(csvByteOrderMark: true)),
                           try Exporter.render(scheduled, ViewState(), format: format, width: 100), "\(format)")
        }
        // Python's utf-8-sig codec reads the marked file back as the same table.
        let script = "import csv, io, sys, json; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))))"
        let output = try runPython(script, input: marked)
        let rows = try JSONSerialization.jsonObject(with: output) as? [[String]]
        XCTAssertEqual(rows?.first, CSVExport.header, "the header's first cell is \"id\", not \"\\u{FEFF}id\"")
    }

    /// A comma, a quote and a line break in a name: the record is not broken, the comma and the
    /// quote come back as they were, the line break as its visible placeholder ␊ (no control
    /// character reaches an export; see HostileTextTests).
    func testANameWithACommaAQuoteAndANewlineSurvives() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""en": "Propose the strategy""#, #""en": "Propose, \"now\"\nthe strategy""#),
        ])
        let bytes = try csv(scheduled)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\"Propose, \"\"now\"\"␊the strategy\""), "quoted, quotes doubled")
        let rows = try pythonRows(bytes)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[1][0], "propose")
        XCTAssertEqual(rows[1][1], "Propose, \"now\"␊the strategy")
        XCTAssertEqual(rows[1][2], "governance", "the fields after the name are in their place")
        XCTAssertTrue(rows.allSatisfy { $0.count == CSVExport.header.count })
    }

    func testHostileNamesReadBackAsTheirSanitizedText() throws {
        let scheduled = try Fixture.hostile()
        let tables = try pythonTables(Language.allCases.map { try csv(scheduled, ViewState(language: $0)) })
        for rows in tables {
            XCTAssertEqual(rows.first, CSVExport.header)
            XCTAssertTrue(rows.allSatisfy { $0.count == CSVExport.header.count })
            let cloud = rows.first { $0.first == "cloud" }
            XCTAssertEqual(cloud?[1], Sanitized.text(Fixture.hostileName))
            XCTAssertEqual(cloud?[1], "Cl␛[31moud�2J␊next, \"q\" | a: b # c; d")
        }
    }

    /// A cell a spreadsheet would run as a formula is defused; negative numbers stay numbers.
    func testFormulasAreDefused() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""en": "Propose the strategy""#, #""en": "=HYPERLINK(\"http://x\",\"y\")""#),
            (#""en": "Socialize the strategy""#, #""en": "@SUM(A1)""#),
        ])
        let rows = try pythonRows(try csv(scheduled))
        XCTAssertEqual(rows[1][1], "'=HYPERLINK(\"http://x\",\"y\")")
        XCTAssertEqual(rows[2][1], "'@SUM(A1)")
        XCTAssertEqual(CSVExport.field("-2"), "-2", "a negative number stays a number")
        XCTAssertEqual(CSVExport.field("-x"), "'-x")
        XCTAssertEqual(CSVExport.field("+1"), "+1")
    }

    func testHeaderRowAndCRLFLineEnds() throws {
        let scheduled = try Fixture.shipped()
        let bytes = try csv(scheduled)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(CSVExport.header.joined(separator: ",") + "\r\n"))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertFalse(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark")
        for (k, byte) in bytes.enumerated() {
            if byte == 0x0A { XCTAssertEqual(k > 0 ? bytes[k - 1] : 0, 0x0D, "LF at \(k) ends a CRLF") }
            if byte == 0x0D { XCTAssertEqual(k + 1 < bytes.count ? bytes[k + 1] : 0, 0x0A, "CR at \(k) starts a CRLF") }
        }
        // One line per record, the notes of several links into an activity included.
        XCTAssertEqual(text.components(separatedBy: "\r\n").count - 1, scheduled.roadmap.activities.count + 1)
        let rows = try pythonRows(bytes)
        let notes = CSVExport.header.firstIndex(of: "predecessor_notes_en")!
        XCTAssertEqual(rows.filter { $0[notes].contains(" ¶ ") }.map { $0[0] },
                       ["blueprint-research", "strategy-business-case", "secure-support-resources", "pilot-a-digital-identity"],
                       "the activities with two inferred links in, their notes in one cell")
    }

    /// One row per activity in the view, filters respected, grouped by area as the page shows them.
    func testOneRowPerActivityInTheView() throws {
        for scheduled in [try Fixture.minimal(), try Fixture.shipped()] {
            let filters = [ActivityFilter(), ActivityFilter(roles: ["Pr"]), ActivityFilter(roles: ["Int", "In"]),
                           ActivityFilter(status: .ongoing), ActivityFilter(criticalOnly: true), ActivityFilter(search: "STRATEGIE"),
                           ActivityFilter(areas: [scheduled.roadmap.areas.last!.id]), ActivityFilter(search: "nothing matches this")]
            var states: [ViewState] = []
            for filter in filters {
                for language in Language.allCases { states.append(ViewState(language: language, filter: filter)) }
            }
            let tables = try pythonTables(states.map { try csv(scheduled, $0) })
            for (state, rows) in zip(states, tables) {
                let filter = state.filter
                XCTAssertEqual(rows.first, CSVExport.header)
                let expected = filter.apply(to: scheduled).sorted { a, b in
                    let areaA = scheduled.areaIndex[scheduled.roadmap.activities[a].area]!, areaB = scheduled.areaIndex[scheduled.roadmap.activities[b].area]!
                    return (areaA, a) < (areaB, b)
                }
                XCTAssertEqual(rows.dropFirst().map { $0[0] }, scheduled.ids(expected), "\(filter) in \(state.language)")
                XCTAssertEqual(rows.dropFirst().map { $0[1] }, expected.map { Sanitized.text(scheduled.roadmap.activities[$0].name[state.language]) })
            }
        }
    }
}
