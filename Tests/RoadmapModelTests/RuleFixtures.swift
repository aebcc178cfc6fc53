import Foundation
import XCTest
@testable import RoadmapModel

/// Where the fixtures of the file-format rules live, found from this source file so that the
/// tests need no bundle resources: `Tests/Fixtures/invalid/<rule>.json` holds minimal.json with
/// one defect, `Tests/Fixtures/valid/` holds roadmaps that must load without a finding.
enum RuleFixtures {
    /// `Tests/`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The package root, where `roadmap.json`, `schema/` and `scripts/` are.
    static let packageRoot = testsFolder.deletingLastPathComponent()
    static let invalidFolder = testsFolder.appendingPathComponent("Fixtures/invalid")
    static let validFolder = testsFolder.appendingPathComponent("Fixtures/valid")
    static let minimal = testsFolder.appendingPathComponent("Fixtures/minimal.json")

    static func invalid(_ rule: String) -> URL { invalidFolder.appendingPathComponent(rule + ".json") }
    static func valid(_ name: String) -> URL { validFolder.appendingPathComponent(name + ".json") }

    /// Loads `Tests/Fixtures/invalid/<rule>.json` the way the program does, from its path.
    static func load(rule: String) -> LoadResult { RoadmapLoader.load(path: invalid(rule).path) }
    static func load(valid name: String) -> LoadResult { RoadmapLoader.load(path: valid(name).path) }

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    /// The text of a fixture with one piece replaced, for variants too close to an existing
    /// fixture to deserve a file of their own. Fails the test when `old` is not there once.
    static func text(_ url: URL, replacing old: String, with new: String,
                     file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count - 1, 1, "\"\(old)\" should occur once in \(url.lastPathComponent)", file: file, line: line)
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }
}

/// Asserts that loading found exactly one problem and that it is the expected one: its severity,
/// its exact path, the id of the object it belongs to (nil where the object has none), a
/// meaningful part of its message and, when given, its line and column. An error leaves no
/// roadmap; a warning alone leaves the roadmap usable.
func assertSoleFinding(
    _ result: LoadResult, _ severity: Diagnostic.Severity, path: String, id: String?, message: String,
    at location: (line: Int, column: Int?)? = nil, file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(result.diagnostics.count, 1, "expected one finding, got:\n" + findingsList(result), file: file, line: line)
    guard let finding = result.diagnostics.first else { return }
    assertFinding(finding, severity, path: path, id: id, message: message, at: location, file: file, line: line)
    switch severity {
    case .error: XCTAssertNil(result.roadmap, "a file with an error must give no roadmap", file: file, line: line)
    case .warning: XCTAssertNotNil(result.roadmap, "a file with only warnings must still give its roadmap", file: file, line: line)
    }
}

func assertFinding(
    _ finding: Diagnostic, _ severity: Diagnostic.Severity, path: String, id: String?, message: String,
    at location: (line: Int, column: Int?)? = nil, file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(finding.severity, severity, "severity of \(finding)", file: file, line: line)
    XCTAssertEqual(finding.path, path, "path of \(finding)", file: file, line: line)
    XCTAssertEqual(finding.objectID, id, "object id of \(finding)", file: file, line: line)
    XCTAssertTrue(finding.message.contains(message), "\"\(finding.message)\" should contain \"\(message)\"", file: file, line: line)
    if let location {
        XCTAssertEqual(finding.line, location.line, "line of \(finding)", file: file, line: line)
        if let column = location.column {
            XCTAssertEqual(finding.column, column, "column of \(finding)", file: file, line: line)
        }
    }
}

func findingsList(_ result: LoadResult) -> String {
    result.diagnostics.isEmpty ? "  (none)" : result.diagnostics.map { "  " + $0.formatted(file: "fixture") }.joined(separator: "\n")
}
