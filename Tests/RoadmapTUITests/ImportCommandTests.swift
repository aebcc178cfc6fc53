import Foundation
import XCTest

/// `roadmap import`, and every command reading MS Project XML and CSV where a roadmap file goes,
/// run as a user runs them: the built binary.
final class ImportCommandTests: XCTestCase {
    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: ImportCommandTests.self)) }
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/msproject")
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-import-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testImportWritesARoadmapThatValidatesAndWarnsOnStandardError() throws {
        let output = folder.appendingPathComponent("plan.json")
        let run = try ProcessRunner.run(try binary(), ["import", fixtures.appendingPathComponent("areas-links-teams.xml").path, "--output", output.path, "--period-months", "3"])
        XCTAssertEqual(run.status, 0, run.stderrText)
        XCTAssertTrue(run.stdoutText.isEmpty)
        XCTAssertTrue(run.stderrText.contains("areas-links-teams.xml:") && run.stderrText.contains("rounded to 1 month"), run.stderrText)
        let validate = try ProcessRunner.run(try binary(), ["validate", output.path])
        XCTAssertEqual(validate.status, 0, validate.stdoutText)
        XCTAssertTrue(validate.stdoutText.contains("valid: 5 activities in 2 areas, 2 task teams, 4 dependencies, 6 periods"), validate.stdoutText)
    }

    func testAnErrorNamesFileLineAndColumnAndWritesNothing() throws {
        let output = folder.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: output)
        let cycle = fixtures.appendingPathComponent("cycle.xml").path
        let run = try ProcessRunner.run(try binary(), ["import", cycle, "-o", output.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertNotNil(run.stderrText.range(of: #"cycle\.xml:\d+:\d+: error: .*dependency cycle"#, options: .regularExpression), run.stderrText)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "old")
        let sheet = folder.appendingPathComponent("sheet.csv")
        try Data("id,name,start,finish\na1,x,2020-01,2020-02\na2,y,soon,2020-02\n".utf8).write(to: sheet)
        let bad = try ProcessRunner.run(try binary(), ["import", sheet.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stdoutText.isEmpty, "nothing written to standard output either")
        XCTAssertTrue(bad.stderrText.contains("sheet.csv:3: error: column \"start\": \"soon\" is not a month"), bad.stderrText)
        let json = try ProcessRunner.run(try binary(), ["import", fixtures.deletingLastPathComponent().appendingPathComponent("minimal.json").path])
        XCTAssertEqual(json.status, 1)
        XCTAssertTrue(json.stderrText.contains("a roadmap file already"), json.stderrText)
    }

    func testEveryCommandReadsMSProjectXMLAndCSVByTheirContent() throws {
        // No extension: the content decides.
        let plan = folder.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("areas-links-teams.xml"), to: plan)
        let validate = try ProcessRunner.run(try binary(), ["validate", plan.path])
        XCTAssertEqual(validate.status, 0, validate.stdoutText)
        XCTAssertTrue(validate.stdoutText.contains("valid: 5 activities"), validate.stdoutText)
        let schedule = try ProcessRunner.run(try binary(), ["schedule", plan.path])
        XCTAssertEqual(schedule.status, 0, schedule.stderrText)
        let text = try ProcessRunner.run(try binary(), [plan.path, "--lang", "fr", "--width", "120"])
        XCTAssertEqual(text.status, 0, text.stderrText)
        XCTAssertTrue(text.stdoutText.contains("Guichet unique") && text.stdoutText.contains("Données ouvertes"), text.stdoutText)
        let sheet = folder.appendingPathComponent("sheet.txt")
        try Data("id,name,start,finish,predecessors\na1,Survey,2020-01,2020-03,\na2,Build,2020-04,2020-06,a1\n".utf8).write(to: sheet)
        let export = try ProcessRunner.run(try binary(), ["export", sheet.path, "--format", "csv"])
        XCTAssertEqual(export.status, 0, export.stderrText)
        XCTAssertTrue(export.stdoutText.contains("Survey") && export.stdoutText.contains("Build"), export.stdoutText)
        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks>\n</Task>".utf8).write(to: broken)
        let refused = try ProcessRunner.run(try binary(), ["summary", broken.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertNotNil(refused.stderrText.range(of: #"broken\.xml:3:\d+: error: the XML is not well formed"#, options: .regularExpression), refused.stderrText)
    }
}
