import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapSynthetic
import RoadmapViews

/// The what-if panel (`w`, issue 10): every activity the what-ifs moved, before → after, the
/// activities newly critical and no longer critical, the finish delta; it scrolls, closes and
/// exports like the other overlays; the grid shows the moved bar's months before the what-ifs.
final class WhatIfPanelTests: XCTestCase {
    private static let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minimal.json").path

    private func explorer(width: Int = 100, height: Int = 30, language: Language = .en) throws -> Explorer {
        let validated = try XCTUnwrap(RoadmapLoader.load(path: Self.minimal).validated)
        return Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(language: language), width: width, height: height)
    }

    @discardableResult
    private func type(_ keys: [Key], into explorer: inout Explorer) -> [Explorer.Effect] { keys.map { explorer.handle($0) } }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }

    func testThePanelListsWhatTheWhatIfsMovedAndTheFinish() throws {
        var explorer = try explorer()
        type([.character("G"), .character("+"), .character("w")], into: &explorer)  // cloud, critical, one month later
        guard case .whatIfs? = explorer.overlay else { return XCTFail("w opens the what-if panel") }
        let text = screen(explorer)
        XCTAssertTrue(text.contains("What-ifs — Esc to close, e to export"), text)
        // By the activity's name, the finish said as everywhere.
        XCTAssertTrue(text.contains("Cloud: +1 month"), text)
        XCTAssertTrue(text.contains("Finish Apr 2018, 1 month later than planned"), text)
        XCTAssertTrue(text.contains("Activities moved (1)"), text)
        XCTAssertTrue(text.contains("what-if +1 month"), text)
        XCTAssertFalse(text.contains("cloud"), "no id: \(text)")
        let schedule = explorer.scheduled.schedule, baseline = explorer.scheduled.baseline
        let before = "\(baseline.month(baseline.earlyStart[2])) – \(baseline.lastMonth(baseline.earlyFinish[2]))"
        let after = "\(schedule.month(schedule.earlyStart[2])) – \(schedule.lastMonth(schedule.earlyFinish[2]))"
        XCTAssertNotEqual(before, after)
        XCTAssertTrue(text.contains("\(before) → \(after) (+1 month)"), text)
        XCTAssertTrue(text.contains("Before: the schedule of the file’s dates"), "the panel says what before and after are: \(text)")
    }

    func testThePanelSaysWhichActivitiesBecameCriticalAndWhichLeft() throws {
        var explorer = try explorer()
        // socialize, six months later: it becomes critical (the status says the path changed).
        type([.character("j")] + Array(repeating: .character("+"), count: 6) + [.character("w")], into: &explorer)
        let change = ScheduleChange(from: explorer.scheduled.baseline, to: explorer.scheduled.schedule)
        XCTAssertFalse(change.becameCritical.isEmpty)
        let text = screen(explorer)
        let lines = text.split(separator: "\n").map(String.init)
        let newly = try XCTUnwrap(lines.firstIndex { $0.contains("Newly critical (\(change.becameCritical.count))") }, text)
        let left = try XCTUnwrap(lines.firstIndex { $0.contains("No longer critical (\(change.leftCriticalPath.count))") }, text)
        for activity in change.becameCritical {
            let name = explorer.scheduled.roadmap.activities[activity].name[.en]
            XCTAssertTrue(lines[newly + 1..<left].contains { $0.contains("  " + name) }, "\(name) under Newly critical, by its name: \(text)")
        }
    }

    func testThePanelScrollsAndClosesLikeTheOtherOverlays() throws {
        for closer: Key in [.escape, .character("q"), .character("w"), .interrupt] {
            var explorer = try explorer(width: 60, height: 12)
            type([.character("G"), .character("+"), .character("w")], into: &explorer)
            type([.character("G")], into: &explorer)
            guard case let .whatIfs(box)? = explorer.overlay else { return XCTFail("the panel stays open on G") }
            XCTAssertGreaterThan(box.scroll, 0, "G goes to the end of a panel taller than the screen")
            XCTAssertEqual(type([closer], into: &explorer), [.none], "\(closer) closes, never quits")
            XCTAssertNil(explorer.overlay)
        }
    }

    func testWithoutWhatIfsThePanelSaysHowToMakeOne() throws {
        var explorer = try explorer(language: .fr)
        type([.character("w")], into: &explorer)
        XCTAssertTrue(screen(explorer).contains("Aucune simulation : dans l’explorateur, + retarde l’activité choisie"), screen(explorer))
        XCTAssertTrue(screen(explorer).contains("Simulations — Échap pour fermer, e pour exporter"), screen(explorer))
    }

    func testEInThePanelExportsTheReportNotTheGrid() throws {
        var explorer = try explorer()
        explorer.now = { Date(timeIntervalSince1970: 0) }
        type([.character("G"), .character("+"), .character("w"), .character("e")], into: &explorer)
        guard case let .prompt(prompt)? = explorer.overlay else { return XCTFail("e opens the export prompt") }
        XCTAssertEqual(prompt.view, .whatIfs)
        XCTAssertTrue(prompt.text.hasPrefix("roadmap-what-ifs-"), prompt.text)
        XCTAssertTrue(screen(explorer).contains("Export to (.txt .md): "), screen(explorer))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatifs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.txt").path
        type(Array(repeating: .control("u"), count: 1) + Key.typed(path), into: &explorer)
        let effect = explorer.handle(.enter)
        XCTAssertEqual(effect, .export(path: path, format: .text, view: .whatIfs))
        explorer.writeExport(path: path, format: .text, view: .whatIfs, roadmapPath: nil)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        var state = explorer.state
        state.view = .whatIfs
        let expected = String(decoding: try Exporter.render(explorer.scheduled, state, format: .text, width: 100), as: UTF8.self)
        XCTAssertEqual(written, expected)
        XCTAssertTrue(written.contains("Activities moved (1)"), written)
        // A format the report has no meaning in is refused in the prompt.
        type([.character("w"), .character("e"), .control("u")] + Key.typed(folder.appendingPathComponent("r.csv").path) + [.enter], into: &explorer)
        guard case let .prompt(refused)? = explorer.overlay else { return XCTFail("the prompt stays open") }
        XCTAssertTrue(refused.note?.contains("the what-ifs are a report") == true, refused.note ?? "no note")
    }

    func testTheGridShowsAGhostOfTheBarBeforeTheWhatIfsAndTheLegendSaysWhatItIs() throws {
        var explorer = try explorer(width: 120, height: 30)
        let ghost = String(RoadmapPage.Mark.ghost)
        XCTAssertFalse(screen(explorer).contains(ghost), "no ghost without a what-if")
        type([.character("+"), .character("+")], into: &explorer)  // propose, two months later
        let lines = ScreenComposer.compose(explorer).lines
        let row = try XCTUnwrap(lines.first { $0.contains("Propose the strategy") && $0.contains("│") })
        XCTAssertTrue(row.contains(ghost), row)
        let socialize = try XCTUnwrap(lines.first { $0.contains("Socialize the strategy") && $0.contains("│") })
        XCTAssertTrue(socialize.contains(ghost), "a successor the what-if moved has its ghost too: \(socialize)")
        let cloud = try XCTUnwrap(lines.first { $0.contains("Cloud") && $0.contains("│") })
        XCTAssertFalse(cloud.contains(ghost), "an activity that did not move has none: \(cloud)")
        XCTAssertTrue(lines.joined(separator: "\n").contains("\(ghost) months before the what-ifs (w lists them)"), lines.joined(separator: "\n"))
    }

    /// A what-if at the head of a chain moves every activity after it: the panel lists them
    /// all and scrolls to the last, drawing only the rows in its frame.
    func testThePanelListsEveryMoveOfALongChainAndScrollsToTheLast() throws {
        let validated = try XCTUnwrap(RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 3_000, seed: 5, shape: .chain))).validated)
        var explorer = Explorer(scheduled: ScheduledRoadmap(validated).delaying(0, by: 1), state: ViewState(language: .en), width: 100, height: 30)
        let change = ScheduleChange(from: explorer.scheduled.baseline, to: explorer.scheduled.schedule)
        XCTAssertGreaterThan(change.moved.count, 1_000)
        type([.character("w"), .character("G")], into: &explorer)
        let text = screen(explorer)
        let last = try XCTUnwrap(change.moved.last).activity
        XCTAssertTrue(text.contains("Before: the schedule of the file’s dates"), text)
        let report = explorer.whatIfPage()
        XCTAssertTrue(report.header.lines.joined().isEmpty == false)
        XCTAssertNotNil((0..<report.rowCount).first { report.activity(atRow: $0) == last }, "the last move is listed")
        XCTAssertTrue(text.contains("/\(report.header.height + report.rowCount) "), "the frame says how far it scrolled: \(text)")
    }
}
