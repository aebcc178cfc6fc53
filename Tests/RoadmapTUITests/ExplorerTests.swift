import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The explorer's state machine, driven by key sequences; assertions on its state and on the
/// screen it composes, read as text. No terminal involved.
final class ExplorerTests: XCTestCase {
    private func fixture() throws -> ScheduledRoadmap {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/minimal.json").path
        let result = RoadmapLoader.load(path: path)
        return ScheduledRoadmap(try result.get())
    }

    private func explorer(width: Int = 100, height: Int = 30, language: Language = .en) throws -> Explorer {
        var explorer = Explorer(scheduled: try fixture(), state: ViewState(language: language), width: width, height: height)
        explorer.now = { Date(timeIntervalSince1970: 1_795_361_400) }  // 2026-11-22 15:30 UTC
        return explorer
    }

    @discardableResult
    private func type(_ keys: [Key], into explorer: inout Explorer) -> [Explorer.Effect] {
        keys.map { explorer.handle($0) }
    }

    private func screen(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    private func selectedID(_ explorer: Explorer) -> String? {
        explorer.selectedActivity.map { explorer.scheduled.roadmap.activities[$0].id }
    }

    func testOpensOnTheRoadmapWithTheFirstActivitySelected() throws {
        let explorer = try explorer()
        XCTAssertEqual(explorer.state.view, .roadmap)
        XCTAssertEqual(selectedID(explorer), "propose")
        let lines = screen(explorer)
        XCTAssertTrue(lines[0].hasPrefix("Test roadmap — Roadmap"))
        XCTAssertTrue(lines[1].hasPrefix("Filters: no filter — 3 of 3 activities"))
        XCTAssertTrue(lines[28].hasPrefix("▶ Propose the strategy · 2016-10 – 2017-03 · total float 6"), lines[28])
        // At 100 columns some keys are left out of the bar, and the help's key says so.
        XCTAssertTrue(lines[29].contains("?More") && lines[29].contains("qQuit") && lines[29].contains("+Delay") && lines[29].contains("eExport"), lines[29])
    }

    func testMovingSkipsAreaHeadingsAndStopsAtTheEnds() throws {
        var explorer = try explorer()
        type([.character("j")], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "socialize")
        type([.down], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "cloud", "the area heading between them is skipped")
        type([.down, .down], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "cloud")
        type([.character("k"), .up, .up], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "propose")
        type([.character("G")], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "cloud")
        type([.home], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "propose")
    }

    func testTabAndDigitsSwitchViews() throws {
        var explorer = try explorer()
        let order: [ViewKind] = [.teams, .dependencies, .transition, .strategy, .glossary, .criticalPath, .currentState, .teamGantt, .roadmap]
        for view in order {
            type([.tab], into: &explorer)
            XCTAssertEqual(explorer.state.view, view)
        }
        for (digit, view) in zip("1234567", ViewKind.allCases) {
            type([.character(digit)], into: &explorer)
            XCTAssertEqual(explorer.state.view, view)
            XCTAssertTrue(screen(explorer)[0].contains(PageBuilder.name(of: view, .en)))
        }
        type([.backTab], into: &explorer)
        XCTAssertEqual(explorer.state.view, .glossary)
    }

    func testEnterOpensTheDetailsOfTheSelectedActivityAndEscCloses() throws {
        var explorer = try explorer()
        type(Key.typed("jj\n"), into: &explorer)
        XCTAssertEqual(explorer.overlay, .details(activity: 2, ScrollBox()))
        let text = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(text.contains("Role: Br — Broker (another code for Int)"), text)
        XCTAssertTrue(text.contains("Inferred value (start, finish): ongoing work"), text)
        XCTAssertTrue(text.contains("Critical: yes"))
        type([.escape], into: &explorer)
        XCTAssertNil(explorer.overlay)
    }

    func testRolePickerFiltersAndTheHeaderSaysSo() throws {
        var explorer = try explorer()
        type([.character("r"), .down, .character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.roles, ["Pr"])
        let lines = screen(explorer)
        XCTAssertTrue(lines[1].hasPrefix("Filters: role Pr — 2 of 3 activities"), lines[1])
        XCTAssertFalse(lines.contains { $0.contains("Cloud") && $0.contains("▒") })
        type([.character("x")], into: &explorer)
        XCTAssertTrue(explorer.state.filter.isEmpty)
    }

    func testAreaPickerAppliesWhatIsTicked() throws {
        var explorer = try explorer()
        type([.character("a"), .character("j"), .character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.areas, ["enablement"])
        XCTAssertEqual(selectedID(explorer), "cloud", "the selection moves to what is still shown")
    }

    func testPickerEscapeChangesNothing() throws {
        var explorer = try explorer()
        type([.character("t"), .character(" "), .escape], into: &explorer)
        XCTAssertTrue(explorer.state.filter.isEmpty)
        XCTAssertNil(explorer.overlay)
    }

    func testStatusCyclesAndCriticalToggles() throws {
        var explorer = try explorer()
        type([.character("s")], into: &explorer)
        XCTAssertEqual(explorer.state.filter.status, .new)
        type([.character("s")], into: &explorer)
        XCTAssertEqual(explorer.state.filter.status, .ongoing)
        XCTAssertEqual(selectedID(explorer), "cloud")
        type([.character("s"), .character("c")], into: &explorer)
        XCTAssertNil(explorer.state.filter.status)
        XCTAssertTrue(explorer.state.filter.criticalOnly)
        XCTAssertTrue(screen(explorer)[1].contains("critical path only — 1 of 3 activities"))
    }

    func testSearchFiltersAsItIsTypedAndEscRestores() throws {
        var explorer = try explorer()
        type([.character("/")] + Key.typed("SOCIALI"), into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "SOCIALI")
        XCTAssertEqual(explorer.state.filter.apply(to: explorer.scheduled), [1])
        XCTAssertTrue(screen(explorer)[28].hasPrefix("Search: SOCIALI"))
        type([.escape], into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "")
        type([.character("/")] + Key.typed("stratégie\n"), into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "stratégie")
        XCTAssertEqual(explorer.state.filter.apply(to: explorer.scheduled), [0, 1])
        XCTAssertEqual(selectedID(explorer), "socialize", "the selection made while typing SOCIALI stays")
        type([.character("n")], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "propose", "n wraps around")
        type([.character("n")], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "socialize")
        type([.character("N")], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "propose")
    }

    func testWhatIfDelaysUpdatesTheScheduleAndUndoes() throws {
        var explorer = try explorer()
        let before = explorer.scheduled.schedule.projectFinishMonth
        type([.character("G"), .character("+")], into: &explorer)  // cloud, on the critical path
        XCTAssertEqual(explorer.scheduled.delays, [2: 1])
        XCTAssertEqual(explorer.scheduled.schedule.projectFinishMonth, before + 1)
        // The change of finish said one way, in the message and the header alike; the
        // what-if by the activity's name.
        XCTAssertEqual(explorer.message?.text, "Cloud +1 month · 1 activity moved · finish Apr 2018, 1 month later than planned")
        let lines = screen(explorer)
        XCTAssertTrue(lines[0].hasSuffix("Finish Apr 2018, 1 month later than planned"), lines[0])
        XCTAssertTrue(lines[1].contains("what-if: Cloud +1 month"), lines[1])
        type([.character("u")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [:])
        XCTAssertEqual(explorer.scheduled.schedule.projectFinishMonth, before)
        type([.character("u")], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "Nothing to undo.")
    }

    func testTheStatusSaysWhenTheCriticalPathChanges() throws {
        var explorer = try explorer()
        type([.character("j")] + Array(repeating: .character("+"), count: 6), into: &explorer)  // socialize
        XCTAssertEqual(explorer.message?.text, "Socialize the strategy +1 month · 1 activity moved · finish Mar 2018 · critical path changed")
        XCTAssertTrue(explorer.scheduled.schedule.isCritical(1))
    }

    func testAdvancingAPredecessorMovesItsSuccessor() throws {
        var explorer = try explorer()
        type([.character("-")], into: &explorer)  // propose one month earlier than its plan
        XCTAssertEqual(explorer.scheduled.delays, [0: -1])
        XCTAssertTrue(explorer.message!.text.hasPrefix("Propose the strategy -1 month · 1 activity moved"), explorer.message!.text)
    }

    func testLanguageSwitchesEverything() throws {
        var explorer = try explorer()
        type([.character("L")], into: &explorer)
        XCTAssertEqual(explorer.state.language, .fr)
        let lines = screen(explorer)
        XCTAssertTrue(lines[0].hasPrefix("Feuille de route d’essai — Feuille de route"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Filtres : aucun filtre"), lines[1])
        XCTAssertTrue(lines[29].contains("Quitter") && lines[29].contains("Autres"), lines[29])
    }

    func testExportPromptIsPrefilledAndEnterAsksForTheExport() throws {
        var explorer = try explorer()
        XCTAssertEqual(type([.character("e")], into: &explorer), [.none])
        let name = explorer.defaultExportName()
        XCTAssertTrue(name.hasPrefix("roadmap-roadmap-20261122-") && name.hasSuffix(".txt"), name)
        XCTAssertEqual(explorer.overlay, .prompt(Prompt(kind: .export, text: name)))
        XCTAssertEqual(type([.enter], into: &explorer), [.export(path: name, format: .text)])
        type([.character("e")] + Array(repeating: .backspace, count: 3), into: &explorer)
        let effects = type(Key.typed("csv\n"), into: &explorer)
        XCTAssertEqual(effects.last, .export(path: String(name.dropLast(3)) + "csv", format: .csv))
    }

    func testHelpIsGeneratedFromTheActionTable() throws {
        var explorer = try explorer(width: 100, height: 60)
        type([.character("?")], into: &explorer)
        // Page through the box, gathering what it shows.
        var seen = screen(explorer).joined(separator: "\n")
        for _ in 0..<10 { type([.pageDown], into: &explorer); seen += "\n" + screen(explorer).joined(separator: "\n") }
        let width = OverlayLayout.width(preferred: OverlayLayout.helpWidth, screenWidth: 100) - 4
        for spec in ActionTable.all {
            for line in HelpText.entry(spec, .en, width: width) {
                XCTAssertTrue(seen.contains(line), "help lacks “\(line)”")
            }
        }
        for context in KeyContext.allCases where context != .main {
            XCTAssertTrue(seen.contains(ActionTable.title(of: context).en), "help lacks the section “\(ActionTable.title(of: context).en)”")
        }
        type([.escape], into: &explorer)
        XCTAssertNil(explorer.overlay)
    }

    /// Within a context, and across the contexts a component looks its keys up in, a key means
    /// one thing: a key shadowed by another context would be a line of help that lies.
    func testEveryActionHasAKeyAndNoKeyIsBoundTwice() {
        let chains: [[KeyContext]] = [[.main], [.scrollBox], [.details, .scrollBox], [.whatIfs, .scrollBox], [.boxSearch, .lineEditor], [.picker],
                                      [.pickerFilter, .lineEditor], [.prompt, .lineEditor], [.question], [.fileChanged]]
        XCTAssertEqual(Set(chains.joined()), Set(KeyContext.allCases), "every context is used by a component")
        for chain in chains {
            var seen: [Key: Action] = [:]
            for spec in ActionTable.all where chain.contains(spec.context) {
                XCTAssertFalse(spec.keys.isEmpty)
                for key in spec.keys {
                    XCTAssertNil(seen[key], "\(chain): \(key) is bound to \(String(describing: seen[key])) and \(spec.action)")
                    seen[key] = spec.action
                }
            }
        }
        XCTAssertEqual(Set(ActionTable.all.map(\.action)), Set(Action.allCases))
    }

    func testATooSmallTerminalSaysSoAndStillQuits() throws {
        var explorer = try explorer()
        type([.resize(width: 30, height: 8)], into: &explorer)
        XCTAssertTrue(screen(explorer).joined().contains("Terminal too small (30×8)"))
        XCTAssertEqual(type([.character("j")], into: &explorer), [.none])
        XCTAssertEqual(type([.character("q")], into: &explorer), [.quit])
        type([.resize(width: 100, height: 30)], into: &explorer)
        XCTAssertTrue(screen(explorer)[0].hasPrefix("Test roadmap"))
    }

    func testResizeRedrawsAtTheNewWidth() throws {
        var explorer = try explorer()
        type([.resize(width: 60, height: 20)], into: &explorer)
        let lines = screen(explorer)
        XCTAssertEqual(lines.count, 20)
        XCTAssertTrue(lines.allSatisfy { TextWidth.of($0) <= 60 })
    }

    func testAClickSelectsTheRowAndTheWheelScrolls() throws {
        var explorer = try explorer()
        let header = explorer.page.header.height
        type([.click(x: 5, y: header + 4)], into: &explorer)  // rows: area, propose, socialize, area, cloud
        XCTAssertEqual(selectedID(explorer), "cloud")
        type([.click(x: 5, y: header + 1)], into: &explorer)
        XCTAssertEqual(selectedID(explorer), "propose")
        type([.resize(width: 100, height: 12), .character("5"), .wheelDown], into: &explorer)
        XCTAssertEqual(explorer.scroll, 3)
    }

    func testQuitAndInterruptEndTheProgram() throws {
        var explorer = try explorer()
        XCTAssertEqual(type([.character("q")], into: &explorer), [.quit])
        XCTAssertEqual(type([.interrupt], into: &explorer), [.quit])
    }

    func testTheDependencyViewFollowsTheSelection() throws {
        var explorer = try explorer()
        type([.character("j"), .character("d")], into: &explorer)
        XCTAssertEqual(explorer.state.view, .dependencies)
        let text = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(text.contains("Socialize the strategy"))
        XCTAssertTrue(text.contains("Propose the strategy"))
        XCTAssertTrue(text.contains("FS (finish → start) · lag 0 months · binds · inferred"), text)
    }

    /// The README's table of the keys people need is the action table's, row for row (its
    /// keys and help as docs/keys.md gives them, which ManPageTests checks against the table):
    /// a key changed in one and not the other fails here, with the row to paste.
    func testTheReadmesKeysAreTheActionTables() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let keys = try XCTUnwrap(readme.range(of: "\n## The keys you need\n"), "README has no “## The keys you need” section")
        let end = readme.range(of: "\n## ", range: keys.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        let rows = readme[keys.upperBound..<end].split(separator: "\n").filter { $0.hasPrefix("| `") }.map(String.init)
        XCTAssertGreaterThanOrEqual(rows.count, 10, "the README names the keys people need")
        let main = Set(KeysReference.table(.main).split(separator: "\n").map(String.init))
        for row in rows {
            XCTAssertTrue(main.contains(row), "README's key row is not the action table's main-screen row:\n\(row)")
        }
    }

    /// `o` cycles the grid's row order; the header says which is shown, and the selection
    /// stays on its activity. On the shipped roadmap, whose file records the seed's orders.
    func testTheOrderKeyCyclesTheGridsRowOrderAndTheHeaderSaysIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = ScheduledRoadmap(try RoadmapLoader.load(path: root.appendingPathComponent("roadmap.json").path).get())
        var explorer = Explorer(scheduled: shipped, state: ViewState(language: .en), width: 120, height: 40)
        XCTAssertEqual(explorer.state.order, .file)
        XCTAssertTrue(screen(explorer)[0].contains("· file order"), screen(explorer)[0])
        type([.character("j"), .character("j")], into: &explorer)
        let selected = explorer.selectedActivity
        type([.character("o")], into: &explorer)
        XCTAssertEqual(explorer.state.order, .poster)
        XCTAssertTrue(screen(explorer)[0].contains("· poster order"), screen(explorer)[0])
        type([.character("o")], into: &explorer)
        XCTAssertEqual(explorer.state.order, .seed)
        let lines = screen(explorer)
        XCTAssertTrue(lines[0].contains("· seed order"), lines[0])
        XCTAssertEqual(explorer.selectedActivity, selected, "the selection follows its activity")
        let firstArea = try XCTUnwrap(lines.first { $0.hasPrefix("▾ ") })
        XCTAssertTrue(firstArea.hasPrefix("▾ Program Structure"), "the seed's grid starts with the program structure: \(firstArea)")
        for order in [RowOrder.start, .float, .team, .role, .file] {
            type([.character("o")], into: &explorer)
            XCTAssertEqual(explorer.state.order, order)
        }
    }

    func testEightShowsTheCurrentState() throws {
        var explorer = try explorer()
        type([.character("8")], into: &explorer)
        XCTAssertEqual(explorer.state.view, .currentState)
        XCTAssertTrue(screen(explorer)[0].hasPrefix("Test roadmap — Current state"), screen(explorer)[0])
        XCTAssertEqual(type([.character("+")], into: &explorer), [.none])
        XCTAssertTrue(explorer.undoStack.isEmpty, "no what-if from a page without activities")
    }
}
