import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `roadmap` in a real terminal: a detached tmux session of a fixed size, keys sent
/// with `tmux send-keys`, the screen read with `tmux capture-pane -p`. On the small fixture the
/// screens are asserted exactly; on the shipped roadmap (which changes as it is completed) the
/// behaviour is asserted, with the expected numbers computed from the model.
final class TerminalTests: TerminalTestCase {
    private var minimal: String { Self.minimal.path }
    private var shipped: String { Self.shipped.path }

    // MARK: - 1. Open

    func testOpenShowsTitlePeriodsActivitiesAndKeyBar() throws {
        let (session, firstScreen) = try open([minimal])
        print("first screen, minimal fixture: \(milliseconds(firstScreen)) ms")
        let lines = try session.lines()
        XCTAssertEqual(lines.count, 30, framed(lines.joined(separator: "\n")))
        XCTAssertTrue(lines[0].hasPrefix("Test roadmap — Roadmap"), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("Finish Mar 2018"), lines[0])
        XCTAssertEqual(lines[1], "Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred")
        for period in ["│Period 1", "│Period 2", "│Period 3"] { XCTAssertTrue(lines[2].contains(period), lines[2]) }
        XCTAssertTrue(lines.contains { $0.hasPrefix(" ▶Propose the strategy") && $0.contains("Pr") && $0.contains("█") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("◆ Cloud") && $0.contains("Br") }, "the role as the file prints it")
        XCTAssertTrue(lines[28].hasPrefix("▶ Propose the strategy · 2016-10 – 2017-03"), lines[28])
        XCTAssertTrue(lines[29].contains("?Help") && lines[29].contains("qQuit"), lines[29])
        XCTAssertTrue(lines.allSatisfy { TextWidth.of($0) <= 120 })
        XCTAssertEqual(try session.format("#{alternate_on}"), "1", "the explorer draws on the alternate screen")
    }

