import Foundation
import XCTest
@testable import RoadmapModel

/// `roadmap import sheet.csv`: RFC 4180 as spreadsheets write it, and a line for every problem.
final class CSVImportTests: XCTestCase {
    private func load(_ text: String, bom: Bool = false) -> LoadResult {
        let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        return ImportBuilder.build(CSVPlanReader.read(bytes), options: ImportOptions(fileName: "sheet.csv"))
    }

    func testColumnsInAnyOrderQuotesCommasLineBreaksCRLFAndBOM() throws {
        let text = "finish,start,predecessors,id,name,area,role,status,team\r\n"
            + "2017-03,2016-10,,a1,\"Survey, first\",\"Données \"\"ouvertes\"\"\",CE,ongoing,Équipe A\r\n"
            + "2017-09-30,2017-04-03,a1,a2,\"Build\r\nover two lines\",Services,CE,new,Équipe A\r\n"
            + "\r\n"
            + "2018-01,2017-04,a1SS;a2FF+2,a3,Launch,Services,Br,nouvelle,\r\n"
            + "2018-02,2018-02,a3SF-1,a4,Wrap-up,Services,Pr,new,Équipe B\r\n"
        let result = load(text, bom: true)
        let roadmap = try result.get().roadmap
        XCTAssertEqual(roadmap.activities.map(\.name.fr), ["Survey, first", "Build\r\nover two lines", "Launch", "Wrap-up"])
        XCTAssertEqual(roadmap.areas.map(\.name.fr), ["Données \"ouvertes\"", "Services"])
        XCTAssertEqual(roadmap.activities.map(\.id), ["a1", "a2", "a3", "a4"])
        XCTAssertEqual(roadmap.activities[1].start, Month("2017-04"))
        XCTAssertEqual(roadmap.activities[1].finish, Month("2017-09"))
        XCTAssertEqual(roadmap.activities[0].status, .ongoing)
        XCTAssertEqual(roadmap.activities[2].role, "Int")
        XCTAssertEqual(roadmap.teams.map(\.name.fr), ["Équipe A", "Équipe B"])
        XCTAssertNil(roadmap.activities[2].team)
        let links = roadmap.dependencies.map { "\($0.from)>\($0.to) \($0.type.rawValue)\($0.lag)" }
        XCTAssertEqual(links, ["a1>a2 FS0", "a1>a3 SS0", "a2>a3 FF2", "a3>a4 SF-1"])
        XCTAssertFalse(roadmap.activities[0].provenance.isInferred)
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
    }

    /// A lag is whole months within the format's hundred years either way; beyond, the import
    /// refuses it at its line rather than make a roadmap no command reads.
    func testALagBeyondAHundredYearsIsAnErrorAtItsLine() throws {
        let header = "id,name,start,finish,role,status,predecessors\n"
        let accepted = try load(header + "a1,One,2016-10,2017-03,CE,new,\na2,Two,2017-04,2017-09,CE,new,a1FS+1200\n").get()
        XCTAssertEqual(accepted.roadmap.dependencies.first?.lag, 1200)
        for predecessor in ["a1FS+1201", "a1SS-1201", "a1+999999"] {
            let refused = load(header + "a1,One,2016-10,2017-03,CE,new,\na2,Two,2017-04,2017-09,CE,new,\(predecessor)\n")
            XCTAssertNil(refused.validated, predecessor)
            XCTAssertEqual(refused.errors.first?.line, 3, predecessor)
            XCTAssertTrue(refused.errors.first?.message.hasSuffix("months is out of range (-1200 to 1200)") == true, "\(predecessor): \(refused.errors)")
        }
    }

