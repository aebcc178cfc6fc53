import XCTest
@testable import RoadmapModel

/// Progress entered by a person (`roadmap progress`, the explorer's prompt): the gaps filled as
/// MS Project fills them, the fields marked entered with the time and never as the seed's, the
/// result validated; and the percentages people type.
final class ProgressEntryTests: XCTestCase {
    let time = "2017-07-03T14:05:00Z"

    func roadmap(_ name: String = "progress") throws -> Roadmap { try XCTUnwrap(RuleFixtures.load(valid: name).roadmap) }

    func testAnEntryIsMarkedEnteredWithItsTimeAndValidated() throws {
        let (validated, filled) = try ProgressEntry(percent: 65, actualStart: Month("2016-11")).applied(to: roadmap(), activity: 2, at: time).get()
        let cloud = validated.roadmap.activities[2]
        XCTAssertEqual(cloud.percentComplete, 65)
        XCTAssertEqual(cloud.actualStart, Month("2016-11"))
        XCTAssertEqual(filled, [])
        XCTAssertEqual(cloud.provenance.enteredFields, ["percentComplete", "actualStart"])
        XCTAssertEqual(cloud.provenance.enteredAt, time)
        // The rest of the activity says where it came from as before: its dates are still inferred.
        XCTAssertTrue(cloud.provenance.infers("start"))
        XCTAssertFalse(cloud.provenance.infers("percentComplete"))
    }

    /// The command line changes only what is typed: an actual start the file has stays; the
    /// explorer's prompt shows every value, so what it leaves out is none.
    func testActualsNotGivenAreKeptOnlyWhenAsked() throws {
        let base = try roadmap()
        let (kept, filledKept) = try ProgressEntry(percent: 65).applied(to: base, activity: 2, at: time).get()
        XCTAssertEqual(kept.roadmap.activities[2].actualStart, Month("2016-11"))
        XCTAssertEqual(filledKept, [])
        let (whole, filledWhole) = try ProgressEntry(percent: 65, keepsActuals: false).applied(to: base, activity: 2, at: time).get()
        XCTAssertEqual(whole.roadmap.activities[2].actualStart, Month("2016-10"), "the planned start, filled in")
        XCTAssertEqual(filledWhole.map(\.field), ["actualStart"])
        // A finished activity given a lower percentage is reopened: its actual finish goes.
        let (reopened, _) = try ProgressEntry(percent: 80).applied(to: base, activity: 0, at: time).get()
        XCTAssertNil(reopened.roadmap.activities[0].actualFinish)
        XCTAssertEqual(reopened.roadmap.activities[0].actualStart, Month("2016-10"))
    }

    /// 40 % with no actual start: the planned start; 100 % with no finish: the planned finish,
    /// or the status date when the plan ends after it; an actual finish makes it 100 %.
    func testTheGapsAreFilledAndSaid() throws {
        let base = try roadmap()
        let (started, filled) = try ProgressEntry(percent: 40).applied(to: base, activity: 1, at: time).get()
        XCTAssertEqual(started.roadmap.activities[1].actualStart, Month("2017-04"))
        XCTAssertEqual(filled.map(\.field), ["actualStart"])
        XCTAssertEqual(filled.first?.reason.en, "the planned start")
        XCTAssertEqual(started.roadmap.activities[1].provenance.enteredFields, ["percentComplete", "actualStart"])

        let (finished, filledFinish) = try ProgressEntry(percent: 100, actualStart: Month("2017-04")).applied(to: base, activity: 1, at: time).get()
        // socialize is planned to end 2017-09, after the status date (2017-06): it ended by then.
        XCTAssertEqual(finished.roadmap.activities[1].actualFinish, Month("2017-06"))
        XCTAssertEqual(filledFinish.first?.reason.en, "the status date")

        let (byFinish, _) = try ProgressEntry(percent: 0, actualStart: Month("2017-04"), actualFinish: Month("2017-05")).applied(to: base, activity: 1, at: time).get()
        XCTAssertEqual(byFinish.roadmap.activities[1].percentComplete, 100)
    }

    func testAnInvalidEntryIsRefusedWithTheRule() throws {
        let failure = ProgressEntry(percent: 30, actualStart: Month("2017-08")).applied(to: try roadmap(), activity: 1, at: time)
        guard case .failure(.invalid(let findings)) = failure else { return XCTFail("accepted: \(failure)") }
        XCTAssertTrue(findings.contains { $0.path == "activities[1].actualStart" && $0.message.contains("after the status date (2017-06)") })
    }

    func testNoStatusDateNoEntry() throws {
        let result = ProgressEntry(percent: 30).applied(to: try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.minimal.path).roadmap), activity: 0, at: time)
        XCTAssertEqual(result.map { _ in true }, .failure(.noStatusDate))
    }

    func testSettingAndRestoring() throws {
        let base = try roadmap()
        let moved = try ProgressEntry.settingStatusDate(Month("2017-09")!, of: base).get()
        XCTAssertEqual(moved.roadmap.statusDate, Month("2017-09"))
        // An actual month after a new, earlier status date is refused.
        guard case .failure(.invalid) = ProgressEntry.settingStatusDate(Month("2017-01")!, of: base) else { return XCTFail("accepted") }
        let snapshot = ProgressEntry.Snapshot(base.activities[2])
        let (changed, _) = try ProgressEntry(percent: 90, actualStart: Month("2016-11")).applied(to: base, activity: 2, at: time).get()
        let back = try ProgressEntry.restoring(snapshot, activity: 2, of: changed.roadmap, statusDate: base.statusDate).get()
        XCTAssertEqual(back.roadmap.activities[2], base.activities[2])
        XCTAssertEqual(back.roadmap.activities[2].provenance.enteredAt, base.activities[2].provenance.enteredAt)
    }

    func testPercentagesAsPeopleTypeThem() {
        XCTAssertEqual(try PercentText.parse("40").get(), 40)
        XCTAssertEqual(try PercentText.parse(" 40 % ").get(), 40)
        XCTAssertEqual(try PercentText.parse("0").get(), 0)
        XCTAssertEqual(try PercentText.parse("100%").get(), 100)
        for (text, said) in [("-5", "-5 is out of range"), ("150", "150 is out of range"), ("abc", "\"abc\" is not a number"),
                             ("50.5", "decimals are not allowed"), ("50,5", "decimals are not allowed"), ("", "is not a number")] {
            guard case .failure(let problem) = PercentText.parse(text) else { XCTFail("\(text) accepted"); continue }
            XCTAssertTrue(problem.message.contains(said), "\(text): \(problem.message)")
        }
    }

    func testEntryTimes() {
        XCTAssertTrue(EntryTime.isValid("2017-07-03T14:05:00Z"))
        XCTAssertTrue(EntryTime.isValid("2016-02-29T23:59:59Z"))
        for bad in ["2017-07-03 14:05:00Z", "2017-02-29T10:00:00Z", "2017-13-01T10:00:00Z", "2017-07-03T24:00:00Z", "2017-07-03T14:05:00", ""] {
            XCTAssertFalse(EntryTime.isValid(bad), bad)
        }
        XCTAssertEqual(EntryTime.format(secondsSinceEpoch: 0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(EntryTime.format(secondsSinceEpoch: 1_499_090_700), "2017-07-03T14:05:00Z")
        XCTAssertTrue(EntryTime.isValid(EntryTime.now()))
    }
}
