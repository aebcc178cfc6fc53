import Foundation
import XCTest
import RoadmapModel
import RoadmapViews

/// The same export twice, in two processes, gives the same bytes, in every format. Swift seeds
/// its hashing anew in each process, so a dictionary or a set walked in its own order anywhere
/// between the file and the output would show here as two different files — a diff of two
/// exports, a file in git, a checksum would all change for nothing. (Within one process the
/// order is stable, which is why the unit tests cannot see this.)
final class ExportDeterminismTests: XCTestCase {
    private var binary: URL!
    private static let shipped = TerminalTestCase.shipped.path

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: ExportDeterminismTests.self))
    }

    /// One run, with a clean environment: in particular no SWIFT_DETERMINISTIC_HASHING, which
    /// would give both processes the same hash order and hide the difference.
    private static func run(_ binary: URL, _ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                                                               "XDG_CONFIG_HOME": "/nonexistent/roadmap-tests-config"])
    }

    private func assertTwoRunsAgree(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let what = "roadmap " + arguments.joined(separator: " ")
        // One after the other, as every test runs its programs (no threads spawning processes).
        let first = try Self.run(binary, arguments), second = try Self.run(binary, arguments)
        XCTAssertEqual(first.status, 0, "\(what): \(first.stderrText)", file: file, line: line)
        XCTAssertFalse(first.stdout.isEmpty, "\(what) wrote something", file: file, line: line)
        guard first.stdout != second.stdout else { return }
        let a = first.stdoutText.components(separatedBy: "\n"), b = second.stdoutText.components(separatedBy: "\n")
        let at = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        XCTFail("\(what): two runs differ, first at line \(at + 1):\n  \(a.indices.contains(at) ? a[at] : "(end)")\n  "
                + "\(b.indices.contains(at) ? b[at] : "(end)")", file: file, line: line)
    }

    func testEveryFormatIsTheSameInTwoProcesses() throws {
        XCTAssertNil(ProcessInfo.processInfo.environment["SWIFT_DETERMINISTIC_HASHING"],
                     "SWIFT_DETERMINISTIC_HASHING is set for the tests: the hash order would be the same in every process")
        let roadmap = try XCTUnwrap(RoadmapLoader.load(path: Self.shipped).validated).roadmap
        // A what-if, so that the what-if view and the slips have something to say.
        let delayed = try XCTUnwrap(roadmap.activities.first?.id)
        // Every format of the roadmap view (French for half of them)…
        for (k, format) in ExportFormat.allCases.enumerated() {
            try assertTwoRunsAgree(["export", Self.shipped, "--format", format.rawValue, "--lang", k % 2 == 0 ? "en" : "fr",
                                    "--delay", "\(delayed)=2"])
        }
        // …and the views that group (by team, by link, by chain, by what-if), where a dictionary
        // would most likely leak its order, in the first format each has among JSON, CSV, text.
        for view in [ViewKind.teams, .dependencies, .criticalPath, .teamGantt, .whatIfs] {
            let format = try XCTUnwrap([ExportFormat.json, .csv, .text].first { Exporter.refusal(of: $0, for: view) == nil }, view.rawValue)
            try assertTwoRunsAgree(["export", Self.shipped, "--view", view.rawValue, "--format", format.rawValue, "--delay", "\(delayed)=2"])
        }
        // The schedule, and an import of each format it reads.
        try assertTwoRunsAgree(["schedule", Self.shipped, "--format", "json", "--lang", "en", "--delay", "\(delayed)=2"])
        let corpus = TerminalTestCase.repository.appendingPathComponent("fuzz/corpus")
        for plan in ["import-plan.xml", "import-sheet.csv"] {
            try assertTwoRunsAgree(["import", corpus.appendingPathComponent(plan).path])
        }
    }
}

