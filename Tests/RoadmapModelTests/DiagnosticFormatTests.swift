import Foundation
import XCTest
@testable import RoadmapModel

/// Findings print the way compilers print theirs, `file:line:column: error: path (id "x"):
/// message`, so that editors and terminals can jump to the place.
final class DiagnosticFormatTests: XCTestCase {
    func testFindingWithALocationPathAndID() {
        let result = RuleFixtures.load(rule: "unknown-area")
        XCTAssertEqual(result.diagnostics.map { $0.formatted(file: "unknown-area.json") }, [
            "unknown-area.json:31:5: error: activities[1].area (id \"socialize\"): unknown area of interest \"finance\" (known: governance, enablement)",
        ])
    }

    /// An id is the file's text, printed in the message: a bidirectional override in it (which
    /// reorders what a reader sees) or a control character is shown as a placeholder (found by
    /// the roadmap-json fuzz target's record run, fuzz/targets/roadmap-json/regressions/id-with-a-bidirectional-override.json).
    func testAnIDIsPrintedSanitized() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #"{"id": "cloud-team", "name": {"fr": "Équipe de l’infonuagique", "en": "Cloud Task Team"}, "role": "Br", "#,
                                          with: #"{"id": "clou\u202Ed-team\u001B", "name": {"fr": "Équipe de l’infonuagique", "en": "Cloud Task Team"}, "#)
        let result = RoadmapLoader.load(bytes: bytes)
        let printed = result.errors.map { $0.formatted(file: "r.json") }
        XCTAssertTrue(printed.contains { $0.contains("(id \"clou\u{FFFD}d-team\u{241B}\"): missing required field \"role\"") }, "\(printed)")
        for line in printed {
            XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }, line.debugDescription)
        }
    }

    func testSyntaxErrorHasNoPath() {
        let result = RuleFixtures.load(rule: "trailing-comma")
        XCTAssertEqual(result.diagnostics.map { $0.formatted(file: "roadmap.json") }, [
            "roadmap.json:32:306: error: syntax error: trailing comma before ']'",
        ])
    }

    func testWarningSaysWarning() {
        let result = RuleFixtures.load(rule: "warning-duplicate-dependency")
        XCTAssertEqual(result.diagnostics.map { $0.formatted(file: "r.json") }, [
            "r.json:36:5: warning: dependencies[1] (id \"propose → socialize\"): the same two activities are already linked by dependencies[0]",
        ])
    }

    func testEachPartAppearsOnlyWhenKnown() {
        XCTAssertEqual(Diagnostic(.error, at: .element("activities", 3, "finish"), objectID: "x", "m", line: 7, column: 2).formatted(file: "f.json"),
                       "f.json:7:2: error: activities[3].finish (id \"x\"): m")
        XCTAssertEqual(Diagnostic(.error, at: .element("activities", 3, "finish"), objectID: "x", "m").formatted(file: "f.json"),
                       "f.json: error: activities[3].finish (id \"x\"): m")
        XCTAssertEqual(Diagnostic(.error, at: .named("areas"), "m", line: 4).formatted(file: "f.json"),
                       "f.json:4: error: areas: m")
        XCTAssertEqual(Diagnostic(.warning, at: .document, objectID: "x", "m", line: 1, column: 1).formatted(file: "f.json"),
                       "f.json:1:1: warning: id \"x\": m")
        XCTAssertEqual(Diagnostic(.error, at: .document, "cannot open the file").formatted(file: "f.json"),
                       "f.json: error: cannot open the file")
    }

    func testFileThatCannotBeOpenedPrintsWithoutALocation() {
        let result = RoadmapLoader.load(path: "/nonexistent/roadmap.json")
        XCTAssertEqual(result.diagnostics.map { $0.formatted(file: "/nonexistent/roadmap.json") }, [
            "/nonexistent/roadmap.json: error: cannot open the file: " + String(cString: strerror(ENOENT)),
        ])
    }
}
