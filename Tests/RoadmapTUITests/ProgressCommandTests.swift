import Foundation
import XCTest
@testable import RoadmapTUI

/// `roadmap progress`, run as a user runs it (the built binary) on a copy of
/// Tests/Fixtures/valid/progress.json under git: what it writes, that a `git diff` of one
/// update touches only the activity's lines, and every refusal — exit status not 0, a clear
/// message, the file unchanged.
final class ProgressCommandTests: XCTestCase {
    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: ProgressCommandTests.self)) }
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var folder: URL!
    private var file: URL { folder.appendingPathComponent("plan.json") }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-progress-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/valid/progress.json"), to: file)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try? FileManager.default.removeItem(at: folder)
    }

    private func progress(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(try binary(), ["progress", file.path] + arguments)
    }

    private func git(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/git"), ["-C", folder.path, "-c", "user.email=t@example.org", "-c", "user.name=t"] + arguments)
    }

    func testAnUpdateTouchesOnlyTheActivitysLines() throws {
        guard FileManager.default.fileExists(atPath: "/usr/bin/git") else { throw XCTSkip("git is not installed") }
        _ = try git(["init", "-q"])
        _ = try git(["add", "plan.json"])
        _ = try git(["commit", "-qm", "before"])
        let run = try progress(["cloud", "65"])
        XCTAssertEqual(run.status, 0, run.stderrText)
        XCTAssertTrue(run.stdoutText.contains("cloud (Cloud): 40 % → 65 %"), run.stdoutText)
        XCTAssertTrue(run.stdoutText.contains("forecast finish"), run.stdoutText)
        let diff = try git(["diff", "-U0", "plan.json"]).stdoutText
        let changed = diff.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        // The percentage, and the time of entry; the actual start the file had stays.
        XCTAssertEqual(changed.count, 4, diff)
        XCTAssertTrue(changed.contains("-      \"percentComplete\": 40,") && changed.contains("+      \"percentComplete\": 65,"), diff)
        XCTAssertTrue(changed.contains { $0.hasPrefix("+      \"enteredAt\": \"") }, diff)
        // Every changed line is inside cloud's object.
        let text = try String(contentsOf: file, encoding: .utf8)
        let cloud = try XCTUnwrap(text.range(of: "\"id\": \"cloud\""))
        let next = text.range(of: "\"dependencies\"")!
        let hunks = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        for hunk in hunks {
            let line = Int(hunk.split(separator: " ")[2].dropFirst().split(separator: ",")[0])!
            let offset = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
            XCTAssertGreaterThan(offset, text.utf8.distance(from: text.startIndex, to: cloud.lowerBound), String(hunk))
            XCTAssertLessThan(offset, text.utf8.distance(from: text.startIndex, to: next.lowerBound), String(hunk))
        }
        // Marked entered by a person, with a time that reads as one; never as the seed's.
        let roadmap = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        let activity = (roadmap["activities"] as! [[String: Any]]).first { $0["id"] as? String == "cloud" }!
        XCTAssertEqual(activity["enteredFields"] as? [String], ["percentComplete", "actualStart"])
        XCTAssertNotNil((activity["enteredAt"] as? String).flatMap { $0.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) })
        let check = try ProcessRunner.run(try binary(), ["fmt", "--check", file.path])
        XCTAssertEqual(check.status, 0, "the file stays in canonical form: " + check.stderrText)
    }

    func testWhatIsFilledInIsSaidAndTheStatusDateMoves() throws {
        let started = try progress(["socialize", "30", "--status-date", "2017-09"])
        XCTAssertEqual(started.status, 0, started.stderrText)
        XCTAssertTrue(started.stdoutText.contains("status date 2017-09"), started.stdoutText)
        XCTAssertTrue(started.stdoutText.contains("socialize (Socialize the strategy): 0 % → 30 %, started 2017-04; actual start taken as 2017-04, the planned start"),
                      started.stdoutText)
        let finished = try progress(["socialize", "100"])
        XCTAssertEqual(finished.status, 0, finished.stderrText)
        XCTAssertTrue(finished.stdoutText.contains("actual finish taken as 2017-09, the planned finish"), finished.stdoutText)
        let status = try progress(["--status-date", "2017-10"])
        XCTAssertEqual(status.status, 0, status.stderrText)
        XCTAssertTrue(status.stdoutText.contains("status date 2017-10"))
    }

    /// The bad inputs of the issue: each a clear message, a non-zero exit, the file unchanged.
    func testBadInputLeavesTheFileUnchanged() throws {
        let before = try Data(contentsOf: file)
        for (arguments, said) in [
            (["clod", "50"], "no activity \"clod\" in \(file.path); the nearest ids: cloud"),
            (["cloud", "-5"], "PERCENT -5 is out of range: a percentage is a whole number from 0 to 100"),
            (["cloud", "150"], "PERCENT 150 is out of range"),
            (["cloud", "abc"], "PERCENT \"abc\" is not a number"),
            (["cloud", "50.5"], "decimals are not allowed"),
            (["cloud"], "PERCENT is missing"),
            (["cloud", "40", "--actual-start", "2016-13"], "--actual-start \"2016-13\" is not a month"),
            (["--status-date", "17-03"], "--status-date \"17-03\" is not a month"),
            (["socialize", "30", "--actual-start", "2017-08"], "actually started 2017-08, after the status date (2017-06)"),
            (["--status-date", "2017-01"], "after the status date (2017-01)"),
            ([], "say what to record"),
        ] {
            let run = try progress(arguments)
            XCTAssertNotEqual(run.status, 0, "\(arguments)")
            XCTAssertTrue(run.stderrText.contains(said), "\(arguments): \(run.stderrText)")
            XCTAssertEqual(try Data(contentsOf: file), before, "\(arguments) changed the file")
        }
    }

    func testAReadOnlyFileIsRefused() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let before = try Data(contentsOf: file)
        let run = try progress(["cloud", "50"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderrText.contains("is read-only; nothing written"), run.stderrText)
        XCTAssertEqual(try Data(contentsOf: file), before)
    }

    /// A file not in canonical form: said, with the first line that differs, and rewritten
    /// only with --reformat.
    func testANonCanonicalFileIsRewrittenOnlyWithLeave() throws {
        let minified = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\n      \"percentComplete\": 40,", with: " \"percentComplete\": 40,")
        try minified.write(to: file, atomically: true, encoding: .utf8)
        let refused = try progress(["cloud", "50"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderrText.contains("not in canonical form, so writing the progress would rewrite the whole file"), refused.stderrText)
        XCTAssertTrue(refused.stderrText.contains("--reformat"), refused.stderrText)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), minified)
        let allowed = try progress(["cloud", "50", "--reformat"])
        XCTAssertEqual(allowed.status, 0, allowed.stderrText)
        XCTAssertEqual(try ProcessRunner.run(try binary(), ["fmt", "--check", file.path]).status, 0)
    }

    /// What cannot be updated: standard input, an imported plan, a file without a status date.
    func testWhatCannotBeUpdated() throws {
        let stdin = try ProcessRunner.run(try binary(), ["progress", "-", "cloud", "50"], input: .file(file))
        XCTAssertNotEqual(stdin.status, 0)
        XCTAssertTrue(stdin.stderrText.contains("standard input has no file to update"), stdin.stderrText)
        let xml = root.appendingPathComponent("Tests/Fixtures/msproject/progress.xml")
        let copy = folder.appendingPathComponent("plan.xml")
        try FileManager.default.copyItem(at: xml, to: copy)
        let imported = try ProcessRunner.run(try binary(), ["progress", copy.path, "task-3", "50"])
        XCTAssertEqual(imported.status, 1)
        XCTAssertTrue(imported.stderrText.contains("is an MS Project XML plan, not a roadmap file"), imported.stderrText)
        let minimal = folder.appendingPathComponent("minimal.json")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/minimal.json"), to: minimal)
        _ = try ProcessRunner.run(try binary(), ["fmt", "--write", minimal.path])
        let noDate = try ProcessRunner.run(try binary(), ["progress", minimal.path, "cloud", "50"])
        XCTAssertEqual(noDate.status, 1)
        XCTAssertTrue(noDate.stderrText.contains("has no status date: progress is reported as of one; give --status-date YYYY-MM"), noDate.stderrText)
        let withDate = try ProcessRunner.run(try binary(), ["progress", minimal.path, "cloud", "50", "--status-date", "2017-03"])
        XCTAssertEqual(withDate.status, 0, withDate.stderrText)
    }
}
