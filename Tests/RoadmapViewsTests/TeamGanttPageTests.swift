import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The team Gantt (issue 10): teams as rows grouped by sub-committee on the roadmap grid's
/// month columns, their spans and floats as bars, the team critical path marked; a team's
/// details with its activities and the teams it waits for and feeds, both ways said as an
/// exchange; its exports are the teams page's table.
final class TeamGanttPageTests: XCTestCase {
    func testTeamsAreRowsOnTheGridsMonthColumnsWithTheCriticalOnesMarked() throws {
        let scheduled = try Fixture.shipped()
        let state = ViewState(view: .teamGantt, language: .en)
        let page = PageBuilder.page(scheduled, state, width: 120)
        let grid = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en), width: 120)
        // The same period and month heads as the roadmap grid (same layout at the same width);
        // the grid's corner above the names holds its critical summary.
        XCTAssertEqual(page.header.lines[2...3].map { String($0.drop { $0 != "│" }) }, grid.header.lines[2...3].map { String($0.drop { $0 != "│" }) })
        let teams = (0..<page.rowCount).compactMap { page.team(atRow: $0) }
        XCTAssertEqual(Set(teams), Set(TeamSelection(scheduled, state).teams), "every team of the teams page has its row")
        XCTAssertEqual(teams.count, scheduled.roadmap.teams.count)
        let lines = page.fullCanvas.lines
        for row in 0..<page.rowCount {
            guard let t = page.team(atRow: row) else { continue }
            let line = page.rows(row..<row + 1).line(0)
            XCTAssertEqual(line.hasPrefix("◆"), scheduled.teams.criticalPath.contains(t), line)
            if let span = scheduled.teams.spans[t] {
                XCTAssertTrue(line.contains("█"), line)
                XCTAssertEqual(line.contains("·"), span.float > 0, "float drawn when the team has some: \(line)")
            } else {
                XCTAssertTrue(line.contains("no activities"), line)
            }
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("▾ Planning and Oversight Sub-Committee (") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("◆ team on the critical path") })
    }

    func testATeamsDetailsListItsActivitiesAndSayAnExchangeBothWaysIsNotACycle() throws {
        let link = TeamLinksAndRoleTests.link
        let scheduled = try Fixture.minimalVariant([(link, link
            + #", {"from": "propose", "to": "cloud", "type": "SS"}, {"from": "cloud", "to": "socialize", "type": "SS"}"#)])
        let strategy = try XCTUnwrap(scheduled.teamIndex["strategy-team"])
        let lines = TeamDetailsPage.make(scheduled, team: strategy, language: .en, width: 100).lines
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("Waits for: none"), text)
        XCTAssertTrue(lines.contains("Feeds: none"), text)
        XCTAssertTrue(lines.contains("Exchanges both ways with: Cloud Task Team"), text)
        XCTAssertTrue(text.contains("it is not a cycle"), text)
        XCTAssertTrue(text.contains("Activities (2)"), text)
        XCTAssertTrue(text.contains("Propose the strategy"), text)
        XCTAssertTrue(text.contains("Socialize the strategy"), text)

        let oneWay = try Fixture.minimalVariant([(link, link + #", {"from": "propose", "to": "cloud", "type": "SS"}"#)])
        let cloud = TeamDetailsPage.make(oneWay, team: try XCTUnwrap(oneWay.teamIndex["cloud-team"]), language: .fr, width: 100).lines
        XCTAssertTrue(cloud.contains("Attend : Équipe de la stratégie"), cloud.joined(separator: "\n"))
        XCTAssertTrue(cloud.contains("Alimente : aucune"), cloud.joined(separator: "\n"))
    }

    func testItExportsTheTeamTableAndItsGridAsText() throws {
        let scheduled = try Fixture.shipped()
        let gantt = ViewState(view: .teamGantt, language: .en)
        XCTAssertEqual(Exporter.formats(of: .teamGantt), Exporter.formats(of: .teams))
        for format in [ExportFormat.markdown, .csv, .json] {
            var teams = gantt
            teams.view = .teams
            let mine = try Exporter.render(scheduled, gantt, format: format, width: 100)
            let table = try Exporter.render(scheduled, teams, format: format, width: 100)
            XCTAssertFalse(mine.isEmpty)
            if format == .csv || format == .json { XCTAssertEqual(mine, table, "\(format): the teams page's table") }
        }
        let text = String(decoding: try Exporter.render(scheduled, gantt, format: .text, width: 100), as: UTF8.self)
        var document = gantt
        document.medium = .document
        XCTAssertEqual(text, PageBuilder.page(scheduled, document, width: 100).text)
        XCTAssertTrue(text.contains("team Gantt"), text)
        XCTAssertFalse(text.contains("Enter"), "a file names no key: \(text)")
        XCTAssertTrue(PageBuilder.page(scheduled, gantt, width: 100).text.contains("Enter: the team’s details"), "the screen does")
    }
}
