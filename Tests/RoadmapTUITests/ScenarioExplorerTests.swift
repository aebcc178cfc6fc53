import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// `S` saves the what-ifs as a scenario, and `--scenario` gives the same schedule back; the
/// sub-committee picker moved to `C`.
final class ScenarioExplorerTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func validated() throws -> ValidatedRoadmap { try RoadmapLoader.load(path: TerminalTestCase.minimal.path).get() }

    private func explorer() throws -> Explorer {
        var explorer = Explorer(scheduled: ScheduledRoadmap(try validated()), state: ViewState(language: .en), width: 100, height: 30)
        explorer.fileName = "minimal.json"
        return explorer
    }

    private func filterLine(_ explorer: Explorer) -> String {
        ScreenComposer.compose(explorer).lines[1...2].joined(separator: "\n")
    }

    /// `S`, the prefilled name erased, `text` typed, Enter: the effect the loop is asked for.
    private func save(as text: String, _ explorer: inout Explorer) -> Explorer.Effect {
        _ = explorer.handle(.character("S"))
        var effect = Explorer.Effect.none
        for key in Array(repeating: Key.backspace, count: explorer.defaultScenarioName.count) + Key.typed(text + "\n") {
            effect = explorer.handle(key)
        }
        return effect
    }

    private func run(_ arguments: [String]) throws -> ProcessOutput {
        let binary = try RoadmapBinary.locate(near: Bundle(for: ScenarioExplorerTests.self))
        return try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8"], currentDirectory: folder)
    }

    func testWhatIfsSavedWithSComeBackWithScenario() throws {
        var explorer = try explorer()
        XCTAssertEqual(explorer.scheduled.roadmap.activities[explorer.selectedActivity!].id, "propose")
        _ = explorer.handle(.character("+"))
        _ = explorer.handle(.character("+"))
        _ = explorer.handle(.character("j"))
        _ = explorer.handle(.character("j"))
        _ = explorer.handle(.character("-"))
        let delays = explorer.scheduled.delays
        XCTAssertEqual(delays.count, 2)

        _ = explorer.handle(.character("S"))
        guard case let .prompt(prompt)? = explorer.overlay else { return XCTFail("S opens a prompt") }
        XCTAssertEqual(prompt.kind, .saveScenario)
        XCTAssertEqual(prompt.text, "minimal-what-ifs", "a name made from the file's")
        _ = explorer.handle(.escape)

        let path = folder.appendingPathComponent("trial.scenario.json").path
        XCTAssertEqual(save(as: path, &explorer), .saveScenario(path: path, name: "trial"))
        explorer.writeScenario(path: path, name: "trial", roadmapPath: TerminalTestCase.minimal.path)
        XCTAssertEqual(explorer.message?.isError, false, explorer.message?.text ?? "")
        XCTAssertEqual(explorer.message?.text, "Scenario “trial” saved to \(path)")
        XCTAssertEqual(explorer.state.scenario?.name, "trial")
        XCTAssertTrue(filterLine(explorer).contains("scenario “trial”: Propose the strategy +2 months, Cloud -1 month"), filterLine(explorer))
        XCTAssertEqual(explorer.unsavedWhatIfs, 0, "saved: quitting loses nothing")

        // The file: the delays in the roadmap's order, and the roadmap from the scenario's folder.
        let read = ScenarioReading(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        XCTAssertEqual(read.findings, [])
        let scenario = try XCTUnwrap(read.scenario)
        XCTAssertEqual(scenario.delays, [.init(activity: "propose", months: 2), .init(activity: "cloud", months: -1)])
        XCTAssertEqual(scenario.roadmapPath(relativeTo: path).flatMap(OutputFile.realPath), OutputFile.realPath(TerminalTestCase.minimal.path))

        // --scenario gives the same schedule: in the model, and from the command line alone.
        let loaded = try ScenarioOption.load(path, against: try validated()).get()
        let again = ScheduledRoadmap(try validated(), delays: loaded.inUse.delays)
        XCTAssertEqual(again.schedule.earlyStart, explorer.scheduled.schedule.earlyStart)
        XCTAssertEqual(again.schedule.earlyFinish, explorer.scheduled.schedule.earlyFinish)
        XCTAssertEqual(again.schedule.totalFloat, explorer.scheduled.schedule.totalFloat)
        let fromScenario = try run(["export", "--scenario", path, "--format", "csv", "--lang", "en"])
        let fromFlags = try run(["export", TerminalTestCase.minimal.path, "--delay", "propose=2", "--delay", "cloud=-1", "--format", "csv", "--lang", "en"])
        XCTAssertEqual(fromScenario.status, 0, fromScenario.stderrText)
        XCTAssertEqual(fromScenario.stderrText, "")
        XCTAssertEqual(fromScenario.stdoutText, fromFlags.stdoutText)
        let text = try run(["export", "--scenario", path, "--lang", "en", "--width", "100"])
        // The document wraps its filter line rather than cut it: read as one.
        XCTAssertTrue(text.stdoutText.replacingOccurrences(of: "\n", with: " ").contains("scenario “trial”: Propose the strategy +2 months, Cloud -1 month"), text.stdoutText)

        // Saving again under the same name asks first; no brings the prompt back.
        XCTAssertEqual(save(as: path, &explorer), Explorer.Effect.none)
        guard case let .question(question)? = explorer.overlay else { return XCTFail("asks before overwriting") }
        XCTAssertEqual(question.text(.en), "\(path) exists. Overwrite it? (y/n)")
        _ = explorer.handle(.character("n"))
        guard case .prompt? = explorer.overlay else { return XCTFail("n comes back to the prompt") }
        _ = explorer.handle(.enter)
        XCTAssertEqual(explorer.handle(.character("y")), .saveScenario(path: path, name: "trial"))
    }

    func testANameIsSavedInTheCurrentFolderAndTheNextPromptOffersIt() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("+"))
        XCTAssertEqual(save(as: "slip one", &explorer), .saveScenario(path: "slip-one.scenario.json", name: "slip one"), "the file by its slug, the name kept inside")
        let path = folder.appendingPathComponent("slip one.scenario.json").path
        explorer.writeScenario(path: path, name: "slip one", roadmapPath: nil)
        XCTAssertEqual(explorer.defaultScenarioName, "slip one")
        var state = ViewState(language: .en)
        state.scenario = ScenarioInUse(name: "bad\u{1B}[31m\nname", delays: [:])
        let hostile = Explorer(scheduled: explorer.scheduled, state: state, width: 100, height: 30)
        XCTAssertEqual(hostile.defaultScenarioName, "bad\u{241B}[31m\u{240A}name", "no control character reaches the prompt")
        // The built-in roadmap has no file: the scenario names none.
        XCTAssertNil(ScenarioReading(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))).scenario?.roadmap)
        // A what-if made since: the header says the scenario changed.
        _ = explorer.handle(.character("+"))
        XCTAssertTrue(filterLine(explorer).contains("what-if, scenario “slip one” changed: Propose the strategy +2 months"), filterLine(explorer))
    }

    func testAFailedSaveSaysWhyAndChangesNothing() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("+"))
        let path = folder.appendingPathComponent("no-such-folder/s.scenario.json").path
        explorer.writeScenario(path: path, name: "s", roadmapPath: nil)
        XCTAssertEqual(explorer.message?.isError, true)
        XCTAssertTrue(explorer.message?.text.hasPrefix("Scenario not saved: ") == true, explorer.message?.text ?? "")
        XCTAssertNil(explorer.state.scenario)
        XCTAssertEqual(explorer.unsavedWhatIfs, 1)
        // A folder, or nothing typed, is refused under the prompt.
        XCTAssertEqual(save(as: folder.path + "/", &explorer), Explorer.Effect.none)
        guard case let .prompt(prompt)? = explorer.overlay else { return XCTFail("the prompt stays open") }
        XCTAssertEqual(prompt.note, "\(folder.path)/ is a folder: add a file name.")
    }

    /// A live reload carries the scenario's delays by id, as it does the what-ifs: the header
    /// still names it, unchanged, when the activities moved in the file.
    func testAReloadKeepsTheScenarioByID() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("G"))
        _ = explorer.handle(.character("+"))
        explorer.writeScenario(path: folder.appendingPathComponent("s.scenario.json").path, name: "s", roadmapPath: nil)
        XCTAssertEqual(explorer.state.scenario?.delays, [2: 1])
        var roadmap = try validated().roadmap
        roadmap.activities.reverse()
        explorer.reload(try ValidatedRoadmap(validating: roadmap), fileName: "minimal.json")
        XCTAssertEqual(explorer.scheduled.roadmap.activities[0].id, "cloud")
        XCTAssertEqual(explorer.state.scenario?.delays, [0: 1])
        XCTAssertTrue(filterLine(explorer).contains("scenario “s”: Cloud +1 month"), filterLine(explorer))
    }

    func testRelativePathFromTheScenariosFolder() {
        XCTAssertEqual(Explorer.relativePath(of: "/a/b/roadmap.json", fromFolderOf: "/a/b/s.json"), "roadmap.json")
        XCTAssertEqual(Explorer.relativePath(of: "/a/b/roadmap.json", fromFolderOf: "/a/c/d/s.json"), "../../b/roadmap.json")
        XCTAssertEqual(Explorer.relativePath(of: "/a/roadmap.json", fromFolderOf: "/s.json"), "a/roadmap.json")
    }

    // MARK: - The command line

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testBadScenariosExitOneWithEveryProblemLocatedAndNothingElse() throws {
        let minimal = TerminalTestCase.minimal.path
        let unknown = try write("{\"scenarioVersion\": 1, \"name\": \"u\",\n \"delays\": {\"nope\": 1, \"propose\": 1300}}\n", "unknown.json")
        for command in [["export"], ["schedule"], ["explore"]] {
            let out = try run(command + [minimal, "--scenario", unknown, "--lang", "en"])
            XCTAssertEqual(out.status, 1, out.stderrText)
            XCTAssertEqual(out.stdoutText, "", "nothing else happens")
            XCTAssertEqual(out.stderrText, """
            \(unknown):2:35: error: delays.propose: 1300 months is too far; at most 1200 either way
            \(unknown):2:13: error: delays.nope: no activity of the roadmap has the id "nope"
            \(unknown): 2 errors in the scenario; see the scenario format in the README (schema/scenario.schema.json)

            """)
        }
        let broken = try write("{\"scenarioVersion\": 1,\n \"name\": \"b\"\n \"delays\": {}}", "broken.json")
        let out = try run(["schedule", minimal, "--scenario", broken])
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderrText.hasPrefix("\(broken):3:2: error: syntax error: unexpected '\"', ',' or '}' was expected\n"), out.stderrText)
        let version = try write("{\"scenarioVersion\": 3, \"name\": \"v\", \"delays\": {}}", "version.json")
        let outVersion = try run(["export", minimal, "--scenario", version])
        XCTAssertEqual(outVersion.status, 1)
        XCTAssertTrue(outVersion.stderrText.hasPrefix("\(version):1:21: error: scenarioVersion: version 3 is not one this program reads; it reads scenarioVersion 1\n"),
                      outVersion.stderrText)
        let missing = try run(["export", minimal, "--scenario", folder.appendingPathComponent("none.json").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderrText.contains("none.json: error: cannot open the file: " + String(cString: strerror(ENOENT))), missing.stderrText)
    }

    func testTheScenariosRoadmapTheExplicitFileAndFlagsThatAddUp() throws {
        let minimal = TerminalTestCase.minimal.path
        // A scenario naming another roadmap: the FILE given wins, with a warning.
        let other = try write("{\"scenarioVersion\": 1, \"name\": \"o\", \"roadmap\": \"elsewhere.json\", \"delays\": {\"propose\": 1}}", "other.json")
        let warned = try run(["schedule", minimal, "--scenario", other, "--delay", "propose=1", "--delay", "cloud=2", "--lang", "en"])
        XCTAssertEqual(warned.status, 0, warned.stderrText)
        XCTAssertEqual(warned.stderrText, "roadmap schedule: warning: \(other) names the roadmap \(folder.path)/elsewhere.json; \(minimal), given on the command line, is used\n")
        let flags = try run(["schedule", minimal, "--delay", "propose=2", "--delay", "cloud=2", "--lang", "en"])
        XCTAssertTrue(warned.stdoutText.contains("What-if, scenario “o” and more delays: Propose the strategy +2 months; Cloud +2 months"), warned.stdoutText)
        XCTAssertEqual(warned.stdoutText.replacingOccurrences(of: "What-if, scenario “o” and more delays: ", with: "What-if: "), flags.stdoutText)
        // Without FILE the scenario's roadmap is read, relative to its folder.
        let here = try write("{\"scenarioVersion\": 1, \"name\": \"h\", \"roadmap\": \"m.json\", \"delays\": {\"cloud\": 1}}", "here.json")
        try FileManager.default.copyItem(atPath: minimal, toPath: folder.appendingPathComponent("m.json").path)
        let json = try run(["schedule", "--scenario", here, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderrText)
        XCTAssertTrue(json.stdoutText.contains("\"scenario\": {\"name\": \"h\", \"changed\": false, \"delays\": {\"cloud\": 1}}"), json.stdoutText)
    }
}

