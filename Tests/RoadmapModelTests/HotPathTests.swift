import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic
#if canImport(Glibc)
import Glibc
#endif

/// The shortcuts of issue 13 ("speed") give the same results as the ways they replace.
final class HotPathTests: XCTestCase {
    /// `readFile` reads into an array of the file's size: the bytes must be the file's, for a
    /// file of several megabytes and for one that reports no size (as /proc's files do).
    func testReadFileReturnsTheWholeFile() throws {
        let path = NSTemporaryDirectory() + "hot-path-\(getpid()).json"
        defer { unlink(path) }
        var bytes = [UInt8](repeating: 0, count: 5 << 20 | 12_345)
        var state: UInt32 = 7
        for k in bytes.indices {
            state = state &* 1_664_525 &+ 1_013_904_223
            bytes[k] = UInt8(truncatingIfNeeded: state >> 24)
        }
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        XCTAssertEqual(try readFile(path).get(), bytes)

        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        XCTAssertEqual(try readFile(path).get(), [])

        let status = try readFile("/proc/self/status").get()
        XCTAssertTrue(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
    }

    /// The team of each activity, kept from validation, is the one its id names.
    func testTeamOfAnActivityIsTheOneItsIDNames() throws {
        var options = SyntheticRoadmap.Options(activities: 2_000, seed: 5)
        options.activitiesPerTeam = 20
        let validated = try XCTUnwrap(RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options)).validated)
        XCTAssertEqual(validated.activityTeams.count, 2_000)
        var withTeam = 0
        for (i, activity) in validated.roadmap.activities.enumerated() {
            let expected = activity.team.flatMap { validated.teamIndex[$0] }
            XCTAssertEqual(validated.team(of: i), expected, "activity \(i)")
            if expected != nil { withTeam += 1 }
        }
        XCTAssertGreaterThan(withTeam, 1_000)
        // A roadmap validated in code has them too.
        let again = try ValidatedRoadmap(validating: validated.roadmap)
        XCTAssertEqual(again.activityTeams, validated.activityTeams)
    }

    /// The JSON export handed over a batch of activities at a time, written on every processor
    /// from 20,000 of them, is the same text as written on one; a chosen list of activities is
    /// written in its order, those the roadmap does not have left out.
    func testStreamedScheduleJSONIsTheSameText() throws {
        for count in [6_000, 20_500] {
            let validated = try XCTUnwrap(RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: count, seed: 3))).validated)
            let scheduled = ScheduledRoadmap(validated)
            var onOne: [UInt8] = []
            ScheduleJSON.write(scheduled, activities: nil, language: .fr, scenario: nil, parallelFrom: .max) { onOne += $0 }
            var pieces: [[UInt8]] = []
            ScheduleJSON.write(scheduled, activities: nil, language: .fr, scenario: nil, parallelFrom: 20_000) { pieces.append($0) }
            // The top level, a piece per 1,024 activities, the dependencies' opening, a piece
            // per 4,096 of them, the end.
            let links = scheduled.graph.edges.count
            XCTAssertEqual(pieces.count, 3 + (count + 1023) / 1024 + (links + 4095) / 4096, "\(count)")
            XCTAssertEqual(Array(pieces.joined()), onOne, "\(count)")
            XCTAssertEqual(ScheduleJSON.bytes(scheduled, language: .fr), onOne, "\(count)")
            let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(onOne)) as? [String: Any])
            XCTAssertEqual((parsed["activities"] as? [Any])?.count, count)
        }
        let validated = try XCTUnwrap(RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 6_000, seed: 3))).validated)
        let scheduled = ScheduledRoadmap(validated)
        var some: [UInt8] = []
        ScheduleJSON.write(scheduled, activities: [5, 3, 4_000, 7_000], language: .en) { some += $0 }
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(some)) as? [String: Any])
        let ids = (parsed["activities"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, [5, 3, 4_000].map { scheduled.roadmap.activities[$0].id })
        // The links among a chosen list, in the file's order, each batch written apart: the
        // first written opens without a comma wherever it falls.
        let chosen = Array(stride(from: 0, to: 6_000, by: 2))
        let isChosen = Set(chosen)
        var many: [UInt8] = []
        ScheduleJSON.write(scheduled, activities: chosen, language: .en, scenario: nil, parallelFrom: 1) { many += $0 }
        let links = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(many)) as? [String: Any])?["dependencies"] as? [[String: Any]])
        let expected = scheduled.graph.edges.filter { isChosen.contains($0.from) && isChosen.contains($0.to) }
        XCTAssertGreaterThan(expected.count, 0)
        XCTAssertEqual(links.compactMap { $0["from"] as? String }, expected.map { scheduled.roadmap.activities[$0.from].id })
        XCTAssertEqual(links.compactMap { $0["to"] as? String }, expected.map { scheduled.roadmap.activities[$0.to].id })
        var none: [UInt8] = []
        ScheduleJSON.write(scheduled, activities: [5], language: .en) { none += $0 }
        let lone = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(none)) as? [String: Any])
        XCTAssertEqual((lone["dependencies"] as? [Any])?.count, 0)
    }

    /// The roadmap file written a slice of activities and links at a time on every processor
    /// (`roadmap import`'s output) is the text written on one in one slice, as the writer
    /// wrote it before: every profile, both layouts, slices of one, seven and the default
    /// sizes, and lists left empty.
    func testStreamedRoadmapFileIsTheSameText() throws {
        for profile in SyntheticProfile.allCases {
            let roadmap = SyntheticRoadmap.make(profile.options(activities: 1_500, seed: 4))
            for layout in [RoadmapJSON.Layout.canonical, .elementPerLine] {
                var whole: [UInt8] = []
                RoadmapJSON.write(roadmap, layout: layout, parallelFrom: .max, rowsPerSlice: .max) { whole += $0 }
                XCTAssertEqual(whole.last, 0x0A)
                XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(whole)), "\(profile) \(layout)")
                for slice in [1, 7, nil] {
                    var sliced: [UInt8] = [], pieces = 0
                    RoadmapJSON.write(roadmap, layout: layout, parallelFrom: 1, rowsPerSlice: slice) { sliced += $0; pieces += 1 }
                    XCTAssertTrue(sliced == whole, "\(profile) \(layout) \(slice ?? 0)")
                    XCTAssertGreaterThan(pieces, 4)
                }
                XCTAssertTrue(RoadmapJSON.bytes(roadmap, layout: layout) == whole, "\(profile) \(layout)")
            }
        }
        var bare = SyntheticRoadmap.make(SyntheticProfile.clean.options(activities: 40, seed: 4))
        bare.dependencies = []
        for layout in [RoadmapJSON.Layout.canonical, .elementPerLine] {
            var whole: [UInt8] = [], sliced: [UInt8] = []
            RoadmapJSON.write(bare, layout: layout, parallelFrom: .max, rowsPerSlice: .max) { whole += $0 }
            RoadmapJSON.write(bare, layout: layout, parallelFrom: 1, rowsPerSlice: 3) { sliced += $0 }
            XCTAssertEqual(sliced, whole)
            XCTAssertTrue(String(decoding: whole, as: UTF8.self).contains("\"dependencies\": []"))
        }
        bare.activities = []
        var none: [UInt8] = []
        RoadmapJSON.write(bare, layout: .canonical, parallelFrom: 1, rowsPerSlice: 3) { none += $0 }
        XCTAssertTrue(String(decoding: none, as: UTF8.self).contains("\"activities\": [],\n  \"dependencies\": []"))
    }

    func testSearchIndexBuildsInTheBackground() throws {
        let roadmap = SyntheticRoadmap.make(.init(activities: 500, seed: 2))
        let lazy = LazySearchIndex(roadmap: roadmap)
        XCTAssertFalse(lazy.isBuilt)
        lazy.buildInBackground()
        let deadline = Date().addingTimeInterval(30)
        while !lazy.isBuilt && Date() < deadline { usleep(1_000) }
        XCTAssertTrue(lazy.isBuilt)
    }
}
