import Foundation
import XCTest
@testable import RoadmapModel

/// A role may be written by its id or by one of its aliases, in any letter case: the seed calls
/// the Intermédiaire "Int" and, in places, "Br" (broker). Loading resolves the alias to the
/// role's id and keeps what the file wrote, so that the explorer can show where an alias was used.
final class RoleAliasTests: XCTestCase {
    func testActivityWrittenBrResolvesToInt() throws {
        let result = RuleFixtures.load(valid: "broker-alias")
        XCTAssertEqual(result.diagnostics, [], findingsList(result))
        let roadmap = try XCTUnwrap(result.roadmap)
        let broker = try XCTUnwrap(roadmap.activities.first { $0.id == "broker" })
        XCTAssertEqual(broker.role, "Int")
        XCTAssertEqual(broker.roleAsWritten, "Br")
    }

    /// The team says "Int" and its activity "Br": the same role, so no warning that they differ.
    func testAliasAndIDOfTheSameRoleDoNotDiffer() throws {
        let roadmap = try XCTUnwrap(RuleFixtures.load(valid: "broker-alias").roadmap)
        let cloud = try XCTUnwrap(roadmap.activities.first { $0.id == "cloud" })
        XCTAssertEqual(cloud.team, "cloud-team")
        XCTAssertEqual(cloud.role, "Int")
        XCTAssertEqual(cloud.roleAsWritten, "Br")
        XCTAssertEqual(roadmap.teams.first { $0.id == "cloud-team" }?.role, "Int")
    }

    func testAliasInCapitalsResolvesToo() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.valid("broker-alias"),
                                          replacing: "\"role\": \"Br\", \"status\": \"new\"", with: "\"role\": \"BR\", \"status\": \"new\"")
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.diagnostics, [], findingsList(result))
        let broker = try XCTUnwrap(result.roadmap?.activities.first { $0.id == "broker" })
        XCTAssertEqual(broker.role, "Int")
        XCTAssertEqual(broker.roleAsWritten, "BR")
    }

    func testTeamWrittenWithAnAliasResolvesToo() throws {
        let roadmap = try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.minimal.path).roadmap)
        XCTAssertEqual(roadmap.teams.first { $0.id == "cloud-team" }?.role, "Int")
        XCTAssertEqual(roadmap.roles.first { $0.id == "Int" }?.aliases, ["Br"])
    }
}