    /// A comma at the very end of the file (no line break after it) ends the record with an
    /// empty field; the reader once read past the end there (found by the fuzzer).
    func testACommaThatEndsTheFileIsAnEmptyLastField() throws {
        var records = CSVRecords(Array("id,name,\na1,x,".utf8))
        XCTAssertEqual(try records.next()?.fields, ["id", "name", ""])
        XCTAssertEqual(try records.next()?.fields, ["a1", "x", ""])
        XCTAssertNil(try records.next())
        let roadmap = try load("id,name,start,finish,\na1,x,2020-01,2020-02,").get().roadmap
        XCTAssertEqual(roadmap.activities.map(\.id), ["a1"])
        XCTAssertFalse(load("id,name,").errors.isEmpty, "a header alone, ending with a comma: no task, an error, no crash")
    }

    func testLineNumbersCountTheLineBreaksInsideQuotedFields() throws {
        let text = "id,name,start,finish\n"
            + "a1,\"one\ntwo\nthree\",2020-01,2020-02\n"
            + "a2,b,2020-01,2020-13\n"
        let error = try XCTUnwrap(load(text).errors.first)
        XCTAssertEqual(error.formatted(file: "sheet.csv"),
                       "sheet.csv:5: error: column \"finish\": \"2020-13\" is not a month (YYYY-MM, or a date YYYY-MM-DD)")
    }

    func testBadRowsSayTheLineAndTheColumn() throws {
        let header = "id,name,start,finish,predecessors,role,status\n"
        let cases: [(String, String)] = [
            ("a1,x,2020-01,2020-02,a9,,\n", "sheet.csv:2: error: column \"predecessors\": no task has the id \"a9\""),
            ("a1,x,2020-01,2020-02,a1XX+,,\n", "sheet.csv:2: error: column \"predecessors\": \"a1XX+\" is not a predecessor"),
            ("a1,x,2020-05,2020-02,,,\n", "sheet.csv:2: error: column \"finish\": finishes 2020-02, before it starts (2020-05)"),
            ("A 1,x,2020-01,2020-02,,,\n", "sheet.csv:2: error: column \"id\":"),
            ("a1,x,2020-01,2020-02,,Boss,\n", "sheet.csv:2: error: activities[0].role (id \"a1\"): unknown role \"Boss\""),
            ("a1,x,2020-01,2020-02,,,done\n", "sheet.csv:2: error: column \"status\": unknown status \"done\""),
            ("a1,x,2020-01,2020-02,,\n", "sheet.csv:2: error: the row has 6 fields where the header has 7"),
            ("a1,\"x,2020-01,2020-02,,,\n", "sheet.csv:2:4: error: the quote opened here is never closed"),
            ("a1,\"x\"y,2020-01,2020-02,,,\n", "sheet.csv:2:7: error: a character after the closing quote"),
            ("a1,x\"y,2020-01,2020-02,,,\n", "sheet.csv:2:5: error: a quote inside a field that does not begin with one"),
            (",x,2020-01,2020-02,,,\n", "sheet.csv:2: error: column \"id\": the id is empty"),
            ("a1,x,2020-01,,,,\n", "sheet.csv:2: error: column \"finish\": the task has no finish date"),
            ("a1,x,2020-01,2020-02,,,\na1,y,2020-01,2020-02,,,\n", "sheet.csv:3: error: column \"id\": \"a1\" is the id of an earlier row (line 2)"),
            ("a1,x,2020-01,2020-02,a2,,\na2,y,2020-03,2020-04,a1,,\n", "dependency cycle: a1 → a2 → a1"),
        ]
        for (row, expected) in cases {
            let result = load(header + row)
            XCTAssertNil(result.validated, row)
            let messages = result.errors.map { $0.formatted(file: "sheet.csv") }
            XCTAssertTrue(messages.contains { $0.hasPrefix(expected) || $0.contains(expected) }, "\(row): \(messages)")
            XCTAssertTrue(result.errors.allSatisfy { $0.line != nil }, "\(row): \(messages)")
        }
    }

