import XCTest
@testable import RoadmapModel

/// The schedule without the inferred dependencies: how much of the critical path rests on
/// inference. Same graph, same edge indices; the inferred edges are left out of the passes.
final class StatedOnlyScheduleTests: XCTestCase {
    func testAnInferredLinkIsTheOnlyReasonAnActivityIsCritical() throws {
        // a (months 0–2) → b (3–5), inferred; c (0–5) stated alone. With the link a cannot
        // slip without moving b; without it, a has 3 months of float.
        var plan = PlanBuilder()
        plan.activity("a", duration: 3)
        plan.activity("b", start: 3, duration: 3)
        plan.activity("c", duration: 6)
        plan.depend("a", "b", inferred: true)
        let all = try plan.scheduled()
        XCTAssertEqual(all.criticalPathIDs, ["a", "c", "b"])
        XCTAssertEqual(all.chainIDs, [["a", "b"], ["c"]])
        XCTAssertEqual(all.dependenciesCounted, 1)

        let stated = try plan.scheduled(statedOnly: true)
        XCTAssertTrue(stated.statedOnly)
        XCTAssertEqual(stated.criticalPathIDs, ["c", "b"])
        XCTAssertEqual(stated.dates("a"), [0, 3, 3, 6, 3, 3])
        XCTAssertEqual(stated.schedule.binding, [false], "a link left out never binds")
        XCTAssertEqual(stated.dependenciesCounted, 0)
        XCTAssertEqual(stated.graph.edges.count, 1, "the graph keeps its edges and their indices")
        XCTAssertEqual(stated.chainIDs, [["c"], ["b"]])
        XCTAssertEqual(stated.teams.links, [])
    }

    func testAnInferredLinkThatMovesTheFinishAndWhatIfsOnTheStatedSchedule() throws {
        // a (0–3) → b, planned 3–5: the inferred link pushes b to 4–6 and the finish with it.
        var plan = PlanBuilder()
        plan.activity("a", duration: 4)
        plan.activity("b", start: 3, duration: 3)
        plan.activity("s", duration: 2)
        plan.activity("t", start: 2, duration: 2)
        plan.depend("a", "b", inferred: true)
        plan.depend("s", "t")
        let all = try plan.scheduled()
        XCTAssertEqual(all.schedule.projectFinish, 7)
        XCTAssertEqual(all.schedule.slip(all.index("b")), 1)
        let stated = all.statedOnly(true)
        XCTAssertEqual(stated.schedule.projectFinish, 6)
        XCTAssertEqual(stated.schedule.slip(stated.index("b")), 0)
        XCTAssertEqual(stated.schedule.binding, [false, true], "the stated link still binds")
        XCTAssertEqual(stated.dependenciesCounted, 1)
        XCTAssertEqual(stated.statedOnly(false).schedule.earlyStart, all.schedule.earlyStart)

        // A what-if keeps the mode, and works on the stated schedule: a delayed 2 months
        // moves nothing there (b no longer waits for it), and the finish with the link.
        let delayed = stated.delaying(stated.index("a"), by: 2)
        XCTAssertTrue(delayed.statedOnly)
        XCTAssertEqual(delayed.schedule.projectFinish, 6)
        XCTAssertEqual(delayed.statedOnly(false).schedule.projectFinish, 9)
        XCTAssertEqual(delayed.delaying(stated.index("a"), by: -2).schedule.earlyStart, stated.schedule.earlyStart)
    }

