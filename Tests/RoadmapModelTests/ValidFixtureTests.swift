import Foundation
import XCTest
@testable import RoadmapModel

/// The roadmaps in Tests/Fixtures/valid/ — the ones the JSON Schema check also runs on — load
/// without a single finding, each showing one legal way of writing a roadmap.
final class ValidFixtureTests: XCTestCase {
    func testEveryValidFixtureLoadsWithoutFindings() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.validFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4, "valid fixtures: \(names)")
        for name in names {
            let result = RoadmapLoader.load(path: RuleFixtures.validFolder.appendingPathComponent(name).path)
            XCTAssertEqual(result.diagnostics, [], "\(name):\n" + findingsList(result))
            XCTAssertNotNil(result.roadmap, name)
        }
    }

    /// valid/minimal.json is minimal.json's twin, so that the schema check covers it: they must
    /// not drift apart.
    func testMinimalTwinIsIdenticalToMinimal() throws {
        XCTAssertEqual(try RuleFixtures.bytes(RuleFixtures.valid("minimal")), try RuleFixtures.bytes(RuleFixtures.minimal))
    }

    func testTextsMayBePlainStrings() throws {
        let roadmap = try XCTUnwrap(RuleFixtures.load(valid: "plain-string-texts").roadmap)
        XCTAssertEqual(roadmap.meta.title, LocalizedText("Test roadmap"))
        XCTAssertEqual(roadmap.activities.first?.name.fr, "Propose the strategy")
        XCTAssertEqual(roadmap.activities.first?.name.en, "Propose the strategy")
    }

    func testOptionalPartsMayBeLeftOut() throws {
        let roadmap = try XCTUnwrap(RuleFixtures.load(valid: "required-parts-only").roadmap)
        XCTAssertNil(roadmap.strategy)
        XCTAssertEqual(roadmap.subcommittees, [])
        XCTAssertEqual(roadmap.meta.phases, [])
        XCTAssertNil(roadmap.activities.first?.team)
        XCTAssertNil(roadmap.activities.first?.period)
        XCTAssertEqual(roadmap.activities.first?.provenance, .seed)
        XCTAssertEqual(roadmap.dependencies.first, Dependency(from: "propose", to: "socialize", type: .FS, lag: 0))
    }
}
