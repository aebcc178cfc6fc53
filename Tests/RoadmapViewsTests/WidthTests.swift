import XCTest
import RoadmapModel
@testable import RoadmapViews

/// How the pages use the width they are given, checked on the shipped roadmap as invariants
/// that hold for any roadmap: nothing runs past the right edge, wider terminals give the months
/// more room, and narrow ones cut names with "…" without ever moving the grid.
final class WidthTests: XCTestCase {
    static let widths = [40, 60, 80, 100, 132, 200]

    func testNoLineIsWiderThanTheTerminal() throws {
        let scheduled = try Fixture.shipped()
        let states = allStates(selected: busiestActivity(scheduled)) + Language.allCases.flatMap { language in
            [ActivityFilter(roles: ["Int"]), ActivityFilter(status: .ongoing), ActivityFilter(criticalOnly: true), ActivityFilter(search: "numérique")]
                .map { ViewState(view: .roadmap, language: language, filter: $0) }
        }
        var problems: [String] = []
        for width in Self.widths {
            for state in states {
                let page = PageBuilder.page(scheduled, state, width: width)
                XCTAssertGreaterThan(page.rowCount, 0, "\(state.view) \(state.language) at \(width)")
                for (n, line) in page.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if TextWidth.of(String(line)) > width {
                        problems.append("\(state.view) \(state.language) at \(width), line \(n) is too wide: \(line)")
                    }
                    // Wrapping never leaves French high punctuation at the start of a line.
                    if state.language == .fr, let start = line.drop(while: { $0 == " " }).first, ":;!?»".contains(start) {
                        problems.append("\(state.view) at \(width), line \(n) begins with punctuation: \(line)")
                    }
                }
            }
        }
        XCTAssertEqual(problems, [])
    }

    /// Names in wide characters, combining accents and control characters fit just as well.
    func testUnusualNamesFitTheWidthInEveryView() throws {
        let wide = try Fixture.minimalVariant([
            (#""en": "Propose the strategy""#, #""en": "提案する戦略の文書 🚀 and more words to wrap here""#),
            (#""fr": "Faire connaître la stratégie""#, #""fr": "Faire connai\u0302tre la strate\u0301gie 漢字漢字漢字""#),
        ])
        var problems: [String] = []
        for scheduled in [wide, try Fixture.hostile()] {
            for width in [20, 40, 60, 100] {
                for state in allStates(selected: scheduled.index(of: "socialize")) + allStates(selected: scheduled.index(of: "cloud")) {
                    problems += tooWide(PageBuilder.page(scheduled, state, width: width).fullCanvas.lines, width, "\(state.view) \(state.language)")
                }
                for i in scheduled.roadmap.activities.indices {
                    problems += tooWide(DetailsPage.make(scheduled, activity: i, language: .fr, width: width).lines, width, "details of \(i)")
                }
            }
        }
        XCTAssertEqual(problems, [])
    }

    func testDetailsFitTheWidth() throws {
        let scheduled = try Fixture.shipped()
        var problems: [String] = []
        for width in [40, 80] {
            for language in Language.allCases {
                for i in scheduled.roadmap.activities.indices {
                    problems += tooWide(DetailsPage.make(scheduled, activity: i, language: language, width: width).lines, width, "details of \(i) in \(language)")
                }
            }
        }
        XCTAssertEqual(problems, [])
    }

    private func tooWide(_ lines: [String], _ width: Int, _ what: String) -> [String] {
        lines.enumerated().filter { TextWidth.of($0.element) > width }.map { "\(what) at \(width), line \($0.offset): \($0.element)" }
    }

    func testWiderTerminalsGiveMonthsMoreColumns() throws {
        let scheduled = try Fixture.shipped()
        for language in Language.allCases {
            var previous = 0
            for width in Self.widths {
                let gantt = try Gantt(PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: width), scheduled)
                XCTAssertGreaterThanOrEqual(gantt.monthWidth, previous, "a wider terminal never narrows the months (\(width), \(language))")
                previous = gantt.monthWidth
            }
            let at80 = try Gantt(PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: 80), scheduled)
            let at200 = try Gantt(PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: 200), scheduled)
            XCTAssertGreaterThan(at200.gridWidth, at80.gridWidth, "the grid at 200 columns is wider than at 80 (\(language))")
            XCTAssertGreaterThan(at200.monthWidth, at80.monthWidth, "each month is wider at 200 columns than at 80 (\(language))")
        }
    }

    /// At every width the separators are in the same columns on every row of the grid, each
    /// activity's name fills its column or is cut with "…", its role follows, and its bar
    /// covers exactly its months.
    func testTheGridHoldsAtEveryWidth() throws {
        let scheduled = try Fixture.shipped()
        var cutAt40 = 0
        for language in Language.allCases {
            for width in Self.widths {
                let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: width)
                let gantt = try Gantt(page, scheduled)
                let context = "\(language) at \(width)"
                XCTAssertTrue(gantt.complete, "\(context): the grid is whole on screen")
                gantt.checkSeparators(context)
                cutAt40 += gantt.checkActivities(language, context).filter { _ in width == 40 }.count
            }
        }
        XCTAssertGreaterThan(cutAt40, 0, "at 40 columns some names are cut with …")
    }

    /// The same on the small fixture, where names are short, on a filtered view, and with names
    /// in wide characters (CJK, emoji) and combining accents.
    func testTheGridHoldsOnTheFixture() throws {
        let wide = try Fixture.minimalVariant([
            (#""en": "Propose the strategy""#, #""en": "提案する戦略の文書 🚀 and more""#),
            (#""fr": "Faire connaître la stratégie""#, #""fr": "Faire connai\u0302tre la strate\u0301gie 漢字漢字漢字""#),
        ])
        for scheduled in [try Fixture.minimal(), wide] {
            for language in Language.allCases {
                for width in Self.widths + [20, 30] {
                    for filter in [ActivityFilter(), ActivityFilter(roles: ["Pr"])] {
                        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language, filter: filter), width: width)
                        for line in page.fullCanvas.lines { XCTAssertLessThanOrEqual(TextWidth.of(line), width, line) }
                        let gantt = try Gantt(page, scheduled)
                        guard gantt.complete else { continue }
                        gantt.checkSeparators("\(language) at \(width)")
                        _ = gantt.checkActivities(language, "\(language) at \(width)")
                    }
                }
            }
        }
    }
}

