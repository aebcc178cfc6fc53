import Foundation
import XCTest
@testable import RoadmapModel

/// Well-formed JSON of the wrong shape: a value of the wrong type, a required field left out,
/// an empty id. Each is reported at the field's path, naming the object it belongs to, and the
/// reading goes on.
final class FieldShapeTests: XCTestCase {
    func testNumberWhereAMonthIsExpected() {
        assertSoleFinding(RuleFixtures.load(rule: "month-given-as-number"), .error,
                          path: "activities[1].start", id: "socialize",
                          message: "expected a month \"YYYY-MM\", found a number", at: (31, 192))
    }

    func testStringWhereAnArrayIsExpected() {
        assertSoleFinding(RuleFixtures.load(rule: "string-instead-of-array"), .error,
                          path: "activities[2].inferredFields", id: "cloud",
                          message: "expected an array, found a string", at: (32, 286))
    }

    /// A required list given with the wrong type is reported once, as a wrong type, and not
    /// also as missing.
    func testRequiredListOfTheWrongTypeIsNotAlsoMissing() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"principles\": [\n    {\"id\": \"digital-by-design\", \"name\": {\"fr\": \"Conception axée sur le numérique\", \"en\": \"Digital by design\"}}\n  ],",
                                          with: "\"principles\": \"digital-by-design\",")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "principles", id: nil,
                          message: "expected an array, found a string")
    }

    func testMissingTopLevelField() {
        assertSoleFinding(RuleFixtures.load(rule: "missing-top-level-field"), .error, path: "", id: nil,
                          message: "missing required field \"glossary\"", at: (1, 1))
    }

    func testMissingActivityField() {
        assertSoleFinding(RuleFixtures.load(rule: "missing-activity-field"), .error,
                          path: "activities[1]", id: "socialize",
                          message: "missing required field \"finish\"", at: (31, 5))
    }

    /// A malformed timeline month is one error: the timeline is there, its month is wrong.
    func testMalformedTimelineMonthIsReportedOnce() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"timeline\": {\"start\": \"2016-10\"",
                                          with: "\"timeline\": {\"start\": \"2016-1\"")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "meta.timeline.start", id: nil,
                          message: "\"2016-1\" is not a month", at: (5, 27))
    }

    /// An empty id is reported at the id itself, and names no object: there is none to name.
    func testEmptyIDIsRejected() {
        assertSoleFinding(RuleFixtures.load(rule: "empty-id"), .error, path: "activities[2].id", id: nil,
                          message: "must not be empty", at: (32, 12))
    }

    func testEmptyReferenceIsRejected() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "{\"from\": \"propose\",", with: "{\"from\": \"\",")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "dependencies[0].from", id: nil,
                          message: "must not be empty")
    }
}
