import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

final class ExportJSONTests: XCTestCase {
    static var fixture: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json")
    }

    func loadFixture() throws -> Roadmap {
        let result = RoadmapLoader.load(path: Self.fixture.path)
        return try XCTUnwrap(result.roadmap, "\(result.diagnostics)")
    }

    func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testContractFields() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: loadFixture()))
        let json = try parse(ScheduleJSON.bytes(scheduled, language: .en))
        XCTAssertEqual(json["projectStart"] as? String, "2016-10")
        XCTAssertEqual(json["projectFinish"] as? String, "2018-03")
        XCTAssertEqual(json["timelineFinish"] as? String, "2018-03")
        XCTAssertEqual(json["criticalPath"] as? [String], ["cloud"])
        XCTAssertEqual(json["teamCriticalPath"] as? [String], ["cloud-team"])
        let activities = try XCTUnwrap(json["activities"] as? [[String: Any]])
        XCTAssertEqual(activities.map { $0["id"] as? String }, ["propose", "socialize", "cloud"])

        XCTAssertEqual(json["statedOnly"] as? Bool, false)
        XCTAssertEqual(json["dependenciesCounted"] as? Int, 1)
        XCTAssertEqual(json["dependenciesTotal"] as? Int, 1)
        XCTAssertEqual(json["baselineFinish"] as? String, "2018-03")
        XCTAssertTrue(json["scenario"] is NSNull, "no what-if, no scenario")
        let fields: Set<String> = ["id", "name", "names", "area", "role", "roleAsPrinted", "status", "team", "plannedStart", "plannedFinish",
                                   "baselineStart", "baselineFinish", "delay",
                                   "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalFloat", "freeFloat", "slip", "critical",
                                   "percentComplete", "actualStart", "actualFinish", "progress", "forecastFinish", "behind",
                                   "enteredFields", "enteredAt", "source", "inferredFields", "note"]
        for activity in activities { XCTAssertEqual(Set(activity.keys), fields) }
        // Where each activity comes from: every key on every activity, null where there is no note.
        XCTAssertEqual(activities.map { $0["source"] as? String }, ["seed", "seed", "inferred"])
        XCTAssertEqual(activities.map { $0["inferredFields"] as? [String] }, [[], [], ["start", "finish"]])
        XCTAssertTrue(activities[0]["note"] is NSNull)
        XCTAssertEqual(activities[2]["note"] as? [String: String], ["fr": "travail en cours", "en": "ongoing work"])

        let propose = activities[0]
        XCTAssertEqual(propose["name"] as? String, "Propose the strategy")
        XCTAssertEqual(propose["names"] as? [String: String], ["fr": "Proposer la stratégie", "en": "Propose the strategy"])
        XCTAssertEqual(propose["area"] as? String, "governance")
        XCTAssertEqual(propose["role"] as? String, "Pr")
        XCTAssertEqual(propose["status"] as? String, "new")
        XCTAssertEqual(propose["team"] as? String, "strategy-team")
        XCTAssertEqual(propose["plannedStart"] as? String, "2016-10")
        XCTAssertEqual(propose["plannedFinish"] as? String, "2017-03")
        XCTAssertEqual(propose["earlyStart"] as? String, "2016-10")
        XCTAssertEqual(propose["earlyFinish"] as? String, "2017-03")
        XCTAssertEqual(propose["lateStart"] as? String, "2017-04")
        XCTAssertEqual(propose["lateFinish"] as? String, "2017-09")
        XCTAssertEqual(propose["totalFloat"] as? Int, 6)
        XCTAssertEqual(propose["freeFloat"] as? Int, 0)
        XCTAssertEqual(propose["slip"] as? Int, 0)
        XCTAssertEqual(propose["critical"] as? Bool, false)
        XCTAssertEqual(propose["baselineStart"] as? String, "2016-10")
        XCTAssertEqual(propose["baselineFinish"] as? String, "2017-03")
        XCTAssertEqual(propose["delay"] as? Int, 0)

        // The role comes out canonical (the file writes Br), critical is a JSON boolean.
        let cloud = activities[2]
        XCTAssertEqual(cloud["role"] as? String, "Int")
        XCTAssertEqual(cloud["roleAsPrinted"] as? String, "Br")
        XCTAssertEqual(propose["roleAsPrinted"] as? String, "Pr")
        XCTAssertEqual(cloud["status"] as? String, "ongoing")
        XCTAssertEqual(cloud["critical"] as? Bool, true)
        let text = String(decoding: ScheduleJSON.bytes(scheduled, language: .en), as: UTF8.self)
        XCTAssertTrue(text.contains("\"critical\": true") && text.contains("\"critical\": false"))
    }

    func testLanguageAndNullTeam() throws {
        var roadmap = try loadFixture()
        roadmap.activities[1].team = nil
        let json = try parse(ScheduleJSON.bytes(ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap)), language: .fr))
        let activities = try XCTUnwrap(json["activities"] as? [[String: Any]])
        XCTAssertEqual(activities[0]["name"] as? String, "Proposer la stratégie")
        XCTAssertTrue(activities[1]["team"] is NSNull)
    }

    func testSelectionOfActivities() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: loadFixture()))
        let json = try parse(ScheduleJSON.bytes(scheduled, activities: [2, 0], language: .en))
        let activities = try XCTUnwrap(json["activities"] as? [[String: Any]])
        XCTAssertEqual(activities.map { $0["id"] as? String }, ["cloud", "propose"])
        // The top level still describes the whole schedule.
        XCTAssertEqual(json["criticalPath"] as? [String], ["cloud"])

        let empty = try parse(ScheduleJSON.bytes(scheduled, activities: [], language: .en))
        XCTAssertEqual((empty["activities"] as? [Any])?.count, 0)
    }

    /// "Planned" is the plan as drawn, what-ifs or not (it used to include the delay, and the
    /// export kept no trace of the plan before it): the delay and the baseline say the rest,
    /// and plannedStart + delay + slip = earlyStart.
    func testWhatIfDatesAndSlip() throws {
        let base = ScheduledRoadmap(try ValidatedRoadmap(validating: loadFixture()))
        let delayed = base.delaying(0, by: 2).delaying(2, by: 1)
        let json = try parse(ScheduleJSON.bytes(delayed, language: .en))
        let activities = try XCTUnwrap(json["activities"] as? [[String: Any]])
        XCTAssertEqual(activities[0]["plannedStart"] as? String, "2016-10")
        XCTAssertEqual(activities[0]["plannedFinish"] as? String, "2017-03")
        XCTAssertEqual(activities[0]["delay"] as? Int, 2)
        XCTAssertEqual(activities[0]["slip"] as? Int, 0)
        XCTAssertEqual(activities[0]["earlyStart"] as? String, "2016-12")
        XCTAssertEqual(activities[0]["baselineStart"] as? String, "2016-10")
        XCTAssertEqual(activities[0]["baselineFinish"] as? String, "2017-03")
        XCTAssertEqual(activities[1]["plannedStart"] as? String, "2017-04")
        XCTAssertEqual(activities[1]["delay"] as? Int, 0)
        XCTAssertEqual(activities[1]["earlyStart"] as? String, "2017-06")
        XCTAssertEqual(activities[1]["slip"] as? Int, 2)
        XCTAssertEqual(activities[1]["baselineStart"] as? String, "2017-04")
        XCTAssertEqual(json["projectFinish"] as? String, "2018-04")
        XCTAssertEqual(json["baselineFinish"] as? String, "2018-03")
        // Bare delays: no scenario name, every delay in the roadmap's order.
        let scenario = try XCTUnwrap(json["scenario"] as? [String: Any])
        XCTAssertTrue(scenario["name"] is NSNull)
        XCTAssertEqual(scenario["changed"] as? Bool, false)
        XCTAssertEqual(scenario["delays"] as? [String: Int], ["propose": 2, "cloud": 1])
        let text = String(decoding: ScheduleJSON.bytes(delayed, language: .en), as: UTF8.self)
        XCTAssertTrue(text.contains("\"delays\": {\"propose\": 2, \"cloud\": 1}"), text)
    }

    /// A scenario's name, and whether the delays in force are still exactly its own.
    func testTheScenarioAtTheTopLevel() throws {
        let base = ScheduledRoadmap(try ValidatedRoadmap(validating: loadFixture()))
        let delayed = base.delaying(0, by: 2)
        let same = try parse(ScheduleJSON.bytes(delayed, language: .en, scenario: ScenarioInUse(name: "Slip", delays: [0: 2])))
        XCTAssertEqual((same["scenario"] as? [String: Any])?["name"] as? String, "Slip")
        XCTAssertEqual((same["scenario"] as? [String: Any])?["changed"] as? Bool, false)
        let more = try parse(ScheduleJSON.bytes(delayed.delaying(1, by: 1), language: .en, scenario: ScenarioInUse(name: "Slip", delays: [0: 2])))
        XCTAssertEqual((more["scenario"] as? [String: Any])?["changed"] as? Bool, true)
        XCTAssertEqual((more["scenario"] as? [String: Any])?["delays"] as? [String: Int], ["propose": 2, "socialize": 1])
        // A scenario without delays is still named.
        let none = try parse(ScheduleJSON.bytes(base, language: .en, scenario: ScenarioInUse(name: "Nothing", delays: [:])))
        XCTAssertEqual((none["scenario"] as? [String: Any])?["delays"] as? [String: Int], [:])
    }

    func testControlCharactersBecomePlaceholders() throws {
        var roadmap = try loadFixture()
        let nasty = "Evil\u{1B}[31mred\u{1B}[0m \u{9B}2J tab\there\nline \u{7F} \u{202E}txet\u{202C} \u{2067}x\u{2069} \"quoted\" back\\slash é€😀"
        roadmap.activities[0].name = LocalizedText(fr: nasty, en: "plain \u{07}bell")
        let bytes = ScheduleJSON.bytes(ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap)), language: .fr)
        XCTAssertFalse(bytes.contains(0x1B), "ESC reached the output")
        XCTAssertFalse(bytes.contains { $0 < 0x20 && $0 != 0x0A }, "a raw control character reached the output")
        XCTAssertFalse(zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) }, "a C1 control reached the output")
        let json = try parse(bytes)
        let first = try XCTUnwrap((json["activities"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["name"] as? String, Sanitized.text(nasty))
        XCTAssertEqual((first["names"] as? [String: String])?["en"], "plain \u{2407}bell")
        XCTAssertEqual((json["criticalPath"] as? [String]), ["cloud"])
    }

    func testStringsMatchSanitizedTextOnRandomInput() throws {
        // Every scalar class the sanitizer cares about, mixed at random with ordinary text.
        let pieces: [String] = ["a", "Z", " ", "\"", "\\", "/", "é", "€", "😀", "\u{0}", "\u{1B}", "\u{1F}", "\n", "\u{7F}", "\u{80}",
                                "\u{9F}", "\u{A0}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{2028}", "\u{FFFD}"]
        var random = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let text = (0..<random.int(in: 0...20)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            var sanitized = JSONBytes(mode: .sanitized)
            sanitized.string(text)
            let back = try JSONSerialization.jsonObject(with: Data(sanitized.bytes), options: .fragmentsAllowed) as? String
            XCTAssertEqual(back, Sanitized.text(text))

            var exact = JSONBytes(mode: .exact)
            exact.string(text)
            let same = try JSONSerialization.jsonObject(with: Data(exact.bytes), options: .fragmentsAllowed) as? String
            XCTAssertEqual(same, text)
        }
    }

    func testNumbersAndMonths() {
        var out = JSONBytes()
        for n in [0, 7, -3, 10, 1_234_567, Int.max, Int.min] {
            out.removeAll()
            out.int(n)
            XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), String(n))
        }
        out.removeAll()
        out.month(Month(year: 2016, month: 10)!)
        out.month(Month(year: 7, month: 1)!)
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), "\"2016-10\"\"0007-01\"")
    }

    func testPrettyPrinted() throws {
        let bytes = ScheduleJSON.bytes(ScheduledRoadmap(try ValidatedRoadmap(validating: loadFixture())), language: .en)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"projectStart\": \"2016-10\",\n"))
        XCTAssertTrue(text.contains("\n    {\n      \"id\": \"propose\""))
        XCTAssertTrue(text.hasSuffix("\n  ]\n}\n"))
        // Indentation by two spaces only, no tabs, and lines of reasonable length.
        for line in text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            XCTAssertEqual(indent % 2, 0, String(line))
            XCTAssertFalse(line.contains("\t"))
        }
    }

    func testLongCriticalPathIsWrapped() throws {
        let roadmap = SyntheticRoadmap.make(.init(activities: 300, seed: 3, shape: .chain))
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
        let bytes = ScheduleJSON.bytes(scheduled, language: .en)
        let text = String(decoding: bytes, as: UTF8.self)
        let header = text.components(separatedBy: "\"activities\"")[0]
        XCTAssertTrue(header.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let json = try parse(bytes)
        XCTAssertEqual(json["criticalPath"] as? [String], scheduled.criticalPathIDs)
        XCTAssertEqual((json["activities"] as? [Any])?.count, 300)
    }

    func testRoadmapFileRoundTrip() throws {
        let original = try loadFixture()
        let bytes = RoadmapJSON.bytes(original)
        let result = RoadmapLoader.load(bytes: bytes)
        let reloaded = try XCTUnwrap(result.roadmap, "\(result.diagnostics)\n\(String(decoding: bytes, as: UTF8.self))")
        XCTAssertEqual(reloaded.schemaVersion, original.schemaVersion)
        XCTAssertEqual(reloaded.meta.title, original.meta.title)
        XCTAssertEqual(reloaded.meta.timeline, original.meta.timeline)
        XCTAssertEqual(reloaded.meta.periods, original.meta.periods)
        XCTAssertEqual(reloaded.roles, original.roles)
        XCTAssertEqual(reloaded.subcommittees, original.subcommittees)
        XCTAssertEqual(reloaded.areas, original.areas)
        XCTAssertEqual(reloaded.teams, original.teams)
        XCTAssertEqual(reloaded.activities, original.activities)
        XCTAssertEqual(reloaded.dependencies, original.dependencies)
        XCTAssertEqual(reloaded.workingGroups, original.workingGroups)
        XCTAssertEqual(reloaded.principles, original.principles)
        XCTAssertEqual(reloaded.glossary, original.glossary)
    }

    func testRoadmapFileKeepsStrategyAndControlCharacters() throws {
        var roadmap = try loadFixture()
        roadmap.strategy = Strategy(
            vision: LocalizedText(fr: "Vision\u{1}", en: "Vision"), outcomes: [.init(id: "o1", name: LocalizedText("Outcome"))],
            horizons: [.init(id: "h1", name: LocalizedText("Now"), span: LocalizedText("2016"))],
            immediateResults: [LocalizedText("Result")],
            futureState: .section([("layers", .list([.text(LocalizedText("one")), .number(2), .number(2.5), .flag(true), .empty])),
                                   ("champion", .text(LocalizedText(fr: "Champion", en: "Champion (en)")))]))
        roadmap.meta.phases = [Phase(id: "phase1", label: LocalizedText("Phase 1"), start: Month(year: 2016, month: 10), finish: nil)]
        let result = RoadmapLoader.load(bytes: RoadmapJSON.bytes(roadmap))
        let reloaded = try XCTUnwrap(result.roadmap, "\(result.diagnostics)")
        XCTAssertEqual(reloaded.strategy?.vision, roadmap.strategy?.vision)
        XCTAssertEqual(reloaded.strategy?.outcomes, roadmap.strategy?.outcomes)
        XCTAssertEqual(reloaded.strategy?.horizons, roadmap.strategy?.horizons)
        XCTAssertEqual(reloaded.strategy?.immediateResults, roadmap.strategy?.immediateResults)
        XCTAssertEqual(reloaded.strategy?.futureState, roadmap.strategy?.futureState)
        XCTAssertEqual(reloaded.meta.phases, roadmap.meta.phases)
    }
}