/// The Gantt grid of a roadmap page read back from its cells.
struct Gantt {
    let page: Page
    let scheduled: ScheduledRoadmap
    let header: Canvas
    let body: Canvas
    let ruleRow: Int
    /// The columns of the │ separators, from the ┼ … ┤ of the rule under the column heads.
    let separators: [Int]
    let monthCount: Int
    /// The grid's cells that are not separators, left to right.
    let monthCells: [Int]

    init(_ page: Page, _ scheduled: ScheduledRoadmap, file: StaticString = #filePath, line: UInt = #line) throws {
        self.page = page
        self.scheduled = scheduled
        let header = page.header
        self.header = header
        body = page.rows(0..<page.rowCount)
        guard let rule = (0..<header.height).first(where: { header[0, $0].text == "─" }) else {
            throw FixtureFailure(at: file, line, "no rule under the column heads:\n\(header.lines.joined(separator: "\n"))")
        }
        ruleRow = rule
        let separators = (0..<header.width).filter { ["┼", "┤"].contains(header[$0, rule].text) }
        self.separators = separators
        let schedule = scheduled.schedule
        monthCount = max(scheduled.roadmap.meta.timeline.monthCount, schedule.projectFinish, schedule.lateFinish.max() ?? 0)
        if let first = separators.first, let last = separators.last {
            monthCells = (first...last).filter { !separators.contains($0) }
        } else {
            monthCells = []
        }
    }

    var gridWidth: Int { (separators.last ?? 0) - (separators.first ?? 0) + 1 }
    var monthWidth: Int { monthCells.count / max(1, monthCount) }
    /// The whole grid is on screen, closed by its ┤.
    var complete: Bool {
        guard let last = separators.last else { return false }
        return header[last, ruleRow].text == "┤"
    }
    /// Every month has the same whole number of columns (rather than a compressed grid, where
    /// months share columns because not even one column each fits).
    var uniform: Bool { complete && monthWidth >= 1 && monthCells.count == monthCount * monthWidth }
    var gridX: Int { separators.first ?? 0 }

