import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The filters by period (p), sub-committee (S), slip (l) and float (M) in the explorer, on the
/// filter line; and the same as flags.
final class ExplorerMoreFiltersTests: XCTestCase {
    private func fixture() throws -> ValidatedRoadmap {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        return try RoadmapLoader.load(path: path).get()
    }

    private func filterLine(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines[1] }

    func testPickersAndKeysSetTheFiltersAndTheFilterLineSaysThem() throws {
        let scheduled = ScheduledRoadmap(try fixture())
        var explorer = Explorer(scheduled: scheduled, state: ViewState(language: .en), width: 160, height: 30)
        _ = explorer.handle(.character("p"))
        guard case let .picker(picker)? = explorer.overlay else { return XCTFail("p opens the period picker") }
        XCTAssertEqual(picker.kind, .periods)
        XCTAssertTrue(ScreenComposer.compose(explorer).lines.joined(separator: "\n").contains("Periods"))
        _ = explorer.handle(.character(" "))
        _ = explorer.handle(.enter)
        let first = scheduled.roadmap.meta.periods[0]
        XCTAssertEqual(explorer.state.filter.periods, [first.id])
        XCTAssertTrue(filterLine(explorer).contains("period " + first.label.en), filterLine(explorer))
        let inFirst = explorer.state.filter.apply(to: scheduled).count
        XCTAssertTrue(filterLine(explorer).contains("— \(inFirst) of 3 activities"), filterLine(explorer))

        _ = explorer.handle(.character("C"))
        guard case let .picker(groups)? = explorer.overlay else { return XCTFail("C opens the sub-committee picker") }
        XCTAssertEqual(groups.kind, .subcommittees)
        _ = explorer.handle(.character(" "))
        _ = explorer.handle(.enter)
        XCTAssertEqual(explorer.state.filter.subcommittees, ["foundation"])
        XCTAssertTrue(filterLine(explorer).contains("sub-committee Foundation Sub-Committee"), filterLine(explorer))

        _ = explorer.handle(.character("x"))
        _ = explorer.handle(.character("l"))
        XCTAssertTrue(explorer.state.filter.slippingOnly)
        XCTAssertTrue(filterLine(explorer).contains("slipping"), filterLine(explorer))
        _ = explorer.handle(.character("l"))
        XCTAssertFalse(explorer.state.filter.slippingOnly)

        _ = explorer.handle(.character("M"))
        XCTAssertEqual(explorer.state.filter.maxFloat, 0)
        XCTAssertTrue(filterLine(explorer).contains("float ≤ 0 months — 1 of 3 activities"), filterLine(explorer))
        for expected in [1, 2, 3, 6] as [Int?] + [nil] {
            _ = explorer.handle(.character("M"))
            XCTAssertEqual(explorer.state.filter.maxFloat, expected)
        }
    }

    func testTheFlagsSetTheSameFilters() throws {
        let validated = try fixture()
        let options = try ViewOptions.parse(["--period", "Period 2", "--subcommittee", "foundation", "--slipping", "--float-at-most", "3"])
        let filter = try options.resolve(validated, preferences: Preferences(environment: [:])).state.filter
        XCTAssertEqual(filter.periods, [validated.roadmap.meta.periods[1].id])
        XCTAssertEqual(filter.subcommittees, ["foundation"])
        XCTAssertTrue(filter.slippingOnly)
        XCTAssertEqual(filter.maxFloat, 3)
        XCTAssertThrowsError(try ViewOptions.parse(["--subcommittee", "nope"]).resolve(validated, preferences: Preferences(environment: [:]))) { error in
            XCTAssertTrue("\(error)".contains("unknown sub-committee \"nope\""), "\(error)")
        }
        XCTAssertThrowsError(try ViewOptions.parse(["--float-at-most", "-1"]).resolve(validated, preferences: Preferences(environment: [:])))
    }
}
