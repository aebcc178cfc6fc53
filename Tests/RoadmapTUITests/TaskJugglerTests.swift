import Foundation
import XCTest

/// `roadmap export --format tjp` scheduled by the real TaskJuggler (tj3 3.7.1, Debian `tj3`):
/// every activity of the view gets from tj3 the early dates our schedule gives it — the
/// shipped roadmap in both languages, with what-ifs, filtered, stated-only, and generated plans
/// with every link type, leads and lags, their planned starts pulled to the timeline's start so
/// that the links decide. What TaskJuggler cannot say is a comment and a warning per link;
/// hostile names come back from tj3 as written; what it cannot carry is refused, nothing written.
final class TaskJugglerTests: ToolTestCase {
    /// A report of every task's full id, start and end, the ends as TaskJuggler writes them
    /// (the instant the task is over).
    static let datesReport = """
    taskreport "dates" {
      formats csv
      columns id, start, end
      timeformat "%Y-%m-%dT%H:%M"
    }
    """

    /// Runs tj3 on `tjp` with `reports` (a .tji) in the test's folder; fails on any error.
    private func tj3(_ tjp: URL, reports: String, what: String) throws {
        let tj3 = try tool("tj3", package: "tj3")
        let tji = file("reports.tji")
        try reports.write(to: tji, atomically: true, encoding: .utf8)
        let run = try ProcessRunner.run(tj3, ["--silent", "--no-color", "-o", folder.path, tjp.path, tji.path],
                                        currentDirectory: folder, timeout: 300)
        XCTAssertEqual(run.status, 0, "\(what): tj3 did not schedule the export: \(run.stdoutText) \(run.stderrText)")
        XCTAssertFalse(run.stderrText.contains("Error"), "\(what): \(run.stderrText)")
    }

