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

    /// Runs the program in the folder; `unprivileged` runs it as nobody (uid and gid 65534, no
    /// groups) when the tests run as root, for whom a file of mode 000 is readable anyway.
    private func run(_ arguments: [String], unprivileged: Bool = false) throws -> ProcessOutput {
        if unprivileged && getuid() == 0 {
            let setpriv = try XCTUnwrap(ProcessRunner.find("setpriv"), "setpriv (util-linux) runs the program as an unprivileged user")
            return try ProcessRunner.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary.path] + arguments,
                                         environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
        }
        return try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
    }

    /// The words the program puts after "cannot open the file: ": the C library's own for the
    /// error number (its text differs between C libraries and versions; the number does not).
    private func cannotOpen(_ error: Int32) -> String {
        "cannot open the file: " + String(cString: strerror(error))
    }

    private func assertRefused(_ reason: String, unprivileged: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let validate = try run(["validate"], unprivileged: unprivileged)
        XCTAssertEqual(validate.status, 1, validate.stdoutText, file: file, line: line)
        XCTAssertTrue(validate.stdoutText.contains("roadmap.json: error: \(reason)"), validate.stdoutText, file: file, line: line)
        XCTAssertFalse(validate.stdoutText.contains("shipped"), validate.stdoutText, file: file, line: line)
        let export = try run(["export", "--format", "json"], unprivileged: unprivileged)
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
        try assertRefused(cannotOpen(ELOOP))
    }

    /// Mode 000 stops everyone but root, who reads it anyway: as root (CI) the program runs as
    /// nobody, so that the test never depends on who runs it.
    func testAFileWithoutReadPermissionIsAnError() throws {
        let path = folder.appendingPathComponent("roadmap.json").path
        try Data(contentsOf: TerminalTestCase.minimal).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(chmod(path, 0), 0)
        try assertRefused(cannotOpen(EACCES), unprivileged: true)
    }

    func testOnlyAMissingFileFallsBackToTheShippedRoadmap() throws {
        let validate = try run(["validate"])
        XCTAssertEqual(validate.status, 0, validate.stdoutText + validate.stderrText)
        XCTAssertTrue(validate.stdoutText.contains("roadmap.json (shipped with the program): valid"), validate.stdoutText)
    }
}
