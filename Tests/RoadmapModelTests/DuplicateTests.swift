import Foundation
import XCTest
@testable import RoadmapModel

/// Ids are unique within their list, and role codes (ids and aliases alike, in any letter case)
/// are unique across all roles. The second use is the one reported, pointing at the first.
final class DuplicateTests: XCTestCase {
    func testDuplicateActivityID() {
        assertSoleFinding(RuleFixtures.load(rule: "duplicate-activity-id"), .error, path: "activities[2].id", id: "propose",
                          message: "duplicate id, first used by activities[0]", at: (32, 5))
    }

    func testDuplicateTeamID() {
        assertSoleFinding(RuleFixtures.load(rule: "duplicate-team-id"), .error, path: "teams[1].id", id: "strategy-team",
                          message: "duplicate id, first used by teams[0]", at: (27, 5))
    }

    func testDuplicateAreaID() {
        assertSoleFinding(RuleFixtures.load(rule: "duplicate-area-id"), .error, path: "areas[1].id", id: "governance",
                          message: "duplicate id, first used by areas[0]", at: (23, 5))
    }

    /// "pr" is "Pr" written in another case: role codes are matched without regard to case.
    func testDuplicateRoleCode() {
        assertSoleFinding(RuleFixtures.load(rule: "duplicate-role-code"), .error, path: "roles[3].id", id: "pr",
                          message: "duplicate role code \"pr\", already used by roles[1]", at: (16, 5))
    }

    func testDuplicateRoleAlias() {
        assertSoleFinding(RuleFixtures.load(rule: "duplicate-role-alias"), .error, path: "roles[3].aliases[0]", id: "In",
                          message: "duplicate role code \"Br\", already used by roles[2] as an alias", at: (16, 5))
    }
}
