import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Issue 10 in a real terminal: overlays that close on q, Esc and Ctrl-C; the quit question;
/// pickers that page, filter and apply what is ticked; the export prompt's questions,
/// refusals, line editing and path completion.
final class TerminalInputTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }
    private var shipped: String { Self.shipped.path }
    private let exportLabel = "Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): "

    /// The main screen is back: its key bar, and no box or prompt on the status line.
    @discardableResult
    private func waitForMainScreen(_ session: TmuxSession, height: Int = 30, _ what: String,
                                   file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try session.waitForScreen(what, file: file, line: line) { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count >= height && rows[height - 1].contains("qQuit") && !screen.contains("┌─")
                && !rows[height - 2].hasPrefix("Search:") && !rows[height - 2].hasPrefix("Export to")
        }
    }

    // MARK: - 1. Overlays close; quitting asks

    func testQEscAndCtrlCCloseOverlaysAndQuitAsksBeforeLosingWhatIfs() throws {
        let wrapped = try openWrapped([minimal])
        let session = wrapped.session
        for (opener, shows) in [("?", "Help — Esc to close"), ("Enter", "Details — Esc to close"), ("r", "Roles"), ("t", "Task teams")] {
            for closer in ["q", "Escape", "C-c"] {
                try session.send(opener)
                try session.waitForScreen(containing: shows)
                try session.send(closer)
                try waitForMainScreen(session, "the main screen after \(opener) then \(closer)")
            }
        }
        for (opener, prompt) in [("/", "Search: "), ("e", exportLabel)] {
            for closer in ["Escape", "C-c"] {
                try session.send(opener)
                try session.waitForScreen("the prompt \(prompt)") { Self.row(28, $0).hasPrefix(prompt) }
                try session.send(closer)
                try waitForMainScreen(session, "the main screen after \(opener) then \(closer)")
            }
        }
        // What-ifs pending: q and Ctrl-C ask first.
        try session.send("+")
        try session.waitForScreen(containing: "Propose the strategy +1 month")
        try session.send("q")
        try session.waitForScreen("the quit question") { Self.row(28, $0) == "Quit and lose 1 what-if? (y/n)" }
        try session.send("n")
        try session.waitForScreen("the question answered") { Self.row(28, $0).hasPrefix("[what-if, u undoes]") }
        try session.send("C-c")
        try session.waitForScreen("the quit question after Ctrl-C") { Self.row(28, $0) == "Quit and lose 1 what-if? (y/n)" }
        try session.send("Escape")
        try session.waitForScreen("the question answered") { !Self.row(28, $0).hasPrefix("Quit and lose") }
        XCTAssertEqual(try session.format("#{pane_dead}"), "0", "still running")
        try session.send("q")
        try session.waitForScreen(containing: "Quit and lose 1 what-if? (y/n)")
        try session.send("y")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    func testTheQuitQuestionInFrenchTakesY() throws {
        let wrapped = try openWrapped([minimal, "--lang", "fr"])
        let session = wrapped.session
        try session.send("+", "G", "+")
        try session.waitForScreen(containing: "Infonuagique +1 mois")
        try session.send("q")
        try session.waitForScreen("the question in French") { Self.row(28, $0) == "Quitter et perdre 2 simulations ? (o/n)" }
        try session.send("y")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    // MARK: - 4. Pickers

    func testAPickerPagesFiltersAndAppliesWhatIsTicked() throws {
        let validated = try loadRoadmap(Self.shipped)
        let roadmap = validated.roadmap
        let scheduled = ScheduledRoadmap(validated)
        // The picker lists the teams under their sub-committee (the file's order of the
        // sub-committees, teams of none last), each group under its heading.
        let order = Dictionary(roadmap.subcommittees.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let teams = roadmap.teams.enumerated().sorted { a, b in
            ((a.element.subcommittee.flatMap { order[$0] } ?? Int.max), a.offset) < ((b.element.subcommittee.flatMap { order[$0] } ?? Int.max), b.offset)
        }.map(\.element)
        let groups = Set(teams.map { $0.subcommittee ?? "" }).count
        let total = roadmap.activities.count
        let (session, _) = try open([shipped], width: 100, height: 24)
        try session.send("t")
        var screen = try session.waitForScreen(containing: "0 of \(teams.count) ticked")
        XCTAssertTrue(screen.contains("▶ [ ] \(TextWidth.pad(teams[0].role, to: 5))\(teams[0].name.en)".prefix(40)), framed(screen))
        let lastRow = String("[ ] \(TextWidth.pad(teams.last!.role, to: 5))\(teams.last!.name.en)".prefix(40))
        XCTAssertFalse(screen.contains(lastRow), "a long list does not all show")
        // End and PageUp page; the frame says where the list is (its rows, headings included).
        try session.send("End")
        screen = try session.waitForScreen(containing: "\(teams.count + groups)/\(teams.count + groups) ─┘")
        XCTAssertTrue(screen.contains(lastRow), framed(screen))
        try session.send("Home")
        screen = try session.waitForScreen(containing: String("[ ] \(TextWidth.pad(teams[0].role, to: 5))\(teams[0].name.en)".prefix(40)))
        try session.send("PageDown")
        try session.waitForChange(from: screen)

        // `/` filters as it is typed; Enter goes back to the list, Space ticks, Enter applies.
        let word = "Digital"
        let matching = teams.filter { TextFolding.fold($0.id + " " + $0.name.fr + " " + $0.name.en).contains(TextFolding.fold(word)) }
        XCTAssertGreaterThan(matching.count, 1)
        XCTAssertLessThan(matching.count, teams.count)
        try session.send("/")
        try session.type(word)
        screen = try session.waitForScreen(containing: "· \(matching.count) shown")
        XCTAssertTrue(screen.contains("Filter: \(word)▏"), framed(screen))
        try session.send("Enter", "Home", "Space", "Enter")
        let filtered = ActivityFilter(teams: [matching[0].id]).apply(to: scheduled).count
        try session.waitForScreen(containing: "— \(filtered) of \(total) activit")
        // Opened again, the cursor is on the ticked team: Space unticks it, Enter with
        // nothing ticked removes the filter.
        try session.send("t")
        screen = try session.waitForScreen(containing: "1 of \(teams.count) ticked")
        XCTAssertTrue(screen.contains("▶ [x] \(TextWidth.pad(matching[0].role, to: 5))\(matching[0].name.en)".prefix(40)), "the cursor on the ticked team:\n\(framed(screen))")
        try session.send("Space", "Enter")
        try session.waitForScreen(containing: "Filters: no filter — \(total) of \(total) activities")

        // L while a picker is open switches the language of the list and the page.
        try session.send("r")
        try session.waitForScreen(containing: "Roles")
        try session.send("L")
        screen = try session.waitForScreen(containing: "Rôles")
        XCTAssertTrue(screen.contains(roadmap.roles[0].name.fr.prefix(30)), framed(screen))
        try session.send("q")
        try session.waitForScreen(containing: "Filtres : aucun filtre")
    }

    // MARK: - 10. The export prompt

    /// `e`, the prefilled name removed with Ctrl-U, `text` typed.
    private func prompt(_ session: TmuxSession, typing text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("e", file: file, line: line)
        try session.waitForScreen(containing: exportLabel, file: file, line: line)
        try session.send("C-u", file: file, line: line)
        try session.waitForScreen("an empty prompt", file: file, line: line) { Self.row(28, $0) == self.exportLabel + "▏" }
        try session.type(text, file: file, line: line)
    }

    private func waitForPrompt(_ session: TmuxSession, _ shown: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitForScreen("the prompt “\(shown)”", file: file, line: line) { Self.row(28, $0) == self.exportLabel + shown }
    }

    func testTheExportPromptAsksRefusesEditsAndCompletes() throws {
        let home = tmux.home
        let existing = home.appendingPathComponent("report.csv")
        try Data("old".utf8).write(to: existing)
        let (session, log) = try openLogged([minimal])
        let csv = try runRoadmap(["export", minimal, "--format", "csv", "--lang", "en"]).stdout

        // ~ is the home folder; Tab completes the only name that fits.
        try prompt(session, typing: "~/rep")
        try session.send("Tab")
        try waitForPrompt(session, "~/report.csv▏")
        // An existing file: a question; no brings the prompt back, yes writes.
        try session.send("Enter")
        try session.waitForScreen("the overwrite question") { Self.row(28, $0) == "\(existing.path) exists. Overwrite it? (y/n)" }
        XCTAssertEqual(try Data(contentsOf: existing), Data("old".utf8), "nothing written before the answer")
        try session.send("n")
        try waitForPrompt(session, "~/report.csv▏")
        try session.send("Enter")
        try session.waitForScreen(containing: "Overwrite it? (y/n)")
        try session.send("y")
        try session.waitForScreen(containing: "View exported to \(existing.path)")
        XCTAssertEqual(try Data(contentsOf: existing), csv)

        // An unknown extension is refused, naming the known ones; the prompt stays to correct it.
        try prompt(session, typing: "view.xlsx")
        try session.send("Enter")
        var screen = try session.waitForScreen(containing: ".xlsx is not an export format: use one of .txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf")
        XCTAssertEqual(Self.row(28, screen), exportLabel + "view.xlsx▏")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("view.xlsx").path))
        // Line editing: ← four times, Ctrl-K, typing, Home, typing, End.
        try session.send("Left", "Left", "Left", "Left", "C-k")
        try waitForPrompt(session, "view.▏")
        try session.type("md")
        try session.send("Home")
        try waitForPrompt(session, "▏view.md")
        try session.type("my-")
        try session.send("End")
        try waitForPrompt(session, "my-view.md▏")
        try session.send("Enter")
        try session.waitForScreen(containing: "View exported to my-view.md")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("my-view.md").path))
        // No extension is refused too.
        try prompt(session, typing: "plan")
        try session.send("Enter")
        try session.waitForScreen(containing: "plan: no extension; add one of .txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf")
        // Delete, Backspace in the middle, Ctrl-W, Ctrl-U.
        try session.send("C-u")
        try session.type("a/bc/def.txt")
        try session.send("Home", "DC")
        try waitForPrompt(session, "▏/bc/def.txt")
        try session.send("Right", "Right", "Right", "BSpace")
        try waitForPrompt(session, "/b▏/def.txt")
        try session.send("End", "C-w")
        try waitForPrompt(session, "/b/▏")
        try session.send("C-u")
        try waitForPrompt(session, "▏")

        // A second Tab lists the names that fit.
        for name in ["plan-a.md", "plan-b.md"] { try Data().write(to: home.appendingPathComponent(name)) }
        try session.type("~/pl")
        try session.send("Tab")
        try waitForPrompt(session, "~/plan-▏")
        // This Tab adds nothing (it shows nothing either): handled, it makes the next one list.
        try sendHandled(session, log, ["Tab"])
        try session.send("Tab")
        screen = try session.waitForScreen(containing: "plan-a.md")
        XCTAssertTrue(Self.row(27, screen).contains("plan-a.md") && Self.row(27, screen).contains("plan-b.md"), framed(screen))
        try session.send("Escape")
        try waitForMainScreen(session, "the prompt cancelled")
    }
}