/// The round trip in a real terminal: what-ifs, `S`, a name, and `--scenario` opens them again.
final class TerminalScenarioTests: TerminalTestCase {
    func testSSavesTheWhatIfsAndScenarioOpensThemAgain() throws {
        let (session, _) = try open([Self.minimal.path], width: 100, height: 30)
        try session.send("G", "+")
        try session.waitForScreen(containing: "Cloud +1 month · 1 activity moved")
        try session.send("S")
        try session.waitForScreen(containing: "Save the scenario as (a name, or a .json file): minimal-what-ifs")
        try session.send("C-u")
        try session.type("slip")
        try session.send("Enter")
        let saved = try session.waitForScreen(containing: "Scenario “slip” saved to slip.scenario.json")
        XCTAssertTrue(saved.contains("scenario “slip”: Cloud +1 month"), saved)
        let file = folder.appendingPathComponent("slip.scenario.json")
        let read = ScenarioReading(bytes: Array(try Data(contentsOf: file)))
        XCTAssertEqual(read.scenario?.delays, [.init(activity: "cloud", months: 1)])
        try session.send("q")
        try session.waitForScreen("the explorer ended without asking: the what-ifs are saved") { !$0.contains("Quit and lose") && !$0.contains("Finish") }

        // A session of its own: tmux may not have noticed yet that the first one ended.
        let again = try tmux.start([binary.path, "--scenario", "slip.scenario.json"], width: 100, height: 30, name: "again", directory: folder)
        let screen = try again.waitForScreen(containing: "Finish")
        XCTAssertTrue(screen.contains("scenario “slip”: Cloud +1 month"), screen)
        XCTAssertTrue(screen.contains("Finish Apr 2018"), screen)
    }
}
