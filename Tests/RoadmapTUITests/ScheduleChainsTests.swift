import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// `roadmap schedule` lists every chain (no "… and more"), each → a dependency that binds,
/// with the teams it runs through; `--stated-only` leaves the inferred dependencies out.
final class ScheduleChainsTests: XCTestCase {
    private func shipped(statedOnly: Bool = false) throws -> ScheduledRoadmap {
        let path = TerminalTestCase.shipped.path
        return ScheduledRoadmap(try RoadmapLoader.load(path: path).get(), statedOnly: statedOnly)
    }

    func testEveryChainIsListedWithItsTeams() throws {
        let scheduled = try shipped()
        let text = ScheduleReport(scheduled: scheduled, base: nil, delays: [], language: .en).text
        XCTAssertFalse(text.contains("and more"), text)
        XCTAssertTrue(text.contains("\n19 chains: each runs from an activity held only by its planned start"), text)
        // Activities and teams by their names, as the table above them.
        XCTAssertTrue(text.contains("""

              3. Proposal for the pan-Canadian digital governance model → Develop the mandate for the pan-Canadian digital governance structure. → Membership, mandate and governance: process for the new Council structure
                 teams: Governance Model Task Team → Council Member Alignment Task Team

            """), text)
        XCTAssertTrue(text.contains("\n  19. Pilot project C: to be determined\n      team: Prototype Project X Task Team\n"), text)
        XCTAssertTrue(text.contains("\n  Research and draft the digital government blueprint – government as a platform (the Procurement Task Team may provide support).: chains 5, 6\n"), text)
        XCTAssertFalse(text.contains("governance-model-proposal") || text.contains("prototype-x-3"), "no id: \(text)")
        // Every line of names joined by → is a chain of binding dependencies.
        let byName = Dictionary(scheduled.roadmap.activities.indices.map { (scheduled.roadmap.activities[$0].name[.en], $0) }, uniquingKeysWith: { a, _ in a })
        var chains = 0
        for line in text.split(separator: "\n") where line.contains(" → ") && !line.contains("team") && !line.contains("every →") {
            guard let dot = line.firstIndex(of: ".") else { continue }
            let names = line[line.index(dot, offsetBy: 2)...].components(separatedBy: " → ")
            let steps = names.compactMap { byName[$0] }
            XCTAssertEqual(steps.count, names.count, String(line))
            for (p, s) in zip(steps, steps.dropFirst()) {
                XCTAssertTrue(scheduled.graph.successors(of: p).contains { scheduled.schedule.binding[$0] && scheduled.graph.edges[$0].to == s }, String(line))
            }
            chains += 1
        }
        XCTAssertEqual(chains, 10)
    }

    func testStatedOnlyInFrench() throws {
        let text = ScheduleReport(scheduled: try shipped(statedOnly: true), base: nil, delays: [], language: .fr).text
        XCTAssertTrue(text.contains("\nDépendances énoncées seulement : 0 sur 18 (les dépendances inférées sont laissées de côté)\n"), text)
        XCTAssertTrue(text.contains("\nChemin critique (17 activités) :\n"), text)
        // Paragraphs wrap at 100 columns.
        XCTAssertTrue(text.replacingOccurrences(of: "\n", with: " ").contains("Critiques seulement par une dépendance inférée : 9 sur 26."), text)
        XCTAssertFalse(text.split(separator: "\n").contains { $0.hasPrefix("  ") && $0.contains(" → ") }, "no link counts, so no chain has a step")
    }

    func testTheFlagReachesTheCommands() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: ScheduleChainsTests.self))
        let shipped = TerminalTestCase.shipped.path
        let schedule = try ProcessRunner.run(binary, ["schedule", shipped, "--stated-only", "--format", "json"], environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(schedule.status, 0, schedule.stderrText)
        XCTAssertTrue(schedule.stdoutText.contains("\"statedOnly\": true, \"dependenciesCounted\": 0, \"dependenciesTotal\": 18"), schedule.stdoutText)
        let export = try ProcessRunner.run(binary, ["export", shipped, "--view", "critical-path", "--stated-only", "--lang", "en", "--width", "120"],
                                           environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(export.status, 0, export.stderrText)
        XCTAssertTrue(export.stdoutText.contains("Filters: no filter — 29 of 29 activities — stated dependencies only: 0 of 18 links"), export.stdoutText)
        XCTAssertTrue(export.stdoutText.contains("17 of 29 activities are critical"), export.stdoutText)
    }
}
