import Foundation
import XCTest
@testable import RoadmapModel

/// The roadmap the program ships, roadmap.json at the package root, transcribes the seed
/// document: it loads without an error, holds what the seed holds, says everything in both
/// languages, and explains every value it had to infer.
final class ShippedRoadmapTests: XCTestCase {
    static let path = RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path

    private func shipped(file: StaticString = #filePath, line: UInt = #line) throws -> Roadmap {
        let result = RoadmapLoader.load(path: Self.path)
        XCTAssertEqual(result.errors, [], "roadmap.json:\n" + findingsList(result), file: file, line: line)
        return try XCTUnwrap(result.roadmap, "roadmap.json does not load", file: file, line: line)
    }

    func testLoadsWithoutAnError() throws {
        _ = try shipped()
    }

    func testHasTheSeedsTenAreasOfInterest() throws {
        XCTAssertEqual(try shipped().areas.count, 10)
    }

    func testHasTheSeedsThreePeriods() throws {
        let periods = try shipped().meta.periods
        XCTAssertEqual(periods.map(\.id), ["P1", "P2", "P3"])
        XCTAssertEqual(periods.map { "\($0.start)..\($0.finish)" }, ["2016-10..2017-03", "2017-04..2017-09", "2017-10..2018-03"])
    }

    func testHasTheFourRolesWithBrAsAnAliasOfInt() throws {
        let roles = try shipped().roles
        XCTAssertEqual(roles.map(\.id), ["CE", "Pr", "Int", "In"])
        XCTAssertEqual(roles.first { $0.id == "Int" }?.aliases, ["Br"])
    }

    func testHasTheSeventeenWorkingGroups() throws {
        XCTAssertEqual(try shipped().workingGroups.count, 17)
    }

    func testHasTheTwentySixGlossaryTerms() throws {
        XCTAssertEqual(try shipped().glossary.count, 26)
    }

    func testActivityAndTeamCountsAreThoseOfTheSeed() throws {
        let roadmap = try shipped()
        XCTAssertTrue((28...36).contains(roadmap.activities.count), "\(roadmap.activities.count) activities, expected 28 to 36")
        XCTAssertTrue((30...36).contains(roadmap.teams.count), "\(roadmap.teams.count) teams, expected 30 to 36")
    }

    func testEveryTextHasBothFrenchAndEnglish() throws {
        let texts = Self.texts(of: try shipped())
        XCTAssertFalse(texts.isEmpty)
        for (place, text) in texts {
            XCTAssertFalse(text.fr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(place): the French text is empty")
            XCTAssertFalse(text.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(place): the English text is empty")
        }
    }

    func testEveryActivityInferredEvenInPartExplainsWhy() throws {
        for activity in try shipped().activities where activity.provenance.isInferred || !activity.provenance.inferredFields.isEmpty {
            let note = activity.provenance.note
            XCTAssertNotNil(note, "activity \(activity.id) is inferred but has no note")
            if let note {
                XCTAssertFalse(note.fr.isEmpty || note.en.isEmpty, "activity \(activity.id): the note needs both languages")
            }
        }
    }

    /// Every bilingual text of a roadmap, with where it is.
    static func texts(of roadmap: Roadmap) -> [(String, LocalizedText)] {
        var texts: [(String, LocalizedText)] = []
        func addText(_ place: String, _ text: LocalizedText?) { if let text { texts.append((place, text)) } }
        func addTexts(_ place: String, _ list: [LocalizedText]) { for (i, text) in list.enumerated() { texts.append(("\(place)[\(i)]", text)) } }
        func addNote(_ place: String, _ provenance: Provenance) { addText(place + ".note", provenance.note) }
        func addNode(_ place: String, _ node: DocumentNode?) {
            switch node {
            case .text(let text): texts.append((place, text))
            case .list(let items): for (i, item) in items.enumerated() { addNode("\(place)[\(i)]", item) }
            case .section(let members): for member in members { addNode(place + "." + member.key, member.value) }
            case .number, .flag, .empty, nil: break
            }
        }

        let meta = roadmap.meta
        addText("meta.title", meta.title)
        addText("meta.status", meta.status)
        addText("meta.source", meta.source)
        for (i, period) in meta.periods.enumerated() {
            addText("meta.periods[\(i)].label", period.label)
            addNote("meta.periods[\(i)]", period.provenance)
        }
        for (i, phase) in meta.phases.enumerated() {
            addText("meta.phases[\(i)].label", phase.label)
            addText("meta.phases[\(i)].description", phase.description)
        }
        if let strategy = roadmap.strategy {
            addText("strategy.vision", strategy.vision)
            addText("strategy.callToAction", strategy.callToAction)
            addText("strategy.objective", strategy.objective)
            addTexts("strategy.immediateResults", strategy.immediateResults)
            for (i, outcome) in strategy.outcomes.enumerated() {
                addText("strategy.outcomes[\(i)].name", outcome.name)
                addText("strategy.outcomes[\(i)].description", outcome.description)
            }
            for (i, horizon) in strategy.horizons.enumerated() {
                addText("strategy.horizons[\(i)].name", horizon.name)
                addText("strategy.horizons[\(i)].span", horizon.span)
                addText("strategy.horizons[\(i)].description", horizon.description)
            }
            addNode("strategy.futureState", strategy.futureState)
        }
        for (i, principle) in roadmap.principles.enumerated() {
            addText("principles[\(i)].name", principle.name)
            addText("principles[\(i)].description", principle.description)
        }
        for (i, role) in roadmap.roles.enumerated() {
            addText("roles[\(i)].name", role.name)
            addTexts("roles[\(i)].alternateNames", role.alternateNames)
            addText("roles[\(i)].description", role.description)
        }
        for (i, subcommittee) in roadmap.subcommittees.enumerated() {
            addText("subcommittees[\(i)].name", subcommittee.name)
            addText("subcommittees[\(i)].description", subcommittee.description)
        }
        for (i, area) in roadmap.areas.enumerated() {
            addText("areas[\(i)].name", area.name)
            addTexts("areas[\(i)].initiatives", area.initiatives)
            addText("areas[\(i)].coverage", area.coverage)
            addTexts("areas[\(i)].considerations", area.considerations)
        }
        for (i, team) in roadmap.teams.enumerated() {
            addText("teams[\(i)].name", team.name)
            addNote("teams[\(i)]", team.provenance)
        }
        for (i, activity) in roadmap.activities.enumerated() {
            addText("activities[\(i)].name", activity.name)
            addNote("activities[\(i)]", activity.provenance)
        }
        for (i, dependency) in roadmap.dependencies.enumerated() {
            addNote("dependencies[\(i)]", dependency.provenance)
        }
        for (i, group) in roadmap.workingGroups.enumerated() {
            addText("workingGroups[\(i)].name", group.name)
            addText("workingGroups[\(i)].rationale", group.rationale)
            addText("workingGroups[\(i)].currentWork", group.currentWork)
            addText("workingGroups[\(i)].assessment", group.assessment)
            addNote("workingGroups[\(i)]", group.provenance)
        }
        for (i, entry) in roadmap.glossary.enumerated() {
            addText("glossary[\(i)].term", entry.term)
            addText("glossary[\(i)].definition", entry.definition)
        }
        return texts
    }
}
