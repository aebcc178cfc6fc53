import Foundation
import XCTest

/// The spreadsheet round trip as an analyst makes it: `roadmap export --format csv`, edit in a
/// spreadsheet, `roadmap import` — the same roadmap comes back (ids, names in both languages,
/// areas, teams, roles as printed, statuses, months, links, provenance of activities and links),
/// through LibreOffice too when it is opened the way the guide says; an edit comes back as
/// the edit; bad rows are refused where they are.
final class SpreadsheetRoundTripTests: ToolTestCase {
    /// What the import must give back of a roadmap file: the plan, as plain values.
    static func plan(_ roadmap: [String: Any]) -> [String: [String]] {
        func text(_ value: Any?) -> String {
            guard let value, !(value is NSNull) else { return "null" }
            if let object = value as? [String: Any] {
                return "{" + object.keys.sorted().map { "\($0): \(text(object[$0]))" }.joined(separator: ", ") + "}"
            }
            if let list = value as? [Any] { return "[" + list.map(text).joined(separator: ", ") + "]" }
            return "\(value)"
        }
        func fields(_ object: [String: Any], _ keys: [String]) -> String {
            keys.map { "\($0)=\(text(object[$0] ?? (["source": "seed", "inferredFields": []] as [String: Any])[$0]))" }.joined(separator: " ")
        }
        let activities = roadmap["activities"] as! [[String: Any]]
        let areas = Set(activities.map { $0["area"] as! String }), teams = Set(activities.compactMap { $0["team"] as? String })
        return [
            "activities": activities.map { fields($0, ["id", "name", "area", "role", "status", "team", "start", "finish", "source", "inferredFields", "note"]) }.sorted(),
            "dependencies": (roadmap["dependencies"] as! [[String: Any]]).map {
                fields($0, ["from", "to", "type", "lag", "source", "inferredFields", "note"])
            }.sorted(),
            "areas": (roadmap["areas"] as! [[String: Any]]).filter { areas.contains($0["id"] as! String) }.map { fields($0, ["id", "name"]) }.sorted(),
            "teams": (roadmap["teams"] as! [[String: Any]]).filter { teams.contains($0["id"] as! String) }
                .map { team -> String in
                    var t = team
                    // The file may write Br; the export writes the role a team plays (Int).
                    if t["role"] as? String == "Br" { t["role"] = "Int" }
                    return fields(t, ["id", "name", "role", "status"])
                }.sorted(),
        ]
    }

    private func assertSamePlan(_ original: [String: Any], _ imported: URL, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = Self.plan(original), after = Self.plan(try json(imported))
        for key in before.keys.sorted() {
            let lost = Set(before[key]!).subtracting(after[key]!), made = Set(after[key]!).subtracting(before[key]!)
            XCTAssertEqual(before[key]!.count, after[key]!.count, "\(what): \(key)", file: file, line: line)
            XCTAssertTrue(lost.isEmpty && made.isEmpty, "\(what): \(key) lost \(lost.sorted().prefix(3)), made \(made.sorted().prefix(3))", file: file, line: line)
        }
    }

    /// export → import of `roadmap` with `options`, compared with the file itself.
    private func assertRoundTrip(_ roadmap: URL, _ options: [String], _ what: String) throws {
        let csv = file("sheet.csv"), imported = file("imported.json")
        let export = try self.roadmap(["export", roadmap.path, "--format", "csv", "-o", csv.path] + options)
        XCTAssertEqual(export.status, 0, "\(what): \(export.stderrText)")
        let run = try self.roadmap(["import", csv.path, "-o", imported.path])
        XCTAssertEqual(run.status, 0, "\(what): \(run.stderrText)")
        XCTAssertFalse(run.stderrText.contains("unknown column"), "\(what): the export's own columns are known: \(run.stderrText)")
        try assertSamePlan(try json(roadmap), imported, what)
        // The import warns about what the file warns about, no more.
        let validate = try self.roadmap(["validate", roadmap.path])
        let warnings = { (text: String) in text.split(separator: "\n").filter { $0.contains(": warning: ") }.count }
        XCTAssertEqual(warnings(run.stderrText), warnings(validate.stdoutText + validate.stderrText), "\(what): \(run.stderrText)")
    }

    func testTheShippedRoadmapComesBack() throws {
        for options in [["--lang", "fr"], ["--lang", "en", "--bom"], ["--lang", "en", "--delay", "program-proposal=2", "--stated-only"],
                        ["--lang", "fr", "--order", "float"]] {
            try assertRoundTrip(Self.shipped, options, "roadmap.json \(options.joined(separator: " "))")
        }
    }

