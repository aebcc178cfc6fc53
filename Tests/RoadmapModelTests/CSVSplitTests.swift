import XCTest
@testable import RoadmapModel

/// A long sheet's second half is read on another processor from a guessed row start
/// (`CSVSecondHalf`). Whatever the guess — a row's start, the middle of a field, a line feed
/// inside quotes, a blank line, the row with an error, the last byte — the tasks, the messages,
/// their order and lines, and the status date must be those of one reading: every byte of each
/// sheet is tried as the guess and the result compared.
final class CSVSplitTests: XCTestCase {
    static let plainHeader = "id,name_fr,name_en,area,role,status,team,start,finish,predecessors"

    static func plainRow(_ k: Int, name: String? = nil, start: String = "2017-01", predecessors: String? = nil) -> String {
        let name = name ?? "\"Activité \(k), « ouverte »\""
        return "a\(k),\(name),\"Activity \(k)\",\"Domaine \(k % 3) : données\",\(k % 2 == 0 ? "Br" : "CE"),new,\"Équipe \(k % 4)\",\(start),2017-06,\"\(predecessors ?? (k > 1 ? "a\(k - 1);a1SS+1" : ""))\""
    }

    /// Small sheets of every shape a guess can go wrong on.
    static var corpus: [(name: String, text: String)] {
        var sheets: [(String, String)] = []
        let rows = (1...8).map { plainRow($0) }
        sheets.append(("plain, LF", ([plainHeader] + rows).joined(separator: "\n") + "\n"))
        sheets.append(("plain, CRLF, no line feed at the end", ([plainHeader] + rows).joined(separator: "\r\n")))
        sheets.append(("plain, lone CR", ([plainHeader] + rows).joined(separator: "\r") + "\r"))
        sheets.append(("byte order mark and blank lines", "\u{FEFF}" + ([plainHeader] + rows[0..<4] + ["", ",,,,,,,,,"] + rows[4...]).joined(separator: "\n") + "\n\n"))
        // Line breaks and rows' look-alikes inside quotes, quotes written twice.
        var quoted = rows
        quoted[2] = plainRow(3, name: "\"Deux\nlignes\na99,\"\"x\"\",y\r\nencore\"")
        quoted[5] = plainRow(6, name: "\"\"\"Citée\"\" ; \nfin\"")
        sheets.append(("line breaks in quotes", ([plainHeader] + quoted).joined(separator: "\n") + "\n"))
        // Errors in either half: a month, a field count, a quote left open, a predecessor.
        for (what, k, row) in [("a bad month", 6, plainRow(6, start: "2017-13")),
                               ("a bad month early", 2, plainRow(2, start: "soon")),
                               ("a field too many", 5, plainRow(5) + ",extra"),
                               ("a bad predecessor", 7, plainRow(7, predecessors: "a1FF+x")),
                               ("a quote left open", 7, "a7,\"Jamais fermée,x,y,CE,new,t,2017-01,2017-02,")] {
            var broken = rows
            broken[k - 1] = row
            sheets.append((what, ([plainHeader] + broken).joined(separator: "\n") + "\n"))
        }
        // The export's own columns: names in both languages, provenance, progress and a
        // status date on every row — one that differs in the second half, or the first.
        let exportHeader = "id,name,name_fr,name_en,area,area_name_fr,area_name_en,role,role_as_printed,status,team,team_name_fr,team_name_en,team_role,team_status,planned_start,planned_finish,predecessors,inferred_predecessors,predecessor_notes_fr,predecessor_notes_en,source,inferred_fields,note_fr,note_en,percent_complete,actual_start,actual_finish,status_date,early_start"
        func exportRow(_ k: Int, statusDate: String = "2017-04") -> String {
            let links = k > 1 ? "a\(k - 1);a1SS" : ""
            let inferred = k > 2 ? "a1SS (type)" : ""
            let notes = k > 2 ? "\"a1SS: lien déduit¶a\(k - 1): vu\"" : ""
            return "a\(k),Nom \(k),Nom \(k),Name \(k),d\(k % 2),Données \(k % 2),Data \(k % 2),Int,Br,ongoing,t\(k % 3),Équipe \(k % 3),Team \(k % 3),Pr,existing,2017-01,2017-05,\"\(links)\",\"\(inferred)\",\(notes),,\(k % 2 == 0 ? "inferred" : "seed"),\(k % 2 == 0 ? "role" : ""),\(k % 2 == 0 ? "Déduit" : ""),,\(k % 3 == 0 ? "40" : ""),\(k % 3 == 0 ? "2017-02" : ""),,\(statusDate),2017-01"
        }
        sheets.append(("the export's columns", ([exportHeader] + (1...8).map { exportRow($0) }).joined(separator: "\n") + "\n"))
        sheets.append(("another status date late", ([exportHeader] + (1...8).map { exportRow($0, statusDate: $0 == 7 ? "2017-05" : "2017-04") }).joined(separator: "\n") + "\n"))
        sheets.append(("another status date from the middle", ([exportHeader] + (1...8).map { exportRow($0, statusDate: $0 >= 5 ? "2017-05" : "2017-04") }).joined(separator: "\n") + "\n"))
        let warned = (1...8).map { k in
            k == 6 ? exportRow(6).replacingOccurrences(of: "a6,Nom 6,", with: "a6,Autre 6,").replacingOccurrences(of: "2017-01,2017-05", with: "2017-13,2017-05")
                : k == 3 ? exportRow(3).replacingOccurrences(of: "a3,Nom 3,", with: "a3,Autre 3,") : exportRow(k)
        }
        sheets.append(("name warnings, then an error on a warned row", ([exportHeader] + warned).joined(separator: "\n") + "\n"))
        sheets.append(("a status date in the second half only", ([exportHeader] + (1...8).map { exportRow($0, statusDate: $0 >= 6 ? "2017-05" : "") }).joined(separator: "\n") + "\n"))
        return sheets
    }

