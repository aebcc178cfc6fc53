import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// `u` takes back what-if steps. The stack used to keep the whole schedule from before each
/// key press (about 9 MB each at 100,000 activities) without limit; it keeps the steps now,
/// recomputes on undo, and holds at most Explorer.undoLimit of them.
final class ExplorerUndoTests: XCTestCase {
    private func explorer() throws -> Explorer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        let validated = try XCTUnwrap(RoadmapLoader.load(path: path).validated)
        return Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(), width: 100, height: 30)
    }

    private func press(_ keys: [Key], _ explorer: inout Explorer) {
        for key in keys { _ = explorer.handle(key) }
    }

    /// Each undo brings back exactly the delays and the schedule from before its step.
    func testEachUndoRestoresTheScheduleBeforeItsStep() throws {
        var explorer = try explorer()
        // propose +2, socialize -1, cloud +1, propose -1: each state recorded before the next key.
        let keys: [[Key]] = [[.character("+")], [.character("+")], [.character("j"), .character("-")],
                             [.character("G"), .character("+")], [.character("g"), .character("-")]]
        var history: [(delays: [Int: Int], finish: Month, critical: [Int])] = []
        for group in keys {
            history.append((explorer.scheduled.delays, explorer.scheduled.schedule.projectFinishMonth, explorer.scheduled.schedule.criticalPath))
            press(group, &explorer)
        }
        XCTAssertEqual(explorer.scheduled.delays, [0: 1, 1: -1, 2: 1])
        XCTAssertEqual(explorer.undoStack, [.whatIf(.init(activity: 0, months: 1)), .whatIf(.init(activity: 0, months: 1)),
                                            .whatIf(.init(activity: 1, months: -1)), .whatIf(.init(activity: 2, months: 1)),
                                            .whatIf(.init(activity: 0, months: -1))])
        for expected in history.reversed() {
            press([.character("u")], &explorer)
            XCTAssertEqual(explorer.scheduled.delays, expected.delays)
            XCTAssertEqual(explorer.scheduled.schedule.projectFinishMonth, expected.finish)
            XCTAssertEqual(explorer.scheduled.schedule.criticalPath, expected.critical)
            // The recomputed schedule is the one a fresh computation with those delays gives.
            let fresh = ScheduledRoadmap(explorer.scheduled.validated, delays: expected.delays).schedule
            XCTAssertEqual(explorer.scheduled.schedule.earlyStart, fresh.earlyStart)
            XCTAssertEqual(explorer.scheduled.schedule.lateFinish, fresh.lateFinish)
        }
        XCTAssertTrue(explorer.undoStack.isEmpty)
        XCTAssertNil(explorer.lastChange)
        press([.character("u")], &explorer)
        XCTAssertEqual(explorer.message?.text, "Nothing to undo.")
    }

    /// A step is the activity and the months, not a schedule (a `U` keeps the delays it
    /// removed, a dictionary: one reference).
    func testAStepIsSmall() {
        XCTAssertLessThanOrEqual(MemoryLayout<Explorer.WhatIfStep>.stride, 16)
        XCTAssertLessThanOrEqual(MemoryLayout<Explorer.UndoStep>.stride, 24)
    }

    func testTheStackHoldsAtMostTheLimitAndUndoesTheNewestFirst() throws {
        var explorer = try explorer()
        press(Array(repeating: .character("+"), count: Explorer.undoLimit + 5), &explorer)
        XCTAssertEqual(explorer.undoStack.count, Explorer.undoLimit)
        XCTAssertEqual(explorer.scheduled.delays, [0: Explorer.undoLimit + 5])
        press(Array(repeating: .character("u"), count: Explorer.undoLimit), &explorer)
        XCTAssertTrue(explorer.undoStack.isEmpty)
        XCTAssertEqual(explorer.scheduled.delays, [0: 5], "the five oldest steps, past the limit, stay in force")
        XCTAssertTrue(ScreenComposer.compose(explorer).lines[1].contains("what-if: Propose the strategy +5 months"), "and the header says so")
        press([.character("u")], &explorer)
        XCTAssertEqual(explorer.message?.text, "Nothing to undo.")
    }
}