    func testGeneratedPlansComeBack() throws {
        for (profile, seed) in [("clean", 3), ("long-names", 4), ("warnings", 5), ("many-teams", 6)] {
            let plan = try write(try generated(400, seed: seed, ["--profile", profile]), to: "\(profile).json")
            try assertRoundTrip(plan, ["--lang", "en"], profile)
        }
        // Every link type, lags and leads, deciding the dates.
        let pulled = try write(Self.pulledToStart(try generated(300, seed: 9)), to: "pulled.json")
        try assertRoundTrip(pulled, ["--lang", "fr"], "pulled to the start")
    }

    /// What the analyst changes in the sheet is what changes: a name, a month, a new link; a
    /// link whose lag was edited is the sheet's own statement now, said in a warning.
    func testAnEditInTheSheetComesBackAsTheEdit() throws {
        let csv = file("sheet.csv")
        XCTAssertEqual(try roadmap(["export", Self.shipped.path, "--format", "csv", "--lang", "en", "-o", csv.path]).status, 0)
        var rows = try CSVTable(try String(contentsOf: csv, encoding: .utf8))
        let header = rows.header
        func set(_ id: String, _ column: String, _ value: String) {
            let r = rows.rows.firstIndex { $0[header.firstIndex(of: "id")!] == id }!
            rows.rows[r][header.firstIndex(of: column)!] = value
        }
        set("pilot-b", "name_fr", "Projet pilote B")
        set("pilot-b", "planned_finish", "2018-06")
        set("research-methodologies", "predecessors", "program-proposal")
        // Its inferred link from program-proposal, now with a month of lag.
        set("socialize-program-proposal", "predecessors", "program-proposalFS+1")
        try rows.text.write(to: csv, atomically: true, encoding: .utf8)
        let imported = file("edited.json")
        let run = try roadmap(["import", csv.path, "-o", imported.path])
        XCTAssertEqual(run.status, 0, run.stderrText)
        XCTAssertTrue(run.stderrText.contains("column \"inferred_predecessors\": \"program-proposal\" is not one of the row's predecessors (program-proposalFS+1): left aside"),
                      run.stderrText)
        let diff = try roadmap(["diff", Self.shipped.path, imported.path, "--format", "json"])
        XCTAssertEqual(diff.status, 1, diff.stderrText)
        let report = try json(diff.stdout, "diff")
        let changed = (report["changed"] as! [[String: Any]]).map { entry in
            (entry["id"] as! String) + ": " + (entry["changes"] as! [[String: Any]]).map { "\($0["field"]!) \($0["old"]!) → \($0["new"]!)" }.joined(separator: ", ")
        }
        XCTAssertEqual(changed, ["pilot-b: name.fr Projet pilote B : À déterminer → Projet pilote B, finish 2018-03 → 2018-06"])
        let links = report["dependencies"] as! [String: Any]
        XCTAssertEqual((links["added"] as! [[String: Any]]).map { "\($0["from"]!) → \($0["to"]!) \($0["source"]!)" },
                       ["program-proposal → research-methodologies seed"])
        XCTAssertEqual((links["changed"] as! [[String: Any]]).map { "\($0["from"]!) → \($0["to"]!) lag \($0["oldLag"]!) → \($0["newLag"]!), \($0["oldSource"]!) → \($0["newSource"]!)" },
                       ["program-proposal → socialize-program-proposal lag 0 → 1, inferred → seed"])
    }

