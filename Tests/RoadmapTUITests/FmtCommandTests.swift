import Foundation
import XCTest
@testable import RoadmapTUI

/// `roadmap fmt`, run as a user runs it: the built binary.
final class FmtCommandTests: XCTestCase {
    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: FmtCommandTests.self)) }
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var shipped: URL { root.appendingPathComponent("roadmap.json") }
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-fmt-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func json(_ data: Data) throws -> NSDictionary {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    /// Nothing lost: the canonical form of the shipped roadmap is the same JSON, key for key.
    func testTheShippedRoadmapsCanonicalFormIsTheSameJSONKeyForKey() throws {
        let run = try ProcessRunner.run(try binary(), ["fmt", shipped.path])
        XCTAssertEqual(run.status, 0, run.stderrText)
        XCTAssertEqual(try json(run.stdout), try json(try Data(contentsOf: shipped)))
        XCTAssertTrue(run.stdoutText.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"meta\": {\n    \"title\": {\n      \"fr\": "), String(run.stdoutText.prefix(200)))
        XCTAssertTrue(run.stdoutText.hasSuffix("\n}\n"))
    }

    func testFmtIsIdempotentAndCheckPassesAfterWrite() throws {
        let copy = folder.appendingPathComponent("roadmap.json")
        try FileManager.default.copyItem(at: shipped, to: copy)
        let once = try ProcessRunner.run(try binary(), ["fmt", copy.path])
        XCTAssertEqual(once.status, 0, once.stderrText)
        let write = try ProcessRunner.run(try binary(), ["fmt", "--write", copy.path])
        XCTAssertEqual(write.status, 0, write.stderrText)
        XCTAssertEqual(try Data(contentsOf: copy), once.stdout, "--write writes what fmt prints")
        let twice = try ProcessRunner.run(try binary(), ["fmt", copy.path])
        XCTAssertEqual(twice.stdout, once.stdout, "fmt of the canonical form is itself")
        let check = try ProcessRunner.run(try binary(), ["fmt", "--check", copy.path])
        XCTAssertEqual(check.status, 0, check.stderrText)
        let again = try ProcessRunner.run(try binary(), ["fmt", "--write", copy.path])
        XCTAssertTrue(again.stdoutText.contains("in canonical form already"), again.stdoutText)
    }

    /// The shipped roadmap is kept in canonical form (scripts/test checks it too), so that
    /// every rewrite of it — a progress update, an import — changes only what changed.
    func testTheShippedRoadmapIsCanonical() throws {
        let check = try ProcessRunner.run(try binary(), ["fmt", "--check", shipped.path])
        XCTAssertEqual(check.status, 0, check.stderrText)
    }

    func testStandardInputIsPrintedOrCheckedButNeverRewritten() throws {
        let piped = try ProcessRunner.run(try binary(), ["fmt", "-"], input: .file(shipped))
        XCTAssertEqual(piped.status, 0, piped.stderrText)
        XCTAssertEqual(piped.stdout, try Data(contentsOf: shipped), "the canonical form of the canonical shipped roadmap is itself")
        let check = try ProcessRunner.run(try binary(), ["fmt", "--check", "-"], input: .file(shipped))
        XCTAssertEqual(check.stdoutText, "standard input: in canonical form\n")
        let write = try ProcessRunner.run(try binary(), ["fmt", "--write", "-"], input: .file(shipped))
        XCTAssertEqual(write.status, 64, write.stderrText)
        XCTAssertTrue(write.stderrText.contains("standard input has no place to rewrite"), write.stderrText)
    }

    /// A file that changes between the read and the rename is not written over: the newer
    /// version stays. The change is made by the program's own writer hook, between the two.
    func testAFileChangedOnDiskSinceItWasReadIsNotWrittenOver() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fmt-newer-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.json").path
        try Data("one".utf8).write(to: URL(fileURLWithPath: path))
        let read = FileVersion.of(path)
        try Data("newer".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try OutputFile.writeAtomically(Array("mine".utf8), to: path, ifStill: read)) { error in
            XCTAssertTrue("\(error)".contains("changed on disk since it was read; nothing written"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "newer")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["r.json"], "no temporary file left")
        try OutputFile.writeAtomically(Array("mine".utf8), to: path, ifStill: FileVersion.of(path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "mine")
    }

    func testCheckNamesTheFileAndTheFirstLineThatDiffers() throws {
        let file = folder.appendingPathComponent("plan.json")
        let canonical = try ProcessRunner.run(try binary(), ["fmt", shipped.path]).stdout
        var text = String(decoding: canonical, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 1,", with: "\"schemaVersion\":   1,")
        try Data(text.utf8).write(to: file)
        let check = try ProcessRunner.run(try binary(), ["fmt", "--check", file.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderrText.hasPrefix("\(file.path):2: not in canonical form"), check.stderrText)
        // The lines as they are, indentation included.
        XCTAssertTrue(check.stderrText.contains("\n  found:      \"schemaVersion\":   1,\n  expected:   \"schemaVersion\": 1,\n"), check.stderrText)
        XCTAssertEqual(try Data(contentsOf: file), Data(text.utf8), "--check writes nothing")
    }

    func testAnInvalidRoadmapIsRefusedWithItsLocatedErrorsAndNeverWritten() throws {
        let file = folder.appendingPathComponent("bad.json")
        let bad = root.appendingPathComponent("Tests/Fixtures/invalid/finish-before-start.json")
        try FileManager.default.copyItem(at: bad, to: file)
        let before = try Data(contentsOf: file)
        for arguments in [["fmt", file.path], ["fmt", "--write", file.path], ["fmt", "--check", file.path]] {
            let run = try ProcessRunner.run(try binary(), arguments)
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(run.stdoutText.isEmpty, run.stdoutText)
            XCTAssertNotNil(run.stderrText.range(of: #"bad\.json:\d+:\d+: error: "#, options: .regularExpression), run.stderrText)
            XCTAssertTrue(run.stderrText.contains("is not a valid roadmap (1 error); nothing written"), run.stderrText)
        }
        XCTAssertEqual(try Data(contentsOf: file), before)
    }

    func testAFileWithAnUnknownFieldIsRefusedRatherThanLosingIt() throws {
        let file = folder.appendingPathComponent("plan.json")
        var text = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/minimal.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: #""lag": 0, "#, with: #""lag": 0, "strenght": "weak", "#)
        try Data(text.utf8).write(to: file)
        let run = try ProcessRunner.run(try binary(), ["fmt", "--write", file.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderrText.contains("warning: dependencies[0].strenght"), run.stderrText)
        XCTAssertTrue(run.stderrText.contains("has fields the format does not know"), run.stderrText)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)
    }
}
