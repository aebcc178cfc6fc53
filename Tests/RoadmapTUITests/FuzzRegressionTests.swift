import Foundation
import XCTest

/// Every crash the fuzzer found becomes a regression test: its minimised input is committed to
/// fuzz/regressions/ and run here through FuzzPipeline — the very file the libFuzzer harness
/// runs (FuzzPipeline.swift in this folder is a link to fuzz/FuzzPipeline.swift). A crash that
/// comes back crashes this test; a broken invariant fails it the same way.
final class FuzzRegressionTests: XCTestCase {
    private static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fuzz")

    /// The regular files of a folder, sorted, without the notes that explain them.
    private func inputs(_ folder: String) throws -> [URL] {
        let url = Self.fuzz.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { !["CAUSES", "README.md"].contains($0.lastPathComponent) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testEveryFixedCrashRunsThroughThePipeline() throws {
        let fixed = try inputs("regressions")
        // Four are committed (issue 8's futureState crashes, a CSV one): none found means the
        // folder moved or the filter above went wrong, and the test would prove nothing.
        XCTAssertFalse(fixed.isEmpty, "no input in fuzz/regressions/: nothing is replayed")
        for file in fixed {
            FuzzPipeline.run(Array(try Data(contentsOf: file)))
        }
    }

    /// The seeds too: the reproductions of issue 8, generated shapes, hostile text, knobs.
    func testEverySeedRunsThroughThePipeline() throws {
        let seeds = try inputs("corpus")
        XCTAssertGreaterThan(seeds.count, 10, "the seed corpus is missing")
        for file in seeds {
            FuzzPipeline.run(Array(try Data(contentsOf: file)))
        }
    }

    /// Crashes whose fix belongs to code being rewritten elsewhere wait in fuzz/pending/, each
    /// named with its cause in fuzz/pending/CAUSES; once fixed, the file moves to regressions/.
    /// They are not run (they would crash the test process), and never pass in silence: the
    /// test skips, naming each, and scripts/test prints that skip among the allowed ones
    /// (Tests/allowed-skips.txt says why it is allowed). One without its cause fails.
    func testPendingCrashesEachHaveTheirCause() throws {
        let pending = try inputs("pending")
        guard !pending.isEmpty else { return }
        let causes = try String(contentsOf: Self.fuzz.appendingPathComponent("pending/CAUSES"), encoding: .utf8)
        var lines: [String] = []
        for file in pending {
            let line = causes.split(separator: "\n").first { $0.hasPrefix(file.lastPathComponent + ":") }
            XCTAssertNotNil(line, "\(file.lastPathComponent) has no line in fuzz/pending/CAUSES")
            lines.append(line.map(String.init) ?? file.lastPathComponent)
        }
        guard lines.count == pending.count, !lines.contains(where: { !$0.contains(":") }) else { return }
        throw XCTSkip("\(pending.count) known crashes not run until their fix merges:\n" + lines.joined(separator: "\n"))
    }
}