    /// The dates tj3 gives each task: its last id (`area.activity` → `activity`) → months of
    /// its start and of its last day (the day before the instant it ends).
    private func tj3Dates(_ tjp: URL, what: String) throws -> [String: (start: String, finish: String)] {
        try tj3(tjp, reports: Self.datesReport, what: what)
        let text = try String(contentsOf: file("dates.csv"), encoding: .utf8)
        var dates: [String: (String, String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard fields.count == 3 else { XCTFail("\(what): \(line)"); continue }
            dates[String(fields[0].split(separator: ".").last!)] = (String(fields[1].prefix(7)), Self.lastDay(fields[2]))
        }
        return dates
    }

    /// The month of the day before an instant `YYYY-MM-DDThh:mm` when it is midnight.
    static func lastDay(_ instant: String) -> String {
        let month = String(instant.prefix(7))
        guard instant.hasSuffix("T00:00"), instant.dropFirst(8).prefix(2) == "01" else { return month }
        let year = Int(month.prefix(4))!, m = Int(month.suffix(2))!
        return m == 1 ? String(format: "%04d-12", year - 1) : String(format: "%04d-%02d", year, m - 1)
    }

    /// The TaskJuggler id of a roadmap id.
    static func tjID(_ id: String) -> String {
        (id.first!.isNumber ? "_" : "") + id.replacingOccurrences(of: "-", with: "_")
    }

    /// Exports `roadmap` with `options` as tjp and as JSON, has tj3 schedule the tjp, and checks
    /// every activity of the view against our early dates. Returns the export's warnings.
    @discardableResult
    private func assertTj3AgreesWithUs(_ roadmap: URL, _ options: [String], _ what: String) throws -> String {
        let tjp = file("plan.tjp")
        let export = try self.roadmap(["export", roadmap.path, "--format", "tjp", "-o", tjp.path] + options)
        XCTAssertEqual(export.status, 0, "\(what): \(export.stderrText)")
        let ours = try self.roadmap(["export", roadmap.path, "--format", "json"] + options)
        XCTAssertEqual(ours.status, 0, "\(what): \(ours.stderrText)")
        let activities = try XCTUnwrap(try json(ours.stdout, what)["activities"] as? [[String: Any]], what)
        XCTAssertFalse(activities.isEmpty, what)
        let theirs = try tj3Dates(tjp, what: what)
        var checked = 0
        for activity in activities {
            let id = activity["id"] as! String
            guard let dates = theirs[Self.tjID(id)] else {
                XCTFail("\(what): tj3 has no task for \(id)")
                continue
            }
            XCTAssertEqual(dates.start, activity["earlyStart"] as? String, "\(what): \(id) starts")
            XCTAssertEqual(dates.finish, activity["earlyFinish"] as? String, "\(what): \(id) finishes")
            checked += 1
        }
        XCTAssertEqual(checked, activities.count, what)
        return export.stderrText
    }

    func testTj3SchedulesTheShippedRoadmapToOurEarlyDates() throws {
        let cases: [[String]] = [
            ["--lang", "fr"], ["--lang", "en"],
            // What-ifs, a lead among them: the planned months move, and what waits on them.
            ["--lang", "en", "--delay", "program-proposal=2", "--delay", "cloud-architecture-models=-3", "--delay", "pilot-b=4"],
            // Links from activities outside the view become the start bounds they allow.
            ["--lang", "fr", "--area", "program-structure"], ["--lang", "en", "--critical"],
            ["--lang", "en", "--stated-only"],
        ]
        for options in cases {
            try assertTj3AgreesWithUs(Self.shipped, options, "roadmap.json \(options.joined(separator: " "))")
        }
    }

    /// Generated plans have every link type, lags and leads. Pulled to the timeline's start,
    /// their planned months decide nothing: the links alone give the dates.
    func testTj3SchedulesGeneratedPlansToOurEarlyDates() throws {
        let plan = try generated(300, seed: 7)
        let links = plan["dependencies"] as! [[String: Any]]
        func sayable(_ link: [String: Any]) -> Bool {
            ["FS", "SS"].contains(link["type"] as? String ?? "FS") && (link["lag"] as? Int ?? 0) >= 0
        }
        let unsayable = links.filter { !sayable($0) }.count
        XCTAssertGreaterThan(unsayable, 0, "the generated plan has FF, SF and leads to write as bounds")

        let asGenerated = try write(plan, to: "generated.json")
        let warnings = try assertTj3AgreesWithUs(asGenerated, [], "generated")
        XCTAssertEqual(warnings.split(separator: "\n").filter { $0.hasPrefix("roadmap export: warning: the ") }.count, unsayable,
                       "one warning per link TaskJuggler cannot say")

        let pulled = try write(Self.pulledToStart(plan), to: "pulled.json")
        try assertTj3AgreesWithUs(pulled, ["--lang", "fr"], "generated, pulled to the start")

        var stated = Self.pulledToStart(plan)
        stated["dependencies"] = links.filter(sayable)
        let fsss = try write(stated, to: "fs-ss.json")
        let quiet = try assertTj3AgreesWithUs(fsss, [], "generated, FS and SS links only, pulled to the start")
        XCTAssertEqual(quiet, "", "FS and SS links with lags are said as they are")
        // The links, not the planned months, decided: most activities start after the first month.
        let dates = try XCTUnwrap(try json(try roadmap(["export", fsss.path, "--format", "json"]).stdout, "fs-ss")["activities"] as? [[String: Any]])
        XCTAssertGreaterThan(dates.filter { $0["earlyStart"] as? String != "2016-10" }.count, 200)
    }

    /// FF, SF and leads: the nearest form TaskJuggler has, with a comment in the file and a
    /// warning naming the link — never dropped in silence — and still our dates.
    func testWhatTaskJugglerCannotSayIsACommentAndAWarningPerLink() throws {
        var root = try json(Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json"))
        var activities = root["activities"] as! [[String: Any]]
        activities.append(["id": "follow", "name": ["fr": "Suivre", "en": "Follow"], "area": "governance", "role": "CE",
                           "status": "new", "start": "2016-10", "finish": "2016-12"])
        activities.append(["id": "late", "name": ["fr": "Tard", "en": "Late"], "area": "enablement", "role": "In",
                           "status": "new", "start": "2016-10", "finish": "2016-11"])
        root["activities"] = activities
        // Durations: propose 6 months, socialize 6, follow 3, late 2. Every link is "late
        // starts no earlier than the predecessor's start + a months".
        root["dependencies"] = [
            ["from": "propose", "to": "socialize", "type": "FS", "lag": 0],
            ["from": "propose", "to": "follow", "type": "FF", "lag": 2],      // a = 6 + 2 − 3 = 5: SS +5
            ["from": "socialize", "to": "follow", "type": "FF", "lag": 4],    // a = 6 + 4 − 3 = 7: FS +1
            ["from": "follow", "to": "late", "type": "SF", "lag": 4],         // a = 4 − 2 = 2: SS +2
            ["from": "socialize", "to": "late", "type": "FS", "lag": -2],     // a = 6 − 2 = 4: SS +4
            ["from": "propose", "to": "cloud", "type": "SS", "lag": -1],      // a = −1: before propose, a bound
        ]
        let roadmap = try write(root, to: "links.json")
        let warnings = try assertTj3AgreesWithUs(roadmap, ["--lang", "en"], "FF, SF and leads")
        let lines = warnings.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, warnings)
        for (link, how) in [("FF +2 link from propose", "finish-to-finish link; written as start-to-start +5 months"),
                            ("FF +4 link from socialize", "finish-to-finish link; written as finish-to-start +1 month,"),
                            ("SF +4 link from follow", "start-to-finish link; written as start-to-start +2 months"),
                            ("FS −2 link from socialize", "negative gap; written as start-to-start +4 months"),
                            ("SS −1 link from propose", "negative gap; written as a start bound: not before 2016-09")] {
            XCTAssertTrue(lines.contains { $0.contains(link) && $0.contains(how) }, "\(link): \(warnings)")
        }
        let tjp = try String(contentsOf: file("plan.tjp"), encoding: .utf8)
        XCTAssertTrue(tjp.contains("# FF +2 from “Propose the strategy”: TaskJuggler has no finish-to-finish link; written as start-to-start +5 months"), tjp)
        XCTAssertTrue(tjp.contains("# SS −1 from “Propose the strategy”: TaskJuggler has no negative gap; written as a start bound: not before 2016-09"), tjp)
        // follow starts in November 2017 (a month after socialize ends): SS +2 is November and
        // December, 61 days; FS +1 after socialize's end (October 2017) is October, 31 days.
        XCTAssertTrue(tjp.contains("depends governance.follow { onstart gapduration 61d }"), tjp)
        XCTAssertTrue(tjp.contains("depends governance.socialize { gapduration 31d }"), tjp)
    }

    /// Quotes, backslashes, a line break (shown as ␊, as every export shows it), braces and
    /// `${` without a name: tj3 reads each name back exactly as the export shows it.
    func testHostileNamesComeBackFromTj3AsWritten() throws {
        var root = try json(Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json"))
        let names = [
            "Say \"hello\" to the \\ back \\\" slash", "Two\nlines", "Braces } { and ${ } and $ (x)", "Accents é à ç — 😀 中文",
            "# not a comment // nor /* this */", "'single' \"double\"",
        ]
        var activities = root["activities"] as! [[String: Any]]
        for (k, name) in names.enumerated() {
            activities.append(["id": "hostile-\(k)", "name": ["fr": name, "en": name], "area": "enablement", "role": "In",
                               "status": "new", "team": "cloud-team", "start": "2017-01", "finish": "2017-02"])
        }
        root["activities"] = activities
        let roadmap = try write(root, to: "hostile.json")
        try assertTj3AgreesWithUs(roadmap, ["--lang", "en"], "hostile names")
        try tj3(file("plan.tjp"), reports: "export \"names\" {\n  formats mspxml\n}\n", what: "names")
        // The names as an independent XML reader (Python's ElementTree) finds them in tj3's file.
        let read = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", """
            import json, sys, xml.etree.ElementTree as tree
            ns = {'p': 'http://schemas.microsoft.com/project'}
            root = tree.parse(sys.argv[1]).getroot()
            print(json.dumps([task.findtext('p:Name', '', ns) for task in root.iterfind('p:Tasks/p:Task', ns)]))
            """, file("names.xml").path])
        XCTAssertEqual(read.status, 0, read.stderrText)
        let found = try XCTUnwrap(JSONSerialization.jsonObject(with: read.stdout) as? [String])
        let shown = names.map { $0.replacingOccurrences(of: "\n", with: "\u{240A}") }
        for name in shown {
            XCTAssertTrue(found.contains(name), "tj3 read back \(found), not \(name)")
        }
    }

    /// A name TaskJuggler would read otherwise, or a year it does not have: every one said
    /// with its place in the data, exit 1, and nothing written — not the file, not a byte.
    func testWhatTaskJugglerCannotCarryIsRefusedAndNothingWritten() throws {
        var root = try json(Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json"))
        var activities = root["activities"] as! [[String: Any]]
        activities[0]["name"] = ["fr": "Proposer", "en": "Ends with a backslash \\"]
        activities[1]["name"] = ["fr": "Socialiser", "en": "A macro ${name} here"]
        activities[2]["name"] = ["fr": "Nuage", "en": "Home is $(HOME)"]
        root["activities"] = activities
        let roadmap = try write(root, to: "cannot.json")
        let output = file("kept.tjp")
        try Data("before".utf8).write(to: output)
        let run = try self.roadmap(["export", roadmap.path, "--format", "tjp", "--lang", "en", "-o", output.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before", "nothing written")
        for expected in ["activities[0].name.en (id \"propose\"): TaskJuggler cannot read this text back as written: it ends with a backslash",
                         "activities[1].name.en (id \"socialize\"): TaskJuggler cannot read this text back as written: it holds “${n…”, which TaskJuggler reads as a macro call",
                         "activities[2].name.en (id \"cloud\"): TaskJuggler cannot read this text back as written: it holds “$(HOME)”"] {
            XCTAssertTrue(run.stderrText.contains("cannot.json: error: " + expected), run.stderrText)
        }
        XCTAssertTrue(run.stderrText.contains("3 values that TaskJuggler cannot carry; nothing written"), run.stderrText)
        // The French names are plain: the French export is written.
        XCTAssertEqual(try self.roadmap(["export", roadmap.path, "--format", "tjp", "--lang", "fr"]).status, 0)
        // To standard output, not a byte either.
        let piped = try self.roadmap(["export", roadmap.path, "--format", "tjp", "--lang", "en"])
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stdout.isEmpty)

        // TaskJuggler's years are 1970 to 2035.
        var future = try json(Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json"))
        future["meta"] = {
            var meta = future["meta"] as! [String: Any]
            meta["timeline"] = ["start": "2016-10", "finish": "2040-12"]
            return meta
        }()
        var later = future["activities"] as! [[String: Any]]
        later[2]["start"] = "2040-01"
        later[2]["finish"] = "2040-06"
        future["activities"] = later
        let far = try write(future, to: "far.json")
        let refused = try self.roadmap(["export", far.path, "--format", "tjp", "-o", output.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderrText.contains("activities[2] (id \"cloud\"): its early dates end in 2040-06, and TaskJuggler 3 reads the years 1970 to 2035 only"),
                      refused.stderrText)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before")
    }

    /// A finish before its start in MS Project XML, even within a month: located, exit 1,
    /// nothing written.
    func testAnMSProjectFinishBeforeItsStartIsRefused() throws {
        let fixture = Self.repository.appendingPathComponent("Tests/Fixtures/msproject/taskjuggler.xml")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        // The review (UID 7) from 2017-02-15 to 2017-03-17 made to end on 2017-02-10.
        let backwards = text.replacingOccurrences(of: "<Finish>2017-03-17T00:00:00</Finish>\n   <ManualStart>2017-02-15",
                                                  with: "<Finish>2017-02-10T00:00:00</Finish>\n   <ManualStart>2017-02-15")
        XCTAssertNotEqual(backwards, text, "the fixture has the review's dates")
        let plan = file("backwards.xml"), output = file("out.json")
        try backwards.write(to: plan, atomically: true, encoding: .utf8)
        try Data("before".utf8).write(to: output)
        let run = try roadmap(["import", plan.path, "-o", output.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertNotNil(run.stderrText.range(of: #"backwards\.xml:\d+:\d+: error: Task UID 7 finish: finishes 2017-02-10T00:00:00, before it starts \(2017-02-15T00:00:00\)"#,
                                             options: .regularExpression), run.stderrText)
        XCTAssertTrue(run.stderrText.contains("nothing written"), run.stderrText)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before")
    }

    /// TaskJuggler's own MS Project XML of our export imports to our dates: its finishes at
    /// midnight belong to the day before, its top tasks (outline level 0) are the areas.
    func testTj3sMSProjectXMLOfOurExportImportsToOurDates() throws {
        for language in ["en", "fr"] {
            let tjp = file("plan.tjp")
            XCTAssertEqual(try roadmap(["export", Self.shipped.path, "--format", "tjp", "--lang", language, "-o", tjp.path]).status, 0)
            try tj3(tjp, reports: "export \"plan\" {\n  formats mspxml\n}\n", what: "mspxml \(language)")
            let imported = file("imported.json")
            let run = try roadmap(["import", file("plan.xml").path, "-o", imported.path])
            XCTAssertEqual(run.status, 0, run.stderrText)
            let theirs = try XCTUnwrap(try json(try roadmap(["export", imported.path, "--format", "json", "--lang", language]).stdout, "imported")["activities"] as? [[String: Any]])
            let ours = try XCTUnwrap(try json(try roadmap(["export", Self.shipped.path, "--format", "json", "--lang", language]).stdout, "ours")["activities"] as? [[String: Any]])
            let areas = try XCTUnwrap(try json(imported)["areas"] as? [[String: Any]])
            // The importer writes a name the same in both languages as one string.
            let bounds = areas.first { $0["name"] as? String == (language == "fr" ? "Bornes de début" : "Start bounds") }?["id"] as? String
            XCTAssertNotNil(bounds, "the start bounds' milestones are TaskJuggler tasks too: \(areas)")
            let activities = theirs.filter { $0["area"] as? String != bounds }
            XCTAssertEqual(areas.count - 1, Set(ours.map { $0["area"] as! String }).count,
                           "the areas with activities, from TaskJuggler's level-0 tasks")
            // TaskJuggler's file has no ids of ours: each activity by its name and dates (two
            // activities share the name "To be determined").
            func key(_ a: [String: Any], _ start: String, _ finish: String) -> String {
                "\(a["name"] as! String) \(a[start] as! String) – \(a[finish] as! String)"
            }
            XCTAssertEqual(activities.map { key($0, "plannedStart", "plannedFinish") }.sorted(),
                           ours.map { key($0, "earlyStart", "earlyFinish") }.sorted(),
                           "\(language): each activity in its months, a finish at midnight in the month before")
            XCTAssertEqual(activities.map { key($0, "earlyStart", "earlyFinish") }.sorted(),
                           ours.map { key($0, "earlyStart", "earlyFinish") }.sorted(), "\(language): and scheduled so")
            XCTAssertEqual(activities.filter { $0["slip"] as? Int != 0 }.map { $0["name"] as! String }, [], "\(language): nothing slips")
        }
    }
}
