import Foundation
import XCTest
@testable import RoadmapModel

/// The counts README.md and docs/data-notes.md state about the shipped roadmap are the data's:
/// a change to roadmap.json that moves a count fails here until the documents say the same.
final class DocumentedCountsTests: XCTestCase {
    private func document(_ name: String) throws -> String {
        try String(contentsOf: RuleFixtures.packageRoot.appendingPathComponent(name), encoding: .utf8)
    }

    private func count(_ data: SeedFidelity.Object, _ key: String, where test: (SeedFidelity.Object) -> Bool = { _ in true }) -> Int {
        SeedFidelity.list(data[key]).filter(test).count
    }

    /// The pieces of the "**Counts:**" line of docs/data-notes.md, computed from the data.
    private func countPieces(_ data: SeedFidelity.Object) -> [String] {
        let meta = data["meta"] as? SeedFidelity.Object ?? [:]
        let strategy = data["strategy"] as? SeedFidelity.Object ?? [:]
        func field(_ key: String, _ value: String) -> (SeedFidelity.Object) -> Bool { { $0[key] as? String == value } }
        let statedDependencies = count(data, "dependencies") { ($0["source"] as? String ?? "seed") == "seed" }
        return [
            "\(count(data, "areas")) areas",
            "\(count(meta, "periods")) periods",
            "\(count(meta, "phases")) phases",
            "\(count(data, "roles")) roles",
            "\(count(data, "principles")) principles",
            "\(count(strategy, "outcomes")) outcomes",
            "\(count(strategy, "horizons")) horizons",
            "\((strategy["immediateResults"] as? [Any])?.count ?? 0) result boxes",
            "\(count(data, "subcommittees")) sub-committees",
            "\(count(data, "councils")) councils",
            "\(count(data, "teams")) task teams",
            "\(count(data, "activities")) activities (\(count(data, "activities", where: field("status", "new"))) new, "
                + "\(count(data, "activities", where: field("status", "ongoing"))) ongoing)",
            "\(count(data, "dependencies")) dependencies (\(statedDependencies) stated by the source)",
            "\(count(data, "workingGroups")) working groups (\(count(data, "workingGroups", where: field("disposition", "phase1"))) Phase 1, "
                + "\(count(data, "workingGroups", where: field("disposition", "phase2"))) Phase 2, "
                + "\(count(data, "workingGroups", where: field("disposition", "continued"))) continued, "
                + "\(count(data, "workingGroups", where: field("disposition", "sunset"))) sunset)",
            "\(count(data, "glossary")) glossary terms",
        ]
    }

    func testTheDataNotesCountsAreTheDatas() throws {
        let data = try SeedFidelity.object(from: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json"))
        let line = try XCTUnwrap(try document("docs/data-notes.md").split(separator: "\n").first { $0.hasPrefix("**Counts:**") },
                                 "docs/data-notes.md has no **Counts:** line")
        for piece in countPieces(data) {
            XCTAssertTrue(line.contains(piece), "docs/data-notes.md should say \"\(piece)\" in: \(line)")
        }
    }

    func testTheReadmeCountsAreTheDatas() throws {
        let path = RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path
        let loaded = RoadmapLoader.load(path: path)
        let validated = try XCTUnwrap(loaded.validated, "roadmap.json does not load")
        let roadmap = validated.roadmap
        let scheduled = ScheduledRoadmap(validated)
        let critical = (0..<roadmap.activities.count).filter { scheduled.schedule.isCritical($0) }.count
        let stated = scheduled.statedOnly(true)
        // Sentences wrap in the Markdown source: compare with single spaces.
        // The README says the first, the guide the schedule's, CONTRIBUTING the tests'.
        let readme = try ["README.md", "docs/guide.md", "CONTRIBUTING.md"].map(document).joined(separator: "\n")
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        let pieces = [
            "\(roadmap.activities.count) activities and \(roadmap.teams.count) task teams",
            "the \(roadmap.dependencies.count) dependencies",
            "\(critical) of the \(roadmap.activities.count) activities are critical",
            "gives \(loaded.warnings.count) warnings",
            "**The chains that drive the finish date**: \(scheduled.criticalNetwork.chainCount.value) chains",
            "— all \(roadmap.dependencies.filter(\.provenance.isInferred).count) of them — \(stated.schedule.criticalPath.count) activities are critical",
            "the \(critical - stated.schedule.criticalPath.count) others",
            "(\(roadmap.areas.count) areas, \(roadmap.meta.periods.count) periods, \(roadmap.roles.count) roles, "
                + "\(roadmap.workingGroups.count) working groups, \(roadmap.glossary.count) glossary terms)",
        ]
        for piece in pieces {
            XCTAssertTrue(readme.contains(piece), "README.md, docs/guide.md or CONTRIBUTING.md should say \"\(piece)\"")
        }
    }
}
