import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Navigable dependencies (issue 10): in the dependencies view the cursor moves from link to
/// link, Enter follows one, Backspace goes back through a history the header tells, and `A`
/// switches between the activity's links and the whole network.
final class DependencyNavigationTests: XCTestCase {
    private static let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minimal.json").path

    private func explorer(language: Language = .en) throws -> Explorer {
        let validated = try XCTUnwrap(RoadmapLoader.load(path: Self.minimal).validated)
        return Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(language: language), width: 100, height: 30)
    }

    @discardableResult
    private func type(_ keys: [Key], into explorer: inout Explorer) -> [Explorer.Effect] { keys.map { explorer.handle($0) } }

    private func lines(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    private func id(_ explorer: Explorer, _ index: Int?) -> String? { index.map { explorer.scheduled.roadmap.activities[$0].id } }

    func testEnterFollowsALinkAndBackspaceComesBack() throws {
        var explorer = try explorer()
        type([.character("d")], into: &explorer)  // propose's dependencies
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "propose")
        XCTAssertEqual(id(explorer, explorer.page.activity(atRow: explorer.cursor)), "socialize", "the cursor opens on the first link")
        XCTAssertFalse(lines(explorer)[0].contains("step"), lines(explorer)[0])

        type([.enter], into: &explorer)
        XCTAssertNil(explorer.overlay, "Enter on a link follows it rather than open the details")
        XCTAssertEqual(explorer.state.view, .dependencies)
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "socialize")
        XCTAssertEqual(explorer.state.trail, [.activity(0)])
        XCTAssertTrue(lines(explorer)[0].contains("· step 2 · ⌫ back to Propose the strategy"), "by its name: \(lines(explorer)[0])")
        XCTAssertEqual(id(explorer, explorer.page.activity(atRow: explorer.cursor)), "propose")

        type([.backspace], into: &explorer)
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "propose")
        XCTAssertTrue(explorer.state.trail.isEmpty)
        XCTAssertFalse(lines(explorer)[0].contains("step"), lines(explorer)[0])
        XCTAssertEqual(id(explorer, explorer.page.activity(atRow: explorer.cursor)), "socialize", "back on the link that was followed")

        type([.backspace], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "Start of the history: nothing before.")
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "propose")
    }

    func testMovingTheCursorKeepsTheViewOnItsActivityAndEnterOnItOpensTheDetails() throws {
        var explorer = try explorer()
        type([.character("j"), .character("d")], into: &explorer)  // socialize: waits for propose
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "socialize")
        type([.character("k")], into: &explorer)
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "socialize", "the cursor moves; the view stays about socialize")
        XCTAssertEqual(explorer.page.activity(atRow: explorer.cursor), explorer.selectedActivity)
        type([.enter], into: &explorer)
        guard case .details(let activity, _)? = explorer.overlay else { return XCTFail("Enter on the activity itself opens its details") }
        XCTAssertEqual(id(explorer, activity), "socialize")
    }

    func testLListsTheWholeNetworkAndEnterGoesToALinksPredecessor() throws {
        var explorer = try explorer(language: .fr)
        type([.character("G"), .character("d"), .character("A")], into: &explorer)  // cloud has no link
        XCTAssertEqual(explorer.state.dependencyScope, .network)
        let screen = lines(explorer)
        XCTAssertTrue(screen[0].contains("tout le réseau · 1 lien"), screen[0])
        let row = try XCTUnwrap(screen.first { $0.contains("Proposer la stratégie") && $0.contains(" → ") }, screen.joined(separator: "\n"))
        XCTAssertTrue(row.contains("FS · détermine la date · inféré"), row)
        type([.enter], into: &explorer)
        XCTAssertEqual(explorer.state.dependencyScope, .activity)
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "propose")
        XCTAssertTrue(lines(explorer)[0].contains("⌫ retour à tout le réseau"), lines(explorer)[0])
        // Backspace comes back to the network, on the link that was followed.
        type([.backspace], into: &explorer)
        XCTAssertEqual(explorer.state.dependencyScope, .network)
        XCTAssertTrue(explorer.state.trail.isEmpty)
        XCTAssertEqual(id(explorer, explorer.page.activity(atRow: explorer.cursor)), "propose")
        type([.enter], into: &explorer)
        type([.character("A"), .character("A")], into: &explorer)
        XCTAssertEqual(explorer.state.dependencyScope, .activity, "l switches back")
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "propose")
    }

    func testComingBackToTheViewStartsANewHistoryAndBackspaceElsewhereSaysWhereItWorks() throws {
        var explorer = try explorer()
        type([.character("d"), .enter], into: &explorer)
        XCTAssertFalse(explorer.state.trail.isEmpty)
        type([.character("1"), .character("d")], into: &explorer)
        XCTAssertTrue(explorer.state.trail.isEmpty)
        type([.character("1"), .backspace], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "⌫ goes back in the dependencies view (3).")
    }

    func testTheNetworkExportsEveryLinkWhateverTheSelection() throws {
        let explorer = try explorer()
        var state = ViewState(view: .dependencies, language: .en, selectedActivity: 2)  // cloud: no link of its own
        let own = String(decoding: try Exporter.render(explorer.scheduled, state, format: .csv, width: 100), as: UTF8.self)
        XCTAssertEqual(own.split(separator: "\r\n").count, 1, "only the header: \(own)")
        state.dependencyScope = .network
        let all = String(decoding: try Exporter.render(explorer.scheduled, state, format: .csv, width: 100), as: UTF8.self)
        XCTAssertEqual(all.split(separator: "\r\n").count, 1 + explorer.scheduled.graph.edges.count, all)
    }
}
