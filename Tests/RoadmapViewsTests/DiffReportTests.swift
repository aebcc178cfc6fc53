import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The three shapes of `roadmap diff`: text and Markdown in both languages, and the JSON
/// contract's keys. The pair is minimal.json and a variant with one change of each kind.
final class DiffReportTests: XCTestCase {
    private func changedPair() throws -> RoadmapDiff {
        let old = try Fixture.minimal()
        let new = try Fixture.minimalVariant([
            // socialize: the English name and the finish change.
            ("\"en\": \"Socialize the strategy\"}, \"area\": \"governance\", \"role\": \"Pr\", \"status\": \"new\", \"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-09\"",
             "\"en\": \"Share the strategy\"}, \"area\": \"governance\", \"role\": \"Pr\", \"status\": \"new\", \"team\": \"strategy-team\", \"start\": \"2017-04\", \"finish\": \"2017-11\""),
            // cloud is renamed cloud-2 (removed + added), with a hostile name.
            ("{\"id\": \"cloud\", \"name\": {\"fr\": \"Infonuagique\", \"en\": \"Cloud\"}",
             "{\"id\": \"cloud-2\", \"name\": {\"fr\": \"Infonuagique\", \"en\": \"Cloud *bold* | [link](x) ~gone~\"}"),
            // The inferred link gets a lag.
            ("\"type\": \"FS\", \"lag\": 0, \"source\": \"inferred\"", "\"type\": \"FS\", \"lag\": 1, \"source\": \"inferred\""),
        ])
        return RoadmapDiff(old: old, new: new)
    }

    func testTextInEnglish() throws {
        let text = DiffReport(try changedPair(), oldName: "v1.json", newName: "v2.json", language: .en).text
        XCTAssertTrue(text.hasPrefix("Comparison of two versions of the roadmap\nOld version: v1.json\nNew version: v2.json\n"), text)
        // Activities, areas and teams by their names, never their ids; the finish said as everywhere.
        XCTAssertTrue(text.contains("Activities: 1 added, 1 removed, 1 changed · dependencies: 1 difference · Finish Mar 2018, as in the old version"), text)
        XCTAssertTrue(text.contains("Activities added (1)\n  + Cloud *bold* | [link](x) ~gone~\n      Digital enablement · Br · ongoing · Cloud Task Team ·"), text)
        XCTAssertTrue(text.contains("Activities removed (1)\n  − Cloud\n"), text)
        XCTAssertTrue(text.contains("  ~ Share the strategy\n      name (en): Socialize the strategy → Share the strategy\n      planned finish: 2017-09 → 2017-11\n"), text)
        XCTAssertTrue(text.contains("  ~ Propose the strategy → Share the strategy · FS (finish → start) · lag 1 · changed · inferred\n      lag: 0 → 1\n      Inferred: propose, then socialize\n"), text)
        XCTAssertTrue(text.contains("Share the strategy  2017-04 – 2017-09 → 2017-05 – 2017-12 (start +1, finish +3)"), text)
        XCTAssertFalse(text.contains("cloud-2") || text.contains("cloud-team") || text.contains("      enablement ·"), text)
    }

    func testTextInFrench() throws {
        let text = DiffReport(try changedPair(), oldName: "v1.json", newName: "v2.json", language: .fr).text
        XCTAssertTrue(text.hasPrefix("Comparaison de deux versions de la feuille de route\nAncienne version : v1.json\n"), text)
        XCTAssertTrue(text.contains("Activités : 1 ajoutée, 1 retirée, 1 modifiée · dépendances : 1 différence · Fin mars 2018, comme dans l’ancienne version"), text)
        XCTAssertTrue(text.contains("      fin prévue : 2017-09 → 2017-11\n"), text)
        XCTAssertTrue(text.contains("  ~ Proposer la stratégie → Faire connaître la stratégie · FS (fin → début) · décalage 1 · modifiée · inféré\n"), text)
        XCTAssertTrue(text.contains("Activités dont les dates au plus tôt bougent (1) :"), text)
    }

    /// A name from the file reads as itself in Markdown: no emphasis, cell, link or strike.
    func testMarkdownEscapesTheFilesText() throws {
        let markdown = DiffReport(try changedPair(), oldName: "v1.json", newName: "v2.json", language: .en).markdown
        XCTAssertTrue(markdown.hasPrefix("# Comparison of two versions of the roadmap\n\n- Old version: v1.json\n"), markdown)
        XCTAssertTrue(markdown.contains("## Activities added (1)\n\n- + Cloud \\*bold\\* \\| \\[link\\](x) \\~gone\\~\n"), markdown)
        XCTAssertTrue(markdown.contains("## Schedule\n"), markdown)
    }

    func testIdenticalSaysSo() throws {
        let same = RoadmapDiff(old: try Fixture.minimal(), new: try Fixture.minimal())
        XCTAssertTrue(same.isEmpty)
        let text = DiffReport(same, oldName: "a", newName: "b", language: .en).text
        XCTAssertTrue(text.contains("No difference: the same activities, dependencies and schedule."), text)
        XCTAssertFalse(text.contains("Activities added"), text)
    }

    /// Exactly the documented top-level keys, and each entry's keys.
    func testJSONKeys() throws {
        let bytes = DiffJSON.bytes(try changedPair(), oldName: "v1.json", newName: "v2.json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["files", "added", "removed", "changed", "dependencies", "schedule", "statusDate"])
        XCTAssertEqual(object["files"] as? [String: String], ["old": "v1.json", "new": "v2.json"])
        let added = try XCTUnwrap(object["added"] as? [[String: Any]])
        XCTAssertEqual(added.map { $0["id"] as? String }, ["cloud-2"])
        XCTAssertEqual(Set(added[0].keys), ["id", "name", "area", "role", "status", "team", "start", "finish", "earlyStart",
                                            "earlyFinish", "critical", "source", "inferredFields", "note"])
        XCTAssertEqual((object["removed"] as? [[String: Any]])?.map { $0["id"] as? String }, ["cloud"])
        let changed = try XCTUnwrap(object["changed"] as? [[String: Any]])
        let changes = try XCTUnwrap(changed.first?["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["field"] as? String }, ["name.en", "finish"])
        XCTAssertEqual(changes.last?["old"] as? String, "2017-09")
        XCTAssertEqual(changes.last?["new"] as? String, "2017-11")
        let dependencies = try XCTUnwrap(object["dependencies"] as? [String: Any])
        XCTAssertEqual(Set(dependencies.keys), ["added", "removed", "changed"])
        let link = try XCTUnwrap((dependencies["changed"] as? [[String: Any]])?.first)
        XCTAssertEqual(link["oldLag"] as? Int, 0)
        XCTAssertEqual(link["newLag"] as? Int, 1)
        XCTAssertEqual(link["newSource"] as? String, "inferred")
        let schedule = try XCTUnwrap(object["schedule"] as? [String: Any])
        XCTAssertEqual(Set(schedule.keys), ["finishBefore", "finishAfter", "finishDelta", "moved", "newlyCritical", "noLongerCritical", "teamCriticalPath"])
        let moved = try XCTUnwrap(schedule["moved"] as? [[String: Any]])
        XCTAssertEqual(moved.first?["id"] as? String, "socialize")
        XCTAssertEqual(moved.first?["startDelta"] as? Int, 1)
        XCTAssertEqual(moved.first?["earlyFinishAfter"] as? String, "2017-12")
        XCTAssertEqual(Set((schedule["teamCriticalPath"] as? [String: Any])?.keys ?? [:].keys), ["before", "after", "joined", "left"])
    }
}
