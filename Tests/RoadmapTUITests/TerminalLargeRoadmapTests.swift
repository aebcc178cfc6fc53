import Foundation
import XCTest

/// A 100,000-activity roadmap (from `roadmap generate`) in a real terminal: the first screen
/// comes quickly and the keys stay responsive. The times are printed for the record; the bounds
/// asserted are generous (10 s for the first screen, 2 s for a key), as the tests run on debug
/// builds and busy machines.
final class TerminalLargeRoadmapTests: TerminalTestCase {
    func testAHundredThousandActivitiesOpenAndStayResponsive() throws {
        let big = folder.appendingPathComponent("big.json")
        let help = try runRoadmap(["--help"])
        XCTAssertTrue(help.stdoutText.contains("generate"), "roadmap --help lists no generate subcommand:\n\(help.stdoutText)")
        let generated = try runRoadmap(["generate", "--activities", "100000", "--output", big.path], timeout: 60)
        XCTAssertEqual(generated.status, 0, generated.stderrText)

        let wrapped = try openWrapped([big.path], timeout: 10)
        let (session, firstScreen) = (wrapped.session, wrapped.firstScreen)
        print("first screen, 100,000 activities: \(Int(firstScreen * 1000)) ms")
        var screen = try session.screen()
        XCTAssertTrue(screen.contains("100000 of 100000 activities") || screen.contains("100,000 of 100,000 activities"),
                      framed(screen))
        XCTAssertLessThan(firstScreen, 10, "the first screen of a 100,000-activity roadmap took \(firstScreen) s")

        func status(_ screen: String) -> String { TerminalTests.row(28, screen) }
        func timed(_ what: String, _ keys: String..., bound: TimeInterval = 2, until condition: @escaping (String) -> Bool) throws -> String {
            let start = Date()
            try session.send(contentsOf: keys)
            let result = try session.waitForScreen(what, timeout: bound, where: condition)
            print("\(what), 100,000 activities: \(Int(Date().timeIntervalSince(start) * 1000)) ms")
            return result
        }

        let first = status(screen)
        XCTAssertTrue(first.hasPrefix("▶ "), first)
        screen = try timed("j", "j") { status($0) != first && status($0).hasPrefix("▶ ") }
        let second = status(screen)
        screen = try timed("G", "G") { status($0) != second && status($0).hasPrefix("▶ ") }
        XCTAssertNotNil(status(screen).firstMatch(of: /\d+\/\d+$/))
        let bottom = status(screen)
        screen = try timed("g", "g") { status($0) != bottom }
        screen = try timed("PageDown", "PageDown") { status($0) != first && status($0).hasPrefix("▶ ") }

        // The search filters as it is typed; each key answers.
        screen = try timed("/", "/") { status($0).hasPrefix("Search: ") }
        let name = "(99999)"
        for (k, character) in name.enumerated() {
            let typed = String(name.prefix(k + 1))
            let previous = screen
            // The first key also builds the search index of the 100,000 names (about 1.5 s on a
            // debug build): a wider bound for it, so that a busy machine does not fail the test.
            screen = try timed("typing “\(typed)”", "-l", String(character), bound: k == 0 ? 5 : 2) {
                $0 != previous && status($0).hasPrefix("Search: \(typed)")
            }
        }
        screen = try timed("Enter", "Enter") { status($0).hasPrefix("▶ ") }
        XCTAssertTrue(screen.contains("search “(99999)” — 1 of 100000 activities"), framed(screen))
        XCTAssertTrue(status(screen).contains("(99999)"), status(screen))
        _ = try timed("x", "x") { $0.contains("no filter — 100000 of 100000 activities") }

        // Quits: the terminal at once, the process once its memory is released.
        let quit = Date()
        try session.send("q")
        try session.waitForScreen("the main screen", timeout: 2) { _ in (try? session.format("#{alternate_on}")) == "0" }
        XCTAssertEqual(try wrapped.waitForExit(timeout: 10), 0)
        print("q to exit, 100,000 activities: \(Int(Date().timeIntervalSince(quit) * 1000)) ms")
    }
}
