import Foundation
import XCTest
@testable import RoadmapModel

/// Months are written exactly "YYYY-MM"; an activity finishes no earlier than it starts, and
/// activities and periods lie inside the roadmap's timeline.
final class MonthAndTimelineTests: XCTestCase {
    private func assertMalformedMonth(_ rule: String, _ written: String, file: StaticString = #filePath, line: UInt = #line) {
        assertSoleFinding(RuleFixtures.load(rule: rule), .error, path: "activities[1].finish", id: "socialize",
                          message: "\"\(written)\" is not a month: months are written \"YYYY-MM\"", at: (31, 213),
                          file: file, line: line)
    }

    func testMonthThirteenIsMalformed() { assertMalformedMonth("malformed-month-13", "2017-13") }
    func testMonthWithOneDigitIsMalformed() { assertMalformedMonth("malformed-month-one-digit", "2017-1") }
    func testYearWithTwoDigitsIsMalformed() { assertMalformedMonth("malformed-month-two-digit-year", "17-01") }
    func testMonthWithASlashIsMalformed() { assertMalformedMonth("malformed-month-slash", "2017/01") }

    /// Every month's "YYYY-MM", as the formula it was written with gives it, from before the
    /// year 0 to after 9999 (the digits written one by one in between).
    func testEveryMonthIsWrittenYearHyphenMonth() {
        for ordinal in -36..<(10_001 * 12 + 36) {
            let month = Month(ordinal: ordinal)
            let digits = String(month.year)
            let expected = String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + (month.month < 10 ? "0\(month.month)" : String(month.month))
            XCTAssertEqual(month.description, expected, "\(ordinal)")
            if ordinal >= 0 && month.year <= 9999 { XCTAssertEqual(Month(month.description), month) }
        }
    }

    func testMonthParserAcceptsExactlyYearHyphenMonth() {
        XCTAssertEqual(Month("2016-10"), Month(year: 2016, month: 10))
        XCTAssertEqual(Month("2017-12")?.description, "2017-12")
        for malformed in ["2017-13", "2017-00", "2017-1", "17-01", "2017/01", "2017-011", " 2017-01", "2017-1a", ""] {
            XCTAssertNil(Month(malformed), "\"\(malformed)\" should not parse")
        }
    }

    func testFinishBeforeStart() {
        assertSoleFinding(RuleFixtures.load(rule: "finish-before-start"), .error, path: "activities[1].finish", id: "socialize",
                          message: "the activity finishes (2017-02) before it starts (2017-04)", at: (31, 5))
    }

    func testActivityStartingBeforeTheTimeline() {
        assertSoleFinding(RuleFixtures.load(rule: "activity-before-timeline"), .error, path: "activities[0].start", id: "propose",
                          message: "starts 2016-08, before the timeline begins (2016-10)", at: (30, 5))
    }

    func testActivityFinishingAfterTheTimeline() {
        assertSoleFinding(RuleFixtures.load(rule: "activity-after-timeline"), .error, path: "activities[1].finish", id: "socialize",
                          message: "finishes 2018-05, after the timeline ends (2018-03)", at: (31, 5))
    }

    func testPeriodOutsideTheTimeline() {
        assertSoleFinding(RuleFixtures.load(rule: "period-outside-timeline"), .error, path: "meta.periods[2]", id: "P3",
                          message: "the period 2017-10 – 2018-06 lies outside the timeline 2016-10 – 2018-03", at: (9, 7))
    }
}
