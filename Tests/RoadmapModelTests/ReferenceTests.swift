import Foundation
import XCTest
@testable import RoadmapModel

/// Every reference from one object to another must name an object the file defines. Each
/// dangling reference is reported at the referring field, naming the referring object, and
/// quotes the name that did not resolve.
final class ReferenceTests: XCTestCase {
    func testUnknownArea() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-area"), .error, path: "activities[1].area", id: "socialize",
                          message: "unknown area of interest \"finance\" (known: governance, enablement)", at: (31, 5))
    }

    func testUnknownRole() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-role"), .error, path: "activities[2].role", id: "cloud",
                          message: "unknown role \"Xx\" (known: CE, Pr, Int, In)", at: (32, 5))
    }

    func testUnknownTeam() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-team"), .error, path: "activities[2].team", id: "cloud",
                          message: "unknown task team \"data-team\"", at: (32, 5))
    }

    func testUnknownSubcommittee() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-subcommittee"), .error, path: "teams[0].subcommittee", id: "strategy-team",
                          message: "unknown sub-committee \"finance\" (known: foundation)", at: (26, 5))
    }

    func testUnknownPeriod() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-period"), .error, path: "activities[1].period", id: "socialize",
                          message: "unknown period \"P4\" (known: P1, P2, P3)", at: (31, 5))
    }

    /// A dependency has no id of its own: it is named by the activities it links.
    func testDependencyFromAMissingActivity() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-dependency-from"), .error, path: "dependencies[0].from",
                          id: "proposal → socialize", message: "unknown activity \"proposal\"", at: (35, 5))
    }

    func testDependencyToAMissingActivity() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-dependency-to"), .error, path: "dependencies[0].to",
                          id: "propose → socialise", message: "unknown activity \"socialise\"", at: (35, 5))
    }

    func testWorkingGroupBecomesAnUnknownTeam() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-becomes"), .error, path: "workingGroups[0].becomes", id: "old-group",
                          message: "unknown task team \"policy-team\"", at: (38, 5))
    }
}
