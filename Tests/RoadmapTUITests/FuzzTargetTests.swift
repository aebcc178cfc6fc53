import Foundation
import RoadmapModel
import XCTest

/// Every target of fuzz/targets/ replayed on its committed inputs — its fixed crashes
/// (regressions/) and its minimised seeds (corpus/) — through the very code the libFuzzer
/// binaries run: the targets' Swift files are linked into FuzzTargets/ here. A crash found
/// and fixed that comes back crashes this test; a broken invariant stops it the same way
/// (the whole pipeline's inputs are FuzzRegressionTests').
final class FuzzTargetTests: XCTestCase {
    private static let targets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fuzz/targets")

    /// The target of each folder, as scripts/fuzz.sh builds it.
    private func run(_ target: String, _ input: [UInt8]) {
        switch target {
        case "roadmap-json": RoadmapJSONFuzzTarget.run(input)
        case "fast-path": FastPathFuzzTarget.run(input)
        case "scenario": ScenarioFuzzTarget.run(input)
        case "csv": CSVPlanFuzzTarget.run(input)
        case "msproject": MSProjectFuzzTarget.run(input)
        case "preferences": PreferencesFuzzTarget.run(input)
        case "structured": StructuredFuzzTarget.run(input)
        default: XCTFail("fuzz/targets/\(target)/ is not replayed by FuzzTargetTests: add it to run(_:_:)")
        }
    }

    private func folders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.targets.path).filter { name in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.targets.appendingPathComponent(name).path, isDirectory: &folder) && folder.boolValue
        }.sorted()
    }

    /// The test fixtures scripts/fuzz.sh gives a target as seeds besides its corpus/
    /// (`all_seed_folders`): the roadmap readers' seeds are the fixtures, valid and invalid.
    private static let fixtureSeeds: [String: [String]] = [
        "roadmap-json": ["valid", "invalid"], "fast-path": ["valid", "invalid"],
        "scenario": ["scenarios/valid"], "msproject": ["msproject"],
    ]

    /// Every seed of a target: its corpus/ and the fixtures it is given.
    private func seeds(_ target: String) throws -> [URL] {
        let fixtures = Self.targets.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/Fixtures")
        return try inputs(target, "corpus")
            + (Self.fixtureSeeds[target] ?? []).flatMap { try inputs(in: fixtures.appendingPathComponent($0)) }
    }

    /// The regular files of a target's folder, sorted.
    private func inputs(_ target: String, _ folder: String) throws -> [URL] {
        try inputs(in: Self.targets.appendingPathComponent(target).appendingPathComponent(folder))
    }

    private func inputs(in url: URL) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true && $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testEveryFixedCrashOfEveryTargetRunsThroughItsTarget() throws {
        for target in try folders() {
            for file in try inputs(target, "regressions") {
                run(target, Array(try Data(contentsOf: file)))
            }
        }
    }

    func testEverySeedOfEveryTargetRunsThroughItsTarget() throws {
        let targets = try folders()
        XCTAssertEqual(targets, ["csv", "fast-path", "msproject", "preferences", "roadmap-json", "scenario", "structured"])
        for target in targets {
            let found = try seeds(target)
            XCTAssertFalse(found.isEmpty, "fuzz/targets/\(target)/ has no seed, in corpus/ or the fixtures")
            for file in found {
                // FUZZ_TRACE=1 names each input on standard error, which a crash does not lose.
                if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("seed \(target) \(file.lastPathComponent)\n".utf8)) }
                run(target, Array(try Data(contentsOf: file)))
            }
        }
    }

    /// The structure-aware target is worth its cost only if it makes roadmaps that validate,
    /// which random bytes never do: of 500 inputs of random bytes, every file is JSON (no syntax
    /// error), at least three in five are valid roadmaps, some are refused on purpose, and
    /// every file the generator vouches for without a fault or a cycle loads.
    func testTheGeneratorMakesValidRoadmapsMostOfTheTime() {
        var state: UInt64 = 27
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var valid = 0, refused = 0, activities = 0
        for _ in 0..<500 {
            let input = (0..<(16 + Int(next() % 500))).map { _ in UInt8(truncatingIfNeeded: next()) }
            let made = RoadmapGenerator.make(input)
            let loaded = RoadmapLoader.load(bytes: made.bytes)
            XCTAssertFalse(loaded.errors.contains { $0.message.hasPrefix("syntax error") }, "\(loaded.errors.prefix(2))")
            if let validated = loaded.validated {
                valid += 1
                activities += validated.roadmap.activities.count
            } else {
                refused += 1
                if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("refused \(made.fault.map { "\($0)" } ?? "-") cycle=\(made.hasCycle) certain=\(made.certain): \(loaded.errors.first.map { $0.message.prefix(120) } ?? "")\n".utf8)) }
                XCTAssertTrue(made.fault != nil || made.hasCycle || !made.certain, "a file the generator vouches for is refused: \(loaded.errors.prefix(3))")
            }
        }
        XCTAssertGreaterThan(valid, 300)
        XCTAssertGreaterThan(refused, 25)
        XCTAssertGreaterThan(activities, valid * 3, "the valid roadmaps are nearly empty")
    }

    /// Each Swift file of a target is linked here, so that what the tests replay is what the
    /// fuzzer runs (Entry.swift, libFuzzer's entry point, only there).
    func testEveryFileOfTheTargetsIsLinkedHere() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzTargets")
        let linked = Set(try FileManager.default.contentsOfDirectory(atPath: here.path))
        var files: [String] = []
        let walk = FileManager.default.enumerator(atPath: Self.targets.path)
        while let path = walk?.nextObject() as? String {
            if path.hasSuffix(".swift"), path != "Entry.swift" { files.append((path as NSString).lastPathComponent) }
        }
        XCTAssertGreaterThan(files.count, 8)
        for file in files {
            XCTAssertTrue(linked.contains(file), "fuzz/targets/…/\(file) is not linked into Tests/RoadmapTUITests/FuzzTargets/")
        }
    }
}
