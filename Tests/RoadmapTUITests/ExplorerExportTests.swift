import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The explorer's `e` exports the view on screen: from the glossary, the glossary (it used to
/// write the activity table into `glossary.csv`); a format the view has no meaning in is
/// refused on the message line, and no file is made. And `roadmap export` refuses the same.
final class ExplorerExportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-explorer-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func explorer() throws -> Explorer {
        let result = RoadmapLoader.load(path: TerminalTestCase.minimal.path)
        var explorer = Explorer(scheduled: ScheduledRoadmap(try result.get()), state: ViewState(language: .en), width: 100, height: 30)
        explorer.now = { Date(timeIntervalSince1970: 1_795_361_400) }
        return explorer
    }

    /// `e`, the prefilled name erased, `path` typed, Enter: the effect the loop is asked for.
    private func export(to path: String, _ explorer: inout Explorer) -> Explorer.Effect {
        var effect = explorer.handle(.character("e"))
        for key in Array(repeating: Key.backspace, count: explorer.defaultExportName().count) + Key.typed(path + "\n") {
            effect = explorer.handle(key)
        }
        return effect
    }

    func testTheGlossaryExportsTheGlossary() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("6"))
        XCTAssertEqual(explorer.state.view, .glossary)
        XCTAssertTrue(explorer.defaultExportName().hasPrefix("roadmap-glossary-"))
        XCTAssertTrue(explorer.defaultExportName().hasSuffix(".txt"), "a format the glossary has")
        let path = folder.appendingPathComponent("glossary.csv").path
        let effect = export(to: path, &explorer)
        XCTAssertEqual(effect, .export(path: path, format: .csv))
        explorer.writeExport(path: path, format: .csv, roadmapPath: TerminalTestCase.minimal.path)
        XCTAssertEqual(explorer.message?.isError, false, explorer.message?.text ?? "")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(written, "term,definition,source,inferred_fields,note\r\nAgile,A method.,seed,,\r\n")
        let expected = try Exporter.render(explorer.scheduled, explorer.state, format: .csv, width: 100)
        XCTAssertEqual(Array(written.utf8), expected, "what `roadmap export --view glossary --format csv` writes")
    }

    /// The refusal shows under the prompt, which stays open to correct the extension.
    func testAFormatTheViewHasNotIsRefusedUnderThePrompt() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("6"))
        let path = folder.appendingPathComponent("glossary.mmd").path
        XCTAssertEqual(export(to: path, &explorer), Explorer.Effect.none, "nothing to write")
        guard case let .prompt(prompt) = explorer.overlay else { return XCTFail("the prompt stays open: \(String(describing: explorer.overlay))") }
        XCTAssertEqual(prompt.note, Exporter.refusal(of: .mermaid, for: .glossary)?.message(.en))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        let screen = ScreenComposer.compose(explorer).lines
        XCTAssertTrue(screen.contains { $0.contains("has no Mermaid export") }, screen.joined(separator: "\n"))
    }

    /// The prompt lists the extensions of the view on screen.
    func testThePromptOffersTheViewsFormats() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("5"))
        _ = explorer.handle(.character("e"))
        XCTAssertTrue(ScreenComposer.compose(explorer).lines[28].hasPrefix("Export to (.txt .md): "), ScreenComposer.compose(explorer).lines[28])
        _ = explorer.handle(.escape)
        _ = explorer.handle(.character("1"))
        _ = explorer.handle(.character("e"))
        XCTAssertTrue(ScreenComposer.compose(explorer).lines[28].hasPrefix("Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): "))
    }

    /// `roadmap --bom`: the explorer's CSV exports begin with a byte order mark.
    func testTheExplorersCSVTakesAByteOrderMarkWhenAsked() throws {
        var explorer = try explorer()
        explorer.exportOptions = ExportOptions(csvByteOrderMark: true)
        let path = folder.appendingPathComponent("roadmap.csv").path
        XCTAssertEqual(export(to: path, &explorer), .export(path: path, format: .csv))
        explorer.writeExport(path: path, format: .csv, roadmapPath: nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(6)), [0xEF, 0xBB, 0xBF] + Array("id,".utf8))
    }

    /// `roadmap export` refuses a view × format without a meaning, and `--bom` outside CSV:
    /// a message saying so, exit 1, nothing on standard output.
    func testTheCommandRefusesWithAClearMessage() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: ExplorerExportTests.self))
        let run = { (arguments: [String]) throws -> ProcessOutput in
            try ProcessRunner.run(binary, ["export", TerminalTestCase.minimal.path] + arguments, environment: ["LANG": "C.UTF-8"])
        }
        let mermaid = try run(["--view", "glossary", "--format", "mermaid"])
        XCTAssertEqual(mermaid.status, 1)
        XCTAssertTrue(mermaid.stdout.isEmpty)
        XCTAssertEqual(mermaid.stderrText, "roadmap export: error: " + Exporter.refusal(of: .mermaid, for: .glossary)!.message(.en) + "\n")
        for format in ["csv", "json", "mermaid"] {
            let strategy = try run(["--view", "strategy", "--format", format])
            XCTAssertEqual(strategy.status, 1, format)
            XCTAssertTrue(strategy.stderrText.contains("the Strategy view has no"), strategy.stderrText)
        }
        let bom = try run(["--format", "json", "--bom"])
        XCTAssertEqual(bom.status, 1)
        XCTAssertTrue(bom.stderrText.contains("--bom applies to --format csv only"), bom.stderrText)

        let glossary = try run(["--view", "glossary", "--format", "csv", "--bom"])
        XCTAssertEqual(glossary.status, 0, glossary.stderrText)
        XCTAssertEqual(Array(glossary.stdout), [0xEF, 0xBB, 0xBF] + Array("term,definition,source,inferred_fields,note\r\nAgile,A method.,seed,,\r\n".utf8))
    }
}
