import Foundation
import XCTest

/// The JSON Schema (schema/roadmap.schema.json) is a valid draft 2020-12 schema, and the
/// shipped roadmap and every valid fixture conform to it. The check is scripts/check_schema.py
/// (Python 3 with the jsonschema package, which the CI script installs); this test runs it from
/// the package root and fails — it does not skip — when it fails or cannot run.
final class SchemaTests: XCTestCase {
    func testShippedRoadmapAndValidFixturesConformToTheSchema() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check_schema.py"]
        process.currentDirectoryURL = RuleFixtures.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            XCTFail("cannot run python3 scripts/check_schema.py: \(error)")
            return
        }
        // Read before waiting, so that a full pipe cannot block the script.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "scripts/check_schema.py was killed:\n" + text)
        XCTAssertEqual(process.terminationStatus, 0, "scripts/check_schema.py failed:\n" + text)
        XCTAssertTrue(text.contains("schema/roadmap.schema.json"), "unexpected output:\n" + text)
    }
}
