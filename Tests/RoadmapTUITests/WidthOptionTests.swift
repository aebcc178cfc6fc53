import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapViews

/// Every `--width` follows one rule (ExportWidth: 20 to 1000 columns) with the same message.
/// `roadmap --width 100000000 | cat` used to try to allocate 25 GB and abort: only `export`
/// bounded its width.
final class WidthOptionTests: XCTestCase {
    func testEveryCommandThatTakesAWidthRefusesOneOutsideTheRule() {
        for arguments in [["--width", "19"], ["--width", "100000000"], ["--width", "0"], ["--width=-5"]] {
            for (name, parse) in [("export", { try ExportCommand.parse($0) as Any }), ("explore", { try ExploreCommand.parse($0) as Any })] as [(String, ([String]) throws -> Any)] {
                XCTAssertThrowsError(try parse(arguments), "\(name) \(arguments)") { error in
                    let message = name == "export" ? ExportCommand.message(for: error) : ExploreCommand.message(for: error)
                    XCTAssertTrue(message.contains("--width must be between 20 and 1000 columns"), "\(name): \(message)")
                }
            }
        }
        for width in ["20", "100", "1000"] {
            XCTAssertNoThrow(try ExportCommand.parse(["--width", width]))
            XCTAssertNoThrow(try ExploreCommand.parse(["--width", width]))
        }
    }

    func testAHugeWidthIntoAPipeIsRefusedAtOnce() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: WidthOptionTests.self))
        let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        // Standard output is a file here, not a terminal: the pipe path.
        let output = try ProcessRunner.run(binary, [minimal, "--width", "100000000"], timeout: 20)
        XCTAssertNotEqual(output.status, 0)
        XCTAssertTrue(output.stderrText.contains("--width must be between 20 and 1000 columns (got 100000000)"), output.stderrText)
        XCTAssertTrue(output.stdout.isEmpty)
        let fine = try ProcessRunner.run(binary, [minimal, "--width", "60", "--lang", "en"], timeout: 20)
        XCTAssertEqual(fine.status, 0, fine.stderrText)
        XCTAssertTrue(fine.stdoutText.hasPrefix("Test roadmap — Roadmap"), fine.stdoutText)
    }
}
