import Foundation
import XCTest
@testable import RoadmapTUI

/// `--delay ID=MONTHS`, one reading for every command.
final class DelayOptionTests: XCTestCase {
    private let ids = ["propose": 0, "cloud": 2]

    private func parse(_ items: [String]) -> Result<[(activity: Int, months: Int)], DelayOption.DelayError> {
        DelayOption.parse(items, activityIndex: { self.ids[$0] })
    }

    func testMonthsAddUpPerActivity() throws {
        let parsed = try parse(["propose=2", "cloud=-1", "propose=1"]).get()
        XCTAssertEqual(parsed.map(\.activity), [0, 2])
        XCTAssertEqual(parsed.map(\.months), [3, -1])
    }

    func testEveryFlagGoesIntoOneWhatIf() {
        XCTAssertEqual(DelayOption.byActivity([(0, 2), (2, -1), (0, 1)]), [0: 3, 2: -1])
        XCTAssertEqual(DelayOption.byActivity([]), [:])
    }

    /// `schedule --delay`: two flags on one activity add up, and the output is that of one flag
    /// with the sum.
    func testScheduleSumsTheFlags() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: DelayOptionTests.self))
        let run = { (delays: [String]) throws -> ProcessOutput in
            try ProcessRunner.run(binary, ["schedule", TerminalTestCase.minimal.path, "--lang", "en"] + delays.flatMap { ["--delay", $0] },
                                  environment: ["LANG": "C.UTF-8"])
        }
        let two = try run(["propose=1", "propose=2"]), one = try run(["propose=3"])
        XCTAssertEqual(two.status, 0, two.stderrText)
        XCTAssertEqual(two.stdoutText, one.stdoutText)
        XCTAssertTrue(one.stdoutText.contains("What-if: Propose the strategy +3 months"), one.stdoutText)
        let none = try run([])
        XCTAssertNotEqual(none.stdoutText, one.stdoutText, "three months on propose change the schedule")
    }

    func testEachMistakeIsNamed() {
        let cases: [(String, String)] = [
            ("propose", "a missing '='"),
            ("=2", "the activity id before '=' is missing"),
            ("propose=two", "\"two\" is not a whole number of months"),
            ("nope=1", "no activity has the id \"nope\""),
            // Beyond the bound, month arithmetic in the schedule could overflow and trap.
            ("propose=9223372036854775807", "months is too far; at most 1200 either way"),
            // Int.min has no absolute value: abs() trapped on it before the bound was checked.
            ("propose=-9223372036854775808", "months is too far; at most 1200 either way"),
        ]
        for (item, expected) in cases {
            guard case .failure(let failure) = parse([item]) else { return XCTFail("\(item) was accepted") }
            XCTAssertTrue(failure.message.contains(expected), failure.message)
        }
    }
}
