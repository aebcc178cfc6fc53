import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// Scenario files: read with their lines and columns, checked against a roadmap, written back
/// to the same value, and described by schema/scenario.schema.json.
final class ScenarioTests: XCTestCase {
    static let scenarios = RuleFixtures.testsFolder.appendingPathComponent("Fixtures/scenarios")

    private func shipped() throws -> ValidatedRoadmap {
        let result = RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path)
        return try XCTUnwrap(result.validated, "the shipped roadmap must load")
    }

    private func reading(_ text: String) -> ScenarioReading { ScenarioReading(bytes: Array(text.utf8)) }

    private func formatted(_ findings: [Diagnostic]) -> [String] { findings.map { $0.formatted(file: "s.json") } }

    func testAValidScenarioGivesItsDelaysInFileOrder() throws {
        let read = ScenarioReading(bytes: try RuleFixtures.bytes(Self.scenarios.appendingPathComponent("valid/cloud-slips.scenario.json")))
        XCTAssertEqual(read.findings, [])
        let scenario = try XCTUnwrap(read.scenario)
        XCTAssertEqual(scenario.name, "Cloud slips a quarter")
        XCTAssertEqual(scenario.roadmap, "../../../../roadmap.json")
        XCTAssertEqual(scenario.delays, [.init(activity: "cloud-architecture-models", months: 3), .init(activity: "death-notification-pilot", months: 1)])
        let roadmap = try shipped()
        let checked = read.delays(against: roadmap)
        XCTAssertEqual(checked.findings, [])
        XCTAssertEqual(checked.delays.map(\.activity), [roadmap.activityIndex["cloud-architecture-models"]!, roadmap.activityIndex["death-notification-pilot"]!])
        XCTAssertEqual(checked.delays.map(\.months), [3, 1])
    }

    func testTheRoadmapPathIsRelativeToTheScenariosFolder() {
        let scenario = Scenario(name: "x", roadmap: "plans/r.json", delays: [])
        XCTAssertEqual(scenario.roadmapPath(relativeTo: "/tmp/a/s.json"), "/tmp/a/plans/r.json")
        XCTAssertEqual(scenario.roadmapPath(relativeTo: "s.json"), "plans/r.json")
        XCTAssertEqual(Scenario(name: "x", roadmap: "/abs/r.json", delays: []).roadmapPath(relativeTo: "a/s.json"), "/abs/r.json")
        XCTAssertNil(Scenario(name: "x", delays: []).roadmapPath(relativeTo: "a/s.json"))
    }

    func testAnUnknownActivityIsReportedAtItsIDWithLineAndColumn() throws {
        let read = reading("{\n  \"scenarioVersion\": 1,\n  \"name\": \"n\",\n  \"delays\": {\"cloud-architecture-models\": 1,\n    \"no-such-activity\": 2}\n}\n")
        XCTAssertEqual(read.findings, [])
        let checked = read.delays(against: try shipped())
        XCTAssertEqual(formatted(checked.findings), ["s.json:5:5: error: delays.no-such-activity: no activity of the roadmap has the id \"no-such-activity\""])
    }

    func testEveryProblemIsReportedAtOnce() {
        let read = reading("""
        {"scenarioVersion": 2, "name": "", "delays": {"a": 1201, "b": "3", "c": 1.5, "a": 1, "d": -1200},
         "note": 4, "delay": {}}
        """)
        XCTAssertEqual(formatted(read.findings), [
            "s.json:1:32: error: name: must not be empty",
            "s.json:1:52: error: delays.a: 1201 months is too far; at most 1200 either way",
            "s.json:1:63: error: delays.b: expected a whole number, found a string",
            "s.json:1:73: error: delays.c: expected a whole number, found 1.5",
            "s.json:1:78: error: delays.a: the activity is delayed twice; give its months once",
            "s.json:2:10: error: note: expected a string, found a number",
            "s.json:2:13: error: delay: is not a key of a scenario; expected scenarioVersion, name, roadmap, delays or note",
            "s.json:1:21: error: scenarioVersion: version 2 is not one this program reads; it reads scenarioVersion 1",
        ])
        XCTAssertEqual(read.scenario?.delays, [.init(activity: "d", months: -1200)])
        XCTAssertFalse(read.isValid)
    }

    func testBrokenJSONIsOneSyntaxErrorWithItsPlace() {
        let read = reading("{\"scenarioVersion\": 1,\n \"name\": \"n\",\n \"delays\": {\"a\": 1,}\n}")
        XCTAssertNil(read.scenario)
        XCTAssertEqual(formatted(read.findings), ["s.json:3:19: error: syntax error: trailing comma before '}'"])
        XCTAssertEqual(formatted(reading("").findings), ["s.json:1:1: error: the file is empty; a scenario is a JSON object"])
        XCTAssertEqual(formatted(reading(" [1]").findings), ["s.json:1:2: error: a scenario file holds one JSON object, not an array"])
    }

    func testMissingKeysAndWrongShapes() {
        XCTAssertEqual(formatted(reading("{\"delays\": []}").findings), [
            "s.json:1:12: error: delays: expected an object of months by activity id, found an array",
            "s.json:1:1: error: missing required key \"scenarioVersion\"",
            "s.json:1:1: error: missing required key \"name\"",
        ])
        XCTAssertEqual(formatted(reading("{\"scenarioVersion\": \"1\", \"name\": \"n\", \"delays\": {}, \"roadmap\": null}").findings), [
            "s.json:1:21: error: scenarioVersion: expected a whole number, found a string",
            "s.json:1:64: error: roadmap: expected a string, found null",
        ])
    }

    func testTheWriterReadsBackIdentically() throws {
        let scenarios = [
            Scenario(name: "Cloud « slips » \u{1B}\"q\"", roadmap: "../r.json",
                     delays: [.init(activity: "b", months: 3), .init(activity: "a", months: -1200), .init(activity: "c", months: 0)], note: "line\nbreak"),
            Scenario(name: "empty", delays: []),
        ]
        for scenario in scenarios {
            let bytes = ScenarioJSON.bytes(scenario)
            let read = ScenarioReading(bytes: bytes)
            XCTAssertEqual(read.findings, [], String(decoding: bytes, as: UTF8.self))
            XCTAssertEqual(read.scenario, scenario)
            XCTAssertEqual(ScenarioJSON.bytes(try XCTUnwrap(read.scenario)), bytes)
        }
        XCTAssertEqual(String(decoding: ScenarioJSON.bytes(Scenario(name: "n", delays: [.init(activity: "a", months: 2)])), as: UTF8.self),
                       "{\n  \"scenarioVersion\": 1,\n  \"name\": \"n\",\n  \"delays\": {\n    \"a\": 2\n  }\n}\n")
    }

    func testTheDelaysOfASchedulesWhatIfsAreInTheRoadmapsOrder() throws {
        let roadmap = try shipped().roadmap
        XCTAssertEqual(Scenario.delays([5: 2, 1: -1, 3: 0], of: roadmap),
                       [.init(activity: roadmap.activities[1].id, months: -1), .init(activity: roadmap.activities[5].id, months: 2)])
    }

    /// Any bytes give a scenario or located errors, never a crash: 20,000 seeded mutations of a
    /// valid file (bytes changed, inserted, removed, the text cut short).
    func testMangledScenariosGiveLocatedErrorsNeverACrash() throws {
        let valid = Array(ScenarioJSON.bytes(Scenario(name: "Cloud « slips »", roadmap: "r.json",
                                                      delays: [.init(activity: "cloud", months: 3), .init(activity: "propose", months: -2)], note: "n")))
        let alphabet = Array("{}[]\",:0123456789-+.eE \n\\tnulrfasx\u{00E9}".utf8)
        var random = SplitMix64(seed: 11)
        var validCount = 0
        for _ in 0..<20_000 {
            var bytes = valid
            for _ in 0..<random.int(in: 1...4) {
                let at = random.next(below: bytes.count + 1)
                switch random.next(below: 4) {
                case 0 where at < bytes.count: bytes[at] = alphabet[random.next(below: alphabet.count)]
                case 1: bytes.insert(alphabet[random.next(below: alphabet.count)], at: at)
                case 2 where at < bytes.count: bytes.remove(at: at)
                default: bytes = Array(bytes.prefix(at))
                }
            }
            let read = ScenarioReading(bytes: bytes)
            if read.isValid { validCount += 1; continue }
            XCTAssertFalse(read.findings.isEmpty)
            for finding in read.findings {
                XCTAssertNotNil(finding.line, "\(finding) in \(String(decoding: bytes, as: UTF8.self))")
                XCTAssertNotNil(finding.column)
            }
        }
        XCTAssertGreaterThan(validCount, 0, "some mutations leave a valid scenario")
    }

    /// schema/scenario.schema.json is a valid draft 2020-12 schema, and the valid fixtures and
    /// a scenario the writer made conform to it (scripts/check_schema.py, as SchemaTests).
    func testTheScenarioSchemaAcceptsTheFixturesAndTheWritersOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-schema-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = folder.appendingPathComponent("written.scenario.json")
        try Data(ScenarioJSON.bytes(Scenario(name: "w", roadmap: "roadmap.json", delays: [.init(activity: "a", months: -3)], note: "n"))).write(to: written)
        let valid = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios.appendingPathComponent("valid").path).sorted()
        XCTAssertFalse(valid.isEmpty)
        let files = valid.map { Self.scenarios.appendingPathComponent("valid/" + $0).path } + [written.path]
        let (status, text) = try runCheckSchema(["--schema", "schema/scenario.schema.json"] + files)
        XCTAssertEqual(status, 0, "scripts/check_schema.py failed:\n" + text)
        XCTAssertTrue(text.contains("schema/scenario.schema.json: a valid draft 2020-12 schema"), text)
        // The schema refuses what the reader refuses: an unknown key, a version, a bound.
        let bad = folder.appendingPathComponent("bad.json")
        try Data("{\"scenarioVersion\": 2, \"name\": \"n\", \"delays\": {\"a\": 1201}, \"delay\": {}}".utf8).write(to: bad)
        let (badStatus, badText) = try runCheckSchema(["--schema", "schema/scenario.schema.json", bad.path])
        XCTAssertEqual(badStatus, 1, badText)
        XCTAssertTrue(badText.contains("(and 2 more)"), badText)
    }

    private func runCheckSchema(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check_schema.py"] + arguments
        process.currentDirectoryURL = RuleFixtures.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
