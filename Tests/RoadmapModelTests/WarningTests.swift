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
        XCTAssertEqual(result.errors, [])
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
