import Foundation
import XCTest
import RoadmapModel

/// Progress entered in the explorer, on the real binary in tmux: `%` then `W` writes the file,
/// quitting with progress not written asks first, and two explorers saving the same file lose
/// nothing (the second is asked, reloads with its entry put back, and writes both). Every wait
/// is for something on the screen or in the file, never for a time.
final class ExplorerProgressTerminalTests: TerminalTestCase {
    private var plan: URL { folder.appendingPathComponent("plan.json") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Tests/Fixtures/valid/progress.json"), to: plan)
    }

    /// j twice from the first activity (propose): socialize, then cloud.
    private func selectCloud(_ session: TmuxSession) throws {
        try session.send("j")
        try session.waitForScreen(containing: "▶ Socialize the strategy")
        try session.send("j")
        try session.waitForScreen(containing: "▶ Cloud")
    }

    /// `%` on the selected activity: its prompt (`heading` shown), the line cleared, `typed`
    /// entered, and the status line saying `says`.
    private func enterProgress(_ session: TmuxSession, heading: String, _ typed: String, says: String) throws {
        try session.send("%")
        try session.waitForScreen(containing: heading)
        try session.send("C-u")
        try session.type(typed)
        try session.send("Enter")
        try session.waitForScreen(containing: says)
    }

    /// The file's progress for an activity, once it says `percent` (the write is atomic: the
    /// file is the old one or the new one, never half).
    private func waitForFile(_ id: String, percent: Int, timeout: TimeInterval = 5) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let roadmap = RoadmapLoader.load(path: plan.path).roadmap,
               roadmap.activities.first(where: { $0.id == id })?.percentComplete == percent { return }
            usleep(50_000)
        }
        XCTFail("\(plan.path) never said \(id) is \(percent) %")
    }

    func testPercentThenWWritesTheFileAndQuittingNoLongerAsks() throws {
        let wrapped = try openWrapped([plan.path, "--lang", "en"], width: 140, height: 32)
        let session = wrapped.session
        try session.waitForScreen(containing: "Status Jun 2017")
        try selectCloud(session)
        try enterProgress(session, heading: "Progress of Cloud as of Jun 2017", "65 2016-11", says: "Cloud: 40 % → 65 %")
        XCTAssertEqual(RoadmapLoader.load(path: plan.path).roadmap?.activities[2].percentComplete, 40, "nothing written before W")
        try session.send("W")
        try session.waitForScreen(containing: "1 progress entry written to")
        try waitForFile("cloud", percent: 65)
        let written = try XCTUnwrap(RoadmapLoader.load(path: plan.path).roadmap)
        XCTAssertEqual(written.activities[2].provenance.enteredFields, ["percentComplete", "actualStart"])
        XCTAssertNotEqual(written.activities[2].provenance.enteredAt, "2017-07-03T14:05:00Z", "the time of this entry")
        try session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0)
    }

    func testQuittingWithProgressNotWrittenAsksAndUndoTakesItBack() throws {
        let wrapped = try openWrapped([plan.path, "--lang", "en"], width: 140, height: 32)
        let session = wrapped.session
        try selectCloud(session)
        try enterProgress(session, heading: "Progress of Cloud", "90 2016-11", says: "Cloud: 40 % → 90 %")
        try session.send("q")
        try session.waitForScreen(containing: "Quit and lose 1 progress entry not written (W writes them)? (y/n)")
        try session.send("n")
        try session.waitForScreen("the question gone") { !$0.contains("Quit and lose") }
        try session.send("u")
        try session.waitForScreen(containing: "Progress entry taken back")
        try session.send("q")
        XCTAssertEqual(try wrapped.waitForExit(), 0, "nothing left to lose: no question")
        XCTAssertEqual(RoadmapLoader.load(path: plan.path).roadmap?.activities[2].percentComplete, 40, "the file unchanged")
    }

    /// Two explorers on the same file: B enters socialize's progress, then A writes cloud's.
    /// B's watch sees the change and does not reload over its entry; its W asks; r reads A's
    /// version with B's entry put back; W writes both.
    func testTwoExplorersSavingTheSameFileLoseNothing() throws {
        let a = try open([plan.path, "--lang", "en"], width: 140, height: 32).session
        // A second pane, a session of its own on the same server.
        let b = try tmux.start([binary.path, plan.path, "--lang", "en"], width: 140, height: 32, name: "second", directory: folder)
        try waitForKeyBar(b, height: 32, timeout: 10)
        try b.send("j")
        try b.waitForScreen(containing: "▶ Socialize the strategy")
        try enterProgress(b, heading: "Progress of Socialize the strategy", "20 2017-05", says: "Socialize the strategy: 0 % → 20 %")

        try selectCloud(a)
        try enterProgress(a, heading: "Progress of Cloud", "70 2016-11", says: "Cloud: 40 % → 70 %")
        try a.send("W")
        try a.waitForScreen(containing: "1 progress entry written to")
        try waitForFile("cloud", percent: 70)

        // B: told, not reloaded; W asks.
        try b.waitForScreen(containing: "the file changed on disk; your progress is not written: W asks what to do", timeout: 10)
        try b.send("W")
        try b.waitForScreen(containing: "changed on disk since it was read: r reload it")
        XCTAssertEqual(RoadmapLoader.load(path: plan.path).roadmap?.activities[1].percentComplete, nil, "B wrote nothing yet")
        try b.send("r")
        try b.waitForScreen(containing: "1 entry put back over it, not written")
        try b.send("W")
        try b.waitForScreen(containing: "1 progress entry written to")
        try waitForFile("socialize", percent: 20)
        let both = try XCTUnwrap(RoadmapLoader.load(path: plan.path).roadmap)
        XCTAssertEqual(both.activities[2].percentComplete, 70, "A's entry kept")
        XCTAssertEqual(both.activities[1].actualStart, Month("2017-05"), "B's entry written")
    }

    /// A read-only file: W says so and offers to write elsewhere; the file is unchanged.
    func testAReadOnlyFileIsNotWritten() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: plan.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: plan.path) }
        let session = try open([plan.path, "--lang", "en"], width: 140, height: 32).session
        try selectCloud(session)
        try enterProgress(session, heading: "Progress of Cloud", "60 2016-11", says: "Cloud: 40 % → 60 %")
        try session.send("W")
        try session.waitForScreen(containing: "is read-only")
        XCTAssertEqual(RoadmapLoader.load(path: plan.path).roadmap?.activities[2].percentComplete, 40)
    }
}
