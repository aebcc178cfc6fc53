import Foundation
import XCTest

/// Colour on the real screen, read with `tmux capture-pane -e` (each cell's SGR attributes as
/// escape sequences): the roles' colours on a colour terminal; none at all with NO_COLOR set
/// (no-color.org) or on a terminal without colours (TERM=xterm-mono), where the selection and
/// a search match are still told apart by underline and reverse video, and the bars are there.
final class TerminalColorTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }

    /// The SGR parameters that set a colour: foreground and background, 8, 16, 256 or direct
    /// colours (39 and 49, the terminal's default colours, set none).
    static func colourParameters(_ styled: String) -> [String] {
        // Each "ESC [ parameters m" of the text.
        let sequences = styled.components(separatedBy: "\u{1B}[").dropFirst().compactMap { piece -> Substring? in
            let parameters = piece.prefix { "0123456789;:".contains($0) }
            return piece.dropFirst(parameters.count).first == "m" ? parameters : nil
        }
        return sequences.flatMap { sequence -> [String] in
            var found: [String] = []
            var parameters = sequence.split(separator: ";", omittingEmptySubsequences: false).map(String.init)[...]
            while let first = parameters.popFirst() {
                let code = Int(first.split(separator: ":").first ?? "") ?? 0
                switch code {
                case 38, 48:
                    // 38;5;N or 38;2;R;G;B (or the colon forms, one parameter).
                    found.append(first)
                    if !first.contains(":"), let kind = parameters.popFirst() {
                        found.append(kind)
                        parameters = parameters.dropFirst(kind == "2" ? 3 : 1)
                    }
                case 30...37, 40...47, 90...97, 100...107: found.append(first)
                default: break
                }
            }
            return found
        }
    }

    private func styledScreen(_ session: TmuxSession) throws -> String {
        try session.server.run(["capture-pane", "-p", "-e", "-t", session.target])
    }

    /// Opens the minimal fixture under `environment` (VAR=value words), selects the first
    /// activity, starts a search, and returns the styled screens: the grid, then the search.
    private func screens(_ environment: [String]) throws -> (grid: String, search: String) {
        let session = try tmux.start(["/usr/bin/env"] + environment + [binary.path, minimal], directory: folder)
        try waitForKeyBar(session, height: 30, timeout: 10)
        let grid = try styledScreen(session)
        try session.send("/")
        try session.type("infonuag")
        try session.waitForScreen(containing: "Cloud (fr: Infonuagique)")
        return (grid, try styledScreen(session))
    }

    private func assertWithoutColour(_ environment: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let (grid, search) = try screens(environment)
        let what = environment.joined(separator: " ")
        XCTAssertEqual(Self.colourParameters(grid), [], "\(what): no colour on the grid:\n\(grid.debugDescription)", file: file, line: line)
        XCTAssertEqual(Self.colourParameters(search), [], "\(what): no colour in a search", file: file, line: line)
        XCTAssertTrue(grid.contains("██████"), "\(what): the bars are drawn", file: file, line: line)
        let selected = try XCTUnwrap(grid.components(separatedBy: "\n").first { $0.contains("▶") && $0.contains("Propose the strategy") },
                                     "\(what): the selected row", file: file, line: line)
        XCTAssertTrue(selected.contains("\u{1B}[4m") || selected.contains(";4m") || selected.contains("[4;") || selected.contains(";4;"),
                      "\(what): the selection underlined: \(selected.debugDescription)", file: file, line: line)
        // The row's text is cut by attributes ("Cloud ESC[2m(fr: ESC[7mInfonuag…").
        let match = try XCTUnwrap(search.components(separatedBy: "\n").first { $0.contains("Cloud") && $0.contains("(fr: ") },
                                  "\(what): the matching row", file: file, line: line)
        XCTAssertTrue(match.contains("\u{1B}[7m") || match.contains(";7m") || match.contains("[7;") || match.contains(";7;"),
                      "\(what): the match reversed: \(match.debugDescription)", file: file, line: line)
    }

    func testAColourTerminalShowsTheRolesColours() throws {
        let (grid, _) = try screens([])
        XCTAssertFalse(Self.colourParameters(grid).isEmpty, "colours on xterm-256color:\n\(grid.debugDescription)")
    }

    func testNoColorTakesEveryColourOffTheScreen() throws {
        try assertWithoutColour(["NO_COLOR=1"])
    }

    func testAMonochromeTerminalGetsNoColour() throws {
        try assertWithoutColour(["TERM=xterm-mono"])
    }
}
