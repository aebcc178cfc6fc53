import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The overlays and prompts as components with their own keys (issue 10): they close on q,
/// Esc and Ctrl-C instead of quitting; quitting asks when what-ifs would be lost; pickers
/// apply what is ticked, page and filter; help and details scroll on every key their context
/// declares; `x` and `U` say what they clear.
final class ExplorerOverlayTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func load(_ path: String) throws -> ValidatedRoadmap {
        let result = RoadmapLoader.load(path: path)
        return try XCTUnwrap(result.validated, "\(result.diagnostics)")
    }

    private func explorer(_ file: String = "Tests/Fixtures/minimal.json", width: Int = 100, height: Int = 30,
                          language: Language = .en, delays: [Int: Int] = [:]) throws -> Explorer {
        let validated = try load(Self.repository.appendingPathComponent(file).path)
        return Explorer(scheduled: ScheduledRoadmap(validated, delays: delays), state: ViewState(language: language), width: width, height: height)
    }

    @discardableResult
    private func type(_ keys: [Key], into explorer: inout Explorer) -> [Explorer.Effect] {
        keys.map { explorer.handle($0) }
    }

    private func screen(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    private func picker(_ explorer: Explorer) -> Picker? {
        if case let .picker(picker)? = explorer.overlay { return picker }
        return nil
    }

    private func prompt(_ explorer: Explorer) -> Prompt? {
        if case let .prompt(prompt)? = explorer.overlay { return prompt }
        return nil
    }

    private func scroll(_ explorer: Explorer) -> Int? {
        switch explorer.overlay {
        case let .help(box)?: return box.scroll
        case let .details(_, box)?: return box.scroll
        default: return nil
        }
    }

    // MARK: - 1. Overlays close; quitting asks

    func testQEscAndCtrlCCloseEveryOverlayAndNeverQuit() throws {
        let overlays: [(String, [Key], [Key])] = [
            ("help", [.character("?")], [.character("q"), .escape, .interrupt]),
            ("details", [.enter], [.character("q"), .escape, .interrupt]),
            ("role picker", [.character("r")], [.character("q"), .escape, .interrupt]),
            ("area picker's filter line", [.character("a"), .character("/")], [.interrupt]),
            ("search prompt", [.character("/")], [.escape, .interrupt]),
            ("export prompt", [.character("e")], [.escape, .interrupt]),
        ]
        for (name, opening, closers) in overlays {
            for closer in closers {
                var explorer = try explorer()
                type(opening, into: &explorer)
                XCTAssertNotNil(explorer.overlay, name)
                XCTAssertEqual(type([closer], into: &explorer), [.none], "\(closer) in the \(name) must not quit")
                XCTAssertNil(explorer.overlay, "\(closer) closes the \(name)")
                XCTAssertTrue(explorer.state.filter.isEmpty, "closing the \(name) changes no filter")
            }
        }
    }

    func testCtrlCInASearchPutsBackTheSearchFromBefore() throws {
        var explorer = try explorer()
        type([.character("/")] + Key.typed("cloud\n"), into: &explorer)
        type([.character("/")] + Key.typed("zz"), into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "cloudzz")
        type([.interrupt], into: &explorer)
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(explorer.state.filter.search, "cloud")
    }

    func testQAndCtrlCAskBeforeLosingWhatIfs() throws {
        var explorer = try explorer()
        type([.character("+"), .character("+"), .character("G"), .character("+")], into: &explorer)
        XCTAssertEqual(type([.character("q")], into: &explorer), [.none])
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .quit(whatIfs: 2))))
        let lines = screen(explorer)
        XCTAssertEqual(lines[28], "Quit and lose 2 what-ifs? (y/n)")
        XCTAssertTrue(lines[29].contains("yYes") && lines[29].contains("nNo"), lines[29])
        // Other keys leave the question asked and change nothing.
        XCTAssertEqual(type([.character("j"), .character("+"), .character("q")], into: &explorer), [.none, .none, .none])
        XCTAssertEqual(explorer.scheduled.delays, [0: 2, 2: 1])
        XCTAssertEqual(type([.character("n")], into: &explorer), [.none])
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(type([.interrupt, .escape], into: &explorer), [.none, .none], "Ctrl-C asks the same; Esc says no")
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(type([.interrupt, .interrupt], into: &explorer), [.none, .none], "Ctrl-C at the question cancels it")
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(type([.character("q"), .character("y")], into: &explorer), [.none, .quit])

        // In French, « o » and « y » both say yes.
        for yes in ["o", "y"] {
            var french = try self.explorer(language: .fr)
            type([.character("+")], into: &french)
            type([.character("q")], into: &french)
            XCTAssertEqual(screen(french)[28], "Quitter et perdre 1 simulation ? (o/n)")
            XCTAssertTrue(screen(french)[29].contains("oOui") || screen(french)[29].contains("yOui"), screen(french)[29])
            XCTAssertEqual(type([.character(Character(yes))], into: &french), [.quit])
        }
    }

    func testQuitIsImmediateWhenNoWhatIfWouldBeLost() throws {
        var explorer = try explorer()
        type([.character("+"), .character("-")], into: &explorer)
        XCTAssertEqual(type([.character("q")], into: &explorer), [.quit], "a what-if taken back by another loses nothing")
        explorer = try self.explorer()
        type([.character("+"), .character("u")], into: &explorer)
        XCTAssertEqual(type([.interrupt], into: &explorer), [.quit], "undone")
        // The command line's --delay is not lost on quitting; one more is.
        explorer = try self.explorer(delays: [0: 2])
        XCTAssertEqual(type([.character("q")], into: &explorer), [.quit])
        explorer = try self.explorer(delays: [0: 2])
        type([.character("+"), .character("q")], into: &explorer)
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .quit(whatIfs: 1))))
    }

    func testATooSmallTerminalAsksTooBeforeLosingWhatIfs() throws {
        var explorer = try explorer()
        type([.character("+"), .resize(width: 30, height: 8)], into: &explorer)
        XCTAssertEqual(type([.character("q")], into: &explorer), [.none])
        XCTAssertTrue(screen(explorer).joined(separator: " ").contains("Quit and lose 1 what-if? (y/n)"), screen(explorer).joined(separator: "\n"))
        XCTAssertEqual(type([.character("y")], into: &explorer), [.quit])
    }

    // MARK: - 4. Pickers

    func testUntickingEverythingAndEnterRemovesTheFilter() throws {
        var explorer = try explorer()
        type([.character("r"), .character("j"), .character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.roles, ["Pr"])
        type([.character("r")], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, 1, "the picker opens on the ticked role")
        type([.character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.roles, [], "nothing ticked: no role filter")
        XCTAssertTrue(explorer.state.filter.isEmpty)
        XCTAssertTrue(screen(explorer)[1].hasPrefix("Filters: no filter — 3 of 3 activities"), screen(explorer)[1])
        // Enter on a picker where nothing is ticked applies nothing, whatever the cursor is on.
        type([.character("a"), .character("j"), .enter], into: &explorer)
        XCTAssertTrue(explorer.state.filter.isEmpty)
    }

    func testThePickerOpensOnTheFirstTickedChoice() throws {
        var explorer = try explorer("roadmap.json")
        let teams = explorer.scheduled.roadmap.teams
        let last = try XCTUnwrap(teams.last).id
        type([.character("t"), .character("G"), .character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.teams, [last])
        type([.character("t")], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, teams.count - 1)
        let lines = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(lines.contains("[x] \(TextWidth.pad(teams.last!.role, to: 5))\(teams.last!.name.en)".prefix(50)), "the ticked team is on screen:\n\(lines)")
    }

    func testALongPickerPages() throws {
        var explorer = try explorer("roadmap.json", height: 20)
        let count = explorer.scheduled.roadmap.teams.count
        type([.character("t")], into: &explorer)
        let rows = OverlayLayout.picker(try XCTUnwrap(picker(explorer)), screenWidth: 100, screenHeight: 20).listRows
        XCTAssertLessThan(rows, count, "the list is longer than the box")
        type([.pageDown], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, rows - 1)
        type([.pageDown], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, 2 * (rows - 1))
        type([.end], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, count - 1)
        let text = screen(explorer).joined(separator: "\n")
        let shown = try XCTUnwrap(picker(explorer))
        let last = explorer.scheduled.roadmap.teams.first { $0.id == shown.choices.last!.id }!
        XCTAssertTrue(text.contains(last.name.en.prefix(40)), text)
        // Counted in rows, the groups' headings included.
        XCTAssertTrue(text.contains("\(shown.rows.count)/\(shown.rows.count)"), "the frame says where the list is:\n\(text)")
        type([.pageUp], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, count - 1 - (rows - 1))
        type([.home], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, 0)
        type([.character("G"), .character("g")], into: &explorer)
        XCTAssertEqual(picker(explorer)?.cursor, 0)
    }

    func testThePickerFiltersAsYouTypeAndKeepsHiddenTicks() throws {
        var explorer = try explorer("roadmap.json")
        type([.character("t"), .character(" ")], into: &explorer)  // the first team ticked
        // The teams in the picker's order (under their sub-committees).
        let roadmapTeams = explorer.scheduled.roadmap.teams
        let teams = try XCTUnwrap(picker(explorer)).choices.map { choice in roadmapTeams.first { $0.id == choice.id }! }
        type([.character("/")] + Key.typed("Digital"), into: &explorer)
        let expected = teams.indices.filter { TextFolding.fold(teams[$0].id + " " + teams[$0].name.fr + " " + teams[$0].name.en).contains("digital") }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertLessThan(expected.count, teams.count)
        XCTAssertEqual(picker(explorer)?.shown, expected)
        XCTAssertTrue(screen(explorer).joined(separator: "\n").contains("Filter: Digital▏"))
        // Keys that tick and close type into the filter line instead.
        type(Key.typed(" q"), into: &explorer)
        XCTAssertEqual(picker(explorer)?.filter.text, "Digital q")
        XCTAssertEqual(picker(explorer)?.shown, [])
        XCTAssertTrue(screen(explorer).joined(separator: "\n").contains("(no choice matches)"))
        type([.backspace, .backspace, .down, .enter], into: &explorer)  // back to "Digital", the second match, the list
        XCTAssertEqual(picker(explorer)?.isFiltering, false)
        XCTAssertEqual(picker(explorer)?.cursor, 1)
        type([.character(" "), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.teams, [teams[0].id, teams[expected[1]].id], "the tick hidden by the filter stays")
        // Esc on the filter line clears it and goes back to the whole list.
        type([.character("t"), .character("/")] + Key.typed("zzz") + [.escape], into: &explorer)
        XCTAssertEqual(picker(explorer)?.shown.count, teams.count)
        XCTAssertNotNil(picker(explorer), "Esc on the filter line leaves the picker open")
    }

    func testLSwitchesTheLanguageWhileAPickerIsOpen() throws {
        var explorer = try explorer()
        type([.character("a")], into: &explorer)
        XCTAssertTrue(screen(explorer).joined(separator: "\n").contains("[ ] Digital governance"))
        type([.character("L")], into: &explorer)
        XCTAssertEqual(explorer.state.language, .fr)
        XCTAssertNotNil(picker(explorer), "the picker stays open")
        let text = screen(explorer).joined(separator: "\n")
        XCTAssertTrue(text.contains("Domaines d’intérêt"), text)
        XCTAssertTrue(text.contains("[ ] Gouvernance numérique"), text)
        XCTAssertTrue(text.contains("Filtres : aucun filtre"), "the page behind too:\n\(text)")
    }

    // MARK: - 9. Keys of the help and the details

    func testTheHelpScrollsOnEveryKeyOfItsContext() throws {
        var explorer = try explorer(height: 20)
        type([.character("?")], into: &explorer)
        let width = OverlayLayout.width(preferred: OverlayLayout.helpWidth, screenWidth: 100) - 4
        let lines = HelpText.lines(.en, width: width).count
        let visible = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.helpWidth, screenWidth: 100, screenHeight: 20).innerHeight
        let limit = lines - visible
        for (keys, expected) in [([Key.end], limit), ([.home], 0), ([.character("G")], limit), ([.character("g")], 0),
                                 ([.pageDown], visible - 1), ([.character(" ")], 2 * (visible - 1)), ([.character("b")], visible - 1),
                                 ([.pageUp], 0), ([.character("j"), .down], 2), ([.character("k")], 1), ([.up, .up], 0)] {
            type(keys, into: &explorer)
            XCTAssertEqual(scroll(explorer), expected, "after \(keys)")
        }
        type([.end], into: &explorer)
        XCTAssertTrue(screen(explorer).joined(separator: "\n").contains("Mouse: a click selects a row"), "End shows the end")
    }

    func testTheDetailsScrollOnEveryKeyOfTheirContext() throws {
        var explorer = try explorer(height: 14)
        type([.enter], into: &explorer)
        let lines = explorer.detailsPage(0).height
        let visible = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.detailsWidth, screenWidth: 100, screenHeight: 14).innerHeight
        XCTAssertGreaterThan(lines, visible + 2, "the details are longer than the box")
        for (keys, expected) in [([Key.pageDown], min(lines - visible, visible - 1)), ([.pageUp], 0), ([.character(" ")], min(lines - visible, visible - 1)),
                                 ([.end], lines - visible), ([.home], 0), ([.character("G")], lines - visible), ([.character("g")], 0),
                                 ([.character("j")], 1), ([.character("k")], 0)] {
            type(keys, into: &explorer)
            XCTAssertEqual(scroll(explorer), expected, "after \(keys)")
        }
        type([.character("d")], into: &explorer)
        XCTAssertNil(explorer.overlay)
        XCTAssertEqual(explorer.state.view, .dependencies)
    }

    func testTheKeyBarShowsTheKeysOfWhatIsOpen() throws {
        var explorer = try explorer()
        type([.character("r")], into: &explorer)
        var bar = screen(explorer)[29]
        for item in ActionTable.specs(in: .picker).compactMap({ spec in spec.bar.map { (spec.keys[0] == .enter ? "⏎" : spec.keys[0].name) + $0.en } }) {
            XCTAssertTrue(bar.contains(item), "\(item) in \(bar)")
        }
        XCTAssertFalse(bar.contains("qQuit"))
        type([.escape, .character("e")], into: &explorer)
        bar = screen(explorer)[29]
        XCTAssertTrue(bar.contains("⏎OK") && bar.contains("TabComplete") && bar.contains("EscCancel"), bar)
    }

    /// Keys that only move in an overlay or edit a prompt leave the page as it was built.
    func testOverlayKeysBuildNoPage() throws {
        var explorer = try explorer("roadmap.json")
        _ = screen(explorer)
        let builds = explorer.pages.builds
        let keys: [Key] = [.character("t"), .down, .pageDown, .character(" "), .character("/")] + Key.typed("gov") + [.left, .enter, .escape,
                           .character("?"), .end, .home, .escape, .enter, .pageDown, .escape, .character("e"), .control("u")]
            + Key.typed("x.csv") + [.home, .delete, .escape]
        for key in keys {
            type([key], into: &explorer)
            _ = screen(explorer)
        }
        XCTAssertEqual(explorer.pages.builds, builds)
    }

    // MARK: - 10. The export prompt

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-prompt-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// `e`, the prefilled name removed with Ctrl-U, `text` typed.
    private func exportPrompt(_ text: String, _ explorer: inout Explorer) {
        type([.character("e"), .control("u")] + Key.typed(text), into: &explorer)
    }

    func testTheExportAsksBeforeWritingOverAFile() throws {
        let folder = try folder()
        let existing = folder.appendingPathComponent("view.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: existing))
        var explorer = try explorer()
        exportPrompt(existing, &explorer)
        XCTAssertEqual(type([.enter], into: &explorer), [.none], "nothing written yet")
        XCTAssertEqual(screen(explorer)[28], "\(existing) exists. Overwrite it? (y/n)")
        // No: the prompt comes back with the name, to change it.
        type([.character("n")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, existing)
        XCTAssertEqual(type([.enter, .character("y")], into: &explorer), [.none, .export(path: existing, format: .csv)])
        XCTAssertNil(explorer.overlay)
        // Ctrl-C at the question closes everything.
        exportPrompt(existing, &explorer)
        type([.enter, .interrupt], into: &explorer)
        XCTAssertNil(explorer.overlay)
        // In French: « o » or « y ».
        var french = try self.explorer(language: .fr)
        exportPrompt(existing, &french)
        type([.enter], into: &french)
        XCTAssertEqual(screen(french)[28], "\(existing) existe déjà. L’écraser ? (o/n)")
        XCTAssertEqual(type([.character("o")], into: &french), [.export(path: existing, format: .csv)])
        // A new file is written without a question.
        let fresh = folder.appendingPathComponent("new.md").path
        exportPrompt(fresh, &explorer)
        XCTAssertEqual(type([.enter], into: &explorer), [.export(path: fresh, format: .markdown)])
    }

    func testTheExportRefusesAnUnknownExtensionAndSaysWhich() throws {
        let folder = try folder()
        var explorer = try explorer()
        for (name, message) in [
            ("view.xlsx", ".xlsx is not an export format: use one of .txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf"),
            ("view.tsv", ".tsv is not an export format: use one of .txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf"),
            ("view", "view: no extension; add one of .txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf"),
            ("", "Type a file name."),
        ] {
            exportPrompt(name, &explorer)
            XCTAssertEqual(type([.enter], into: &explorer), [.none], name)
            XCTAssertEqual(prompt(explorer)?.note, message)
            XCTAssertEqual(prompt(explorer)?.text, name, "the prompt stays open with the name, to correct it")
            XCTAssertTrue(screen(explorer)[27].hasPrefix(message), screen(explorer)[27])
            type([.escape], into: &explorer)
        }
        exportPrompt(folder.path, &explorer)
        type([.enter], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.note, "\(folder.path) is a folder: add a file name.")
        // The note goes with the next key.
        type([.character("/")], into: &explorer)
        XCTAssertNil(prompt(explorer)?.note)
        // The open roadmap is refused before any question.
        let roadmap = Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json").path
        explorer.isOpenRoadmap = { OutputFile.sameFile($0, roadmap) }
        type([.escape], into: &explorer)
        exportPrompt(roadmap, &explorer)
        type([.enter], into: &explorer)
        XCTAssertTrue(prompt(explorer)?.note?.hasSuffix("that is the open roadmap; choose another name.") ?? false, "\(String(describing: prompt(explorer)?.note))")
    }

    func testTheExportPromptEditsTheLine() throws {
        var explorer = try explorer()
        type([.character("e")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, explorer.defaultExportName())
        type([.control("u")] + Key.typed("plans/2016/view.txt"), into: &explorer)
        type([.control("w")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "plans/2016/")
        type([.control("w")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "plans/")
        type(Key.typed("vue.txt") + [.left, .left, .left, .left], into: &explorer)
        type(Key.typed("2"), into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "plans/vue2.txt", "typed where the cursor is")
        type([.backspace, .backspace], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "plans/vu.txt", "Backspace in the middle of the line")
        type([.home, .delete, .delete, .control("d")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "ns/vu.txt")
        type([.end, .left, .left, .left, .control("k")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "ns/vu.")
        type([.control("a"), .right, .control("u")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "s/vu.")
        type([.control("e")] + Key.typed("md"), into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "s/vu.md")
        // The screen shows the cursor where the typing happens.
        type([.left, .left], into: &explorer)
        XCTAssertEqual(screen(explorer)[28], "Export to (.txt .md .csv .json .mmd .xml .tjp .svg .html .png .pdf): s/vu.▏md")
        // Control characters never enter the line.
        type([.character("\u{1B}"), .character("\u{9B}")], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "s/vu.md")
    }

    func testTildeIsTheHomeFolderAndTabCompletesPaths() throws {
        let home = try folder()
        for name in ["report-2016.csv", "report-2017.csv", ".hidden.csv"] {
            _ = FileManager.default.createFile(atPath: home.appendingPathComponent(name).path, contents: Data())
        }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("reports"), withIntermediateDirectories: true)
        var explorer = try explorer()
        explorer.home = home.path
        exportPrompt("~/rep", &explorer)
        type([.tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "~/report", "the common beginning")
        type([.tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.choices, [], "a first Tab that adds nothing lists nothing yet")
        type([.tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.choices, ["report-2016.csv", "report-2017.csv", "reports/"], "the second lists them, no hidden file")
        let lines = screen(explorer)
        XCTAssertTrue(lines[27].contains("report-2016.csv") && lines[27].contains("reports/"), lines.joined(separator: "\n"))
        type(Key.typed("s") + [.tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "~/reports/", "a folder completes with its slash")
        XCTAssertTrue(prompt(explorer)?.choices.isEmpty ?? false, "the list goes with the next key")
        type(Key.typed("none") + [.tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.note, "No file name begins so.")
        type([.control("w"), .control("w")] + Key.typed("report-2017.csv"), into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "~/report-2017.csv")
        type([.enter], into: &explorer)
        let path = home.appendingPathComponent("report-2017.csv").path
        XCTAssertEqual(explorer.overlay, .question(Question(subject: .overwrite(path: path, format: .csv, prompt: Prompt(kind: .export, text: "~/report-2017.csv")))),
                       "~ is the home folder, and the file there exists")
        XCTAssertEqual(type([.character("y")], into: &explorer), [.export(path: path, format: .csv)])
        // Tab in the search prompt completes nothing.
        type([.character("/"), .character("r"), .tab], into: &explorer)
        XCTAssertEqual(prompt(explorer)?.text, "r")
    }

    func testTheSearchPromptEditsTheLineToo() throws {
        var explorer = try explorer()
        type([.character("/")] + Key.typed("clod"), into: &explorer)
        XCTAssertEqual(explorer.state.filter.apply(to: explorer.scheduled), [])
        type([.left, .character("u")], into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "cloud", "the live search follows an edit in the middle")
        XCTAssertEqual(explorer.state.filter.apply(to: explorer.scheduled), [2])
        type([.control("u")], into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "d")
        type([.control("k"), .enter], into: &explorer)
        XCTAssertEqual(explorer.state.filter.search, "")
    }

    // MARK: - 12. x and U

    func testXSaysWhatItClearsAndUResetsTheWhatIfs() throws {
        XCTAssertTrue(ActionTable.spec(for: .clearFilters).help.en.contains("not the what-ifs"))
        var explorer = try explorer()
        type([.character("c")], into: &explorer)
        type([.character("x")], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "Filters cleared.")
        type([.character("g"), .character("+"), .character("c"), .character("x")], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "Filters cleared. The what-ifs stay (U removes them).")
        XCTAssertEqual(explorer.scheduled.delays, [0: 1])
        type([.character("G"), .character("+"), .character("+"), .character("U")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [:])
        XCTAssertEqual(explorer.message?.text, "2 what-ifs removed (u brings them back). finish Mar 2018")
        XCTAssertEqual(screen(explorer)[1], "Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred",
                       "the filter line lists no what-if")
        XCTAssertEqual(explorer.scheduled.schedule.earlyStart, ScheduledRoadmap(explorer.scheduled.validated).schedule.earlyStart)
        XCTAssertEqual(type([.character("q")], into: &explorer), [.quit], "nothing left to lose")
        type([.character("u")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [0: 1, 2: 2])
        XCTAssertEqual(explorer.message?.text, "2 what-ifs brought back. finish May 2018")
        type([.character("u")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [0: 1, 2: 1], "then the steps before U, one by one")
        type([.character("U"), .character("U")], into: &explorer)
        XCTAssertEqual(explorer.message?.text, "No what-if to remove.")
        // The command line's what-ifs are removed too, and come back with u.
        explorer = try self.explorer(delays: [1: 3])
        type([.character("U")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [:])
        XCTAssertEqual(explorer.message?.text, "1 what-if removed (u brings it back). finish Mar 2018")
        type([.character("u")], into: &explorer)
        XCTAssertEqual(explorer.scheduled.delays, [1: 3])
    }
}
