import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The team Gantt in the explorer (issue 10): `9` shows it, the cursor moves from team to team
/// past the sub-committee headings, Enter opens the team's details, which scroll and close.
final class TeamGanttExplorerTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func explorer(_ file: String = "Tests/Fixtures/minimal.json", width: Int = 100, height: Int = 30) throws -> Explorer {
        let validated = try XCTUnwrap(RoadmapLoader.load(path: Self.repository.appendingPathComponent(file).path).validated)
        return Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(language: .en), width: width, height: height)
    }

    @discardableResult
    private func type(_ keys: [Key], into explorer: inout Explorer) -> [Explorer.Effect] { keys.map { explorer.handle($0) } }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }

    private func teamID(_ explorer: Explorer) -> String? { explorer.selectedTeam.map { explorer.scheduled.roadmap.teams[$0].id } }

    func testNineShowsTheTeamGanttAndTheCursorGoesFromTeamToTeam() throws {
        var explorer = try explorer()
        type([.character("9")], into: &explorer)
        XCTAssertEqual(explorer.state.view, .teamGantt)
        XCTAssertTrue(screen(explorer).contains("Task teams · team Gantt"), screen(explorer))
        XCTAssertEqual(teamID(explorer), "strategy-team", "the cursor opens on the first team, past its sub-committee")
        XCTAssertNotNil(explorer.page.team(atRow: explorer.cursor))
        type([.character("j")], into: &explorer)
        XCTAssertEqual(teamID(explorer), "cloud-team", "the next team, past the heading of its group")
        type([.character("j")], into: &explorer)
        XCTAssertEqual(teamID(explorer), "cloud-team", "the last team stays")
        XCTAssertTrue(screen(explorer).contains("▶ Cloud Task Team · "), screen(explorer))
        type([.character("g")], into: &explorer)
        XCTAssertEqual(teamID(explorer), "strategy-team")
        XCTAssertEqual(type([.character("+")], into: &explorer), [.none])
        XCTAssertTrue(explorer.undoStack.isEmpty, "no what-if on an activity the team Gantt does not show")
    }

    /// `f` folds the sub-committee of the team under the cursor, as on the teams page (the same
    /// fold: it is folded in both views); Enter on the folded heading unfolds it.
    func testFFoldsTheSubcommitteeOfTheSelectedTeam() throws {
        var explorer = try explorer()
        type([.character("9")], into: &explorer)
        XCTAssertTrue(screen(explorer).contains("▾ "), screen(explorer))
        type([.character("f")], into: &explorer)
        XCTAssertEqual(explorer.state.folded.count, 1)
        XCTAssertFalse(screen(explorer).contains("Strategy Task Team"), "its teams are hidden: \(screen(explorer))")
        XCTAssertTrue(screen(explorer).contains("▸ "), screen(explorer))
        XCTAssertNil(explorer.overlay)
        type([.character("2")], into: &explorer)
        XCTAssertFalse(screen(explorer).contains("Strategy Task Team"), "folded on the teams page too")
        type([.character("9"), .enter], into: &explorer)
        XCTAssertNil(explorer.overlay, "Enter on a folded heading unfolds it, it opens no team")
        XCTAssertTrue(explorer.state.folded.isEmpty)
        XCTAssertTrue(screen(explorer).contains("Strategy Task Team"), screen(explorer))
    }

    func testEnterOpensTheTeamsDetailsWhichScrollAndClose() throws {
        var explorer = try explorer(width: 80, height: 12)
        type([.character("9"), .enter], into: &explorer)
        guard case let .team(team, _)? = explorer.overlay else { return XCTFail("Enter opens the team's details") }
        XCTAssertEqual(explorer.scheduled.roadmap.teams[team].id, "strategy-team")
        XCTAssertTrue(screen(explorer).contains("Team — Esc to close"), screen(explorer))
        type([.character("G")], into: &explorer)
        guard case let .team(_, box)? = explorer.overlay else { return XCTFail("G scrolls, the box stays") }
        XCTAssertGreaterThan(box.scroll, 0)
        XCTAssertTrue(screen(explorer).contains("Socialize the strategy"), screen(explorer))
        XCTAssertEqual(type([.character("q")], into: &explorer), [.none])
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(explorer.state.view, .teamGantt)
    }

    func testEveryTeamOfTheShippedRoadmapIsReachable() throws {
        var explorer = try explorer("roadmap.json", width: 120, height: 30)
        type([.character("9")], into: &explorer)
        var seen: Set<Int> = []
        for _ in 0..<explorer.scheduled.roadmap.teams.count + 5 {
            if let team = explorer.selectedTeam { seen.insert(team) }
            type([.character("j")], into: &explorer)
        }
        XCTAssertEqual(seen.count, explorer.scheduled.roadmap.teams.count)
    }
}
