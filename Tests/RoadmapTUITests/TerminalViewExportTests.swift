import Foundation
import XCTest
import RoadmapModel

/// Issue 10, defect 3, in a real terminal: `e` exports the view on screen as its own content —
/// the glossary as terms — byte for byte what `roadmap export --view glossary` writes, and a
/// format the view has no meaning in is refused under the prompt, with no file made.
final class TerminalViewExportTests: TerminalTestCase {
    private let glossaryLabel = "Export to (.txt .md .csv .json): "

    private func typeExport(_ session: TmuxSession, _ path: String) throws {
        try session.send("e")
        try session.waitForScreen(containing: glossaryLabel)
        try session.send("C-u")
        try session.waitForScreen("an empty prompt") { $0.components(separatedBy: "\n")[28] == self.glossaryLabel + "▏" }
        try session.type(path)
        try session.send("Enter")
    }

    func testTheGlossaryExportsItsTermsAndRefusesAGantt() throws {
        let (session, _) = try open([Self.minimal.path])
        try session.send("6")
        try session.waitForScreen(containing: "Test roadmap — Glossary")

        let csv = folder.appendingPathComponent("glossary.csv")
        try typeExport(session, csv.path)
        try session.waitForScreen(containing: "View exported to \(csv.path)")
        let expected = try runRoadmap(["export", Self.minimal.path, "--view", "glossary", "--format", "csv", "--lang", "en"])
        XCTAssertEqual(expected.status, 0, expected.stderrText)
        XCTAssertEqual(try Data(contentsOf: csv), expected.stdout)
        XCTAssertEqual(String(decoding: expected.stdout, as: UTF8.self), "term,definition,source,inferred_fields,note\r\nAgile,A method.,seed,,\r\n",
                       "the glossary's terms, not the schedule")

        let mermaid = folder.appendingPathComponent("glossary.mmd")
        try typeExport(session, mermaid.path)
        try session.waitForScreen(containing: "has no Mermaid export")
        XCTAssertFalse(FileManager.default.fileExists(atPath: mermaid.path), "no file for a refused format")
        let refused = try runRoadmap(["export", Self.minimal.path, "--view", "glossary", "--format", "mermaid"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderrText.contains("has no Mermaid export"), refused.stderrText)
    }
}
