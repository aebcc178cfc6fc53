import Foundation
import XCTest

/// `ROADMAP_TIMING=FILE`: what the end-to-end benchmark reads (scripts/bench-e2e.py).
final class TimingLogTests: TerminalTestCase {
    func testTheExplorerWritesItsStepsAndEachKey() throws {
        let log = folder.appendingPathComponent("timing.txt")
        let session = try tmux.start(["/usr/bin/env", "ROADMAP_TIMING=\(log.path)", binary.path, Self.minimal.path])
        try waitForKeyBar(session, height: 30, timeout: 10)
        let before = try session.screen()
        try session.send("j")
        _ = try session.waitForChange(from: before)
        var lines: [String] = []
        let deadline = Date().addingTimeInterval(5)
        repeat {
            lines = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if lines.contains(where: { $0.hasPrefix("key j ") }) { break }
            usleep(20_000)
        } while Date() < deadline
        let steps = lines.filter { $0.hasPrefix("step ") }.map { $0.split(separator: " ")[1] }
        XCTAssertEqual(steps, ["loaded", "scheduled", "first-screen"], lines.joined(separator: "\n"))
        let key = try XCTUnwrap(lines.first { $0.hasPrefix("key j ") }, lines.joined(separator: "\n"))
        let milliseconds = try XCTUnwrap(Double(key.split(separator: " ")[2]))
        XCTAssertGreaterThanOrEqual(milliseconds, 0)
        let opened = try XCTUnwrap(lines.first { $0.hasPrefix("step first-screen ") }.flatMap { Double($0.split(separator: " ")[2]) })
        XCTAssertGreaterThan(opened, 0)
    }
}
