import Foundation
import XCTest
import RoadmapModel

/// The base of the tests that run the built `roadmap` in a real terminal: a private tmux
/// server per test (killed in tearDown), the binary next to the test bundle, the fixtures.
class TerminalTestCase: XCTestCase {
    private(set) var tmux: TmuxServer!
    private(set) var binary: URL!

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let minimal = repository.appendingPathComponent("Tests/Fixtures/minimal.json")
    static let shipped = repository.appendingPathComponent("roadmap.json")

    /// The folder of this test's files (exports, scripts); removed with the server.
    var folder: URL { tmux.folder }

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: TerminalTestCase.self))
        tmux = try TmuxServer()
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        super.tearDown()
    }

    /// Starts `roadmap ARGS` in a width×height pane and waits for its first full screen (the
    /// key bar at the bottom). Returns the session and how long the first screen took.
    @discardableResult
    func open(_ arguments: [String], width: Int = 120, height: Int = 30, timeout: TimeInterval = 10,
              file: StaticString = #filePath, line: UInt = #line) throws -> (session: TmuxSession, firstScreen: TimeInterval) {
        let session = try tmux.start([binary.path] + arguments, width: width, height: height, directory: folder, file: file, line: line)
        try waitForKeyBar(session, height: height, timeout: timeout, file: file, line: line)
        return (session, Date().timeIntervalSince(session.started))
    }

    /// Starts a shell script in a pane (for what must run around the program: stty, echo).
    func startScript(_ script: String, width: Int = 120, height: Int = 30,
                     file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        let url = folder.appendingPathComponent("run-\(UUID().uuidString.prefix(6)).sh")
        try script.write(to: url, atomically: true, encoding: .utf8)
        return try tmux.start(["/bin/sh", url.path], width: width, height: height, directory: folder, file: file, line: line)
    }

    /// The explorer run from a shell script in the pane, between two `stty -a`, its exit status
    /// written to a file: what the terminal is like before and after, and how the program ended
    /// without asking tmux (3.3 is sometimes late to notice that a pane's program ended).
    struct Wrapped {
        let session: TmuxSession
        let sttyBefore: URL
        let sttyAfter: URL
        let status: URL
        let firstScreen: TimeInterval

        /// The exit status, once the program has ended.
        func waitForExit(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let text = try? String(contentsOf: status, encoding: .utf8), text.hasSuffix("\n"),
                   let value = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    return value
                }
                if Date() >= deadline { break }
                usleep(50_000)
            }
            throw TerminalTestFailure("roadmap did not end within \(timeout) s; last screen:\n\(framed((try? session.screen()) ?? ""))",
                                      file: file, line: line)
        }
    }

    @discardableResult
    func openWrapped(_ arguments: [String], width: Int = 120, height: Int = 30, timeout: TimeInterval = 10,
                     file: StaticString = #filePath, line: UInt = #line) throws -> Wrapped {
        let id = UUID().uuidString.prefix(6)
        let before = folder.appendingPathComponent("stty-before-\(id).txt"), after = folder.appendingPathComponent("stty-after-\(id).txt")
        let status = folder.appendingPathComponent("status-\(id).txt")
        // The script outlives a Ctrl-C sent to the pane (its own trap; the explorer, started
        // with the default action, installs its handler).
        let script = """
            trap : INT
            stty -a > \(shellQuoted(before.path))
            \(([binary.path] + arguments).map(shellQuoted).joined(separator: " "))
            status=$?
            stty -a > \(shellQuoted(after.path))
            echo "roadmap exited with status $status"
            echo $status > \(shellQuoted(status.path))
            # Stay: when a pane's program ends right after writing, tmux (3.3) may show the pane
            # without that last output. The server is killed in tearDown.
            exec sleep 60

            """
        let session = try startScript(script, width: width, height: height, file: file, line: line)
        try waitForKeyBar(session, height: height, timeout: timeout, file: file, line: line)
        return Wrapped(session: session, sttyBefore: before, sttyAfter: after, status: status,
                       firstScreen: Date().timeIntervalSince(session.started))
    }

    func waitForKeyBar(_ session: TmuxSession, height: Int, timeout: TimeInterval, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitForScreen("the key bar", timeout: timeout, file: file, line: line) { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count >= height && (rows[height - 1].contains("Quit") || rows[height - 1].contains("Quitter"))
        }
    }

    /// After the explorer: the terminal settings as they were (cooked mode, echo), the main
    /// screen back with the shell's output on it.
    func assertTerminalRestored(_ wrapped: Wrapped, file: StaticString = #filePath, line: UInt = #line) throws {
        let session = wrapped.session
        let screen = try session.waitForScreen(containing: "roadmap exited with status", file: file, line: line)
        let settings = try String(contentsOf: wrapped.sttyAfter, encoding: .utf8)
        let flags = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost", "onlcr"] {
            XCTAssertTrue(flags.contains(flag), "after the explorer the terminal lacks \(flag) (cooked mode):\n\(settings)", file: file, line: line)
        }
        // The same settings as before, but for the size (the resize test changes it).
        func withoutSize(_ text: String) -> String { text.replacing(/rows \d+; columns \d+;/, with: "") }
        XCTAssertEqual(withoutSize(settings), withoutSize(try String(contentsOf: wrapped.sttyBefore, encoding: .utf8)),
                       "the terminal settings are back as they were", file: file, line: line)
        XCTAssertEqual(try session.format("#{alternate_on}"), "0", "back on the main screen", file: file, line: line)
        XCTAssertFalse(screen.contains("qQuit"), "the explorer's screen is gone:\n\(framed(screen))", file: file, line: line)
        // The shell's output at the top of the main screen (after its word on a signal).
        XCTAssertTrue(screen.components(separatedBy: "\n").prefix(2).contains { $0.hasPrefix("roadmap exited with status") },
                      "the shell's output at the top of the main screen:\n\(framed(screen))", file: file, line: line)
    }

    /// Runs `roadmap ARGS` to its end, outside the terminal.
    func runRoadmap(_ arguments: [String], timeout: TimeInterval = 30) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: ["PATH": TmuxServer.searchPath, "LANG": "C.UTF-8", "HOME": tmux.home.path],
                              currentDirectory: folder, timeout: timeout)
    }

    func loadRoadmap(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws -> ValidatedRoadmap {
        let result = RoadmapLoader.load(path: url.path)
        return try XCTUnwrap(result.validated, "\(url.path) does not load: \(result.diagnostics)", file: file, line: line)
    }
}
