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
}
