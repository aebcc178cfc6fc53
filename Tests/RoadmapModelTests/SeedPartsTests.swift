import Foundation
import XCTest
@testable import RoadmapModel

/// The parts of the seed beyond the plan — the current state, the councils, the change
/// analysis, the legends, the variants, the other names and listed activities — are read into
/// the model (they used to be skipped as unknown fields), checked where they refer to other
/// objects, and written back by `RoadmapJSON` so that a file round-trips.
final class SeedPartsTests: XCTestCase {
    private func shipped() throws -> Roadmap {
        try XCTUnwrap(RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path).roadmap)
    }

    private func raw() throws -> SeedFidelity.Object {
        try SeedFidelity.object(from: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json"))
    }

    private func french(_ values: Any?) -> [String] {
        (values as? [Any] ?? []).compactMap(SeedFidelity.french)
    }

    /// Each part as the decoder read it against the file's JSON read by Foundation.
    func testTheShippedRoadmapsPartsAreReadAsTheFileWritesThem() throws {
        let roadmap = try shipped()
        let json = try raw()
        let current = try XCTUnwrap(roadmap.currentState)
        let rawCurrent = try XCTUnwrap(json["currentState"] as? SeedFidelity.Object)
        XCTAssertEqual(current.strengths.map(\.name.fr), SeedFidelity.list(rawCurrent["strengths"]).compactMap { SeedFidelity.french($0["name"]) })
        XCTAssertEqual(current.difficulties.map(\.description.fr), SeedFidelity.list(rawCurrent["difficulties"]).compactMap { SeedFidelity.french($0["description"]) })
        XCTAssertEqual(current.unattributedWork.map(\.fr), french(rawCurrent["unattributedWork"]))
        XCTAssertEqual(current.heading?.fr, SeedFidelity.french(rawCurrent["heading"]))
        XCTAssertEqual(current.provenance.inferredFields, rawCurrent["inferredFields"] as? [String])
        XCTAssertEqual(current.strengths.count, 5)

        XCTAssertEqual(roadmap.councils.map(\.id), SeedFidelity.list(json["councils"]).compactMap { $0["id"] as? String })
        XCTAssertEqual(roadmap.councils.map(\.name.fr), SeedFidelity.list(json["councils"]).compactMap { SeedFidelity.french($0["name"]) })
        XCTAssertEqual(roadmap.councils.first?.provenance.inferredFields, ["abbreviation"])

        let analysis = try XCTUnwrap(roadmap.changeAnalysis)
        let rawAnalysis = try XCTUnwrap(json["changeAnalysis"] as? SeedFidelity.Object)
        let rawTeams = try XCTUnwrap(rawAnalysis["teamsNotConsidered"] as? SeedFidelity.Object)
        XCTAssertEqual(analysis.teamsNotConsidered?.teams, rawTeams["teams"] as? [String])
        XCTAssertEqual(analysis.teamsNotConsidered?.intro?.fr, SeedFidelity.french(rawTeams["intro"]))
        XCTAssertEqual(analysis.tableHeadings.map(\.fr), french(rawAnalysis["tableHeadings"]))
        XCTAssertEqual(analysis.columns.map(\.id), ["phase1", "phase2", "continued", "sunset"])

        let meta = try XCTUnwrap(json["meta"] as? SeedFidelity.Object)
        XCTAssertEqual(roadmap.meta.teamStatuses.map(\.label.fr), SeedFidelity.list(meta["teamStatuses"]).compactMap { SeedFidelity.french($0["label"]) })
        XCTAssertEqual(roadmap.meta.activityStatuses.map(\.id), ["new", "ongoing"])
        XCTAssertEqual(roadmap.meta.roadmapQuestion?.fr, SeedFidelity.french(meta["roadmapQuestion"]))
        XCTAssertEqual(roadmap.meta.headings?["futureState"]?.fr, "Aperçu de l’état futur")
        XCTAssertEqual(roadmap.meta.headings?.provenance.inferredFields, ["activitiesByTeam"])
        XCTAssertNotNil(roadmap.meta.titleNote)
        XCTAssertEqual(roadmap.meta.periods.compactMap(\.dates).count, roadmap.meta.periods.count)

        let strategy = try XCTUnwrap(roadmap.strategy)
        let rawStrategy = try XCTUnwrap(json["strategy"] as? SeedFidelity.Object)
        let rawVariants = try XCTUnwrap(rawStrategy["variants"] as? SeedFidelity.Object)
        XCTAssertEqual(strategy.variants?.vision?.fr, SeedFidelity.french(rawVariants["vision"]))
        XCTAssertEqual(strategy.variants?.callToAction?.fr, SeedFidelity.french(rawVariants["callToAction"]))
        XCTAssertEqual(strategy.posterLabels?.labels.map(\.fr), french((rawStrategy["posterLabels"] as? SeedFidelity.Object)?["labels"]))
        XCTAssertEqual(strategy.resultBoxes.count, strategy.immediateResults.count)
        XCTAssertEqual(strategy.resultBoxes.map(\.textBlock), SeedFidelity.list(rawStrategy["resultBoxes"]).map { $0["textBlock"] as? Int })
        XCTAssertEqual(strategy.provenance.source, .inferred)

        for (area, rawArea) in zip(roadmap.areas, SeedFidelity.list(json["areas"])) {
            XCTAssertEqual(area.challenges.map(\.fr), french(rawArea["challenges"]), area.id)
            XCTAssertEqual(area.alternateNames.map(\.fr), french(rawArea["alternateNames"]), area.id)
            XCTAssertEqual(area.posterOrder, rawArea["posterOrder"] as? Int, area.id)
            XCTAssertEqual(area.gridRow, rawArea["gridRow"] as? Int, area.id)
            XCTAssertEqual(area.provenance.inferredFields, rawArea["inferredFields"] as? [String] ?? [], area.id)
        }
        for (team, rawTeam) in zip(roadmap.teams, SeedFidelity.list(json["teams"])) {
            XCTAssertEqual(team.listedActivities.map(\.fr), french(rawTeam["listedActivities"]), team.id)
            XCTAssertEqual(team.alternateNames.map(\.fr), french(rawTeam["alternateNames"]), team.id)
            XCTAssertEqual(team.area, rawTeam["area"] as? String, team.id)
            XCTAssertEqual(team.phase, rawTeam["phase"] as? String, team.id)
        }
        for (activity, rawActivity) in zip(roadmap.activities, SeedFidelity.list(json["activities"])) {
            XCTAssertEqual(activity.alternateNames.map(\.fr), french(rawActivity["alternateNames"]), activity.id)
            XCTAssertEqual(activity.supportingTeams, rawActivity["supportingTeams"] as? [String] ?? [], activity.id)
            XCTAssertEqual(activity.gridOrder, rawActivity["gridOrder"] as? Int, activity.id)
        }
        XCTAssertEqual(Set(roadmap.activities.compactMap(\.gridOrder)), Set(1...roadmap.activities.count))
        XCTAssertTrue(roadmap.teams.contains { !$0.listedActivities.isEmpty })
        XCTAssertTrue(roadmap.activities.contains { !$0.supportingTeams.isEmpty })
        XCTAssertTrue(roadmap.glossary.contains { $0.provenance.note != nil })
        XCTAssertTrue(roadmap.principles.contains { $0.provenance.isInferred })
        XCTAssertTrue(roadmap.roles.contains { !$0.provenance.inferredFields.isEmpty })
        XCTAssertTrue(roadmap.meta.phases.allSatisfy { $0.dates != nil && $0.provenance.isInferred })
    }

    /// `roadmap generate` and any tool built on `RoadmapJSON` write every part back.
    func testTheShippedRoadmapRoundTripsThroughTheFileWriter() throws {
        let original = try shipped()
        let bytes = RoadmapJSON.bytes(original)
        let result = RoadmapLoader.load(bytes: bytes)
        let reloaded = try XCTUnwrap(result.roadmap, findingsList(result))
        XCTAssertEqual(reloaded.councils, original.councils)
        XCTAssertEqual(reloaded.currentState, original.currentState)
        XCTAssertEqual(reloaded.changeAnalysis, original.changeAnalysis)
        XCTAssertEqual(reloaded.areas, original.areas)
        XCTAssertEqual(reloaded.teams, original.teams)
        XCTAssertEqual(reloaded.activities, original.activities)
        XCTAssertEqual(reloaded.dependencies, original.dependencies)
        XCTAssertEqual(reloaded.workingGroups, original.workingGroups)
        XCTAssertEqual(reloaded.principles, original.principles)
        XCTAssertEqual(reloaded.roles, original.roles)
        XCTAssertEqual(reloaded.subcommittees, original.subcommittees)
        XCTAssertEqual(reloaded.glossary, original.glossary)
        XCTAssertEqual(reloaded.meta.periods, original.meta.periods)
        XCTAssertEqual(reloaded.meta.phases, original.meta.phases)
        XCTAssertEqual(reloaded.meta.headings, original.meta.headings)
        XCTAssertEqual(reloaded.meta.teamStatuses, original.meta.teamStatuses)
        XCTAssertEqual(reloaded.meta.activityStatuses, original.meta.activityStatuses)
        XCTAssertEqual(reloaded.meta.roadmapQuestion, original.meta.roadmapQuestion)
        XCTAssertEqual(reloaded.meta.titleNote, original.meta.titleNote)
        XCTAssertEqual(reloaded.meta.draftDateNote, original.meta.draftDateNote)
        XCTAssertEqual(reloaded.meta.languageNote, original.meta.languageNote)
        let strategy = try XCTUnwrap(reloaded.strategy), before = try XCTUnwrap(original.strategy)
        XCTAssertEqual(strategy.variants, before.variants)
        XCTAssertEqual(strategy.posterLabels, before.posterLabels)
        XCTAssertEqual(strategy.resultBoxes, before.resultBoxes)
        XCTAssertEqual(strategy.immediateResultsNote, before.immediateResultsNote)
        XCTAssertEqual(strategy.initiativesHeading, before.initiativesHeading)
        XCTAssertEqual(strategy.provenance, before.provenance)
        XCTAssertEqual(strategy.outcomes, before.outcomes)
        XCTAssertEqual(strategy.horizons, before.horizons)
        XCTAssertEqual(strategy.futureState, before.futureState)
    }

    // MARK: References and shapes, with their place

    private func minimal(inserting json: String, before anchor: String = "\"glossary\": [") throws -> [UInt8] {
        try RuleFixtures.text(RuleFixtures.minimal, replacing: anchor, with: json + "\n  " + anchor)
    }

    func testASupportingTeamMustBeATeam() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"team\": \"strategy-team\", \"start\": \"2017-04\"",
                                          with: "\"team\": \"strategy-team\", \"supportingTeams\": [\"cloud-team\", \"legal-team\"], \"start\": \"2017-04\"")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[1].supportingTeams[1]", id: "socialize",
                          message: "unknown task team \"legal-team\"", at: (31, 5))
    }

    func testACouncilMustBeListedWhenTheFileListsCouncils() throws {
        let listed = try minimal(inserting: "\"councils\": [{\"id\": \"joint\", \"name\": {\"fr\": \"Conseils mixtes\", \"en\": \"Joint Councils\"}}],")
        assertSoleFinding(RoadmapLoader.load(bytes: listed), .error, path: "workingGroups[0].council", id: "old-group",
                          message: "unknown council \"cio\" (known: joint)", at: (38, 5))
        // Without a list, council ids stay labels (the fixture loads as it is).
        XCTAssertNotNil(RoadmapLoader.load(path: RuleFixtures.minimal.path).roadmap)
    }

    func testATeamNotConsideredMustBeATeam() throws {
        let bytes = try minimal(inserting: "\"changeAnalysis\": {\"teamsNotConsidered\": {\"teams\": [\"strategy-team\", \"ghost-team\"]}},")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "changeAnalysis.teamsNotConsidered.teams[1]", id: "ghost-team",
                          message: "unknown task team \"ghost-team\"")
    }

    func testATeamsAreaAndPhaseMustExist() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"subcommittee\": \"foundation\", \"status\": \"new\"}",
                                          with: "\"subcommittee\": \"foundation\", \"status\": \"new\", \"area\": \"finance\", \"phase\": \"phase9\"}")
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.diagnostics.count, 2, findingsList(result))
        assertFinding(result.diagnostics[0], .error, path: "teams[0].area", id: "strategy-team",
                      message: "unknown area of interest \"finance\" (known: governance, enablement)", at: (26, 5))
        assertFinding(result.diagnostics[1], .error, path: "teams[0].phase", id: "strategy-team", message: "unknown phase \"phase9\"", at: (26, 5))
    }

    func testALegendNamesValuesTheProgramKnows() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"timeline\": {",
                                          with: "\"teamStatuses\": [{\"id\": \"new\", \"label\": \"Nouveau\"}, {\"id\": \"retired\", \"label\": \"Retirée\"}],\n    \"timeline\": {")
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "meta.teamStatuses[1].id", id: "retired",
                          message: "\"retired\" is not a team status this program knows; expected one of \"existing\", \"new\", \"external\"", at: (5, 57))
    }

    func testAResultBoxHorizonMustBeAHorizon() throws {
        let bytes = try minimal(inserting: """
            "strategy": {"horizons": [{"id": "immediate", "name": "Immédiat"}], "immediateResults": ["Un", "Deux"],
                "resultBoxes": [{"horizon": "immediate", "textBlock": 1}, {"horizon": "someday", "textBlock": 1}]},
            """)
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "strategy.resultBoxes[1].horizon", id: nil,
                          message: "unknown horizon \"someday\" (known: immediate)")
    }

    /// The new fields have types like every other, checked with their place.
    func testWrongTypesAreLocated() throws {
        let challenges = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"initiatives\": [{\"fr\": \"Unifier le leadership\", \"en\": \"Unify leadership\"}]",
                                               with: "\"initiatives\": [], \"challenges\": \"Aucun champion\"")
        assertSoleFinding(RoadmapLoader.load(bytes: challenges), .error, path: "areas[0].challenges", id: "governance",
                          message: "expected an array, found a string", at: (22, 128))
        let order = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"team\": \"strategy-team\", \"start\": \"2017-04\"",
                                          with: "\"team\": \"strategy-team\", \"gridOrder\": \"2\", \"start\": \"2017-04\"")
        assertSoleFinding(RoadmapLoader.load(bytes: order), .error, path: "activities[1].gridOrder", id: "socialize",
                          message: "expected a whole number, found a string")
        let point = try minimal(inserting: "\"currentState\": {\"strengths\": [{\"name\": \"Réseautage\"}]},")
        assertSoleFinding(RoadmapLoader.load(bytes: point), .error, path: "currentState.strengths[0]", id: nil,
                          message: "missing required field \"description\"")
        let council = try minimal(inserting: "\"councils\": [{\"id\": \"cio\", \"name\": 7}],")
        assertSoleFinding(RoadmapLoader.load(bytes: council), .error, path: "councils[0].name", id: "cio",
                          message: "expected a text (a string, or an object with \"fr\" and \"en\"), found a number")
    }
}
