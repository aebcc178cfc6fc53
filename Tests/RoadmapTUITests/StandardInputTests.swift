import Foundation
import XCTest
@testable import RoadmapTUI

/// Data given on standard input is the data used, by every command: `cat plan.json | roadmap
/// export` exports plan.json, never the shipped roadmap; `-` names standard input; a second `-`,
/// an empty pipe or a pipe that is not a roadmap is an error that says so. And a first word
/// that is a near miss of a subcommand is said to be one.
final class StandardInputTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!
    private let minimal = TerminalTestCase.minimal

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: StandardInputTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private func run(_ arguments: [String], input: ProcessRunner.Input = .none) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8"], currentDirectory: folder, input: input)
    }

    func testAPipedRoadmapIsTheOneExportedByEveryCommand() throws {
        let data = try Data(contentsOf: minimal)
        let expected = try run(["export", minimal.path, "--format", "csv"])
        XCTAssertEqual(expected.status, 0, expected.stderrText)
        for input in [ProcessRunner.Input.pipe(data), .file(minimal)] {
            let piped = try run(["export", "--format", "csv"], input: input)
            XCTAssertEqual(piped.status, 0, piped.stderrText)
            XCTAssertEqual(piped.stdoutText, expected.stdoutText, "the piped roadmap, not the shipped one")
            let dash = try run(["export", "-", "--format", "csv"], input: input)
            XCTAssertEqual(dash.stdoutText, expected.stdoutText, "- is standard input")
            let validate = try run(["validate"], input: input)
            XCTAssertEqual(validate.status, 0, validate.stdoutText)
            XCTAssertTrue(validate.stdoutText.hasPrefix("standard input: valid: 3 activities"), validate.stdoutText)
            let schedule = try run(["schedule", "--format", "json"], input: input)
            XCTAssertEqual(schedule.status, 0, schedule.stderrText)
            XCTAssertEqual(schedule.stdoutText, try run(["schedule", minimal.path, "--format", "json"]).stdoutText)
            // Into a pipe, the explorer prints the same text as the export.
            let explore = try run([], input: input)
            XCTAssertEqual(explore.stdoutText, try run(["export", minimal.path]).stdoutText)
        }
    }

    func testWithoutAPipeTheShippedRoadmapIsStillTheDefault() throws {
        // /dev/null is not data given (cron, ssh, a test runner): the usual fallback.
        let output = try run(["validate"])
        XCTAssertEqual(output.status, 0, output.stdoutText)
        XCTAssertTrue(output.stdoutText.contains("roadmap.json (shipped with the program): valid: 29 activities"), output.stdoutText)
    }

    func testAnEmptyPipeIsAnErrorNotTheShippedRoadmap() throws {
        for arguments in [["export", "--format", "csv"], ["export", "-", "--format", "csv"], ["validate"], ["import"]] {
            let output = try run(arguments, input: .pipe(Data()))
            XCTAssertEqual(output.status, 1, "\(arguments): \(output.stdoutText)")
            XCTAssertTrue((output.stderrText + output.stdoutText).contains("standard input: error: nothing was given on standard input (it is empty)"),
                          "\(arguments): \(output.stderrText)")
            XCTAssertFalse(output.stdoutText.contains("governance"), "\(arguments): nothing of the shipped roadmap")
        }
    }

    func testAPipeThatIsNotARoadmapIsLocated() throws {
        let output = try run(["export", "--format", "csv"], input: .pipe(Data("{\"schemaVersion\": 1,\n \"meta\": [}".utf8)))
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(output.stdout.count, 0)
        XCTAssertTrue(output.stderrText.hasPrefix("standard input:2:"), output.stderrText)
    }

    func testStandardInputStandsForOneFileOnly() throws {
        let data = try Data(contentsOf: minimal)
        let diff = try run(["diff", "-", "-"], input: .pipe(data))
        XCTAssertEqual(diff.status, 2, diff.stderrText)
        XCTAssertTrue(diff.stderrText.contains("standard input is already read as OLD; `-` can stand for one file only"), diff.stderrText)
        let baseline = try run(["export", "-", "--baseline", "-"], input: .pipe(data))
        XCTAssertEqual(baseline.status, 1, baseline.stderrText)
        XCTAssertTrue(baseline.stderrText.contains("already read as FILE"), baseline.stderrText)
    }

    func testOneSideOfADiffAndAScenarioCanComeFromStandardInput() throws {
        let data = try Data(contentsOf: minimal)
        let same = try run(["diff", "-", minimal.path], input: .pipe(data))
        XCTAssertEqual(same.status, 0, same.stdoutText + same.stderrText)
        let scenario = folder.appendingPathComponent("s.json")
        try Data(#"{"scenarioVersion": 1, "name": "Late", "delays": {"propose": 2}}"#.utf8).write(to: scenario)
        let expected = try run(["schedule", minimal.path, "--scenario", scenario.path, "--format", "json"])
        XCTAssertEqual(expected.status, 0, expected.stderrText)
        let piped = try run(["schedule", minimal.path, "--scenario", "-", "--format", "json"], input: .file(scenario))
        XCTAssertEqual(piped.status, 0, piped.stderrText)
        XCTAssertEqual(piped.stdoutText, expected.stdoutText)
    }

    func testImportReadsAPipedPlan() throws {
        let csv = "id,name,start,finish\nx1,First,2020-01,2020-03\nx2,Second,2020-04,2020-06\n"
        let output = try run(["import", "--output", folder.appendingPathComponent("out.json").path], input: .pipe(Data(csv.utf8)))
        XCTAssertEqual(output.status, 0, output.stderrText)
        let validate = try run(["validate", folder.appendingPathComponent("out.json").path])
        XCTAssertTrue(validate.stdoutText.contains("valid: 2 activities"), validate.stdoutText)
        let nothing = try run(["import"])
        XCTAssertEqual(nothing.status, 64, nothing.stderrText)
        XCTAssertTrue(nothing.stderrText.contains("give the plan to import"), nothing.stderrText)
    }

    func testANearMissOfASubcommandIsSaidToBeOne() throws {
        for (typed, meant) in [("exprot", "export"), ("valdate", "validate"), ("shedule", "schedule"), ("dif", "diff")] {
            let output = try run([typed, "--format", "csv"])
            XCTAssertEqual(output.status, 64, typed)
            XCTAssertEqual(output.stderrText, "roadmap: no file or command '\(typed)'; did you mean '\(meant)'?\n")
            XCTAssertEqual(output.stdout.count, 0)
        }
    }

    func testAFileNamedLikeATypoIsReadAsAFile() throws {
        try Data(contentsOf: minimal).write(to: folder.appendingPathComponent("exprot"))
        let output = try run(["exprot", "--view", "roadmap"])
        XCTAssertEqual(output.status, 0, output.stderrText)
        // Far from every subcommand: still a FILE that cannot be opened.
        let far = try run(["planning.json"])
        XCTAssertEqual(far.status, 1)
        XCTAssertTrue(far.stderrText.contains("planning.json: error: cannot open the file"), far.stderrText)
    }

    func testEditDistanceCountsASwapOfNeighboursOnce() {
        XCTAssertEqual(CommandTypo.editDistance("exprot", "export"), 1)
        XCTAssertEqual(CommandTypo.editDistance("dif", "diff"), 1)
        XCTAssertEqual(CommandTypo.editDistance("", "diff"), 4)
        XCTAssertEqual(CommandTypo.editDistance("summary", "summary"), 0)
        XCTAssertEqual(CommandTypo.editDistance("abc", "xyz"), 3)
    }
}