    func checkSeparators(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in 2..<ruleRow {
            for x in separators { XCTAssertEqual(header[x, y].text, "│", "\(context): header row \(y), column \(x)", file: file, line: line) }
        }
        var gridRows = 0
        for row in 0..<page.rowCount where page.activity(atRow: row) != nil || body[0, row].text == "▾" {
            gridRows += 1
            for x in separators {
                XCTAssertEqual(body[x, row].text, "│", "\(context): row \(row) \(body.line(row)), column \(x)", file: file, line: line)
            }
            for x in gridX..<(separators.last ?? gridX) where !separators.contains(x) {
                XCTAssertTrue([" ", "█", "▒", "·", "┈"].contains(body[x, row].text), "\(context): row \(row) has \(body[x, row].text) in the grid", file: file, line: line)
            }
        }
        XCTAssertGreaterThan(gridRows, 0, context, file: file, line: line)
    }

    /// Checks each activity row; returns the activities whose names were cut.
    func checkActivities(_ language: Language, _ context: String, file: StaticString = #filePath, line: UInt = #line) -> [Int] {
        let schedule = scheduled.schedule
        let roleX = gridX - GanttLayout.roleWidth - 1
        let nameWidth = roleX - 1 - GanttLayout.nameX
        var cut: [Int] = []
        for row in 0..<page.rowCount {
            guard let i = page.activity(atRow: row) else { continue }
            let activity = scheduled.roadmap.activities[i]
            func text(_ range: Range<Int>) -> String {
                var s = range.map { body[$0, row].text }.joined()
                while s.last == " " { s.removeLast() }
                return s
            }
            XCTAssertEqual(body[0, row].text, schedule.isCritical(i) ? "◆" : " ", "\(context): the critical mark of \(activity.id)", file: file, line: line)
            let name = Sanitized.text(activity.name[language])
            let shown = text(GanttLayout.nameX..<roleX)
            if nameWidth > 0 {
                XCTAssertLessThanOrEqual(TextWidth.of(shown), nameWidth, file: file, line: line)
                if TextWidth.of(name) <= nameWidth {
                    XCTAssertEqual(shown, name, "\(context): \(activity.id) shown whole", file: file, line: line)
                } else {
                    cut.append(i)
                    XCTAssertTrue(shown.hasSuffix("…") && name.hasPrefix(shown.dropLast()),
                                  "\(context): \(activity.id) cut with …: \(shown)", file: file, line: line)
                }
            }
            // The code as the seed prints it: Br where it prints Br.
            XCTAssertEqual(text(roleX..<(gridX - 1)), activity.roleAsWritten, "\(context): role of \(activity.id)", file: file, line: line)
            let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i], lf = schedule.lateFinish[i]
            let ps = schedule.plannedStart[i], pf = ps + schedule.duration[i]
            let fill = activity.status == .new ? "█" : "▒"
            if uniform {
                for month in 0..<monthCount {
                    let expected = month >= es && month < ef ? fill : month >= ef && month < lf ? "·" : month >= ps && month < pf ? "┈" : " "
                    for x in monthCells[(month * monthWidth)..<((month + 1) * monthWidth)] {
                        XCTAssertEqual(body[x, row].text, expected, "\(context): \(activity.id), month \(month)", file: file, line: line)
                    }
                }
            } else {
                // Months share columns: the bar is one unbroken run, the float after it.
                let marks = monthCells.map { body[$0, row].text }
                let bar = marks.indices.filter { marks[$0] == fill }
                XCTAssertFalse(bar.isEmpty, "\(context): \(activity.id) has a bar", file: file, line: line)
                XCTAssertEqual(bar.count, (bar.last ?? 0) - (bar.first ?? 0) + 1, "\(context): \(activity.id)'s bar is unbroken", file: file, line: line)
                for k in marks.indices where marks[k] == "·" {
                    XCTAssertGreaterThan(k, bar.last ?? -1, "\(context): \(activity.id)'s float follows its bar", file: file, line: line)
                }
                if es == 0 { XCTAssertEqual(bar.first, 0, "\(context): \(activity.id) starts with the grid", file: file, line: line) }
                if ef == monthCount { XCTAssertEqual(bar.last, marks.count - 1, "\(context): \(activity.id) ends with the grid", file: file, line: line) }
            }
        }
        return cut
    }
}
