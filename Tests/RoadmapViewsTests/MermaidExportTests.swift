import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The Mermaid export is a `gantt` chart Mermaid can read: every line is one of the few shapes
/// of its grammar, every `after` names a task already defined, every task ends after it starts.
final class MermaidExportTests: XCTestCase {
    private func mermaid(_ scheduled: ScheduledRoadmap, _ state: ViewState = ViewState()) throws -> String {
        String(decoding: try Exporter.render(scheduled, state, format: .mermaid, width: 100), as: UTF8.self)
    }

    /// Checks `text` against the gantt grammar; returns the task lines' (text, id, start, end).
    @discardableResult
    private func checkGrammar(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws -> [(text: String, id: String, start: String, end: String)] {
        let date = #"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"#
        let task = try Regex(#"^\s*(?<text>[^\n]*?) :(?<tags>(?:(?:crit|active), )*)(?<id>a\d+), (?<start>"# + date + #"|after a\d+(?: a\d+)*), (?<end>"# + date + #")$"#)
        let title = try Regex(#"^\s*title \S.*$"#)
        let dateFormat = try Regex(#"^\s*dateFormat YYYY-MM-DD$"#)
        let axisFormat = try Regex(#"^\s*axisFormat \S+$"#)
        let section = try Regex(#"^\s*section (?<text>\S.*)$"#)

        XCTAssertTrue(text.hasSuffix("\n"), "\(context): ends with a line end", file: file, line: line)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.first, "gantt", "\(context): the first line is gantt", file: file, line: line)
        var tasks: [(text: String, id: String, start: String, end: String)] = []
        var ends: [String: String] = [:]
        var sawTitle = false, sawDateFormat = false
        for lineText in lines.dropFirst() {
            let lineText = String(lineText)
            if let match = lineText.wholeMatch(of: task) {
                XCTAssertTrue(sawDateFormat, "\(context): dateFormat comes before the tasks", file: file, line: line)
                let name = String(match.output["text"]!.substring!)
                let tags = match.output["tags"]!.substring!.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let id = String(match.output["id"]!.substring!)
                let start = String(match.output["start"]!.substring!)
                let end = String(match.output["end"]!.substring!)
                XCTAssertFalse(name.isEmpty, "\(context): a task has a name", file: file, line: line)
                XCTAssertFalse(name.contains { ":#;".contains($0) }, "\(context): task text \(name)", file: file, line: line)
                XCTAssertEqual(Set(tags).count, tags.count, "\(context): no tag twice in \(lineText)", file: file, line: line)
                XCTAssertNil(ends[id], "\(context): \(id) defined once", file: file, line: line)
                // `after a b` starts when the last of a and b ends.
                var startDate: String? = start
                if start.hasPrefix("after ") {
                    let predecessors = start.dropFirst(6).split(separator: " ").map(String.init)
                    for predecessor in predecessors {
                        XCTAssertNotNil(ends[predecessor], "\(context): \(id) is after \(predecessor), which is defined above it", file: file, line: line)
                    }
                    startDate = predecessors.contains { ends[$0] == nil } ? nil : predecessors.compactMap { ends[$0] }.max()
                }
                if let startDate {
                    XCTAssertGreaterThan(end, startDate, "\(context): \(lineText) ends after it starts", file: file, line: line)
                }
                ends[id] = end
                tasks.append((name, id, startDate ?? start, end))
            } else if lineText.wholeMatch(of: title) != nil {
                XCTAssertFalse(sawTitle, "\(context): one title", file: file, line: line)
                sawTitle = true
            } else if lineText.wholeMatch(of: dateFormat) != nil {
                sawDateFormat = true
            } else if lineText.wholeMatch(of: axisFormat) != nil {
                continue
            } else if let match = lineText.wholeMatch(of: section) {
                let name = String(match.output["text"]!.substring!)
                XCTAssertFalse(name.contains { ":#;".contains($0) }, "\(context): section text \(name)", file: file, line: line)
            } else {
                XCTFail("\(context): not gantt grammar: \(lineText.debugDescription)", file: file, line: line)
            }
        }
        XCTAssertTrue(sawTitle && sawDateFormat, "\(context): a title and a dateFormat", file: file, line: line)
        return tasks
    }

    func testEveryLineIsGanttGrammar() throws {
        for scheduled in [try Fixture.minimal(), try Fixture.shipped(), try Fixture.hostile()] {
            let filters = [ActivityFilter(), ActivityFilter(roles: ["Pr"]), ActivityFilter(roles: ["Int", "In"]), ActivityFilter(criticalOnly: true),
                           ActivityFilter(status: .new), ActivityFilter(areas: [scheduled.roadmap.areas.last!.id])]
            for language in Language.allCases {
                for filter in filters {
                    let tasks = try checkGrammar(try mermaid(scheduled, ViewState(language: language, filter: filter)), "\(language) \(filter)")
                    XCTAssertEqual(tasks.count, filter.apply(to: scheduled).count, "one task per activity in the view")
                }
            }
        }
    }

    /// The tasks' dates are the early schedule: first day of the first month, first day of
    /// the month after the last.
    func testTasksFollowTheSchedule() throws {
        let scheduled = try Fixture.shipped()
        let tasks = try checkGrammar(try mermaid(scheduled), "shipped")
        let schedule = scheduled.schedule
        for task in tasks {
            let i = Int(task.id.dropFirst())!
            XCTAssertEqual(task.start, "\(schedule.month(schedule.earlyStart[i]))-01", task.text)
            XCTAssertEqual(task.end, "\(schedule.month(schedule.earlyFinish[i]))-01", task.text)
        }
    }

    func testTheFixture() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(try mermaid(scheduled), """
            gantt
                title Test roadmap — Roadmap
                dateFormat YYYY-MM-DD
                axisFormat %Y-%m
                section Digital governance
                Propose the strategy :a0, 2016-10-01, 2017-04-01
                Socialize the strategy :a1, after a0, 2017-10-01
                section Digital enablement
                Cloud :crit, active, a2, 2016-10-01, 2018-04-01

            """)
    }

    /// A predecessor the filter hides cannot be named: the task gets its date instead.
    func testHiddenPredecessorGivesADate() throws {
        let scheduled = try Fixture.minimal()
        let text = try mermaid(scheduled, ViewState(language: .fr, filter: ActivityFilter(search: "connaître")))
        XCTAssertTrue(text.hasSuffix("""
                section Gouvernance numérique
                Faire connaître la stratégie :a1, 2017-04-01, 2017-10-01

            """), text)
    }

    /// A predecessor in a later section is not yet defined where its successor is written:
    /// the successor gets its date rather than an `after` Mermaid cannot resolve.
    func testPredecessorInALaterSectionGivesADate() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""area": "governance", "role": "Pr", "status": "new", "team": "strategy-team", "start": "2016-10""#,
             #""area": "enablement", "role": "Pr", "status": "new", "team": "strategy-team", "start": "2016-10""#),
        ])
        let text = try mermaid(scheduled)
        try checkGrammar(text, "propose moved to the later area")
        XCTAssertTrue(text.contains("Socialize the strategy :a1, 2017-04-01, 2017-10-01"), text)
    }

    func testHostileNamesKeepToOneTaskLine() throws {
        let scheduled = try Fixture.hostile()
        let text = try mermaid(scheduled)
        XCTAssertTrue(text.contains("    Cl␛[31moud�2J␊next, \"q\" | a∶ b № c, d :crit, active, a2, 2016-10-01, 2018-04-01\n"), text)
        XCTAssertTrue(text.contains("    title Test� roadmap␛[2J — Roadmap\n"), text)
    }
}