/// The schedule JSON carries the links it was computed with, so that one export rebuilds the
/// network: from, to, type, lag, whether it binds, whether the schedule counts it, provenance.
final class ScheduleJSONLinksTests: XCTestCase {
    private func links(_ scheduled: ScheduledRoadmap, activities: [Int]? = nil) throws -> [[String: Any]] {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ScheduleJSON.bytes(scheduled, activities: activities, language: .en))) as? [String: Any])
        return try XCTUnwrap(json["dependencies"] as? [[String: Any]])
    }

    private func fixture() throws -> ValidatedRoadmap {
        let result = RoadmapLoader.load(path: ExportJSONTests.fixture.path)
        return try ValidatedRoadmap(validating: try XCTUnwrap(result.roadmap, "\(result.diagnostics)"))
    }

    func testEveryLinkWithItsTypeLagBindingAndProvenance() throws {
        let validated = try fixture()
        let all = try links(ScheduledRoadmap(validated))
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(Set(all[0].keys), ["from", "to", "type", "lag", "binds", "counted", "source", "inferredFields", "note"])
        XCTAssertEqual(all[0]["from"] as? String, "propose")
        XCTAssertEqual(all[0]["to"] as? String, "socialize")
        XCTAssertEqual(all[0]["type"] as? String, "FS")
        XCTAssertEqual(all[0]["lag"] as? Int, 0)
        XCTAssertEqual(all[0]["binds"] as? Bool, true)
        XCTAssertEqual(all[0]["counted"] as? Bool, true)
        XCTAssertEqual(all[0]["source"] as? String, "inferred")
        XCTAssertEqual((all[0]["note"] as? [String: String])?["en"], "propose, then socialize")
        // The stated-only schedule leaves the inferred link out: listed, not counted, not binding.
        let stated = try links(ScheduledRoadmap(validated, statedOnly: true))
        XCTAssertEqual(stated.map { $0["counted"] as? Bool }, [false])
        XCTAssertEqual(stated.map { $0["binds"] as? Bool }, [false])
        // Only the links between the activities listed.
        XCTAssertEqual(try links(ScheduledRoadmap(validated), activities: [0, 2]).count, 0)
        XCTAssertEqual(try links(ScheduledRoadmap(validated), activities: [1, 0]).count, 1)
    }

    /// The shipped roadmap's network, rebuilt from the export alone, schedules to its dates.
    func testTheExportRebuildsTheNetwork() throws {
        let result = RoadmapLoader.load(path: RuleFixtures.testsFolder.deletingLastPathComponent().appendingPathComponent("roadmap.json").path)
        let validated = try XCTUnwrap(result.validated)
        let scheduled = ScheduledRoadmap(validated)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ScheduleJSON.bytes(scheduled, language: .en))) as? [String: Any])
        let exported = try XCTUnwrap(json["dependencies"] as? [[String: Any]])
        XCTAssertEqual(exported.count, validated.roadmap.dependencies.count)
        var rebuilt = validated.roadmap
        rebuilt.dependencies = exported.map {
            Dependency(from: $0["from"] as! String, to: $0["to"] as! String, type: Dependency.Kind(rawValue: $0["type"] as! String)!, lag: $0["lag"] as! Int)
        }
        let again = ScheduledRoadmap(try ValidatedRoadmap(validating: rebuilt))
        XCTAssertEqual(again.schedule.earlyStart, scheduled.schedule.earlyStart)
        XCTAssertEqual(again.schedule.earlyFinish, scheduled.schedule.earlyFinish)
        XCTAssertEqual(exported.map { $0["binds"] as! Bool }, scheduled.schedule.binding)
    }
}