    func testOpenInFrench() throws {
        let (session, _) = try open([minimal, "--lang", "fr"])
        let lines = try session.lines()
        XCTAssertTrue(lines[0].hasPrefix("Feuille de route d’essai — Feuille de route"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Filtres : aucun filtre"), lines[1])
        XCTAssertTrue(lines[2].contains("│Période 1"), lines[2])
        XCTAssertTrue(lines.contains { $0.hasPrefix(" ▶Proposer la stratégie") })
        XCTAssertTrue(lines[28].hasPrefix("▶ Proposer la stratégie"), lines[28])
        XCTAssertTrue(lines[29].contains("?Autres") && lines[29].contains("qQuitter"), lines[29])
        // L switches to English and back.
        try session.send("L")
        try session.waitForScreen(containing: "Test roadmap — Roadmap")
        try session.send("L")
        try session.waitForScreen(containing: "Feuille de route d’essai — Feuille de route")
    }

    func testOpenTheShippedRoadmap() throws {
        let roadmap = try loadRoadmap(Self.shipped).roadmap
        let (session, firstScreen) = try open([shipped])
        print("first screen, shipped roadmap (\(roadmap.activities.count) activities): \(milliseconds(firstScreen)) ms")
        let lines = try session.lines()
        XCTAssertTrue(lines[0].hasPrefix(titleLine(roadmap.meta.title.en, "Roadmap")), lines[0])
        let count = roadmap.activities.count
        let dependencies = roadmap.dependencies.count
        XCTAssertEqual(lines[1], "Filters: no filter — \(count) of \(count) activities · \(count) of \(count) spans and \(dependencies) of \(dependencies) links inferred",
                       "every activity of the shipped roadmap has inferred dates, and the seed states no dependency")
        XCTAssertTrue(lines[2].contains("│" + roadmap.meta.periods[0].label.en.prefix(6)), lines[2])
        let rows = activityRows(lines)
        XCTAssertFalse(rows.isEmpty, framed(lines.joined(separator: "\n")))
        XCTAssertTrue(rows.allSatisfy { row in roadmap.roles.contains { $0.id == row.role || $0.aliases.contains(row.role) } }, "\(rows)")
        let selected = try XCTUnwrap(selectedName(lines[28]), lines[28])
        XCTAssertTrue(roadmap.activities.contains { $0.name.en == selected }, selected)
        XCTAssertTrue(lines[29].contains("?Help") && lines[29].contains("qQuit"), lines[29])
        let french = try tmux.start([binary.path, shipped, "--lang", "fr"], name: "fr")
        try french.waitForScreen(containing: titleLine(roadmap.meta.title.fr, "Feuille de route"))
        try french.waitForScreen(containing: "│" + roadmap.meta.periods[0].label.fr.prefix(6))
    }

    // MARK: - 2. Navigate

    func testNavigateMovesTheSelectionAndSwitchesViews() throws {
        let (session, _) = try open([minimal])
        let steps: [(key: String, selected: String)] = [
            ("j", "Socialize the strategy"), ("k", "Propose the strategy"),
            ("Down", "Socialize the strategy"), ("Down", "Cloud"), ("Down", "Cloud"), ("Up", "Socialize the strategy"),
            ("g", "Propose the strategy"), ("G", "Cloud"), ("Home", "Propose the strategy"), ("End", "Cloud"),
            ("g", "Propose the strategy"), ("PageDown", "Cloud"), ("PageUp", "Propose the strategy"),
        ]
        for (key, selected) in steps {
            try session.send(key)
            try session.waitForScreen("“▶ \(selected)” after \(key)") { screen in
                screen.components(separatedBy: "\n")[28].hasPrefix("▶ \(selected) · ")
            }
        }
        try session.send("Tab")
        try waitForTitle(session, "Test roadmap — Task teams")
        try session.send("BTab")
        try waitForTitle(session, "Test roadmap — Roadmap")
        for (key, title) in [("2", "Task teams"), ("3", "Dependencies"), ("4", "Transition"), ("5", "Strategy"), ("6", "Glossary"), ("7", "Critical path"), ("8", "Current state"), ("1", "Roadmap")] {
            try session.send(key)
            try waitForTitle(session, "Test roadmap — \(title)")
        }
        // The glossary shows the fixture's term; the dependency page the selected activity.
        try session.send("6")
        try session.waitForScreen(containing: "A method.")
        try session.send("1", "j", "3")
        try waitForTitle(session, "Test roadmap — Dependencies")
        try session.waitForScreen(containing: "Socialize the strategy")
    }

    func testNavigateTheShippedRoadmap() throws {
        let roadmap = try loadRoadmap(Self.shipped).roadmap
        let (session, log) = try openLogged([shipped])
        let names = Set(roadmap.activities.map(\.name.en))
        var lines = try session.lines()
        let first = try XCTUnwrap(selectedName(lines[28]))
        let firstPosition = try XCTUnwrap(position(lines[28]))

        try session.send("j")
        var screen = try session.waitForChange(from: lines.joined(separator: "\n"))
        lines = screen.components(separatedBy: "\n")
        let second = try XCTUnwrap(selectedName(lines[28]))
        XCTAssertNotEqual(second, first)
        XCTAssertTrue(names.contains(second), second)
        try session.send("k")
        try session.waitForScreen("“▶ \(first)” again") { selectedName(Self.row(28, $0)) == first }

        try session.send("G")
        screen = try session.waitForScreen("the last activity") { selectedName(Self.row(28, $0)) != first }
        let last = try XCTUnwrap(selectedName(Self.row(28, screen)))
        XCTAssertTrue(names.contains(last), last)
        XCTAssertTrue(Self.row(0, screen).hasPrefix(titleLine(roadmap.meta.title.en, "Roadmap")), "the header stays on top while scrolling")
        // Down at the end keeps the last activity selected.
        screen = try sendHandled(session, log, ["Down"])
        XCTAssertEqual(selectedName(Self.row(28, screen)), last)

        try session.send("g")
        screen = try session.waitForScreen("the first activity again") { selectedName(Self.row(28, $0)) == first }
        let top = try XCTUnwrap(firstBodyRow(screen))
        XCTAssertTrue(top.hasPrefix("▾ "), "g shows the top of the page, the first area's heading: \(top)")
        try session.send("PageDown")
        screen = try session.waitForScreen("the next page") { selectedName(Self.row(28, $0)) != first }
        let paged = try XCTUnwrap(position(Self.row(28, screen)))
        XCTAssertGreaterThan(paged.row, firstPosition.row + 10, "PageDown moves by about a screen")
        XCTAssertEqual(paged.count, firstPosition.count)
        if paged.count > 30 {
            try session.send("PageDown")
            screen = try session.waitForScreen("the page scrolled") { self.firstBodyRow($0) != top }
            XCTAssertGreaterThan(try XCTUnwrap(position(Self.row(28, screen))).row, paged.row)
        }
        try session.send("PageUp", "PageUp", "PageUp")
        screen = try session.waitForScreen("the first activity after PageUp") { selectedName(Self.row(28, $0)) == first }
        XCTAssertEqual(firstBodyRow(screen), top, "back at the top of the page")

        try session.send("Tab")
        try waitForTitle(session, titleLine(roadmap.meta.title.en, "Task teams"))
        for (key, title) in [("3", "Dependencies"), ("4", "Transition"), ("5", "Strategy"), ("6", "Glossary"), ("7", "Critical path"), ("8", "Current state"), ("1", "Roadmap")] {
            try session.send(key)
            try waitForTitle(session, titleLine(roadmap.meta.title.en, title))
        }
    }

    // MARK: - 3. Filters

    func testFilterByRoleAndByArea() throws {
        let (session, _) = try open([minimal])
        try session.send("r")
        try session.waitForScreen(containing: "Roles")
        try session.waitForScreen(containing: "[ ] Pr  Promoter")
        try session.send("j", "Space")
        try session.waitForScreen(containing: "[x] Pr  Promoter")
        try session.send("Enter")
        var screen = try session.waitForScreen(containing: "Filters: role Pr — 2 of 3 activities")
        XCTAssertEqual(activityRows(screen).map(\.name), ["Propose the strategy", "Socialize the strategy"], framed(screen))
        XCTAssertFalse(screen.contains("◆ Cloud"))

        try session.send("x")
        screen = try session.waitForScreen(containing: "Filters: no filter — 3 of 3 activities")
        XCTAssertEqual(activityRows(screen).map(\.name), ["Propose the strategy", "Socialize the strategy", "Cloud"])

        try session.send("a")
        try session.waitForScreen(containing: "Areas of interest")
        try session.send("Down", "Space", "Enter")
        screen = try session.waitForScreen(containing: "Filters: area Digital enablement — 1 of 3 activities")
        XCTAssertEqual(activityRows(screen).map(\.name), ["Cloud"], framed(screen))
        XCTAssertTrue(Self.row(28, screen).hasPrefix("▶ Cloud"), "the selection moves to what remains")

        // Esc cancels a picker without changing the filter.
        try session.send("r")
        try session.waitForScreen(containing: "Roles")
        try session.send("Space", "Escape")
        try session.waitForScreen("the picker closed") { !$0.contains(" ticked") }
        XCTAssertTrue(try session.screen().contains("Filters: area Digital enablement — 1 of 3 activities"))
        try session.send("x")
        try session.waitForScreen(containing: "Filters: no filter — 3 of 3 activities")
    }

    func testFilterTheShippedRoadmapByRoleAndByArea() throws {
        let validated = try loadRoadmap(Self.shipped)
        let roadmap = validated.roadmap
        let scheduled = ScheduledRoadmap(validated)
        let total = roadmap.activities.count
        let (session, _) = try open([shipped])

        let promoters = ActivityFilter(roles: ["Pr"]).apply(to: scheduled).count
        let roleIndex = try XCTUnwrap(roadmap.roles.firstIndex { $0.id == "Pr" }, "the shipped roadmap has the Pr role")
        try session.send("r")
        try session.waitForScreen(containing: "Roles")
        for _ in 0..<roleIndex { try session.send("Down") }
        try session.send("Space", "Enter")
        var screen = try session.waitForScreen(containing: "Filters: role Pr — \(promoters) of \(total) activities")
        var rows = activityRows(screen)
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0.role == "Pr" }, "\(rows)")
        try session.send("x")
        try session.waitForScreen(containing: "Filters: no filter — \(total) of \(total) activities")

        // Space ticks the area under the cursor: the first.
        let area = roadmap.areas[0]
        let inArea = ActivityFilter(areas: [area.id]).apply(to: scheduled)
        try session.send("a")
        try session.waitForScreen(containing: "Areas of interest")
        try session.send("Space", "Enter")
        screen = try session.waitForScreen(containing: "Filters: area \(area.name.en) — \(inArea.count) of \(total) activities")
        rows = activityRows(screen)
        let expectedNames = Set(inArea.map { roadmap.activities[$0].name.en })
        XCTAssertFalse(rows.isEmpty)
        for row in rows { XCTAssertTrue(expectedNames.contains { $0.hasPrefix(row.name.replacingOccurrences(of: "…", with: "")) }, row.name) }
        try session.send("x")
        try session.waitForScreen(containing: "Filters: no filter — \(total) of \(total) activities")
    }

