import Foundation
import XCTest
@testable import RoadmapModel

/// What is legal but suspicious is a warning: the file still loads (the program exits 0), and
/// the warning says what to look at.
final class WarningTests: XCTestCase {
    func testActivityWhoseRoleDiffersFromItsTeams() {
        let result = RuleFixtures.load(rule: "warning-role-differs-from-team")
        assertSoleFinding(result, .warning, path: "activities[1].role", id: "socialize",
                          message: "the activity's role CE differs from its task team's (strategy-team: Pr)", at: (31, 5))
        XCTAssertEqual(result.warnings.first?.message.contains("inferred"), false, "the team is the file's statement, not an inference")
        XCTAssertEqual(result.errors, [])
    }

    /// Where the activity's team is inferred, the warning says so: the mismatch is then between
    /// the printed role and a reading, not one the source prints.
    func testRoleWarningSaysWhenTheTeamItComparesWithIsInferred() throws {
        let activity = "\"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"}"
        for (provenance, inferred) in [(", \"source\": \"inferred\", \"inferredFields\": [\"team\"], \"note\": \"by its name\"", true),
                                       (", \"source\": \"inferred\", \"note\": \"all inferred\"", true),
                                       (", \"source\": \"inferred\", \"inferredFields\": [\"start\"], \"note\": \"later\"", false),
                                       (", \"source\": \"seed\", \"inferredFields\": [\"team\"]", false)] {
            let bytes = try RuleFixtures.text(RuleFixtures.invalid("warning-role-differs-from-team"), replacing: activity,
                                              with: activity.dropLast() + provenance + "}")
            let result = RoadmapLoader.load(bytes: bytes)
            assertSoleFinding(result, .warning, path: "activities[1].role", id: "socialize",
                              message: "the activity's role CE differs from its task team's (strategy-team: Pr)" + (inferred ? "; its team is inferred, not stated by the source" : ""))
            XCTAssertEqual(result.warnings.first?.message.hasSuffix("its team is inferred, not stated by the source"), inferred, provenance)
        }
    }

    /// socialize is planned for 2017-02, but follows propose (finishing 2017-03) finish-to-start.
    func testPlannedStartThatItsDependenciesMakeImpossible() {
        let result = RuleFixtures.load(rule: "warning-start-slips")
        assertSoleFinding(result, .warning, path: "activities[1].start", id: "socialize",
                          message: "planned to start 2017-02, but its dependencies allow 2017-04 at the earliest (2 month(s) of slip)",
                          at: (31, 5))
        XCTAssertEqual(result.errors, [])
    }

    func testDuplicatedDependency() {
        let result = RuleFixtures.load(rule: "warning-duplicate-dependency")
        assertSoleFinding(result, .warning, path: "dependencies[1]", id: "propose → socialize",
                          message: "the same two activities are already linked by dependencies[0]", at: (36, 5))
        XCTAssertEqual(result.errors, [])
    }
}
