import XCTest
@testable import RoadmapModel

/// The rules of progress, one fixture each (Tests/Fixtures/invalid/progress-*.json: minimal.json
/// with a status date and one defect): each finding located at the activity and field, with a
/// message that says what to do.
final class ProgressValidationTests: XCTestCase {
    func testPercentAbove100() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-percent-out-of-range"), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "percent complete is a whole number from 0 to 100, not 150", at: (31, 5))
    }

    func testNegativePercent() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.invalid("progress-percent-out-of-range"), replacing: "\"percentComplete\": 150", with: "\"percentComplete\": -5")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "percent complete is a whole number from 0 to 100, not -5")
    }

    /// Decimals are said to be refused as such, at the number itself.
    func testDecimalPercent() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-percent-decimal"), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "found 50.5: decimals are not allowed", at: (31, 232))
    }

    func testPercentThatIsNotANumber() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.invalid("progress-percent-decimal"), replacing: "\"percentComplete\": 50.5", with: "\"percentComplete\": \"abc\"")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "percent complete is a whole number from 0 to 100, found a string")
    }

    func testWorkDoneWithoutAnActualStart() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-without-actual-start"), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "40 % done needs an actual start")
    }

    func testActualFinishBeforeActualStart() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-actual-finish-before-start"), .error, path: "activities[0].actualFinish", id: "propose",
                          message: "actually finished (2016-12) before it actually started (2017-01)")
    }

    func testHundredPercentWithoutAnActualFinish() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-complete-without-finish"), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "100 % complete, but no actual finish")
    }

    func testActualFinishWithLessThanHundredPercent() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.invalid("progress-actual-finish-before-start"), replacing: "\"percentComplete\": 100, \"actualStart\": \"2017-01\", \"actualFinish\": \"2016-12\"",
                                          with: "\"percentComplete\": 60, \"actualStart\": \"2016-10\", \"actualFinish\": \"2017-02\"")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[0].actualFinish", id: "propose",
                          message: "an actual finish (2017-02) with 60 % complete: finished work is 100 % complete")
    }

    func testActualsAfterTheStatusDate() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-actual-after-status-date"), .error, path: "activities[0].actualStart", id: "propose",
                          message: "actually started 2017-05, after the status date (2017-03)")
    }

    /// Said once, at the first activity with progress, with how many others there are.
    func testProgressWithoutAStatusDate() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-without-status-date"), .error, path: "activities[0].percentComplete", id: "propose",
                          message: "the activity reports progress (and 1 other activity), but the roadmap has no statusDate")
    }

    func testEnteredFieldsWithoutTheirTime() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-entered-without-time"), .error, path: "activities[0].enteredFields", id: "propose",
                          message: "entered fields without enteredAt")
    }

    func testEnteredAtThatIsNoTime() {
        assertSoleFinding(RuleFixtures.load(rule: "progress-entered-at-malformed"), .error, path: "activities[0].enteredAt", id: "propose",
                          message: "\"2017-04-03 14:05\" is not a time of entry")
    }

    func testEnteredFieldThatTheActivityDoesNotHave() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.invalid("progress-entered-without-time"), replacing: "\"enteredFields\": [\"percentComplete\"]",
                                          with: "\"enteredFields\": [\"percent\"], \"enteredAt\": \"2017-04-03T14:05:00Z\"")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[0].enteredFields[0]", id: "propose",
                          message: "\"percent\" is not a field of an activity")
    }

    /// socialize started though propose, which it follows finish-to-start, has not: a warning,
    /// as MS Project's, which says the link is inferred.
    func testStartedBeforeItsPredecessors() {
        let result = RuleFixtures.load(rule: "warning-started-before-predecessors")
        assertSoleFinding(result, .warning, path: "activities[1].actualStart", id: "socialize",
                          message: "actually started 2017-03, though its predecessor propose (FS, an inferred dependency) has not started", at: (32, 5))
    }

    /// A valid progress: nothing to say, and it round-trips through the writer.
    func testValidProgressLoadsWithoutFindingAndRoundTrips() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.invalid("warning-started-before-predecessors"),
                                          replacing: "\"team\": \"strategy-team\", \"start\": \"2016-10\", \"finish\": \"2017-03\"}",
                                          with: "\"team\": \"strategy-team\", \"start\": \"2016-10\", \"finish\": \"2017-03\", \"percentComplete\": 100, \"actualStart\": \"2016-10\", \"actualFinish\": \"2017-03\"}")
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.statusDate, Month("2017-03"))
        XCTAssertEqual(roadmap.activities[0].percentComplete, 100)
        XCTAssertEqual(roadmap.activities[1].actualStart, Month("2017-03"))
        let again = try XCTUnwrap(RoadmapLoader.load(bytes: RoadmapJSON.bytes(roadmap)).roadmap)
        XCTAssertEqual(again.activities, roadmap.activities)
        XCTAssertEqual(again.statusDate, roadmap.statusDate)
    }

    /// The shipped roadmap reports no progress: the seed states none, and nothing is invented.
    func testTheShippedRoadmapHasNoProgress() throws {
        let roadmap = try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path).roadmap)
        XCTAssertNil(roadmap.statusDate)
        XCTAssertFalse(roadmap.activities.contains(where: \.hasProgress))
        XCTAssertFalse(roadmap.activities.contains { !$0.provenance.enteredFields.isEmpty })
    }
}