    // MARK: - 4. Search

    func testSearchFiltersAsTypedAndEscRestores() throws {
        let (session, _) = try open([minimal])
        try session.send("/")
        try session.waitForScreen("the search prompt") { Self.row(28, $0).hasPrefix("Search: ") }
        try session.type("cloud")
        try session.waitForScreen(containing: "Filters: search “cloud” — 1 of 3 activities")
        try session.send("Enter")
        var screen = try session.waitForScreen("the prompt closed") { Self.row(28, $0).hasPrefix("▶ Cloud") }
        XCTAssertTrue(screen.contains("Filters: search “cloud” — 1 of 3 activities"), framed(screen))
        XCTAssertEqual(activityRows(screen).map(\.name), ["Cloud"])

        // Esc while typing puts back the search in force when the prompt opened.
        try session.send("/")
        try session.waitForScreen(containing: "Search: cloud")
        try session.type("zz")
        try session.waitForScreen(containing: "Filters: search “cloudzz” — 0 of 3 activities")
        try session.send("Escape")
        screen = try session.waitForScreen("the search “cloud” restored") { !$0.contains("Search:") && $0.contains("search “cloud” — 1 of 3") }
        XCTAssertEqual(activityRows(screen).map(\.name), ["Cloud"])

        try session.send("x", "/")
        try session.waitForScreen("an empty prompt") { Self.row(28, $0) == "Search: ▏" }
        try session.type("Strat")
        try session.waitForScreen(containing: "Filters: search “Strat” — 2 of 3 activities")
        try session.send("Escape")
        screen = try session.waitForScreen(containing: "Filters: no filter — 3 of 3 activities")
        XCTAssertEqual(activityRows(screen).count, 3)
        // French names are searched too, accents ignored.
        try session.send("/")
        try session.type("infonuagique")
        try session.send("Enter")
        try session.waitForScreen(containing: "Filters: search “infonuagique” — 1 of 3 activities")
    }

