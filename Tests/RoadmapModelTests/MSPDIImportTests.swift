import Foundation
import XCTest
@testable import RoadmapModel

/// `roadmap import` of MS Project XML: files MPXJ wrote (Tests/Fixtures/msproject, made by
/// scripts/mspdi-fixtures.py) and hand-made ones for what MPXJ does not write.
final class MSPDIImportTests: XCTestCase {
    static let folder = RuleFixtures.testsFolder.appendingPathComponent("Fixtures/msproject")

    private func importFixture(_ name: String) throws -> LoadResult {
        let bytes = try RuleFixtures.bytes(Self.folder.appendingPathComponent(name))
        return ImportBuilder.build(MSPDIReader.read(bytes), options: ImportOptions(fileName: name))
    }

    private func importText(_ xml: String, periodMonths: Int = 6) -> LoadResult {
        ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(periodMonths: periodMonths, fileName: "plan.xml"))
    }

    /// A project with the extended attributes an export defines, and `tasks` inside <Tasks>.
    static func project(_ tasks: String, resources: String = "", attributes: Bool = true) -> String {
        let definitions = attributes ? """
            <ExtendedAttributes>
            <ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>Role</Alias></ExtendedAttribute>
            <ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Status</Alias></ExtendedAttribute>
            <ExtendedAttribute><FieldID>188743737</FieldID><FieldName>Text3</FieldName><Alias>Area</Alias></ExtendedAttribute>
            </ExtendedAttributes>
            """ : ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="http://schemas.microsoft.com/project">
            <Title>Test</Title>
            \(definitions)
            <Tasks>
            \(tasks)
            </Tasks>
            \(resources)
            </Project>
            """
    }

    static func task(_ uid: Int, _ name: String, _ start: String, _ finish: String, level: Int = 1, role: String? = "CE", status: String? = "new",
                     more: String = "") -> String {
        var attributes = ""
        if let role { attributes += "<ExtendedAttribute><FieldID>188743731</FieldID><Value>\(role)</Value></ExtendedAttribute>" }
        if let status { attributes += "<ExtendedAttribute><FieldID>188743734</FieldID><Value>\(status)</Value></ExtendedAttribute>" }
        return "<Task><UID>\(uid)</UID><Name>\(name)</Name><OutlineLevel>\(level)</OutlineLevel>"
            + "<Start>\(start)T08:00:00</Start><Finish>\(finish)T17:00:00</Finish>\(more)\(attributes)</Task>"
    }

    static func link(_ predecessor: Int, type: Int = 1, lag: Int = 0, format: Int = 7) -> String {
        "<PredecessorLink><PredecessorUID>\(predecessor)</PredecessorUID><Type>\(type)</Type><LinkLag>\(lag)</LinkLag><LagFormat>\(format)</LagFormat></PredecessorLink>"
    }

    func testMPXJFileGivesAreasLinksTeamsAndAttributes() throws {
        let result = try importFixture("areas-links-teams.xml")
        let validated = try result.get()
        let roadmap = validated.roadmap
        XCTAssertEqual(roadmap.meta.title.fr, "Feuille de route d’essai")
        XCTAssertEqual(roadmap.areas.map(\.name.fr), ["Données ouvertes", "Services numériques"])
        XCTAssertEqual(roadmap.areas.map(\.id), ["donnees-ouvertes", "services-numeriques"])
        XCTAssertEqual(roadmap.activities.map(\.name.fr),
                       ["Inventaire des données", "Portail & catalogue <v2>", "Guichet unique", "Lancement", "Identité numérique"])
        let byName = Dictionary(uniqueKeysWithValues: roadmap.activities.map { ($0.name.fr, $0) })
        let inventory = try XCTUnwrap(byName["Inventaire des données"])
        XCTAssertEqual(inventory.role, "CE")
        XCTAssertEqual(inventory.status, .ongoing)
        XCTAssertEqual(inventory.start, Month("2016-10"))
        XCTAssertEqual(inventory.finish, Month("2017-03"))
        XCTAssertFalse(inventory.provenance.isInferred, "everything of this task is in the file")
        XCTAssertEqual(byName["Guichet unique"]?.role, "Int")
        // The milestone: one month, its finish, role and status inferred with a note.
        let launch = try XCTUnwrap(byName["Lancement"])
        XCTAssertEqual(launch.start, Month("2018-01"))
        XCTAssertEqual(launch.finish, Month("2018-01"))
        XCTAssertEqual(Set(launch.provenance.inferredFields), ["role", "status", "finish"])
        XCTAssertTrue(launch.provenance.note?.en.contains("milestone") ?? false)
        // Every link type, with its lag: 6 months exact, 10 working days rounded to a month.
        let links = roadmap.dependencies.map { "\($0.from)>\($0.to) \($0.type.rawValue)\($0.lag)" }
        XCTAssertEqual(Set(links), ["task-3>task-4 FS0", "task-3>task-5 SS6", "task-5>task-6 FF0", "task-4>task-7 SF1"])
        let rounded = try XCTUnwrap(roadmap.dependencies.first { $0.type == .SF })
        XCTAssertEqual(rounded.provenance.inferredFields, ["lag"])
        XCTAssertTrue(result.warnings.contains { $0.message.contains("0.5 months") && $0.message.contains("rounded to 1") && $0.line != nil })
        XCTAssertFalse(roadmap.dependencies.first { $0.type == .SS }!.provenance.isInferred, "an exact lag is the file's")
        // Teams from the resources, their role the one their activities play most.
        XCTAssertEqual(roadmap.teams.map(\.name.fr), ["Équipe des données", "Équipe des services"])
        XCTAssertEqual(inventory.team, roadmap.teams[0].id)
        XCTAssertTrue(roadmap.teams.allSatisfy { $0.provenance.infers("role") && $0.provenance.infers("status") })
        // Periods of six months from the first month, inferred.
        XCTAssertEqual(roadmap.meta.periods.first?.start, Month("2016-10"))
        XCTAssertEqual(roadmap.meta.periods.first?.finish, Month("2017-03"))
        XCTAssertTrue(roadmap.meta.periods.allSatisfy { $0.provenance.isInferred })
        XCTAssertTrue(roadmap.roles.allSatisfy { $0.provenance.isInferred })
        XCTAssertTrue(result.warnings.contains { $0.message.contains("1 task without a role") })
    }

    func testAFileWithoutSummaryTasksAttributesOrResourcesGetsOneAreaAndDefaults() throws {
        let result = try importFixture("flat.xml")
        let roadmap = try result.get().roadmap
        XCTAssertEqual(roadmap.areas.count, 1)
        XCTAssertTrue(roadmap.areas[0].provenance.isInferred)
        XCTAssertEqual(roadmap.activities.count, 2)
        for activity in roadmap.activities {
            XCTAssertEqual(activity.role, "CE")
            XCTAssertEqual(activity.status, .new)
            XCTAssertEqual(Set(activity.provenance.inferredFields), ["area", "role", "status"])
            XCTAssertNil(activity.team)
        }
        XCTAssertTrue(result.warnings.contains { $0.message.contains("2 tasks without a role") })
        XCTAssertTrue(result.warnings.contains { $0.message.contains("2 tasks without a status") })
    }

    func testACycleIsAnErrorAtTheLinkInTheFile() throws {
        let result = try importFixture("cycle.xml")
        XCTAssertNil(result.validated)
        let cycle = try XCTUnwrap(result.errors.first { $0.message.contains("cycle") })
        let line = try XCTUnwrap(cycle.line)
        XCTAssertNotNil(cycle.column)
        let text = try String(contentsOf: Self.folder.appendingPathComponent("cycle.xml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[line - 1].contains("<PredecessorLink>"), "line \(line) is \(lines[line - 1])")
    }

    func testBadXMLSaysTheParsersLineAndColumn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n<Task><Name>a</Nme></Task>\n</Tasks></Project>"
        let result = importText(xml)
        let error = try XCTUnwrap(result.errors.first)
        XCTAssertEqual(error.line, 4)
        XCTAssertNotNil(error.column)
        XCTAssertTrue(error.message.contains("not well formed"), error.message)
        XCTAssertTrue(error.formatted(file: "plan.xml").hasPrefix("plan.xml:4:"), error.formatted(file: "plan.xml"))
    }

    func testAnotherXMLDocumentIsRefusedByItsRoot() throws {
        let result = importText("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
        let error = try XCTUnwrap(result.errors.first)
        XCTAssertTrue(error.message.contains("not an MS Project XML file") && error.message.contains("<svg>"), error.message)
        XCTAssertEqual(error.line, 2)
    }

    func testFinishBeforeStartAndBadDatesAreErrorsAtTheTask() throws {
        let backwards = importText(Self.project(Self.task(1, "a", "2017-05-01", "2017-02-01")))
        let error = try XCTUnwrap(backwards.errors.first)
        XCTAssertTrue(error.message.contains("before it starts"), error.message)
        XCTAssertEqual(error.path, "Task UID 1 finish")
        XCTAssertEqual(error.line, 10)
        let garbled = importText(Self.project(Self.task(1, "a", "20x7-05-01", "2017-08-01")))
        XCTAssertTrue(garbled.errors.first?.message.contains("is not a date") ?? false)
        XCTAssertEqual(garbled.errors.first?.line, 10)
    }

    func testLinkTypesAndLagFormats() throws {
        let tasks = [
            Self.task(1, "a", "2020-01-01", "2020-03-31"),
            Self.task(2, "b", "2020-06-01", "2020-08-31", more: Self.link(1, type: 1, lag: 30 * 24 * 60 * 10, format: 8)), // 30 elapsed days
            Self.task(3, "c", "2020-01-01", "2020-03-31", more: Self.link(1, type: 3)),
            Self.task(4, "d", "2020-02-01", "2020-03-31", more: Self.link(1, type: 0, lag: -9600 * 10, format: 7)), // -20 days
            Self.task(5, "e", "2020-01-01", "2020-03-31", more: Self.link(1, type: 2, lag: 200, format: 19)), // a percent
        ].joined(separator: "\n")
        let result = importText(Self.project(tasks))
        let roadmap = try result.get().roadmap
        let links = Dictionary(uniqueKeysWithValues: roadmap.dependencies.map { ($0.to, $0) })
        XCTAssertEqual(links["task-2"]?.type, .FS)
        XCTAssertEqual(links["task-2"]?.lag, 1)
        XCTAssertFalse(links["task-2"]!.provenance.isInferred)
        XCTAssertEqual(links["task-3"]?.type, .SS)
        XCTAssertEqual(links["task-4"]?.type, .FF)
        XCTAssertEqual(links["task-4"]?.lag, -1)
        XCTAssertEqual(links["task-5"]?.type, .SF)
        XCTAssertEqual(links["task-5"]?.lag, 0)
        XCTAssertTrue(links["task-5"]!.provenance.infers("lag"))
        let badType = importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31") + Self.task(2, "b", "2020-01-01", "2020-03-31", more: Self.link(1, type: 7))))
        XCTAssertTrue(badType.errors.first?.message.contains("not a link type") ?? false)
        let unknown = importText(Self.project(Self.task(2, "b", "2020-01-01", "2020-03-31", more: Self.link(9))))
        XCTAssertTrue(unknown.errors.first?.message.contains("no task has the UID \"9\"") ?? false)
    }

    /// A lag beyond the format's hundred years either way is refused at its link: the import
    /// once made a roadmap with a lag of 1,000,000 months that every command then refused to
    /// read (found by the msproject fuzz target, fuzz/targets/msproject/regressions/lag-beyond-the-formats-bound.xml).
    func testALagBeyondAHundredYearsIsAnErrorAtItsLink() throws {
        let month = 480 * 20 * 10 // a working month in tenths of a minute, at 480 minutes a day and 20 days a month
        func importing(lag: Int) -> LoadResult {
            importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31")
                + "\n" + Self.task(2, "b", "2020-06-01", "2020-08-31", more: Self.link(1, lag: lag, format: 7))))
        }
        XCTAssertEqual(try importing(lag: 1200 * month).get().roadmap.dependencies.first?.lag, 1200)
        XCTAssertEqual(try importing(lag: -1200 * month).get().roadmap.dependencies.first?.lag, -1200)
        for lag in [1201 * month, -1201 * month] {
            let refused = importing(lag: lag)
            XCTAssertNil(refused.validated, "a lag of \(lag / month) months")
            let error = try XCTUnwrap(refused.errors.first)
            XCTAssertEqual(error.message, "a lag of \(lag / month) months is out of range (-1200 to 1200)")
            XCTAssertEqual(error.line, 11)
        }
        // The fuzzer's: a LinkLag of 4.8e27 tenths of a minute, kept finite (a million months) by the reader.
        let huge = importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31") + "\n" + Self.task(2, "b", "2020-06-01", "2020-08-31",
            more: "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>4800099999999999999999999999</LinkLag><LagFormat>7</LagFormat></PredecessorLink>")))
        XCTAssertNil(huge.validated)
        XCTAssertEqual(huge.errors.first?.message, "a lag of 1000000 months is out of range (-1200 to 1200)")
    }

    func testExtendedAttributesAreReadByAliasAndAnUnknownRoleIsAnError() throws {
        let area = "<ExtendedAttribute><FieldID>188743737</FieldID><Value>Mon domaine</Value></ExtendedAttribute>"
        let roadmap = try importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31", role: "Br", status: "en cours", more: area))).get().roadmap
        XCTAssertEqual(roadmap.areas.map(\.name.fr), ["Mon domaine"])
        XCTAssertEqual(roadmap.activities[0].role, "Int")
        XCTAssertEqual(roadmap.activities[0].roleAsWritten, "Br")
        XCTAssertEqual(roadmap.activities[0].status, .ongoing)
        let unknown = importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31", role: "Boss")))
        let error = try XCTUnwrap(unknown.errors.first)
        XCTAssertTrue(error.message.contains("unknown role \"Boss\""), error.message)
        XCTAssertEqual(error.line, 10)
        let status = importText(Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31", status: "done")))
        XCTAssertTrue(status.errors.first?.message.contains("unknown status \"done\"") ?? false)
    }

    func testHostileNamesAreKeptExactlyAndSurviveTheRoadmapFormat() throws {
        // XML 1.0 has no way to write ESC or the other C0 controls but tab and line breaks.
        let control = importText(Self.project(Self.task(1, "a\u{1B}[31mred", "2020-01-01", "2020-03-31")))
        XCTAssertTrue(control.errors.first?.message.contains("a character that XML forbids") ?? false)
        XCTAssertEqual(control.errors.first?.line, 10)
        let names = ["x < y & z", "end ]]> here", "\u{202E}evil\u{202C}", "tab\there"]
        let escaped = names.map { $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;") }
        var tasks = escaped.enumerated().map { Self.task($0.offset + 1, $0.element, "2020-01-01", "2020-03-31") }
        tasks.append(Self.task(9, "<![CDATA[cdata ]]]]><![CDATA[> & <]]>", "2020-01-01", "2020-03-31"))
        let resources = "<Resources><Resource><UID>1</UID><Name>team &lt;&amp;&gt; \u{202E}x</Name></Resource></Resources>"
            + "<Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID></Assignment></Assignments>"
        let roadmap = try importText(Self.project(tasks.joined(separator: "\n"), resources: resources)).get().roadmap
        XCTAssertEqual(roadmap.activities.map(\.name.fr), names + ["cdata ]]> & <"])
        XCTAssertEqual(roadmap.teams.map(\.name.fr), ["team <&> \u{202E}x"])
        XCTAssertEqual(roadmap.teams.map(\.id), ["team-x"])
        let again = try RoadmapLoader.load(bytes: RoadmapJSON.bytes(roadmap)).get().roadmap
        XCTAssertEqual(again.activities.map(\.name.fr), roadmap.activities.map(\.name.fr))
    }

    func testPeriodMonthsAndAnEmptyProject() throws {
        let roadmap = try importText(Self.project(Self.task(1, "a", "2020-01-01", "2021-03-31")), periodMonths: 4).get().roadmap
        XCTAssertEqual(roadmap.meta.periods.map(\.start.description), ["2020-01", "2020-05", "2020-09", "2021-01"])
        XCTAssertEqual(roadmap.meta.timeline.finish, Month("2021-04"))
        let empty = importText(Self.project(""))
        XCTAssertTrue(empty.errors.first?.message.contains("no task") ?? false)
    }

    /// libxml2 refuses a document given whole past 10 MB ("huge input lookup"); MS Project
    /// files of 100,000 tasks are 50 MB and more. Failed before the reader fed it a stream.
    func testAFileLargerThanTenMegabytesIsRead() throws {
        let padding = String(repeating: "<Notes>some notes of the task, kept out of the roadmap</Notes>\n", count: 180_000)
        let xml = Self.project(Self.task(1, "a", "2020-01-01", "2020-03-31", more: padding) + Self.task(2, "b", "2020-04-01", "2020-06-30", more: Self.link(1)))
        XCTAssertGreaterThan(xml.utf8.count, 11_000_000)
        let roadmap = try importText(xml).get().roadmap
        XCTAssertEqual(roadmap.activities.count, 2)
        XCTAssertEqual(roadmap.dependencies.count, 1)
    }

    /// MPXJ writes a larger network in the test. Java, mpxj and jpype1 are installed by
    /// scripts/bootstrap: a script that fails (MPXJ missing, its API changed, a bug of ours)
    /// fails the test with what the script said, never a skip.
    func testANetworkMPXJWritesImportsWhole() throws {
        let script = RuleFixtures.packageRoot.appendingPathComponent("scripts/mspdi-fixtures.py").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mspdi-network-\(getpid()).xml")
        let errors = output.appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errors)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "network", "1500", output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        try? errorHandle.close()
        let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            return XCTFail("python3 scripts/mspdi-fixtures.py network 1500 exited with \(process.terminationStatus) "
                           + "(scripts/bootstrap installs Java, mpxj and jpype1):\n\(said)")
        }
        let result = ImportBuilder.build(MSPDIReader.read(try RuleFixtures.bytes(output)), options: ImportOptions(fileName: "network.xml"))
        let roadmap = try result.get().roadmap
        XCTAssertEqual(roadmap.activities.count, 1500)
        XCTAssertEqual(roadmap.areas.count, 2)
        XCTAssertEqual(roadmap.dependencies.count, 1499)
        XCTAssertEqual(Set(roadmap.dependencies.map(\.type)).count, 4)
        XCTAssertEqual(Set(roadmap.activities.map(\.role)), ["CE", "Pr", "Int", "In"])
    }

    /// The codes a roadmap's own export writes (WBS = activity id, Area = area id, the
    /// resource's Code = team id) come back as ids; MS Project's outline numbers ("1.2", "3"),
    /// a code two tasks share, or one that is no roadmap id, leave the ids made from UIDs and names.
    func testCodesBecomeIdsWhereTheyAreIds() throws {
        func area(_ value: String) -> String { "<ExtendedAttribute><FieldID>188743737</FieldID><Value>\(value)</Value></ExtendedAttribute>" }
        let xml = Self.project(
            Self.task(1, "Gouvernance", "2017-01-02", "2017-06-30", more: "<WBS>governance</WBS><Summary>1</Summary>" + area("governance"))
            + Self.task(2, "Proposer", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>propose</WBS>" + area("governance"))
            + Self.task(3, "Outline", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>1.2</WBS>" + area("governance"))
            + Self.task(4, "Twin a", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>twin</WBS>")
            + Self.task(5, "Twin b", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>twin</WBS>")
            + Self.task(6, "Number", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>7</WBS>")
            + Self.task(7, "Made-looking", "2017-01-02", "2017-03-31", level: 2, more: "<WBS>task-2</WBS>")
            + Self.task(8, "Socialiser", "2017-04-03", "2017-06-30", level: 2, more: "<WBS>socialize</WBS>" + Self.link(2)),
            resources: """
                <Resources><Resource><UID>1</UID><Name>Équipe de la stratégie</Name><Code>strategy-team</Code></Resource>
                <Resource><UID>2</UID><Name>Équipe sans code</Name></Resource></Resources>
                <Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment>
                <Assignment><TaskUID>8</TaskUID><ResourceUID>1</ResourceUID></Assignment>
                <Assignment><TaskUID>3</TaskUID><ResourceUID>2</ResourceUID></Assignment></Assignments>
                """)
        let roadmap = try importText(xml).get().roadmap
        XCTAssertEqual(roadmap.activities.map(\.id), ["propose", "task-3", "task-4", "task-5", "task-6", "task-7", "socialize"])
        XCTAssertEqual(roadmap.areas.map(\.id), ["governance"])
        XCTAssertEqual(roadmap.areas.first?.name.fr, "Gouvernance", "the summary task names the area its code identifies")
        XCTAssertEqual(roadmap.teams.map(\.id), ["strategy-team", "equipe-sans-code"])
        XCTAssertEqual(roadmap.dependencies.map { "\($0.from)→\($0.to)" }, ["propose→socialize"])
    }

    /// Entities declared in the document are never expanded (no exponential "billion laughs",
    /// no file read through an external entity): a reference to one is a located error.
    func testDeclaredEntitiesAreRefusedNotExpanded() throws {
        let task = "<Task><UID>1</UID><Name>&x;</Name><Start>2017-01-02T08:00:00</Start><Finish>2017-02-02T08:00:00</Finish></Task>"
        var laughs = "<!ENTITY a \"aaaaaaaaaa\">"
        for (k, name) in ["b", "c", "d", "e", "f", "g", "h", "x"].enumerated() {
            let previous = k == 0 ? "a" : ["b", "c", "d", "e", "f", "g", "h"][k - 1]
            laughs += "\n<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        for declarations in [laughs, "<!ENTITY x SYSTEM \"file:///etc/passwd\">"] {
            let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\(declarations)]>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>\(task)</Tasks></Project>"
            let error = try XCTUnwrap(importText(xml).errors.first)
            XCTAssertTrue(error.message.contains("undeclared entity"), error.message)
            XCTAssertEqual(error.line, xml.split(separator: "\n").count)
        }
    }

    /// A file whose DTD declares entities makes libxml2 build a document of its own, which the
    /// reader must free with the parser (found by the fuzzer: 13 KB lost for each such file,
    /// fuzz/targets/msproject/regressions/). Measured by the process's resident memory, which
    /// a thousand readings grew by 13 MB before the fix and do not grow after it.
    func testADocumentTypeWithEntitiesLeavesNothingBehind() throws {
        let xml = Array("""
            <?xml version="1.0"?>
            <!DOCTYPE Project [<!ENTITY name "Expanded"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><Name>&name;</Name></Task></Tasks></Project>
            """.utf8)
        func resident() throws -> Int {
            let pages = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
            return try XCTUnwrap(Int(pages[1])) * Int(sysconf(Int32(_SC_PAGESIZE)))
        }
        for _ in 0..<50 { _ = MSPDIReader.read(xml) }
        let before = try resident()
        for _ in 0..<1000 { _ = MSPDIReader.read(xml) }
        XCTAssertLessThan(try resident() - before, 4 << 20, "the reader keeps memory after each file with a DTD")
    }

    /// UTF-16 with its byte order mark, either way round, is XML as much as UTF-8 is.
    func testUTF16IsRead() throws {
        let xml = Self.project(Self.task(1, "Données &amp; <![CDATA[<b>]]>", "2017-01-02", "2017-02-28"))
        var little: [UInt8] = [0xFF, 0xFE], big: [UInt8] = [0xFE, 0xFF]
        for unit in xml.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for bytes in [little, big] {
            XCTAssertEqual(PlanImport.format(of: bytes), .msproject)
            let roadmap = try PlanImport.load(bytes: bytes, format: .msproject, options: ImportOptions(fileName: "utf16.xml")).get().roadmap
            XCTAssertEqual(roadmap.activities.map { $0.name.fr }, ["Données & <b>"])
        }
    }
}
