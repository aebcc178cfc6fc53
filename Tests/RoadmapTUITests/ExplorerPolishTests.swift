import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Issue 23: the explorer to the habits of tig, less and htop — each page's keys, pickers that
/// tell teams apart, messages that fit, and the small things that read as bugs. State-machine
/// tests on the composed screen, in both languages where words are at stake.
final class ExplorerPolishTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let shipped: ScheduledRoadmap? = try? ScheduledRoadmap(RoadmapLoader.load(path: root.appendingPathComponent("roadmap.json").path).get())
    private static let minimal: ScheduledRoadmap? = try? ScheduledRoadmap(RoadmapLoader.load(path: root.appendingPathComponent("Tests/Fixtures/minimal.json").path).get())

    private func explorer(_ roadmap: ScheduledRoadmap?, _ width: Int = 100, _ height: Int = 30, _ language: Language = .en) throws -> Explorer {
        Explorer(scheduled: try XCTUnwrap(roadmap), state: ViewState(language: language), width: width, height: height)
    }

    private func type(_ keys: [Key], into explorer: inout Explorer) {
        for key in keys { _ = explorer.handle(key) }
    }

    private func lines(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    // MARK: 1. The key bar follows the page

    func testTheKeyBarOffersOnlyWhatWorksOnThePage() throws {
        for language in [Language.en, .fr] {
            var explorer = try explorer(Self.shipped, 200, 50, language)
            let onRoadmap = lines(explorer)[49]
            let (delay, role, deps) = language == .fr ? ("+Retard", "rRôle", "dDépend.") : ("+Delay", "rRole", "dDeps")
            for word in [delay, role, deps] { XCTAssertTrue(onRoadmap.contains(word), "\(language) roadmap: \(onRoadmap)") }
            type([.character("5")], into: &explorer)
            let onStrategy = lines(explorer)[49]
            for word in [delay, role, deps] { XCTAssertFalse(onStrategy.contains(word), "\(language) strategy: \(onStrategy)") }
            XCTAssertTrue(onStrategy.contains(language == .fr ? "/Chercher" : "/Search"), "the search works on every page: \(onStrategy)")
            type([.character("7")], into: &explorer)
            let onCriticalPath = lines(explorer)[49]
            XCTAssertTrue(onCriticalPath.contains(role), "the filters narrow the critical path: \(onCriticalPath)")
            XCTAssertFalse(onCriticalPath.contains(delay), onCriticalPath)
        }
    }

    /// The search prompt's bar does not offer Tab, which completes file names only.
    func testTheSearchPromptOffersNoCompletionAndTheExportPromptDoes() throws {
        var explorer = try explorer(Self.minimal, 200, 30)
        type([.character("/")], into: &explorer)
        XCTAssertFalse(lines(explorer)[29].contains("TabComplete"), lines(explorer)[29])
        type([.escape, .character("e")], into: &explorer)
        XCTAssertTrue(lines(explorer)[29].contains("TabComplete"), lines(explorer)[29])
    }

    // MARK: 2. Habits of less

    func testBPagesBackOnTheMainScreen() throws {
        var explorer = try explorer(Self.shipped, 100, 20)
        type([.pageDown, .pageDown], into: &explorer)
        let down = explorer.cursor
        type([.character("b")], into: &explorer)
        XCTAssertLessThan(explorer.cursor, down, "b is a page back, as in less")
        XCTAssertNil(explorer.message)
    }

    func testSlashSearchesTheHelpAndNFindsTheNext() throws {
        for language in [Language.en, .fr] {
            var explorer = try explorer(Self.minimal, 100, 30, language)
            type([.character("?")], into: &explorer)
            let word = language == .fr ? "molette" : "wheel"
            type([.character("/")] + Key.typed(word), into: &explorer)
            guard case let .help(box)? = explorer.overlay, let frame = explorer.box(for: .help(box))?.frame else { return XCTFail("the help stays open") }
            let screen = lines(explorer)
            XCTAssertTrue(screen[frame.top + 1].contains(word), "\(language): the first line holding it comes to the top: \(screen[frame.top + 1])")
            XCTAssertTrue(screen[28].contains(word), "\(language): the search line on the status line: \(screen[28])")
            let first = box.scroll
            type([.enter, .character("n")], into: &explorer)
            guard case let .help(next)? = explorer.overlay else { return XCTFail("Enter keeps the help open") }
            XCTAssertGreaterThan(next.scroll, first, "\(language): n goes to the next line holding it")
            type([.character("/")] + Key.typed("zzqq"), into: &explorer)
            XCTAssertTrue(lines(explorer)[27].contains(language == .fr ? "Aucun résultat." : "No match."), lines(explorer)[27])
            type([.escape, .escape], into: &explorer)
            XCTAssertNil(explorer.overlay, "Esc clears the search, a second Esc closes the help")
        }
    }

    // MARK: 3. Teams told apart

    func testTheTeamPickerAlignsSaysTheSubcommitteeAndTellsNamesakesApart() throws {
        for language in [Language.en, .fr] {
            var explorer = try explorer(Self.shipped, 120, 60, language)
            type([.character("t")], into: &explorer)
            guard case let .picker(picker)? = explorer.overlay else { return XCTFail("t opens the team picker") }
            let roadmap = explorer.scheduled.roadmap
            let labels = picker.choices.map { $0.label[language] }
            XCTAssertEqual(Set(labels).count, labels.count, "\(language): no two teams read the same: \(labels)")
            XCTAssertTrue(labels.contains { $0.contains(language == .fr ? "(Projet pilote A)" : "(Pilot project A)") }, labels.joined(separator: "\n"))
            // The names start in one column, whatever the role code's length.
            let nameColumns = Set(picker.choices.map { choice in
                let team = roadmap.teams.first { $0.id == choice.id }!
                return TextWidth.of(String(choice.label[language].prefix(upTo: choice.label[language].range(of: team.name[language])!.lowerBound)))
            })
            XCTAssertEqual(nameColumns.count, 1, "\(language): role codes aligned: \(labels.prefix(6))")
            // Grouped under their sub-committee, as the seed lists them: each group's heading
            // once, in the file's order of the sub-committees, the teams of none last.
            for choice in picker.choices {
                let team = roadmap.teams.first { $0.id == choice.id }!
                let sub = team.subcommittee.flatMap { id in roadmap.subcommittees.first { $0.id == id } }
                XCTAssertEqual(choice.group?[language], sub?.name[language] ?? Picker.noGroup[language])
            }
            let headings = picker.rows.compactMap { row -> String? in
                if case let .heading(name) = row { return name[language] } else { return nil }
            }
            let expected = roadmap.subcommittees.filter { sub in roadmap.teams.contains { $0.subcommittee == sub.id } }.map { $0.name[language] }
                + (roadmap.teams.contains { $0.subcommittee == nil } ? [Picker.noGroup[language]] : [])
            XCTAssertEqual(headings, expected, "\(language): one heading per sub-committee, in order")
        }
    }

    /// The box is as wide as the longest team (what tells namesakes apart is at the end), and a
    /// group's heading shows above its first team when the list scrolls to it.
    func testTheTeamPickerShowsWholeNamesUnderTheirHeadings() throws {
        var explorer = try explorer(Self.shipped, 120, 32)
        type([.character("t"), .character("G")], into: &explorer)
        let screen = lines(explorer).joined(separator: "\n")
        for pilot in ["A", "B", "C"] { XCTAssertTrue(screen.contains("Prototype Project X Task Team (Pilot project \(pilot))"), screen) }
        type([.character("g")], into: &explorer)
        let top = lines(explorer).joined(separator: "\n")
        let first = explorer.scheduled.roadmap.subcommittees.first { sub in explorer.scheduled.roadmap.teams.contains { $0.subcommittee == sub.id } }!
        XCTAssertTrue(top.contains(first.name.en), "the first group's heading above the first team:\n\(top)")
    }

    func testTheTeamGanttAndItsStatusLineTellNamesakesApart() throws {
        var explorer = try explorer(Self.shipped, 160, 60)
        type([.character("9")], into: &explorer)
        let screen = lines(explorer).joined(separator: "\n")
        for pilot in ["A", "B", "C"] { XCTAssertTrue(screen.contains("Prototype Project X Task Team (Pilot project \(pilot))"), screen) }
    }

    /// "no activities" sits between the period separators, which it never covers.
    func testNoActivitiesLeavesThePeriodSeparators() throws {
        for width in [100, 160] {
            let explorer = try explorer(Self.shipped, width, 60)
            var state = explorer.state
            state.view = .teamGantt
            let page = PageBuilder.page(explorer.scheduled, state, width: width)
            let rows = (0..<page.rowCount).map { page.rows($0..<$0 + 1).line(0) }
            let empty = try XCTUnwrap(rows.first { $0.contains("no activit") }, "a team without activities on the shipped roadmap:\n" + rows.joined(separator: "\n"))
            let full = try XCTUnwrap((0..<page.rowCount).first { page.team(atRow: $0) != nil && !rows[$0].contains("no activit") }.map { rows[$0] })
            XCTAssertEqual(empty.filter { $0 == "│" }.count, full.filter { $0 == "│" }.count, "\(width):\n\(empty)\n\(full)")
        }
    }

    // MARK: 4. Messages that fit

    func testABrokenFileSaysItsFirstErrorWithLineAndColumnOnTwoLinesIfNeeded() throws {
        for language in [Language.en, .fr] {
            var explorer = try explorer(Self.minimal, 100, 30, language)
            explorer.fileName = "live.json"
            let first = Diagnostic(.error, at: DataLocation(), "expected a value", line: 12, column: 7)
            explorer.reloadFailed(errors: 3, first: first)
            let screen = lines(explorer)
            let both = screen[27] + " " + screen[28]
            XCTAssertTrue(both.contains("live.json:12:7: error: expected a value"), "\(language):\n\(screen[27])\n\(screen[28])")
            XCTAssertTrue(both.contains(language == .fr ? "3 erreurs" : "3 errors"), both)
            XCTAssertTrue(both.contains(language == .fr ? "la dernière version valide reste affichée" : "the last good version stays on screen"), both)
            XCTAssertTrue(screen[28].hasSuffix("/3") || screen[28].contains("/"), "the position stays on the status line: \(screen[28])")
        }
    }

    /// In the dependencies view the status line is about the link under the cursor, where
    /// Enter goes; the title names the activity to go back to by its name.
    func testTheDependencyViewsStatusLineFollowsTheLinkUnderTheCursor() throws {
        var explorer = try explorer(Self.minimal, 120, 30)
        type([.character("d")], into: &explorer)
        let roadmap = explorer.scheduled.roadmap
        let link = try XCTUnwrap(explorer.page.activity(atRow: explorer.cursor))
        XCTAssertNotEqual(link, explorer.selectedActivity)
        XCTAssertTrue(lines(explorer)[28].hasPrefix("▶ " + roadmap.activities[link].name.en), lines(explorer)[28])
    }

    // MARK: 5. Small things

    func testSWithoutAWhatIfSaysHowToMakeOne() throws {
        for language in [Language.en, .fr] {
            var explorer = try explorer(Self.minimal, 100, 30, language)
            type([.character("S")], into: &explorer)
            XCTAssertNil(explorer.overlay, "no prompt to save nothing")
            XCTAssertEqual(explorer.message?.isError, true)
            XCTAssertTrue(explorer.message?.text.contains("+") == true, explorer.message?.text ?? "")
            type([.character("+"), .character("S")], into: &explorer)
            guard case .prompt? = explorer.overlay else { return XCTFail("with a what-if, S asks for a name") }
        }
    }

    func testAScenarioNameWithSpacesIsWrittenToItsSlug() {
        XCTAssertEqual(ScenarioTarget.slug("Slip one month"), "slip-one-month")
        XCTAssertEqual(ScenarioTarget.slug("Retard d’un mois : été"), "retard-d-un-mois-ete")
        XCTAssertEqual(ScenarioTarget.resolve("Cloud late", home: nil, isOpenRoadmap: { _ in false }, language: .en),
                       .write(path: "cloud-late.scenario.json", name: "Cloud late"))
    }

    func testAMessageGoesAtTheNextKeyWhateverItIs() throws {
        var explorer = try explorer(Self.minimal, 100, 30)
        type([.character("x")], into: &explorer)
        XCTAssertNotNil(explorer.message)
        type([.character("Q")], into: &explorer)  // bound to nothing
        XCTAssertNil(explorer.message, "not left on the status line after the next key")
        type([.character("x"), .wheelDown], into: &explorer)
        XCTAssertNil(explorer.message, "nor after the wheel")
    }

    func testAFoldedAreaShowsItsSummaryBar() throws {
        var explorer = try explorer(Self.minimal, 100, 30)
        type([.character("f")], into: &explorer)
        let heading = try XCTUnwrap(lines(explorer).first { $0.hasPrefix("▸") }, lines(explorer).joined(separator: "\n"))
        XCTAssertTrue(heading.contains(String(RoadmapPage.Mark.summary)), heading)
        type([.character("f")], into: &explorer)
        XCTAssertFalse(lines(explorer).contains { $0.contains(String(RoadmapPage.Mark.summary)) }, "unfolded, the bars are the activities'")
    }

    // MARK: 6. The export key's help

    func testTheExportKeysHelpNamesEveryFormatOfTheTable() {
        for language in [Language.en, .fr] {
            let help = ActionTable.spec(for: .export).help[language]
            for format in ExportFormat.allCases { XCTAssertTrue(help.contains(format.name(language)), "\(language): \(help)") }
        }
    }

    // MARK: 7. First contact

    func testAt80ColumnsTheTabsShortenRatherThanVanish() throws {
        for language in [Language.en, .fr] {
            let explorer = try explorer(Self.shipped, 80, 24, language)
            let strip = lines(explorer)[21]
            XCTAssertTrue(TextWidth.of(strip) <= 80, strip)
            for k in 2...9 {
                XCTAssertTrue(strip.range(of: "\(k) \\p{L}", options: .regularExpression) != nil, "\(language): tab \(k) keeps letters of its name: \(strip)")
            }
        }
    }
}
