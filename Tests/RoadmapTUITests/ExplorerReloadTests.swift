import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#endif

/// Live reload in the state machine: the view, filters and folds stay; the selection and the
/// what-ifs follow their activities by id, a what-if whose activity left is dropped with a
/// message; a file that no longer loads leaves the last good one on screen and says so.
final class ExplorerReloadTests: XCTestCase {
    private var fixturePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/minimal.json").path
    }

    /// The fixture without `propose` (so every other activity moves up an index) and with
    /// `socialize` renamed.
    private func edited() throws -> ValidatedRoadmap {
        var lines = try String(contentsOfFile: fixturePath, encoding: .utf8).components(separatedBy: "\n")
        lines.removeAll { $0.contains("{\"id\": \"propose\"") }
        var text = lines.joined(separator: "\n")
        text = text.replacingOccurrences(of: "    {\"from\": \"propose\", \"to\": \"socialize\", \"type\": \"FS\", \"lag\": 0, \"source\": \"inferred\", \"note\": \"propose, then socialize\"}\n", with: "")
        text = text.replacingOccurrences(of: "\"en\": \"Socialize the strategy\"", with: "\"en\": \"Spread the strategy\"")
        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        return try XCTUnwrap(result.validated, "\(result.diagnostics)")
    }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }
    private func id(_ explorer: Explorer, _ index: Int?) -> String? { index.map { explorer.scheduled.roadmap.activities[$0].id } }

    func testAReloadKeepsTheViewAndCarriesTheSelectionAndWhatIfsByID() throws {
        var explorer = Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: fixturePath).get()),
                                state: ViewState(language: .en), width: 120, height: 30)
        explorer.fileName = "minimal.json"
        for key: Key in [.character("G"), .character("+"), .character("g"), .character("+"), .character("j"), .character("o")] {
            _ = explorer.handle(key)
        }
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "socialize")
        XCTAssertEqual(Set(explorer.scheduled.delays.keys.compactMap { id(explorer, $0) }), ["cloud", "propose"])
        XCTAssertEqual(explorer.state.order, .poster)
        _ = explorer.handle(.character("F"))
        _ = explorer.handle(.character("F"))
        let state = explorer.state

        explorer.reload(try edited(), fileName: "minimal.json")
        XCTAssertEqual(explorer.state.view, state.view)
        XCTAssertEqual(explorer.state.filter, state.filter)
        XCTAssertEqual(explorer.state.order, .poster)
        XCTAssertEqual(id(explorer, explorer.selectedActivity), "socialize", "the selection by id, though its index changed")
        XCTAssertEqual(explorer.scheduled.delays.map { id(explorer, $0.key)! + "\($0.value)" }, ["cloud1"])
        let message = try XCTUnwrap(explorer.message)
        XCTAssertTrue(message.text.contains("minimal.json reloaded. What-if dropped (activity no longer in the file): propose"), message.text)
        XCTAssertTrue(screen(explorer).contains("Spread the strategy"), screen(explorer))
        XCTAssertEqual(explorer.unsavedWhatIfs, 1)
        // u takes back the what-if that stayed, by its new index.
        _ = explorer.handle(.character("u"))
        XCTAssertTrue(explorer.scheduled.delays.isEmpty)
    }

    func testAFileThatNoLongerLoadsKeepsTheLastGoodOneAndSaysSoUntilFixed() throws {
        var explorer = Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: fixturePath).get()),
                                state: ViewState(language: .en), width: 160, height: 30)
        explorer.fileName = "minimal.json"
        explorer.reloadFailed(errors: 3)
        var status = ScreenComposer.compose(explorer).lines[28]
        XCTAssertTrue(status.hasPrefix("minimal.json changed: 3 errors (roadmap validate); the last good version stays on screen."), status)
        XCTAssertTrue(screen(explorer).contains("Socialize the strategy"))
        _ = explorer.handle(.character("j"))
        status = ScreenComposer.compose(explorer).lines[28]
        XCTAssertTrue(status.hasPrefix("minimal.json changed: 3 errors"), "still said after a key: \(status)")
        explorer.reload(try edited(), fileName: "minimal.json")
        status = ScreenComposer.compose(explorer).lines[28]
        XCTAssertFalse(status.contains("errors"), status)
        XCTAssertTrue(screen(explorer).contains("Spread the strategy"))
    }

    func testTheWatchSeesAnEditAndARenameOverTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-watch-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.json")
        try Data("{}".utf8).write(to: file)
        var watch = FileWatch(path: file.path)
        XCTAssertFalse(watch.changed())
        try Data("{ }".utf8).write(to: file)
        XCTAssertTrue(watch.changed(), "a new size")
        XCTAssertFalse(watch.changed())
        let other = folder.appendingPathComponent("new.json")
        try Data("{!}".utf8).write(to: other)
        XCTAssertEqual(rename(other.path, file.path), 0)
        XCTAssertTrue(watch.changed(), "an editor's rename over the file")
        try FileManager.default.removeItem(at: file)
        XCTAssertTrue(watch.changed(), "gone")
        XCTAssertFalse(watch.changed())
    }
}