    func testSearchTheShippedRoadmap() throws {
        let validated = try loadRoadmap(Self.shipped)
        let roadmap = validated.roadmap
        let scheduled = ScheduledRoadmap(validated)
        let total = roadmap.activities.count
        // A word of the first activity's name that does not match everything.
        let words = roadmap.activities[0].name.en.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 5 }
        let word = try XCTUnwrap(words.first { ActivityFilter(search: $0).apply(to: scheduled).count < total }, "no selective word")
        let matches = ActivityFilter(search: word).apply(to: scheduled).count
        let (session, _) = try open([shipped])
        try session.send("/")
        try session.type(word)
        try session.send("Enter")
        let screen = try session.waitForScreen(containing: "Filters: search “\(word)” — \(matches) of \(total) activities")
        XCTAssertFalse(activityRows(screen).isEmpty)
        try session.send("x")
        try session.waitForScreen(containing: "Filters: no filter — \(total) of \(total) activities")
    }

    // MARK: - 5. What-if and undo

    func testWhatIfAndUndo() throws {
        let (session, _) = try open([minimal])
        try session.send("+")
        var screen = try session.waitForScreen(containing: "Propose the strategy +1 month · 2 activities moved · finish Mar 2018")
        XCTAssertTrue(Self.row(28, screen).hasPrefix("[what-if, u undoes] "), Self.row(28, screen))
        XCTAssertEqual(Self.row(1, screen), "Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred — what-if: Propose the strategy +1 month")
        XCTAssertTrue(Self.row(0, screen).hasSuffix("Finish Mar 2018"), "propose has float: the finish stays")

        // Cloud is critical: delaying it moves the finish.
        try session.send("G", "+")
        screen = try session.waitForScreen(containing: "Cloud +1 month · 1 activity moved · finish Apr 2018, 1 month later than planned")
        XCTAssertTrue(Self.row(0, screen).contains("Finish Apr 2018"), Self.row(0, screen))
        XCTAssertTrue((Self.row(1, screen) + " " + Self.row(2, screen)).contains("what-if: Propose the strategy +1 month, Cloud +1 month"),
                      Self.row(1, screen) + "\n" + Self.row(2, screen))

        try session.send("u")
        screen = try session.waitForScreen(containing: "What-if undone. finish Mar 2018")
        XCTAssertTrue(Self.row(0, screen).hasSuffix("Finish Mar 2018"))
        XCTAssertTrue(Self.row(1, screen).hasSuffix("what-if: Propose the strategy +1 month"), Self.row(1, screen))
        try session.send("u")
        screen = try session.waitForScreen("the second undo") { Self.row(1, $0) == "Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred" }
        XCTAssertTrue(Self.row(28, screen).hasPrefix("What-if undone."), Self.row(28, screen))
        try session.send("u")
        try session.waitForScreen(containing: "Nothing to undo.")

        // Advancing: `-` moves an activity earlier.
        try session.send("g", "-")
        try session.waitForScreen(containing: "Propose the strategy -1 month")
    }

    func testWhatIfOnTheShippedRoadmapMatchesTheSchedule() throws {
        let validated = try loadRoadmap(Self.shipped)
        let roadmap = validated.roadmap
        let scheduled = ScheduledRoadmap(validated)
        let (session, _) = try open([shipped])
        let before = try session.lines()
        let name = try XCTUnwrap(selectedName(before[28]))
        let index = try XCTUnwrap(roadmap.activities.firstIndex { $0.name.en == name })
        let change = ScheduleChange(from: scheduled.schedule, to: scheduled.delaying(index, by: 1).schedule)
        let moved = change.moved.count
        // The message names the activity (a long name: the status line keeps it and the finish,
        // and drops the count of moves between them where they do not fit).
        // The change of finish said as everywhere: "finish Apr 2018, 1 month later than planned".
        let finishMonth = scheduled.delaying(index, by: 1).schedule.projectFinishMonth
        let finish = change.finishDelta == 0 ? "finish " + Vocabulary(.en).monthAndYear(finishMonth) : Vocabulary(.en).finishChange(finishMonth, by: change.finishDelta)
        let moves = "\(moved) activit\(moved == 1 ? "y" : "ies") moved"
        try session.send("+")
        let after = try session.waitForScreen(containing: "\(roadmap.activities[index].name.en) +1 month · ")
        let status = Self.row(28, after)
        XCTAssertTrue(status.contains(finish) && (status.contains(moves) || status.contains("+1 month · " + finish)), status)
        try session.send("u")
        let undone = try session.waitForScreen(containing: "What-if undone.")
        XCTAssertEqual(Self.row(0, undone), before[0], "undo restores the finish")
        XCTAssertEqual(Self.row(1, undone), before[1])
    }

    // MARK: - 6. Export

    func testExportWritesTheViewAsTheCommandLineDoes() throws {
        let (session, _) = try open([minimal])
        try session.send("e")
        let prompt = try session.waitForScreen("the export prompt") { Self.row(28, $0).hasPrefix("Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ") }
        let prefilled = String(Self.row(28, prompt).dropFirst("Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ".count))
        let name = try XCTUnwrap(prefilled.firstMatch(of: /^roadmap-roadmap-(\d{8})-(\d{4})\.txt▏$/), prefilled)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmm"
        let stamp = try XCTUnwrap(formatter.date(from: String(name.1 + name.2)), prefilled)
        XCTAssertLessThan(abs(stamp.timeIntervalSinceNow), 26 * 3600, "the name holds the date and time (in any time zone)")

        let text = folder.appendingPathComponent("view.txt")
        try export(session, to: text.path)
        let expectedText = try runRoadmap(["export", minimal, "--format", "text", "--width", "120", "--lang", "en"])
        XCTAssertEqual(expectedText.status, 0, expectedText.stderrText)
        XCTAssertEqual(try Data(contentsOf: text), expectedText.stdout, "the explorer's export is `roadmap export --format text --width 120`")

        let csv = folder.appendingPathComponent("view.csv")
        try export(session, to: csv.path)
        let expectedCSV = try runRoadmap(["export", minimal, "--format", "csv", "--lang", "en"])
        XCTAssertEqual(try Data(contentsOf: csv), expectedCSV.stdout)
        XCTAssertTrue(expectedCSV.stdoutText.contains("propose"), expectedCSV.stdoutText)

        // The export follows the view: filters and what-if.
        try session.send("r", "Down", "Space", "Enter")
        try session.waitForScreen(containing: "Filters: role Pr")
        try session.send("+")
        try session.waitForScreen(containing: "Propose the strategy +1 month")
        let filtered = folder.appendingPathComponent("filtered.md")
        try export(session, to: filtered.path)
        let expectedMarkdown = try runRoadmap(["export", minimal, "--format", "markdown", "--lang", "en", "--role", "Pr", "--delay", "propose=1"])
        XCTAssertEqual(expectedMarkdown.status, 0, expectedMarkdown.stderrText)
        XCTAssertEqual(try Data(contentsOf: filtered), expectedMarkdown.stdout)

        // An export over the open roadmap is refused, and the roadmap left alone.
        let original = try Data(contentsOf: Self.minimal)
        try session.send("e")
        try session.waitForScreen(containing: "Export to (")
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60))
        try session.type(minimal)
        try session.send("Enter")
        try session.waitForScreen(containing: "that is the open roadmap")
        XCTAssertEqual(try Data(contentsOf: Self.minimal), original)
    }

    /// `e`, the prompt emptied with backspaces, a path typed, Enter; waits for the message.
    private func export(_ session: TmuxSession, to path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("e", file: file, line: line)
        try session.waitForScreen(containing: "Export to (", file: file, line: line)
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60), file: file, line: line)
        try session.waitForScreen("an empty prompt", file: file, line: line) { Self.row(28, $0) == "Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): ▏" }
        try session.type(path, file: file, line: line)
        try session.send("Enter", file: file, line: line)
        try session.waitForScreen(containing: "View exported to \(path)", file: file, line: line)
    }

    // MARK: - 7. Resize

    func testResizeRedrawsAtTheNewSize() throws {
        let wrapped = try openWrapped([minimal])
        let session = wrapped.session
        let wide = try session.lines()
        let wideRule = try XCTUnwrap(wide.first { $0.hasPrefix("────") })
        try session.resize(width: 80, height: 24)
        let screen = try session.waitForScreen("an 80×24 screen") { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count == 24 && rows[23].contains("qQuit") && rows.allSatisfy { TextWidth.of($0) <= 80 }
        }
        let rows = screen.components(separatedBy: "\n")
        let narrowRule = try XCTUnwrap(rows.first { $0.hasPrefix("────") }, framed(screen))
        XCTAssertEqual(TextWidth.of(narrowRule), 80, narrowRule)
        XCTAssertLessThan(TextWidth.of(narrowRule), TextWidth.of(wideRule), "the grid is narrower")
        XCTAssertTrue(rows[0].hasPrefix("Test roadmap — Roadmap") && rows[0].hasSuffix("Finish Mar 2018"), rows[0])
        XCTAssertTrue(rows[22].hasPrefix("▶ Propose the strategy"), rows[22])
        XCTAssertEqual(activityRows(screen).map(\.name), ["Propose the strategy", "Socialize the strategy", "Cloud"])

        try session.resize(width: 30, height: 8)
        let small = try session.waitForScreen(containing: "Terminal too small (30×8)")
        // What fits of the page, and the message at the bottom.
        let smallRows = small.components(separatedBy: "\n")
        XCTAssertEqual(smallRows.count, 8, framed(small))
        XCTAssertEqual(Array(smallRows.suffix(3)), ["Terminal too small (30×8):", "needs at least 40×10. q to", "quit."], framed(small))
        XCTAssertTrue(smallRows[0].hasPrefix("Roadmap"), "short of room, the title keeps the page's name: \(framed(small))")
        XCTAssertTrue(smallRows.allSatisfy { TextWidth.of($0) <= 30 }, framed(small))
        // Keys other than q do nothing while too small; growing again brings the page back.
        try session.send("j")
        try session.resize(width: 100, height: 20)
        let back = try session.waitForScreen("a 100×20 screen") { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count == 20 && rows[19].contains("qQuit")
        }
        XCTAssertTrue(Self.row(18, back).hasPrefix("▶ Propose the strategy"), Self.row(18, back))
        try session.resize(width: 30, height: 8)
        let again = try session.waitForScreen(containing: "Terminal too small (30×8)")
        XCTAssertEqual(again, small, "the same screen as before, nothing left of the larger one:\n\(framed(again))")
        try session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    // MARK: - 8. Help

    func testHelpListsEveryActionOfTheTable() throws {
        let (session, log) = try openLogged([minimal])
        try session.send("?")
        var screen = try session.waitForScreen(containing: "Help — Esc to close")
        // Page through the help box and gather every line shown.
        var seen = Set<String>()
        for _ in 0..<10 {
            seen.formUnion(screen.components(separatedBy: "\n"))
            guard let match = screen.firstMatch(of: /(\d+)\/(\d+) ─┘/), Int(match.1)! < Int(match.2)! else { break }
            try session.send("PageDown")
            screen = try session.waitForChange(from: screen)
        }
        // At the end, more PageDowns change nothing, and PageUp goes back at once.
        let end = try sendHandled(session, log, ["PageDown", "PageDown", "PageDown"])
        XCTAssertEqual(end, screen, "the help stops at its end")
        try session.send("PageUp")
        try session.waitForChange(from: end)
        let text = seen.joined(separator: "\n")
        // Every context's keys, each as the action table declares it.
        let width = OverlayLayout.width(preferred: OverlayLayout.helpWidth, screenWidth: 120) - 4
        for spec in ActionTable.all {
            for entry in HelpText.entry(spec, .en, width: width) {
                XCTAssertTrue(text.contains(entry), "the help lacks “\(entry)”")
            }
        }
        for context in KeyContext.allCases where context != .main {
            XCTAssertTrue(text.contains(ActionTable.title(of: context).en), ActionTable.title(of: context).en)
        }
        for heading in ["Move and switch views", "Filter", "Dependencies and what-if", "Other", "Mouse: a click selects a row"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
        try session.send("Escape")
        screen = try session.waitForScreen("the help closed") { !$0.contains("Help — Esc to close") }
        XCTAssertTrue(Self.row(28, screen).hasPrefix("▶ Propose the strategy"))

        // In French, from the same table.
        try session.send("L", "h")
        screen = try session.waitForScreen(containing: "Aide — Échap pour fermer")
        XCTAssertTrue(screen.contains(ActionTable.spec(for: .moveDown).help.fr), framed(screen))
        XCTAssertTrue(screen.contains(ActionTable.spec(for: .showTransition).help.fr), framed(screen))
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains("Aide — Échap pour fermer") }
    }

    // MARK: - 9, 10. Quit and SIGTERM give the terminal back

    func testQuitExitsWithStatusZeroAndRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        XCTAssertEqual(try wrapped.session.format("#{alternate_on}"), "1")
        try wrapped.session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        let pid = try wrapped.session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        // It dies of the signal once the terminal is restored, as a shell expects: 128 + 15.
        XCTAssertEqual(try wrapped.waitForExit(), 128 + 15)
        try assertTerminalRestored(wrapped)
    }

    func testSIGHUPRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        let pid = try wrapped.session.descendant(named: "roadmap")
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(try wrapped.waitForExit(), 128 + 1)
        try assertTerminalRestored(wrapped)
    }

    func testCtrlCQuitsAndRestoresTheTerminal() throws {
        let wrapped = try openWrapped([minimal])
        try wrapped.session.send("C-c")
        // Ctrl-C is a quit key of the action table: a normal end.
        XCTAssertEqual(try wrapped.waitForExit(), 0)
        try assertTerminalRestored(wrapped)
    }

    // MARK: - 11. Mouse

    // `tmux send-keys -M` only forwards the mouse event that triggered a key binding, so it
    // cannot make one up. Instead the test types what a terminal sends for a mouse event: the
    // explorer runs with TERM=xterm-256color, whose ncurses mouse protocol is SGR (1006), and
    // tmux passes the bytes of `send-keys -l` to the program unchanged.
    private func click(_ session: TmuxSession, x: Int, y: Int) throws {
        try session.type("\u{1B}[<0;\(x + 1);\(y + 1)M")
        try session.type("\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    private func wheel(_ session: TmuxSession, down: Bool, x: Int = 10, y: Int = 10) throws {
        try session.type("\u{1B}[<\(down ? 65 : 64);\(x + 1);\(y + 1)M")
    }

    func testMouseClickSelectsAndWheelScrolls() throws {
        let (session, log) = try openLogged([minimal])
        XCTAssertEqual(try session.format("#{mouse_sgr_flag}"), "1", "the explorer asks for SGR mouse reports")
        let lines = try session.lines()
        let cloudRow = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("◆ Cloud") })
        try click(session, x: 5, y: cloudRow)
        try session.waitForScreen("Cloud selected by a click") { Self.row(28, $0).hasPrefix("▶ Cloud") }
        let socializeRow = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  Socialize the strategy") })
        try click(session, x: 30, y: socializeRow)
        try session.waitForScreen("Socialize selected by a click") { Self.row(28, $0).hasPrefix("▶ Socialize the strategy") }
        // A click on a heading or below the rows changes nothing.
        let before = log.keys.count
        try click(session, x: 5, y: 20)
        try click(session, x: 5, y: 0)
        XCTAssertEqual(try log.waitForKeys(2, after: before), ["click", "click"], "each click read and handled")
        var screen = try session.waitForScreen("a settled screen") { _ in true }
        XCTAssertTrue(Self.row(28, screen).hasPrefix("▶ Socialize the strategy"), framed(screen))

        // The wheel scrolls the help.
        try session.send("?")
        screen = try session.waitForScreen(containing: "Help — Esc to close")
        let firstHelpLine = Self.row(try XCTUnwrap(screen.components(separatedBy: "\n").firstIndex { $0.contains("Help — Esc to close") }) + 1, screen)
        try wheel(session, down: true)
        screen = try session.waitForChange(from: screen)
        XCTAssertFalse(screen.contains(firstHelpLine), "the help scrolled")
        try wheel(session, down: false)
        try session.waitForScreen(containing: firstHelpLine)
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains("Help — Esc to close") }
    }

    func testMouseWheelScrollsTheShippedRoadmap() throws {
        // A short terminal, so that the roadmap is longer than the screen.
        let height = 16, statusRow = 14
        let (session, _) = try open([shipped], height: height)
        var screen = try session.screen()
        let start = try XCTUnwrap(position(Self.row(statusRow, screen)), framed(screen))
        XCTAssertGreaterThan(start.count, 20, "the page is longer than the screen")
        let top = try XCTUnwrap(firstBodyRow(screen))
        // Each notch scrolls three rows; the selection follows onto the screen.
        var previous = top
        for notch in 1...3 {
            try wheel(session, down: true)
            screen = try session.waitForScreen("notch \(notch) scrolled") { self.firstBodyRow($0) != previous }
            previous = try XCTUnwrap(firstBodyRow(screen))
        }
        let selection = try XCTUnwrap(position(Self.row(statusRow, screen)))
        XCTAssertGreaterThanOrEqual(selection.row, start.row + 8, "the selection followed the page down")
        let selected = try XCTUnwrap(selectedName(Self.row(statusRow, screen)), framed(screen))
        XCTAssertTrue(activityRows(screen).contains { selected.hasPrefix($0.name.replacingOccurrences(of: "…", with: "")) },
                      "the selected activity is on screen:\n\(framed(screen))")
        for _ in 1...3 { try wheel(session, down: false) }
        try session.waitForScreen("the top of the page again") { self.firstBodyRow($0) == top }
    }

    // MARK: - Reading the screen

    static func row(_ index: Int, _ screen: String) -> String {
        let rows = screen.components(separatedBy: "\n")
        return rows.indices.contains(index) ? rows[index] : ""
    }

    /// "▶ NAME · dates…" → NAME.
    private func selectedName(_ status: String) -> String? {
        guard status.hasPrefix("▶ ") else { return nil }
        return status.dropFirst(2).components(separatedBy: " · ").first
    }

    /// The "12/43" at the right of the status line.
    private func position(_ status: String) -> (row: Int, count: Int)? {
        guard let match = status.firstMatch(of: /(\d+)\/(\d+)$/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    /// The activity rows of the Gantt on screen: (name, role), headings left out.
    private func activityRows(_ screen: String) -> [(name: String, role: String)] {
        activityRows(screen.components(separatedBy: "\n"))
    }

    private func activityRows(_ lines: [String]) -> [(name: String, role: String)] {
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("────") }) else { return [] }
        var rows: [(String, String)] = []
        for line in lines[(rule + 1)...] {
            guard let bar = line.firstIndex(of: "│") else { break }
            if line.hasPrefix("▸") || line.hasPrefix("▾") { continue }
            var words = line[..<bar].dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let role = words.popLast() else { continue }
            rows.append((words.joined(separator: " "), role))
        }
        return rows
    }

    /// What the title line begins with: the roadmap's title and the page's name, or only the
    /// beginning when a long title leaves no room (the finish date takes the right end).
    /// The roadmap's title and the page's name, the name left out when the title ends with it
    /// (the shipped roadmap is titled "… — Roadmap").
    private func titleLine(_ title: String, _ page: String) -> String {
        let last = title.components(separatedBy: " — ").last ?? title
        let same = last.compare(page, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
        let full = same ? title : title + " — " + page
        return TextWidth.of(full) <= 100 ? full : String(full.prefix(60))
    }

    /// The first row under the Gantt's column heads (the rule).
    private func firstBodyRow(_ screen: String) -> String? {
        let lines = screen.components(separatedBy: "\n")
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("────") }), rule + 1 < lines.count else { return nil }
        return lines[rule + 1]
    }

    private func waitForTitle(_ session: TmuxSession, _ title: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitForScreen("the title “\(title)”", file: file, line: line) { Self.row(0, $0).hasPrefix(title) }
    }

    private func milliseconds(_ interval: TimeInterval) -> Int { Int((interval * 1000).rounded()) }
}

extension TmuxSession {
    func send(contentsOf keys: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try server.run(["send-keys", "-t", target] + keys, file: file, line: line)
    }
}
