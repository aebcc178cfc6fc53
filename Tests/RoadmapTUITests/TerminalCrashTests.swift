import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The terminal after the explorer dies in ways it did not choose. A crash (SIGSEGV here, sent
/// by the test, as a bug would raise it) goes through the fatal-signal handler of
/// Sources/RoadmapTUI/Terminal/Terminal.swift: settings back, screen modes reset, then death by
/// the same signal. SIGKILL cannot be caught by any program: the terminal stays as the explorer
/// had it, and the recovery docs/guide.md gives ("When the terminal is left in a bad state":
/// type `reset; tput rmcup`, then Ctrl-J) brings it back.
final class TerminalCrashTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }

    /// No core file for the crash the test causes: the programs in the panes inherit the limit
    /// from the tmux server, which inherits it from this process.
    override func setUpWithError() throws {
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit) == 0 {
            limit.rlim_cur = 0
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit)
        }
        try super.setUpWithError()
    }

    func testACrashRestoresTheTerminalAndDiesOfTheSignal() throws {
        let wrapped = try openWrapped([minimal])
        XCTAssertEqual(try wrapped.session.format("#{alternate_on}"), "1")
        XCTAssertEqual(try wrapped.session.format("#{mouse_sgr_flag}"), "1", "the explorer asks for mouse reports")
        let pid = try wrapped.session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGSEGV), 0)
        // The shell sees a death by SIGSEGV (128 + 11), as without the handler.
        XCTAssertEqual(try wrapped.waitForExit(), 128 + Int(SIGSEGV))
        // The settings as they were (but for the size), the main screen back with the shell's
        // words on it (after the handler's new line and the shell's "Segmentation fault").
        let screen = try wrapped.session.waitForScreen(containing: "roadmap exited with status 139")
        func withoutSize(_ text: String) -> String { text.replacing(/rows \d+; columns \d+;/, with: "") }
        let settings = try String(contentsOf: wrapped.sttyAfter, encoding: .utf8)
        XCTAssertEqual(withoutSize(settings), withoutSize(try String(contentsOf: wrapped.sttyBefore, encoding: .utf8)),
                       "the terminal settings are back as they were")
        XCTAssertEqual(try wrapped.session.format("#{alternate_on}"), "0", "back on the main screen")
        XCTAssertFalse(screen.contains("qQuit"), "the explorer's screen is gone:\n\(framed(screen))")
        XCTAssertEqual(try wrapped.session.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}"), "0000",
                       "mouse reports off")
        XCTAssertEqual(try wrapped.session.format("#{cursor_flag}"), "1", "the cursor shown")
    }

    func testAfterSIGKILLTheDocumentedRecoveryRestoresTheTerminal() throws {
        let before = folder.appendingPathComponent("stty-before.txt"), broken = folder.appendingPathComponent("stty-broken.txt")
        let after = folder.appendingPathComponent("stty-after.txt")
        // The explorer run from an interactive shell, as a person runs it; the shell's prompt
        // is made plain so that the screen can be read.
        let script = """
            stty -a > \(shellQuoted(before.path))
            \(([binary.path, minimal]).map(shellQuoted).joined(separator: " "))
            echo "roadmap exited with status $?"
            stty -a > \(shellQuoted(broken.path))
            PS1='$ ' exec /bin/sh -i

            """
        let session = try startScript(script)
        try waitForKeyBar(session, height: 30, timeout: 10)
        let pid = try session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        try session.waitForScreen(containing: "roadmap exited with status \(128 + Int(SIGKILL))")
        // What SIGKILL leaves: no echo, keys one at a time, Enter no longer a new line, the
        // explorer's screen still up, mouse reports on, no cursor.
        let left = try String(contentsOf: broken, encoding: .utf8)
        let flags = Set(left.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        XCTAssertTrue(flags.isSuperset(of: ["-icanon", "-echo", "-icrnl"]), "the terminal as the explorer left it:\n\(left)")
        XCTAssertEqual(try session.format("#{alternate_on}"), "1", "still on the explorer's screen")
        XCTAssertEqual(try session.format("#{mouse_sgr_flag}"), "1", "mouse reports still on")

        // The recovery, typed as the guide says: `reset; tput rmcup`, then Ctrl-J (Enter sends
        // a carriage return, which the terminal no longer turns into a new line). Nothing
        // typed shows. `reset` gives back the settings and the modes; `tput rmcup` the main
        // screen, which some terminals (tmux among them) keep off after a reset.
        try session.type("reset; tput rmcup")
        try session.send("C-j")
        try session.waitForScreen("the main screen back") { _ in (try? session.format("#{alternate_on}")) == "0" }
        XCTAssertEqual(try session.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}"), "0000",
                       "mouse reports off")
        // Enter works again: the settings are checked with a command typed as usual.
        try session.type("stty -a > \(shellQuoted(after.path)); echo recovered")
        try session.send("Enter")
        try session.waitForScreen("the shell's answer") { $0.components(separatedBy: "\n").contains("recovered") }
        let settings = try String(contentsOf: after, encoding: .utf8)
        let restored = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost", "onlcr"] {
            XCTAssertTrue(restored.contains(flag), "after reset the terminal lacks \(flag):\n\(settings)")
        }
        XCTAssertEqual(try session.format("#{cursor_flag}"), "1", "the cursor shown")
    }
}
