import Foundation
import XCTest
import RoadmapViews
import RoadmapModel

/// `roadmap summary`: the counts a reader checks first, in both languages.
final class SummaryTests: XCTestCase {
    private func shipped() throws -> Roadmap {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("roadmap.json").path
        return try XCTUnwrap(RoadmapLoader.load(path: path).roadmap)
    }

    func testTheSummaryCountsAreasRolesTeamsAndPeriods() throws {
        let roadmap = try shipped()
        let text = RoadmapSummary(roadmap: roadmap, language: .en).text
        XCTAssertTrue(text.contains("Areas of interest (10), activities per area"), text)
        XCTAssertTrue(text.contains("Activities per role (\(roadmap.activities.count))"), text)
        XCTAssertTrue(text.contains("  P1  Period 1  2016-10 – 2017-03"), text)
        XCTAssertTrue(text.contains("Int (Br)"), text)
        XCTAssertTrue(text.contains("Task teams: \(roadmap.teams.count) ("), text)
        XCTAssertTrue(text.contains("Current working groups: 17"), text)
        XCTAssertTrue(text.contains("Glossary: 26 terms"), text)
        let perArea = roadmap.areas.map { area in roadmap.activities.filter { $0.area == area.id }.count }
        for (area, count) in zip(roadmap.areas, perArea) {
            let number = String(count)
            let line = String(repeating: " ", count: 5 - number.count) + number + "  " + area.name.en
            XCTAssertTrue(text.contains(line), "\(area.name.en): \(count)")
        }
        let french = RoadmapSummary(roadmap: roadmap, language: .fr).text
        XCTAssertTrue(french.contains("Domaines d’intérêt (10)"), french)
        XCTAssertTrue(french.contains("Glossaire : 26 termes"), french)
    }
}