    /// Everything the reading gives, as text: the tasks field by field, the messages, the date.
    static func reading(_ bytes: [UInt8], splitAt: Int?) -> String {
        var text = ""
        dump(CSVPlanReader.read(bytes, splitAt: splitAt), to: &text)
        return text
    }

    func testEveryByteAsTheGuessGivesTheSameReading() throws {
        for (name, text) in Self.corpus {
            let bytes = Array(text.utf8)
            let once = Self.reading(bytes, splitAt: nil)
            XCTAssertTrue(once.contains("RoadmapModel.ImportedTask"), name)
            // Before the first row's end no second half starts (CSVSecondHalf.start).
            let firstRow = bytes.firstIndex(of: 0x0A) ?? bytes.firstIndex(of: 0x0D) ?? 0
            for guess in firstRow...bytes.count {
                let split = Self.reading(bytes, splitAt: guess)
                if split != once {
                    XCTFail("\(name): guessing byte \(guess) reads otherwise")
                    break
                }
            }
        }
    }

    /// The corpus says what it means to: each error is found, where it is, split or not.
    func testTheCorpusHoldsWhatItSays() throws {
        let sheets = Dictionary(Self.corpus, uniquingKeysWith: { a, _ in a })
        func errors(_ name: String) throws -> [String] {
            CSVPlanReader.read(Array(try XCTUnwrap(sheets[name]).utf8)).diagnostics.filter(\.isError).map { "\($0.line ?? 0): \($0.message)" }
        }
        XCTAssertEqual(try errors("plain, lone CR"), [])
        XCTAssertEqual(try errors("line breaks in quotes"), [])
        XCTAssertEqual(try errors("a bad month").count, 1)
        XCTAssertTrue(try errors("a bad month")[0].hasPrefix("7: "))
        // The quote is closed by the next row's first one, and a name follows it.
        XCTAssertEqual(try errors("a quote left open"), ["9: a character after the closing quote; a quote inside a quoted field is written twice (\"\")"])
        XCTAssertTrue(try errors("another status date late")[0].hasPrefix("8: the status date 2017-05 differs from 2017-04 on line 7"))
        XCTAssertTrue(try errors("another status date from the middle")[0].hasPrefix("6: "))
        XCTAssertEqual(try errors("a status date in the second half only"), [])
        let plain = CSVPlanReader.read(Array(try XCTUnwrap(sheets["line breaks in quotes"]).utf8))
        XCTAssertEqual(plain.tasks.map(\.place.line), [2, 3, 4, 8, 9, 10, 12, 13])
        let warned = CSVPlanReader.read(Array(try XCTUnwrap(sheets["name warnings, then an error on a warned row"]).utf8))
        XCTAssertEqual(warned.diagnostics.map { "\($0.line ?? 0) \($0.isError)" }, ["4 false", "7 false", "7 true"])
    }

    /// A sheet of a megabyte and more is split by itself, near its middle, and read the same.
    func testALongSheetIsSplitNearItsMiddle() throws {
        var lines = [Self.plainHeader]
        for k in 1...12_000 {
            lines.append(k % 997 == 0 ? Self.plainRow(k, name: "\"Sur\ndeux lignes\"") : Self.plainRow(k))
        }
        let bytes = Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        XCTAssertGreaterThan(bytes.count, ListSplit.smallestList)
        let rows = CSVRows(names: [], column: [:])
        let half = try XCTUnwrap(CSVSecondHalf.start(bytes, after: 80, rows: rows, at: nil))
        half.finish(abandon: true)
        XCTAssertLessThan(abs(half.start - bytes.count / 2), 1_000)
        XCTAssertEqual(bytes[half.start - 1], 0x0A)
        let split = CSVPlanReader.read(bytes)
        XCTAssertEqual(split.tasks.count, 12_000)
        XCTAssertEqual(split.tasks.last?.place.line, 12_001 + 12)
        // Field by field would take long here: the keys, lines, names, links and messages.
        func summary(_ plan: ImportedPlan) -> [String] {
            plan.tasks.map { "\($0.key) \($0.place.line) \($0.name?.fr ?? "-") \($0.links.map(\.predecessor))" } + plan.diagnostics.map(\.message)
        }
        let once = summary(CSVPlanReader.read(bytes, splitAt: bytes.count))
        XCTAssertEqual(summary(split), once)
        XCTAssertEqual(summary(CSVPlanReader.read(bytes, splitAt: half.start - 1)), once)
    }
}
