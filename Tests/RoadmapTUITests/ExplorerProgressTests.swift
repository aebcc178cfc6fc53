import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Progress in the explorer, as a state machine driven by keys (the terminal's side is in
/// ExplorerProgressTerminalTests): `%` and its prompt, `u`, `q` that asks, `W` and its
/// questions, `B` and `P`; and the writes the loop makes, on a copy of
/// Tests/Fixtures/valid/progress.json (status date 2017-06; cloud 40 % since 2016-11).
final class ExplorerProgressTests: XCTestCase {
    private var folder: URL!
    private var file: URL { folder.appendingPathComponent("plan.json") }
    static let fixture = TerminalTestCase.repository.appendingPathComponent("Tests/Fixtures/valid/progress.json")
    let time = "2017-07-10T09:30:00Z"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-progress-explorer-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: file)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The explorer on the copy, as the loop opens it, the time of entries fixed.
    private func explorer(_ url: URL? = nil) throws -> Explorer {
        let path = (url ?? file).path
        let validated = try RoadmapLoader.load(path: path).get()
        var explorer = Explorer(scheduled: ScheduledRoadmap(validated), state: ViewState(language: .en), width: 120, height: 30)
        explorer.fileName = (path as NSString).lastPathComponent
        explorer.progressFile = Explorer.progressFile(for: path)
        explorer.entryTime = { "2017-07-10T09:30:00Z" }
        explorer.isOpenRoadmap = { OutputFile.sameFile($0, path) }
        return explorer
    }

    private func select(_ id: String, _ explorer: inout Explorer) {
        for _ in 0..<10 where explorer.selectedActivity.map({ explorer.scheduled.roadmap.activities[$0].id }) != id {
            _ = explorer.handle(.character("j"))
        }
        XCTAssertEqual(explorer.selectedActivity.map { explorer.scheduled.roadmap.activities[$0].id }, id)
    }

    /// `%`, the prefilled line erased, `text` typed, Enter.
    private func enter(_ text: String, _ explorer: inout Explorer) -> Explorer.Effect {
        _ = explorer.handle(.character("%"))
        var effect = Explorer.Effect.none
        for key in [Key.control("u")] + Key.typed(text + "\n") { effect = explorer.handle(key) }
        return effect
    }

    private func screen(_ explorer: Explorer) -> String { ScreenComposer.compose(explorer).lines.joined(separator: "\n") }

    func testThePromptShowsTheValuesInForceAndAnEntryIsMarkedAndUnsaved() throws {
        var explorer = try explorer()
        select("cloud", &explorer)
        _ = explorer.handle(.character("%"))
        guard case let .prompt(prompt)? = explorer.overlay, case .progress = prompt.kind else { return XCTFail("% opens the progress prompt") }
        XCTAssertEqual(prompt.text, "40 2016-11")
        XCTAssertTrue(screen(explorer).contains("Progress of Cloud as of Jun 2017 (PERCENT [START [FINISH]] actual, YYYY-MM): 40 2016-11"), screen(explorer))
        _ = explorer.handle(.escape)
        XCTAssertEqual(enter("65 2016-11", &explorer), .none)
        XCTAssertNil(explorer.overlay)
        let cloud = explorer.scheduled.roadmap.activities[2]
        XCTAssertEqual(cloud.percentComplete, 65)
        XCTAssertEqual(cloud.provenance.enteredAt, time)
        XCTAssertEqual(explorer.unsavedProgress, 1)
        XCTAssertTrue(explorer.message?.text.contains("Cloud: 40 % → 65 %") == true, "\(String(describing: explorer.message))")
        XCTAssertTrue(explorer.message?.text.contains("not written: 1 entry (W writes)") == true, "\(String(describing: explorer.message))")
        // The schedule follows: 35 % of 18 months left (6.3, so 7) from 2017-07: 2018-01.
        XCTAssertEqual(explorer.scheduled.schedule.projectFinishMonth, Month("2018-01"))
        // The details say who entered it (a person) and when, never as the seed's.
        // Once the message goes (the next key), the status line says what u and W would do.
        _ = explorer.handle(.character("k"))
        _ = explorer.handle(.character("j"))
        _ = explorer.handle(.resize(width: 180, height: 30))
        XCTAssertTrue(screen(explorer).contains("[progress not written: u undoes, W writes] ▶ Cloud"), screen(explorer))
        _ = explorer.handle(.enter)
        let details = explorer.detailsPage(2).lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(details.contains("(entered by a person on 2017-07-10 09:30 UTC)"), details)
    }

    func testBadEntriesStayInThePromptWithWhy() throws {
        var explorer = try explorer()
        select("socialize", &explorer)
        for (text, said) in [("150", "150 is out of range"), ("50.5", "decimals are not allowed"), ("abc", "\"abc\" is not a number"),
                             ("30 2017-13", "\"2017-13\" is not a month"), ("30 2017-08", "after the status date (2017-06)"),
                             ("30 2017-04 2017-05 2017-06", "Too many values")] {
            _ = enter(text, &explorer)
            guard case let .prompt(prompt)? = explorer.overlay else { XCTFail("\(text): the prompt closed"); continue }
            XCTAssertTrue(prompt.note?.contains(said) == true, "\(text): \(String(describing: prompt.note))")
            _ = explorer.handle(.escape)
        }
        XCTAssertEqual(explorer.unsavedProgress, 0)
        XCTAssertFalse(explorer.scheduled.roadmap.activities[1].hasProgress)
    }

    func testUndoTakesAnEntryBackBeforeWriting() throws {
        var explorer = try explorer()
        select("socialize", &explorer)
        let before = explorer.scheduled.roadmap.activities[1]
        _ = enter("40", &explorer)
        XCTAssertEqual(explorer.scheduled.roadmap.activities[1].actualStart, Month("2017-04"), "the planned start, filled in")
        XCTAssertTrue(explorer.message?.text.contains("actual start taken as 2017-04, the planned start") == true)
        _ = explorer.handle(.character("u"))
        XCTAssertEqual(explorer.scheduled.roadmap.activities[1], before)
        XCTAssertEqual(explorer.unsavedProgress, 0)
        XCTAssertTrue(explorer.message?.text.contains("Progress entry taken back") == true)
        XCTAssertEqual(explorer.handle(.character("q")), .quit, "nothing left to lose")
    }

    func testQuittingWithProgressNotWrittenAsksFirst() throws {
        var explorer = try explorer()
        select("cloud", &explorer)
        _ = enter("50 2016-11", &explorer)
        XCTAssertEqual(explorer.handle(.character("q")), .none)
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .quitWithProgress(progress: 1, whatIfs: 0))))
        XCTAssertTrue(screen(explorer).contains("Quit and lose 1 progress entry not written (W writes them)? (y/n)"), screen(explorer))
        XCTAssertEqual(explorer.handle(.character("n")), .none)
        XCTAssertNil(explorer.overlay)
        _ = explorer.handle(.character("q"))
        XCTAssertEqual(explorer.handle(.character("y")), .quit)
    }

    func testWriteGoesToTheFileReadInCanonicalFormAndOnlyTheActivityChanges() throws {
        var explorer = try explorer()
        select("cloud", &explorer)
        _ = enter("65 2016-11", &explorer)
        XCTAssertEqual(explorer.handle(.character("W")), .writeProgress(path: file.path, overwrite: false))
        let before = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertTrue(explorer.writeProgress(path: file.path, overwrite: false))
        XCTAssertEqual(explorer.unsavedProgress, 0)
        XCTAssertTrue(explorer.message?.text.contains("1 progress entry written to \(file.path)") == true, "\(String(describing: explorer.message))")
        let after = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        let changed = zip(before, after).filter { $0 != $1 }.map(\.1)
        XCTAssertEqual(changed, ["      \"percentComplete\": 65,", "      \"enteredAt\": \"\(time)\","])
        // Written: no longer undoable one by one, nothing to lose on quitting.
        _ = explorer.handle(.character("u"))
        XCTAssertEqual(explorer.scheduled.roadmap.activities[2].percentComplete, 65)
        XCTAssertEqual(explorer.handle(.character("q")), .quit)
        XCTAssertEqual(try RoadmapLoader.load(path: file.path).roadmap?.activities[2].percentComplete, 65)
    }

    /// The file changed on disk since it was read: W asks; o overwrites, r reads it again with
    /// the entries put back over it, w writes elsewhere; Esc writes nothing.
    func testAFileChangedOnDiskIsNeverWrittenOverWithoutAsking() throws {
        var explorer = try explorer()
        select("cloud", &explorer)
        _ = enter("65 2016-11", &explorer)
        // Someone else records socialize's start in the meantime.
        let other = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "\"start\": \"2017-04\",\n      \"finish\": \"2017-09\"",
            with: "\"start\": \"2017-04\",\n      \"finish\": \"2017-09\",\n      \"percentComplete\": 10,\n      \"actualStart\": \"2017-05\"")
        try other.write(to: file, atomically: false, encoding: .utf8)
        XCTAssertFalse(explorer.writeProgress(path: file.path, overwrite: false))
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .changedOnDisk(path: file.path))))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), other, "nothing written")
        XCTAssertTrue(Question(subject: .changedOnDisk(path: "plan.json")).text(.en)
                        .hasSuffix("plan.json changed on disk since it was read: r reload it (your entries put back over it), o overwrite it, w write elsewhere, Esc nothing"))
        XCTAssertTrue(screen(explorer).contains("changed on disk since it was read: r reload it"), screen(explorer))
        XCTAssertEqual(explorer.handle(.escape), .none)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), other, "Esc writes nothing")
        // W again: the question again (the file is still not the one read).
        XCTAssertEqual(explorer.handle(.character("W")), .none)
        XCTAssertEqual(explorer.handle(.character("r")), .reloadKeepingProgress)
        explorer.reloadKeepingProgress()
        XCTAssertEqual(explorer.scheduled.roadmap.activities[1].actualStart, Month("2017-05"), "the other's entry, read")
        XCTAssertEqual(explorer.scheduled.roadmap.activities[2].percentComplete, 65, "ours, put back")
        XCTAssertEqual(explorer.unsavedProgress, 1)
        XCTAssertTrue(explorer.message?.text.contains("read again; 1 entry put back over it, not written") == true, "\(String(describing: explorer.message))")
        XCTAssertEqual(explorer.handle(.character("W")), .writeProgress(path: file.path, overwrite: false))
        XCTAssertTrue(explorer.writeProgress(path: file.path, overwrite: false))
        let both = try XCTUnwrap(RoadmapLoader.load(path: file.path).roadmap)
        XCTAssertEqual(both.activities[1].percentComplete, 10)
        XCTAssertEqual(both.activities[2].percentComplete, 65)
    }

    func testOverwriteAndWriteElsewhereAtTheQuestion() throws {
        var explorer = try explorer()
        select("cloud", &explorer)
        _ = enter("70 2016-11", &explorer)
        try (try String(contentsOf: file, encoding: .utf8) + " ").write(to: file, atomically: false, encoding: .utf8)
        _ = explorer.writeProgress(path: file.path, overwrite: false)
        XCTAssertEqual(explorer.handle(.character("w")), .none)
        guard case let .prompt(prompt)? = explorer.overlay, prompt.kind == .writeElsewhere else { return XCTFail("w asks where") }
        XCTAssertEqual(prompt.text, "plan-progress.json")
        let elsewhere = folder.appendingPathComponent("plan-progress.json")
        var effect = Explorer.Effect.none
        for key in [Key.control("u")] + Key.typed(elsewhere.path + "\n") { effect = explorer.handle(key) }
        XCTAssertEqual(effect, .writeProgress(path: elsewhere.path, overwrite: true))
        XCTAssertFalse(explorer.writeProgress(path: elsewhere.path, overwrite: true), "not the file read")
        XCTAssertEqual(try RoadmapLoader.load(path: elsewhere.path).roadmap?.activities[2].percentComplete, 70)
        XCTAssertTrue(explorer.message?.text.contains("(plan.json unchanged)") == true || explorer.message?.text.contains("unchanged") == true,
                      "\(String(describing: explorer.message))")
        // Overwrite: o writes over the changed file.
        _ = enter("75 2016-11", &explorer)
        _ = explorer.writeProgress(path: file.path, overwrite: false)
        XCTAssertEqual(explorer.handle(.character("o")), .writeProgress(path: file.path, overwrite: true))
        XCTAssertTrue(explorer.writeProgress(path: file.path, overwrite: true))
        XCTAssertEqual(try RoadmapLoader.load(path: file.path).roadmap?.activities[2].percentComplete, 75)
    }

    /// A file not in canonical form is rewritten whole only with leave (y); n writes nothing.
    /// W writes to a roadmap file, never to a plan imported from MS Project or a spreadsheet,
    /// told apart by the file's beginning only — however long a CSV file's first line.
    func testOnlyARoadmapFileIsWhereWWrites() throws {
        XCTAssertEqual(Explorer.progressFile(for: file.path)?.path, file.path)
        XCTAssertNil(Explorer.progressFile(for: nil))
        let plans: [(String, String)] = [
            ("plan.csv", "Name,Start,Finish\nPilot,2017-01-01,2017-03-31\n"),
            ("plan.xml", "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\"></Project>\n"),
            ("wide.csv", String(repeating: "x", count: 100_000) + ",Start\nPilot,2017-01-01\n"),
        ]
        for (name, text) in plans {
            let plan = folder.appendingPathComponent(name)
            try text.write(to: plan, atomically: true, encoding: .utf8)
            XCTAssertNil(Explorer.progressFile(for: plan.path), name)
        }
        // A first line longer than what is read first, and no comma in it: read whole.
        let long = folder.appendingPathComponent("long.json")
        try (String(repeating: " ", count: 100_000) + "{}").write(to: long, atomically: true, encoding: .utf8)
        XCTAssertEqual(Explorer.progressFile(for: long.path)?.path, long.path)
        XCTAssertEqual(try Explorer.readBeginning(long.path).get().count, 100_002)
        XCTAssertTrue(ProgressFile.isInCanonicalForm(file.path))
    }

    func testANonCanonicalFileAsksBeforeBeingRewritten() throws {
        let spaced = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"statusDate\": \"2017-06\"", with: "\"statusDate\" :  \"2017-06\"")
        try spaced.write(to: file, atomically: false, encoding: .utf8)
        var explorer = try explorer()
        // Found when W first needs it, not as the explorer opens (issue 26).
        XCTAssertEqual(explorer.progressFile?.isCanonical, .some(nil))
        select("cloud", &explorer)
        _ = enter("45 2016-11", &explorer)
        XCTAssertEqual(explorer.handle(.character("W")), .none)
        XCTAssertEqual(explorer.progressFile?.isCanonical, false)
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .rewriteWhole(path: file.path))))
        XCTAssertEqual(explorer.handle(.character("n")), .none)
        XCTAssertTrue(explorer.message?.text.contains("Nothing written: the file is not in canonical form") == true)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), spaced)
        _ = explorer.handle(.character("W"))
        XCTAssertEqual(explorer.handle(.character("y")), .writeProgress(path: file.path, overwrite: false))
    }

    /// A roadmap without a status date asks for it first, then for the progress.
    func testTheStatusDateIsAskedFirst() throws {
        let minimal = folder.appendingPathComponent("minimal.json")
        try FileManager.default.copyItem(at: TerminalTestCase.minimal, to: minimal)
        var explorer = try explorer(minimal)
        XCTAssertFalse(explorer.scheduled.hasProgress)
        select("socialize", &explorer)
        _ = explorer.handle(.character("%"))
        guard case let .prompt(prompt)? = explorer.overlay, case .statusDate = prompt.kind else { return XCTFail("the status date first") }
        XCTAssertTrue(prompt.note?.contains("no status date") == true)
        for key in Key.typed("2017-13\n") { _ = explorer.handle(key) }
        guard case let .prompt(refused)? = explorer.overlay else { return XCTFail("a month is refused") }
        XCTAssertTrue(refused.note?.contains("\"2017-13\" is not a month") == true, "\(String(describing: refused.note))")
        for key in [Key.control("u")] + Key.typed("2017-06\n") { _ = explorer.handle(key) }
        guard case let .prompt(next)? = explorer.overlay, case .progress = next.kind else { return XCTFail("then the progress prompt") }
        for key in Key.typed("20\n") { _ = explorer.handle(key) }
        XCTAssertEqual(explorer.scheduled.statusDate, Month("2017-06"))
        XCTAssertEqual(explorer.scheduled.roadmap.activities[1].percentComplete, 20)
        XCTAssertEqual(explorer.unsavedProgress, 2, "the status date and the entry")
        _ = explorer.handle(.character("u"))
        _ = explorer.handle(.character("u"))
        XCTAssertNil(explorer.scheduled.roadmap.statusDate)
        XCTAssertEqual(explorer.unsavedProgress, 0)
    }

    /// Standard input, the shipped roadmap, an imported plan: W writes elsewhere.
    func testWithoutARoadmapFileWWritesElsewhere() throws {
        var explorer = try explorer()
        explorer.progressFile = nil
        select("cloud", &explorer)
        _ = enter("55 2016-11", &explorer)
        XCTAssertEqual(explorer.handle(.character("W")), .none)
        guard case let .prompt(prompt)? = explorer.overlay, prompt.kind == .writeElsewhere else { return XCTFail("W asks where") }
        XCTAssertTrue(prompt.note?.contains("did not come from a roadmap file") == true)
    }

    func testBehindAndTheProgressPicker() throws {
        var explorer = try explorer()
        _ = explorer.handle(.character("B"))
        XCTAssertTrue(explorer.state.filter.behindOnly)
        XCTAssertTrue(screen(explorer).contains("Filters: behind only — 2 of 3 activities"), screen(explorer))
        _ = explorer.handle(.character("B"))
        _ = explorer.handle(.character("P"))
        guard case let .picker(picker)? = explorer.overlay else { return XCTFail("P opens the progress picker") }
        XCTAssertEqual(picker.choices.map(\.id), ["behind", "not-started", "under-way", "finished"])
        XCTAssertTrue(screen(explorer).contains("Behind · 2"), screen(explorer))
        for key in Key.typed("jjj \n") { _ = explorer.handle(key) }
        XCTAssertEqual(explorer.state.filter.progress, [.finished])
        XCTAssertTrue(screen(explorer).contains("progress finished — 1 of 3 activities"), screen(explorer))
    }

    func testTheGridShowsProgressOnScreen() throws {
        let explorer = try explorer()
        let text = screen(explorer)
        XCTAssertTrue(text.contains(String(RoadmapPage.Mark.done)), text)
        XCTAssertTrue(text.contains(String(RoadmapPage.Mark.statusDateHead)), text)
        XCTAssertTrue(text.contains("!Br"), text)
        XCTAssertTrue(text.contains("Status"), text)
    }
}
