import Foundation
import XCTest
@testable import RoadmapModel

/// One run reports every problem of a file, not only the first: a file with five different
/// defects gives five findings, each in its place, and nothing else.
final class AllProblemsReportedTests: XCTestCase {
    func testFiveDefectsGiveFiveFindings() {
        let result = RuleFixtures.load(rule: "five-problems")
        XCTAssertNil(result.roadmap)
        XCTAssertEqual(result.diagnostics.count, 5, findingsList(result))
        XCTAssertEqual(result.errors.count, 5)

        func finding(at path: String) -> Diagnostic? {
            let found = result.diagnostics.first { $0.path == path }
            XCTAssertNotNil(found, "no finding at \(path):\n" + findingsList(result))
            return found
        }
        if let duplicate = finding(at: "areas[1].id") {
            assertFinding(duplicate, .error, path: "areas[1].id", id: "governance", message: "duplicate id, first used by areas[0]")
        }
        if let area = finding(at: "activities[0].area") {
            assertFinding(area, .error, path: "activities[0].area", id: "propose",
                          message: "unknown area of interest \"finance\" (known: governance)")
        }
        if let month = finding(at: "activities[1].finish") {
            assertFinding(month, .error, path: "activities[1].finish", id: "socialize", message: "\"2017-9\" is not a month")
        }
        if let team = finding(at: "activities[2].team") {
            assertFinding(team, .error, path: "activities[2].team", id: "cloud", message: "unknown task team \"data-team\"")
        }
        if let type = finding(at: "dependencies[0].type") {
            assertFinding(type, .error, path: "dependencies[0].type", id: "propose → socialize",
                          message: "\"finish-to-start\" is not a dependency type")
        }
        XCTAssertTrue(result.diagnostics.allSatisfy { $0.line != nil && $0.column != nil },
                      "every finding points at its place in the file:\n" + findingsList(result))
    }

    func testEveryFindingOfAnEmptyObjectIsReported() {
        let result = RoadmapLoader.load(bytes: Array("{}".utf8))
        XCTAssertNil(result.roadmap)
        XCTAssertEqual(result.diagnostics.map(\.message), [
            "schemaVersion", "meta", "roles", "areas", "teams", "activities", "dependencies", "workingGroups",
            "principles", "glossary",
        ].map { "missing required field \"\($0)\"" })
    }
}
