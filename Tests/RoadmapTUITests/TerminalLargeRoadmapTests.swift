import Foundation
import XCTest

/// A 100,000-activity roadmap (from `roadmap generate`) in a real terminal: the first screen
/// comes, and every key does what it says. How fast is not asserted here: a debug build on a
/// busy two-core machine proves nothing about speed, and a bound would only make the test
/// flaky. Speed is `roadmap bench`'s (release build, docs/performance.md). The waits are
/// generous limits for a program that hangs, never measures.
final class TerminalLargeRoadmapTests: TerminalTestCase {
    /// How long a screen may take to come before the test calls the program stuck.
    private static let patience: TimeInterval = 60

    func testAHundredThousandActivitiesOpenAndStayResponsive() throws {
        let big = folder.appendingPathComponent("big.json")
        let help = try runRoadmap(["--help"])
        XCTAssertTrue(help.stdoutText.contains("generate"), "roadmap --help lists no generate subcommand:\n\(help.stdoutText)")
        let generated = try runRoadmap(["generate", "--activities", "100000", "--output", big.path], timeout: 60)
        XCTAssertEqual(generated.status, 0, generated.stderrText)

        let wrapped = try openWrapped([big.path], timeout: Self.patience)
        let session = wrapped.session
        var screen = try session.screen()
        XCTAssertTrue(screen.contains("100000 of 100000 activities") || screen.contains("100,000 of 100,000 activities"),
                      framed(screen))

        func status(_ screen: String) -> String { TerminalTests.row(28, screen) }
        /// Sends the keys and waits for the screen they should bring.
        func press(_ what: String, _ keys: String..., until condition: @escaping (String) -> Bool) throws -> String {
            try session.send(contentsOf: keys)
            return try session.waitForScreen(what, timeout: Self.patience, where: condition)
        }

        let first = status(screen)
        XCTAssertTrue(first.hasPrefix("▶ "), first)
        screen = try press("j", "j") { status($0) != first && status($0).hasPrefix("▶ ") }
        let second = status(screen)
        screen = try press("G", "G") { status($0) != second && status($0).hasPrefix("▶ ") }
        XCTAssertNotNil(status(screen).firstMatch(of: /\d+\/\d+$/))
        let bottom = status(screen)
        screen = try press("g", "g") { status($0) != bottom }
        screen = try press("PageDown", "PageDown") { status($0) != first && status($0).hasPrefix("▶ ") }

        // The search filters as it is typed; each key answers.
        screen = try press("/", "/") { status($0).hasPrefix("Search: ") }
        let name = "(99999)"
        for (k, character) in name.enumerated() {
            let typed = String(name.prefix(k + 1))
            let previous = screen
            screen = try press("typing “\(typed)”", "-l", String(character)) {
                $0 != previous && status($0).hasPrefix("Search: \(typed)")
            }
        }
        screen = try press("Enter", "Enter") { status($0).hasPrefix("▶ ") }
        XCTAssertTrue(screen.contains("search “(99999)” — 1 of 100000 activities"), framed(screen))
        XCTAssertTrue(status(screen).contains("(99999)"), status(screen))
        _ = try press("x", "x") { $0.contains("no filter — 100000 of 100000 activities") }

        // Quits: the terminal back, then the process ends with status 0.
        try session.send("q")
        try session.waitForScreen("the main screen", timeout: Self.patience) { _ in (try? session.format("#{alternate_on}")) == "0" }
        XCTAssertEqual(try wrapped.waitForExit(timeout: Self.patience), 0)
        try assertTerminalRestored(wrapped)
    }
}
