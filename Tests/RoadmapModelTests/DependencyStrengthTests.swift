import XCTest
@testable import RoadmapModel

/// `dependencies[].strength`: how strong the reading behind an inferred dependency is
/// (docs/data-notes.md). It was in the schema and the shipped roadmap but never read, so every
/// rewrite of a roadmap lost it; now it is read, checked and written back.
final class DependencyStrengthTests: XCTestCase {
    func testTheShippedRoadmapsStrengthsAreRead() throws {
        let roadmap = try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path).roadmap)
        let counts = Dictionary(grouping: roadmap.dependencies, by: { $0.strength }).mapValues(\.count)
        // README and docs/data-notes.md: 2 strong, 11 moderate, 5 weak.
        XCTAssertEqual(counts, [.strong: 2, .moderate: 11, .weak: 5])
        XCTAssertEqual(roadmap.dependencies[0].strength, .strong, "program-proposal → socialize-program-proposal")
    }

    func testAStrengthIsWrittenBackAndNoneStaysNone() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""lag": 0, "#, with: #""lag": 0, "strength": "weak", "#)
        let roadmap = try XCTUnwrap(RoadmapLoader.load(bytes: bytes).roadmap)
        XCTAssertEqual(roadmap.dependencies[0].strength, .weak)
        let written = String(decoding: RoadmapJSON.bytes(roadmap), as: UTF8.self)
        XCTAssertTrue(written.contains(#""strength": "weak""#), written)
        let again = try XCTUnwrap(RoadmapLoader.load(bytes: Array(written.utf8)).roadmap)
        XCTAssertEqual(again.dependencies, roadmap.dependencies)
        let none = try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.minimal.path).roadmap)
        XCTAssertNil(none.dependencies[0].strength)
        XCTAssertFalse(String(decoding: RoadmapJSON.bytes(none), as: UTF8.self).contains("strength"))
    }

    func testAnUnknownStrengthIsAnErrorNamingTheKnownOnes() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""lag": 0, "#, with: #""lag": 0, "strength": "certain", "#)
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "dependencies[0].strength", id: "propose → socialize",
                          message: #""certain" is not a dependency strength this program knows; expected one of "strong", "moderate", "weak""#)
    }
}
