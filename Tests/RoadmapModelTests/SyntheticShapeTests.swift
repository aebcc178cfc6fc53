import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// The shapes `roadmap generate --profile` writes and `roadmap bench` measures: each must be
/// what its name says, and load without an error.
final class SyntheticShapeTests: XCTestCase {
    func testMinifiedIsOneLineAndReadsAsThePrettyFile() throws {
        let options = SyntheticRoadmap.Options(activities: 400, seed: 3, names: .long)
        var minified = options
        minified.layout = .minified
        let pretty = SyntheticRoadmap.bytes(options), oneLine = SyntheticRoadmap.bytes(minified)
        XCTAssertFalse(oneLine.contains(UInt8(ascii: "\n")))
        XCTAssertLessThan(oneLine.count, pretty.count)
        let a = try XCTUnwrap(RoadmapLoader.load(bytes: pretty).roadmap)
        let b = try XCTUnwrap(RoadmapLoader.load(bytes: oneLine).roadmap)
        XCTAssertEqual(a.activities, b.activities)
        XCTAssertEqual(a.dependencies, b.dependencies)
        XCTAssertEqual(a.teams, b.teams)
    }

    func testMinifierKeepsStringsAsWritten() {
        let text = #"{ "a" : [ 1 , "x y\" z\\" , { "b" :"\n" } ] }"#
        XCTAssertEqual(String(decoding: JSONMinifier.minify(Array(text.utf8)), as: UTF8.self), #"{"a":[1,"x y\" z\\",{"b":"\n"}]}"#)
    }

    func testRoleWarningsAreAShareOfTheActivitiesWithATeam() throws {
        let options = SyntheticRoadmap.Options(activities: 3_000, seed: 8, roleWarnings: 1.0 / 3)
        let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options))
        XCTAssertEqual(result.errors, [])
        let roleWarnings = result.warnings.filter { $0.message.contains("differs from its task team") }
        XCTAssertEqual(roleWarnings.count, result.warnings.count)
        // 85 % of activities have a team; a third of those differ: about 850.
        XCTAssertGreaterThan(roleWarnings.count, 700)
        XCTAssertLessThan(roleWarnings.count, 1_000)
    }

    func testActivitiesPerTeamMakesManyTeams() {
        let roadmap = SyntheticRoadmap.make(.init(activities: 60_000, seed: 1, dependenciesPerActivity: 0, activitiesPerTeam: 10))
        // One team per 10 activities, beyond the default cap of 5,000.
        XCTAssertEqual(roadmap.teams.count, 6_000)
    }

    func testFanInGivesTheLastActivityThatManyPredecessorsWithoutAWarning() throws {
        let options = SyntheticRoadmap.Options(activities: 5_000, seed: 2, fanIn: 4_000)
        let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options))
        XCTAssertEqual(result.diagnostics, [])
        let roadmap = try XCTUnwrap(result.roadmap)
        let last = try XCTUnwrap(roadmap.activities.last).id
        let into = roadmap.dependencies.filter { $0.to == last }
        XCTAssertEqual(into.count, 4_000)
        XCTAssertEqual(Set(into.map(\.from)).count, 4_000, "distinct predecessors")
        // Asked for more than there are, every earlier activity.
        let all = SyntheticRoadmap.make(.init(activities: 300, seed: 2, fanIn: 10_000))
        XCTAssertEqual(all.dependencies.filter { $0.to == all.activities.last!.id }.count, 299)
    }

    func testLongNamesMixScripts() throws {
        let made = SyntheticRoadmap.make(.init(activities: 200, seed: 6, names: .long))
        let names = made.activities.map(\.name.fr).joined()
        XCTAssertTrue(names.unicodeScalars.contains { (0x1F1E6...0x1F1FF).contains($0.value) }, "a flag")
        XCTAssertTrue(names.unicodeScalars.contains { $0.value == 0x200D }, "a ZWJ sequence")
        XCTAssertTrue(names.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "CJK")
        XCTAssertTrue(names.unicodeScalars.contains { $0.value == 0x301 }, "a combining accent")
        XCTAssertGreaterThan(made.activities.map { $0.name.fr.count }.min() ?? 0, 80)
        let loaded = try XCTUnwrap(RoadmapLoader.load(bytes: RoadmapJSON.bytes(made)).roadmap)
        XCTAssertEqual(loaded.activities, made.activities)
    }

    func testEveryProfileLoadsWithoutAnError() {
        for profile in SyntheticProfile.allCases {
            let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(profile.options(activities: 2_000, seed: 1)))
            XCTAssertEqual(result.errors, [], "\(profile)")
            let expectsWarnings = profile == .warnings || profile == .minifiedWarnings
            XCTAssertEqual(!result.warnings.isEmpty, expectsWarnings, "\(profile): \(result.warnings.count) warnings")
        }
    }
}
