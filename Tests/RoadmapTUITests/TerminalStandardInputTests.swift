import Foundation
import XCTest

/// The explorer on data from a pipe: the roadmap comes from standard input, the keys from the
/// terminal (/dev/tty), as `less` does; and the terminal is left as it was.
final class TerminalStandardInputTests: TerminalTestCase {
    func testThePipedRoadmapIsExploredWithKeysFromTheTerminal() throws {
        let status = folder.appendingPathComponent("status.txt")
        let script = """
            cat \(shellQuoted(Self.minimal.path)) | \(shellQuoted(binary.path)) --lang en
            echo $? > \(shellQuoted(status.path))
            exec sleep 60

            """
        let session = try startScript(script, width: 100, height: 24)
        try waitForKeyBar(session, height: 24, timeout: 10)
        let screen = try session.screen()
        XCTAssertTrue(screen.contains("Test roadmap"), "the piped roadmap, not the shipped one:\n\(framed(screen))")
        XCTAssertFalse(screen.contains("Pan-Canadian"), framed(screen))
        // A key read from the terminal acts: the teams page.
        try session.send("2")
        try session.waitForScreen(containing: "Cloud")
        try session.send("q")
        let deadline = Date().addingTimeInterval(10)
        var text = ""
        while Date() < deadline {
            text = (try? String(contentsOf: status, encoding: .utf8)) ?? ""
            if text.hasSuffix("\n") { break }
            usleep(50_000)
        }
        XCTAssertEqual(text, "0\n", "the explorer ended with status 0 on q")
    }
}