    func testHeaderProblemsAndUnknownColumns() throws {
        XCTAssertTrue(load("name,start,finish\nx,2020-01,2020-02\n").errors.first?.message.contains("no id column") ?? false)
        XCTAssertTrue(load("id,start,finish\nx,2020-01,2020-02\n").errors.first?.message.contains("no name column") ?? false)
        XCTAssertTrue(load("id,id,name,start,finish\n").errors.first?.message.contains("named twice") ?? false)
        XCTAssertTrue(load("").errors.first?.message.contains("empty") ?? false)
        let result = load("id,name_fr,name_en,start,finish,Colour\na1,Sondage,Survey,2020-01,2020-02,red\n")
        XCTAssertEqual(result.roadmap?.activities.first?.name, LocalizedText(fr: "Sondage", en: "Survey"))
        let warning = try XCTUnwrap(result.warnings.first { $0.message.contains("unknown column") })
        XCTAssertEqual(warning.formatted(file: "sheet.csv").prefix(37), "sheet.csv:1: warning: column \"colour\"")
        let latin1 = ImportBuilder.build(CSVPlanReader.read(Array("id,name,start,finish\na1,caf".utf8) + [0xE9] + Array(",2020-01,2020-02\n".utf8)),
                                         options: ImportOptions(fileName: "sheet.csv"))
        XCTAssertEqual(latin1.errors.first?.line, 2)
        XCTAssertTrue(latin1.errors.first?.message.contains("not UTF-8") ?? false)
    }

    func testHostileNamesAreKeptAsDataAndTheRoadmapFileReadsThemBack() throws {
        let names = ["a\u{1B}[31mred", "x < y & z", "end ]]> here", "\u{202E}evil\u{202C}", "\u{7}bell"]
        let rows = names.enumerated().map { "a\($0.offset),\"\($0.element)\",2020-01,2020-02" }
        let roadmap = try load("id,name,start,finish\n" + rows.joined(separator: "\n")).get().roadmap
        XCTAssertEqual(roadmap.activities.map(\.name.fr), names)
        let again = try RoadmapLoader.load(bytes: RoadmapJSON.bytes(roadmap)).get().roadmap
        XCTAssertEqual(again.activities.map(\.name.fr), names)
    }

    func testPredecessorSyntax() {
        let place = SourcePlace(line: 1)
        func text(_ s: String) -> String? {
            CSVPlanReader.predecessor(s, place: place).map { "\($0.predecessor) \($0.type.rawValue) \($0.lag)" }
        }
        XCTAssertEqual(text("a1"), "a1 FS 0")
        XCTAssertEqual(text("a1SS"), "a1 SS 0")
        XCTAssertEqual(text("a1FF+2"), "a1 FF 2")
        XCTAssertEqual(text("a1SF-1"), "a1 SF -1")
        XCTAssertEqual(text("a1+3"), "a1 FS 3")
        XCTAssertEqual(text("a-1"), "a-1 FS 0", "a hyphen without a type is part of the id")
        XCTAssertEqual(text("step-2FS-2"), "step-2 FS -2")
        XCTAssertNil(text("+2"))
        XCTAssertNil(text("a1FS+"))
        XCTAssertEqual(text("open-data SS"), "open-data SS 0")
        XCTAssertEqual(text("portal FF+2"), "portal FF 2")
        XCTAssertNil(text("a1+99999999999999999999"))
    }

    func testFormatIsToldByContent() {
        XCTAssertEqual(PlanImport.format(of: Array("\u{FEFF}id,name\n".utf8)), .csv)
        XCTAssertEqual(PlanImport.format(of: Array("  <?xml version=\"1.0\"?><Project/>".utf8)), .msproject)
        XCTAssertNil(PlanImport.format(of: Array("{\"meta\": 1}".utf8)))
        XCTAssertNil(PlanImport.format(of: Array("garbage".utf8)), "not a plan: the JSON reader says what is wrong")
        XCTAssertNil(PlanImport.format(of: []))
    }
}