    /// Bad rows: a predecessor that names no row, a cycle, a lag that is not a number — each
    /// at its line, exit 1, nothing written.
    func testBadRowsAreRefusedWhereTheyAreAndNothingIsWritten() throws {
        let output = file("out.json")
        try Data("before".utf8).write(to: output)
        let header = "id,name_fr,name_en,planned_start,planned_finish,predecessors\n"
        let cases = [
            ("a1,Un,One,2020-01,2020-02,\na2,Deux,Two,2020-03,2020-04,a9\n",
             "sheet.csv:3: error: column \"predecessors\": no task has the id \"a9\""),
            ("a1,Un,One,2020-01,2020-02,a2\na2,Deux,Two,2020-03,2020-04,a1\n", "dependency cycle: a1 → a2 → a1"),
            ("a1,Un,One,2020-01,2020-02,\na2,Deux,Two,2020-03,2020-04,a1FS+two\n",
             "sheet.csv:3: error: column \"predecessors\": \"a1FS+two\": the lag \"two\" is not a whole number of months"),
        ]
        for (rows, expected) in cases {
            let sheet = file("sheet.csv")
            try (header + rows).write(to: sheet, atomically: true, encoding: .utf8)
            let run = try roadmap(["import", sheet.path, "-o", output.path])
            XCTAssertEqual(run.status, 1, rows)
            XCTAssertTrue(run.stderrText.contains(expected), "\(rows): \(run.stderrText)")
            XCTAssertNotNil(run.stderrText.range(of: #"sheet\.csv:\d+: error: "#, options: .regularExpression), "located: \(run.stderrText)")
            XCTAssertTrue(run.stderrText.contains("nothing written"), run.stderrText)
            XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before")
        }
    }

    /// LibreOffice reads the French CSV right only when told it is UTF-8 (`--infilter`, or the
    /// import dialog's "Character set: Unicode (UTF-8)"), as the guide says; saved back to CSV
    /// the same way, the sheet imports to the same roadmap.
    func testLibreOfficeKeepsTheAccentsTheWayTheGuideSaysAndTheSheetComesBack() throws {
        let soffice = try tool("soffice", package: "libreoffice-calc-nogui")
        let csv = file("roadmap-fr.csv")
        XCTAssertEqual(try roadmap(["export", Self.shipped.path, "--format", "csv", "--lang", "fr", "-o", csv.path]).status, 0)
        let accented = try CSVTable(try String(contentsOf: csv, encoding: .utf8)).cells.filter { $0.contains(where: { "éèàçêâîôûùëïœÉÀ".contains($0) }) }
        XCTAssertGreaterThan(accented.count, 100)
        // A profile of its own, so that no other LibreOffice (or test) holds its lock.
        let profile = "-env:UserInstallation=file://" + file("lo-profile").path
        func convert(_ arguments: [String], _ what: String) throws {
            let run = try ProcessRunner.run(soffice, [profile, "--headless"] + arguments, currentDirectory: folder, timeout: 180)
            XCTAssertEqual(run.status, 0, "\(what): \(run.stderrText)")
        }
        func sharedStrings(_ xlsx: URL) throws -> Set<String> {
            let unzip = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", """
                import html, json, re, sys, zipfile
                text = zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode('utf-8')
                print(json.dumps([html.unescape(t) for t in re.findall(r'<t[^>]*>([^<]*)</t>', text)]))
                """, xlsx.path])
            XCTAssertEqual(unzip.status, 0, unzip.stderrText)
            return Set(try XCTUnwrap(JSONSerialization.jsonObject(with: unzip.stdout) as? [String]))
        }

        let plain = file("plain")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        try convert(["--convert-to", "xlsx", "--outdir", plain.path, csv.path], "without the filter")
        let mangled = try sharedStrings(plain.appendingPathComponent("roadmap-fr.xlsx"))
        XCTAssertEqual(accented.filter(mangled.contains).count, 0,
                       "without being told, LibreOffice reads the UTF-8 as another charset: why the guide gives the filter")

        try convert(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", csv.path], "with the filter")
        let kept = try sharedStrings(file("roadmap-fr.xlsx"))
        XCTAssertEqual(accented.filter { !kept.contains($0) }, [], "every accented cell intact")

        let back = file("back")
        try FileManager.default.createDirectory(at: back, withIntermediateDirectories: true)
        try convert(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", back.path, file("roadmap-fr.xlsx").path], "saved back as CSV")
        let imported = file("imported.json")
        let run = try roadmap(["import", back.appendingPathComponent("roadmap-fr.csv").path, "-o", imported.path])
        XCTAssertEqual(run.status, 0, run.stderrText)
        try assertSamePlan(try json(Self.shipped), imported, "through LibreOffice")
    }
}

/// A CSV document as rows of fields, read and written by RFC 4180's rules.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    init(_ text: String) throws {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\n")
        var k = 0
        while k < characters.count {
            let c = characters[k]
            if quoted {
                if c == "\"" {
                    if k + 1 < characters.count, characters[k + 1] == "\"" { field.append("\""); k += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\n" || c == "\r\n" || c == "\r" {
                record.append(field); field = ""
                if record != [""] { records.append(record) }
                record = []
            } else { field.append(c) }
            k += 1
        }
        guard let first = records.first else { throw TerminalTestFailure("an empty CSV") }
        header = first
        rows = Array(records.dropFirst())
    }

    var cells: [String] { rows.flatMap { $0 } }

    var text: String {
        ([header] + rows).map { row in
            row.map { $0.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
