import Foundation
import XCTest
@testable import RoadmapModel

/// Dependencies are of a known type, link two different activities, and never close a loop.
/// A cycle is reported with its whole path, so that the reader can see which link to cut.
final class DependencyRuleTests: XCTestCase {
    func testUnknownDependencyType() {
        assertSoleFinding(RuleFixtures.load(rule: "unknown-dependency-type"), .error, path: "dependencies[0].type",
                          id: "propose → socialize",
                          message: "\"FX\" is not a dependency type this program knows; expected one of \"FS\", \"SS\", \"FF\", \"SF\"",
                          at: (35, 52))
    }

    func testActivityCannotDependOnItself() {
        assertSoleFinding(RuleFixtures.load(rule: "self-dependency"), .error, path: "dependencies[1]", id: "cloud → cloud",
                          message: "an activity cannot depend on itself", at: (36, 5))
    }

    func testCycleIsNamedWithItsWholePath() throws {
        let result = RuleFixtures.load(rule: "dependency-cycle")
        assertSoleFinding(result, .error, path: "dependencies[0]", id: nil, message: "dependency cycle", at: (35, 5))
        XCTAssertEqual(result.diagnostics.first?.message, "dependency cycle: propose → socialize → cloud → propose")
    }

    func testTwoSeparateCyclesAreBothReported() {
        let result = RuleFixtures.load(rule: "two-dependency-cycles")
        XCTAssertNil(result.roadmap)
        XCTAssertEqual(result.diagnostics.count, 2, findingsList(result))
        guard result.diagnostics.count == 2 else { return }
        let byPath = result.diagnostics.sorted { $0.path < $1.path }
        assertFinding(byPath[0], .error, path: "dependencies[0]", id: nil, message: "dependency cycle", at: (36, 5))
        assertFinding(byPath[1], .error, path: "dependencies[2]", id: nil, message: "dependency cycle", at: (38, 5))
        XCTAssertEqual(byPath.map(\.message), [
            "dependency cycle: propose → socialize → propose",
            "dependency cycle: cloud → migrate → cloud",
        ])
    }
}
