import Foundation
import XCTest

/// `roadmap diff OLD NEW` as a user runs it: diff(1)'s exit codes, the located errors of an
/// invalid side, the formats, and `--output`.
final class DiffCommandTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: DiffCommandTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private var minimal: String { fixtures.appendingPathComponent("minimal.json").path }

    private func run(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(binary, ["diff"] + arguments, environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
    }

    /// minimal.json with `old` replaced by `new` (found exactly once), written to the folder.
    private func variant(_ old: String, _ new: String, name: String = "new.json") throws -> String {
        let text = try String(contentsOfFile: minimal, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "\(old) once in minimal.json")
        let path = folder.appendingPathComponent(name).path
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testIdenticalFilesExitZero() throws {
        let copy = try variant("\"schemaVersion\": 1", "\"schemaVersion\": 1")
        let result = try run([minimal, copy, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderrText)
        XCTAssertTrue(result.stdoutText.contains("No difference"), result.stdoutText)
        XCTAssertEqual(result.stderr.count, 0)
    }

    func testFilesThatDifferExitOne() throws {
        let new = try variant("\"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"",
                                "\"team\": \"strategy-team\", \"start\": \"2017-05\", \"finish\": \"2017-10\"")
        let result = try run([minimal, new, "--lang", "en"])
        XCTAssertEqual(result.status, 1, result.stderrText)
        XCTAssertTrue(result.stdoutText.contains("  ~ Socialize the strategy\n      planned start: 2017-04 → 2017-05\n      planned finish: 2017-09 → 2017-10\n"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("Finish: Mar 2018, as in the old version"), result.stdoutText)
    }

    /// Both sides are read; each problem of each is printed where it is, and nothing else.
    func testAnInvalidSideExitsTwoWithTheLocatedErrors() throws {
        let broken = try variant("\"team\": \"strategy-team\", \"start\": \"2017-04\"", "\"team\": \"strategy-team\",, \"start\": \"2017-04\"", name: "broken.json")
        let cycle = fixtures.appendingPathComponent("invalid/dependency-cycle.json").path
        let result = try run([broken, cycle])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout.count, 0, result.stdoutText)
        XCTAssertTrue(result.stderrText.contains("broken.json:31:"), result.stderrText)
        XCTAssertTrue(result.stderrText.contains("dependency-cycle.json:35:5: error: dependencies[0]: dependency cycle"), result.stderrText)

        let missing = try run([minimal, folder.appendingPathComponent("nothing.json").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderrText.contains("nothing.json"), missing.stderrText)
    }

    func testJSONInFrenchAndOutput() throws {
        let new = try variant("{\"id\": \"cloud\",", "{\"id\": \"cloud-2\",")
        let out = folder.appendingPathComponent("diff.json").path
        let json = try run([minimal, new, "--format", "json", "--output", out])
        XCTAssertEqual(json.status, 1, json.stderrText)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["files", "added", "removed", "changed", "dependencies", "schedule", "statusDate"])
        XCTAssertEqual((object["added"] as? [[String: Any]])?.first?["id"] as? String, "cloud-2")
        XCTAssertEqual((object["removed"] as? [[String: Any]])?.first?["id"] as? String, "cloud")

        let french = try run([minimal, new, "--format", "markdown", "--lang", "fr"])
        XCTAssertEqual(french.status, 1)
        XCTAssertTrue(french.stdoutText.contains("## Activités ajoutées (1)\n\n- + Infonuagique\n"), french.stdoutText)

        let over = try run([minimal, new, "--output", new])
        XCTAssertEqual(over.status, 2, "never writes over a roadmap being read")
        XCTAssertTrue(over.stderrText.contains("choose another output file"), over.stderrText)
    }

    /// `--baseline` on `export` (the explorer takes the same flag, through the same options).
    func testExportWithABaseline() throws {
        _ = try variant("\"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"",
                              "\"team\": \"strategy-team\", \"start\": \"2017-06\", \"finish\": \"2017-11\"", name: "v1.json")
        let export = try ProcessRunner.run(binary, ["export", minimal, "--baseline", "v1.json", "--lang", "en", "--width", "100"],
                                           environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
        XCTAssertEqual(export.status, 0, export.stderrText)
        let row = try XCTUnwrap(export.stdoutText.components(separatedBy: "\n").first { $0.contains("Socialize the strategy") })
        XCTAssertTrue(row.contains("███│▁▁▁▁▁▁···"), row)
        XCTAssertTrue(export.stdoutText.contains("▁ the baseline's bar, v1.json, where it differs"), export.stdoutText)

        let whatIfs = try ProcessRunner.run(binary, ["export", minimal, "--baseline", "v1.json", "--view", "what-ifs", "--lang", "en"],
                                            environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
        XCTAssertTrue(whatIfs.stdoutText.contains("Against the baseline (v1.json)"), whatIfs.stdoutText)

        // An output with no place for the other version says so rather than dropping it silently.
        let csv = try ProcessRunner.run(binary, ["export", minimal, "--baseline", "v1.json", "--format", "csv"],
                                        environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
        XCTAssertEqual(csv.status, 0, csv.stderrText)
        XCTAssertTrue(csv.stderrText.contains("warning: --baseline is drawn by the roadmap grid"), csv.stderrText)
        XCTAssertFalse(export.stderrText.contains("warning"), export.stderrText)

        let broken = try variant("\"team\": \"strategy-team\", \"start\": \"2017-04\"", "\"team\": \"strategy-team\",, \"start\": \"2017-04\"", name: "broken.json")
        let refused = try ProcessRunner.run(binary, ["export", minimal, "--baseline", broken], environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stdout.count, 0)
        XCTAssertTrue(refused.stderrText.contains("broken.json:31:"), refused.stderrText)
    }

    /// A scenario's what-ifs as one side: NEW defaults to OLD, so `diff FILE --scenario S` says
    /// what S does to the plan; a bad scenario is trouble (2) with its located errors.
    func testAScenarioAppliedToNew() throws {
        let scenario = folder.appendingPathComponent("slip.scenario.json").path
        try Data("{\"scenarioVersion\": 1, \"name\": \"Slip\", \"delays\": {\"propose\": 2}}".utf8).write(to: URL(fileURLWithPath: scenario))
        let result = try run([minimal, "--scenario", scenario, "--lang", "en"])
        XCTAssertEqual(result.status, 1, result.stderrText)
        XCTAssertTrue(result.stdoutText.contains("slip.scenario.json"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("Propose the strategy"), result.stdoutText)

        // The same scenario on both sides: no difference.
        let same = try run([minimal, minimal, "--old-scenario", scenario, "--scenario", scenario])
        XCTAssertEqual(same.status, 0, same.stdoutText + same.stderrText)

        let json = try run([minimal, "--scenario", scenario, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let schedule = try XCTUnwrap(object["schedule"] as? [String: Any])
        let moved = try XCTUnwrap(schedule["moved"] as? [[String: Any]])
        XCTAssertTrue(moved.contains { $0["id"] as? String == "propose" }, "\(schedule)")

        let bad = folder.appendingPathComponent("bad.scenario.json").path
        try Data("{\"scenarioVersion\": 1, \"name\": \"Bad\",\n \"delays\": {\"nowhere\": 2}}".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try run([minimal, "--scenario", bad])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stdout.count, 0)
        XCTAssertTrue(refused.stderrText.contains("bad.scenario.json:2:"), refused.stderrText)
        XCTAssertTrue(refused.stderrText.contains("nowhere"), refused.stderrText)

        let alone = try run([minimal])
        XCTAssertEqual(alone.status, 2, "no NEW and no scenario: trouble, not \"they differ\"")
        XCTAssertTrue(alone.stderrText.contains("--scenario"), alone.stderrText)
    }
}
