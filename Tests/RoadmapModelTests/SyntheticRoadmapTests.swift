import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

final class SyntheticRoadmapTests: XCTestCase {
    func testSplitMix64KnownValues() {
        // The reference sequence for seed 1234567 (from the published C implementation).
        var random = SplitMix64(seed: 1_234_567)
        XCTAssertEqual(random.next(), 6_457_827_717_110_365_317)
        XCTAssertEqual(random.next(), 3_203_168_211_198_807_973)
        XCTAssertEqual(random.next(), 9_817_491_932_198_370_423)
        var bounded = SplitMix64(seed: 9)
        for _ in 0..<1_000 {
            let value = bounded.int(in: -3...3)
            XCTAssertTrue((-3...3).contains(value))
        }
    }

    func testGeneratedFileLoadsWithoutErrors() throws {
        let bytes = SyntheticRoadmap.bytes(.init(activities: 3_000, seed: 11))
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.errors, [])
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.activities.count, 3_000)
        // About 1.5 dependencies per activity, each on an earlier activity.
        XCTAssertGreaterThan(roadmap.dependencies.count, 4_200)
        XCTAssertLessThan(roadmap.dependencies.count, 4_800)
        let index = Dictionary(uniqueKeysWithValues: roadmap.activities.enumerated().map { ($1.id, $0) })
        XCTAssertTrue(roadmap.dependencies.allSatisfy { index[$0.from]! < index[$0.to]! })
        XCTAssertEqual(Set(roadmap.dependencies.map(\.type)), Set(Dependency.Kind.allCases))
        // The planned dates follow the dependencies: not even a warning.
        XCTAssertEqual(result.warnings, [])
        // The alias Br is written for some Int activities and resolved on loading.
        XCTAssertTrue(roadmap.activities.contains { $0.roleAsWritten == "Br" && $0.role == "Int" })

        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
        XCTAssertFalse(scheduled.schedule.criticalPath.isEmpty)
        XCTAssertFalse(scheduled.teams.criticalPath.isEmpty)
        XCTAssertGreaterThanOrEqual(scheduled.monthsPastTimeline, -5)
        XCTAssertLessThanOrEqual(scheduled.monthsPastTimeline, 0)
    }

    func testFileReadsBackAsTheRoadmapMade() throws {
        // Most activities take the decoder's fast path, those with provenance the general one:
        // both must give back exactly what was written.
        let made = SyntheticRoadmap.make(.init(activities: 2_000, seed: 4))
        XCTAssertTrue(made.activities.contains { $0.provenance.isInferred })
        let loaded = try XCTUnwrap(RoadmapLoader.load(bytes: RoadmapJSON.bytes(made)).roadmap)
        XCTAssertEqual(loaded.activities, made.activities)
        XCTAssertEqual(loaded.dependencies, made.dependencies)
        XCTAssertEqual(loaded.teams, made.teams)
        XCTAssertEqual(loaded.areas, made.areas)
        XCTAssertEqual(loaded.meta.periods, made.meta.periods)
        XCTAssertEqual(loaded.workingGroups, made.workingGroups)
    }

    func testPlantedSlipsAreReported() throws {
        let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 3_000, seed: 11, slips: 0.02)))
        XCTAssertEqual(result.errors, [])
        let warnings = result.warnings
        XCTAssertTrue(warnings.allSatisfy { $0.message.contains("slip") }, "\(warnings.prefix(3))")
        XCTAssertGreaterThan(warnings.count, 20)
        XCTAssertLessThan(warnings.count, 120)
        let scheduled = ScheduledRoadmap(try result.get())
        XCTAssertEqual(scheduled.schedule.earlyStart.indices.filter { scheduled.schedule.slip($0) > 0 }.count, warnings.count)
    }

    func testDeterministicForASeed() {
        let a = SyntheticRoadmap.bytes(.init(activities: 500, seed: 5))
        let b = SyntheticRoadmap.bytes(.init(activities: 500, seed: 5))
        let c = SyntheticRoadmap.bytes(.init(activities: 500, seed: 6))
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
    }

    func testDependencyDensityOption() throws {
        let none = SyntheticRoadmap.make(.init(activities: 1_000, seed: 2, dependenciesPerActivity: 0))
        XCTAssertTrue(none.dependencies.isEmpty)
        let dense = SyntheticRoadmap.make(.init(activities: 1_000, seed: 2, dependenciesPerActivity: 3))
        XCTAssertGreaterThan(dense.dependencies.count, 2_900)
        let result = RoadmapLoader.load(bytes: RoadmapJSON.bytes(dense))
        XCTAssertEqual(result.errors, [])
    }

    func testChainShapeLoads() throws {
        let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 2_000, seed: 1, shape: .chain)))
        XCTAssertEqual(result.diagnostics, [])
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.dependencies.count, 1_999)
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap))
        // Finish-to-start all along: one critical chain through every activity.
        XCTAssertEqual(scheduled.schedule.criticalPath.count, 2_000)
        XCTAssertEqual(scheduled.schedule.projectFinish, roadmap.activities.map(\.duration).reduce(0, +))
        XCTAssertEqual(scheduled.monthsPastTimeline, scheduled.schedule.projectFinishMonth - roadmap.meta.timeline.finish)
    }

    func testEmptyRoadmap() throws {
        let result = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 0)))
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.roadmap?.activities.count, 0)
    }
}
