import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Without a FILE argument the program reads ./roadmap.json, and only when there is none does
/// it use the roadmap compiled into it. A ./roadmap.json that is there but cannot be read is an
/// error naming it, exit 1: silently showing other data would be worse than stopping.
final class RoadmapSourceTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: RoadmapSourceTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder {
            chmod(folder.appendingPathComponent("roadmap.json").path, 0o644)
            try? FileManager.default.removeItem(at: folder)
        }
        super.tearDown()
    }

    private func run(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
    }

    private func assertRefused(_ reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let validate = try run(["validate"])
        XCTAssertEqual(validate.status, 1, validate.stdoutText, file: file, line: line)
        XCTAssertTrue(validate.stdoutText.contains("roadmap.json: error: \(reason)"), validate.stdoutText, file: file, line: line)
        XCTAssertFalse(validate.stdoutText.contains("shipped"), validate.stdoutText, file: file, line: line)
        let export = try run(["export", "--format", "json"])
        XCTAssertEqual(export.status, 1, export.stdoutText, file: file, line: line)
        XCTAssertEqual(export.stdout.count, 0, "nothing is written when the roadmap cannot be read", file: file, line: line)
        XCTAssertTrue(export.stderrText.contains("roadmap.json: error: \(reason)"), export.stderrText, file: file, line: line)
    }

    func testAFolderNamedRoadmapJSONIsAnError() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("roadmap.json"), withIntermediateDirectories: false)
        try assertRefused("is a folder, not a roadmap file")
    }

    /// A link to itself cannot be opened (ELOOP): there is something there, just not readable.
    func testALinkThatCannotBeFollowedIsAnError() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("roadmap.json").path, withDestinationPath: "roadmap.json")
        try assertRefused("cannot open the file: Too many levels of symbolic links")
    }

    /// Mode 000 stops everyone but root, who reads it anyway (the tests may run as root).
    func testAFileWithoutReadPermissionIsAnError() throws {
        let path = folder.appendingPathComponent("roadmap.json").path
        try Data(contentsOf: TerminalTestCase.minimal).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(chmod(path, 0), 0)
        if access(path, R_OK) == 0 {
            throw XCTSkip("running as root: a file of mode 000 is readable, so there is no permission error to see")
        }
        try assertRefused("cannot open the file: Permission denied")
    }

    func testOnlyAMissingFileFallsBackToTheShippedRoadmap() throws {
        let validate = try run(["validate"])
        XCTAssertEqual(validate.status, 0, validate.stdoutText + validate.stderrText)
        XCTAssertTrue(validate.stdoutText.contains("roadmap.json (shipped with the program): valid"), validate.stdoutText)
    }
}