    func testTheShippedRoadmapWithAndWithoutItsInferredDependencies() throws {
        let validated = try RoadmapLoader.load(path: ShippedRoadmapTests.path).get()
        let all = ScheduledRoadmap(validated)
        let stated = ScheduledRoadmap(validated, statedOnly: true)
        // The seed states no precedence between its activities: every dependency is inferred.
        XCTAssertEqual(all.graph.edges.count, 18)
        XCTAssertEqual(all.dependenciesCounted, 18)
        XCTAssertEqual(stated.dependenciesCounted, 0)

        // Both finish in March 2018: every bar fits the timeline, and the links move none.
        XCTAssertEqual(all.schedule.projectFinishMonth, Month(year: 2018, month: 3)!)
        XCTAssertEqual(stated.schedule.projectFinishMonth, Month(year: 2018, month: 3)!)
        XCTAssertEqual(all.schedule.criticalPath.count, 26)
        // The architecture ends in September 2017 (period 2, beside the alignment on l. 1237).
        XCTAssertEqual(Set(all.roadmap.activities.indices.filter { !all.schedule.isCritical($0) }.map { all.roadmap.activities[$0].id }),
                       ["research-methodologies", "public-private-partnership-framework", "digital-government-architecture"])
        // Without them, the critical activities are those whose bar runs to March 2018 …
        XCTAssertEqual(stated.schedule.criticalPath.count, 17)
        XCTAssertTrue(stated.schedule.criticalPath.allSatisfy { stated.roadmap.activities[$0].finish == Month(year: 2018, month: 3)! })
        // … and nine are critical only through an inferred link: those that end earlier and
        // lead, by a link that binds, to one that ends in March 2018.
        let onlyThroughInference = all.schedule.criticalPath.filter { !stated.schedule.isCritical($0) }.map { all.roadmap.activities[$0].id }
        XCTAssertEqual(Set(onlyThroughInference), [
            "program-proposal", "socialize-program-proposal", "governance-model-proposal", "governance-structure-mandate",
            "asset-activity-inventory", "federated-foundation-principles", "value-for-money-framework",
            "digital-identity-framework", "pilot-prioritization-criteria",
        ])
        XCTAssertEqual(stated.ids(stated.schedule.criticalPath.filter { !all.schedule.isCritical($0) }), [])
        XCTAssertEqual(stated.criticalNetwork.chains?.allSatisfy { $0.count == 1 }, true, "no link, so every chain is one activity")
    }

    func testTheShippedRoadmapsChains() throws {
        let s = ScheduledRoadmap(try RoadmapLoader.load(path: ShippedRoadmapTests.path).get())
        // Checked by hand against the data: each link below decides its successor's start
        // (FS from a finish in March to a start in April, or the SS and FF links that line
        // up); criteria → pilots B and C and inventory → alignment do not bind (B, C and the
        // alignment are planned six months after the link allows), so those start alone.
        let expected: [[String]] = [
            ["program-proposal", "socialize-program-proposal", "secure-support-resources"],
            ["program-proposal", "strategy-business-case", "secure-support-resources"],
            ["governance-model-proposal", "governance-structure-mandate", "new-council-structure"],
            ["governance-model-proposal", "governance-structure-mandate", "institute-digital-governance"],
            ["asset-activity-inventory", "blueprint-research"],
            ["federated-foundation-principles", "blueprint-research"],
            ["pilot-prioritization-criteria", "pilot-a-digital-identity"],
            ["value-for-money-framework", "socialize-value-for-money-framework"],
            ["digital-identity-framework", "death-notification-pilot"],
            ["digital-identity-framework", "pilot-a-digital-identity"],
            ["cloud-architecture-models"], ["canadian-digital-hub"], ["open-data-advisory"], ["policy-law-framework"],
            ["service-design-manual"], ["innovation-lab-model"], ["initiative-alignment"], ["pilot-b"], ["pilot-c"],
        ]
        XCTAssertEqual(s.criticalNetwork.chainCount.value, 19)
        XCTAssertEqual(s.chainIDs.count, 19)
        XCTAssertEqual(Set(s.chainIDs), Set(expected))
        XCTAssertEqual(s.ids(s.criticalNetwork.finishers).count, 17)
        XCTAssertEqual(s.criticalNetwork.chainsReaching(s.index("secure-support-resources")).value, 2)
    }
}
