import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// What each part of the screen keeps when room is short (issue 10, defect 5): the key bar
/// keeps the what-if and the export (and says there are more keys), the filter line always
/// ends with the count, the status line keeps the finish date, the title keeps the page's
/// name, and a tab strip names the views with their numbers. On the shipped roadmap, at
/// 80×24 and 40×10 in both languages, and at 200×50.
final class ExplorerSmallScreenTests: XCTestCase {
    private static let shipped: ScheduledRoadmap? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? ScheduledRoadmap(RoadmapLoader.load(path: root.appendingPathComponent("roadmap.json").path).get())
    }()

    private func explorer(_ width: Int, _ height: Int, _ language: Language) throws -> Explorer {
        Explorer(scheduled: try XCTUnwrap(Self.shipped), state: ViewState(language: language), width: width, height: height)
    }

    private func type(_ keys: [Key], into explorer: inout Explorer) {
        for key in keys { _ = explorer.handle(key) }
    }

    private let sizes = [(80, 24), (40, 10), (200, 50)]

    func testTheKeyBarKeepsWhatIfExportHelpAndQuit() throws {
        for language in [Language.en, .fr] {
            for (width, height) in sizes {
                let lines = ScreenComposer.compose(try explorer(width, height, language)).lines
                let bar = lines[height - 1]
                let words = language == .fr ? ["+Retard", "eExporter", "qQuitter"] : ["+Delay", "eExport", "qQuit"]
                for word in words { XCTAssertTrue(bar.contains(word), "\(width)×\(height) \(language): \(bar)") }
                XCTAssertTrue(TextWidth.of(bar.trimmingCharacters(in: .whitespaces)) <= width, bar)
                // All keys shown, or the help's key says there are more.
                let more = language == .fr ? "?Autres" : "?More"
                let help = language == .fr ? "?Aide" : "?Help"
                XCTAssertTrue(bar.contains(width >= 200 ? help : more), "\(width)×\(height) \(language): \(bar)")
            }
        }
    }

    func testTheFilterLineEndsWithTheCountAndKeepsTheSearchAndTheWhatIfs() throws {
        for language in [Language.en, .fr] {
            for (width, height) in sizes {
                var explorer = try explorer(width, height, language)
                type([.character("+"), .character("/")] + Key.typed("digital\n"), into: &explorer)
                let shown = explorer.state.filter.apply(to: explorer.scheduled).count
                let count = Vocabulary(language).shown(shown, of: explorer.scheduled.roadmap.activities.count)
                let lines = ScreenComposer.compose(explorer).lines
                // Whole, or cut before the count, never after it.
                let afterCount = try XCTUnwrap(lines[1].range(of: count), "\(width)×\(height) \(language): \(lines[1])").upperBound
                XCTAssertTrue(lines[1][afterCount...].isEmpty || !lines[1].hasSuffix("…"), "\(width)×\(height) \(language): \(lines[1])")
                let header = lines[1] + "\n" + lines[2]
                XCTAssertTrue(header.contains(language == .fr ? "simulation" : "what-if"), "\(width)×\(height): \(header)")
                if width >= 80 { XCTAssertTrue(lines[1].contains("digital"), "\(width)×\(height): \(lines[1])") }
            }
        }
    }

    func testTheStatusLineKeepsTheFinishDateOfAWhatIf() throws {
        for language in [Language.en, .fr] {
            for (width, height) in sizes {
                var explorer = try explorer(width, height, language)
                type([.character("j"), .character("j"), .character("+")], into: &explorer)
                let words = Vocabulary(language)
                let finish = words.finish + " " + words.monthAndYear(explorer.scheduled.schedule.projectFinishMonth)
                let status = ScreenComposer.compose(explorer).lines[height - 2]
                XCTAssertTrue(status.contains(finish), "\(width)×\(height) \(language): \(status)")
            }
        }
    }

    func testTheTitleKeepsThePageNameAndTheTabStripNamesTheViews() throws {
        for language in [Language.en, .fr] {
            for (width, height) in sizes {
                var explorer = try explorer(width, height, language)
                for (digit, view) in zip("12345678", ViewKind.allCases) {
                    type([.character(digit)], into: &explorer)
                    let lines = ScreenComposer.compose(explorer).lines
                    let name = PageBuilder.name(of: view, language)
                    if TextWidth.of(name) + 17 <= width {
                        XCTAssertTrue(lines[0].lowercased().contains(name.lowercased()), "\(width)×\(height) \(language): \(lines[0])")
                    }
                    guard height >= Explorer.tabStripHeight else { continue }
                    let strip = lines[height - 3]
                    XCTAssertTrue(strip.contains("[\(digit) \(name)]"), "\(width)×\(height) \(language): \(strip)")
                    for other in "123456789" { XCTAssertTrue(strip.contains(String(other)), strip) }
                    if width >= 200 {
                        for other in ViewKind.screens { XCTAssertTrue(strip.contains(PageBuilder.name(of: other, language)), strip) }
                    }
                }
            }
        }
    }

    /// A click on a tab shows its view, where the strip drew it: on a wide screen every tab is
    /// named; on a narrow one the others are numbers, and a click on a number works too.
    func testAClickOnATabShowsItsView() throws {
        for (width, language) in [(200, Language.en), (80, .fr)] {
            var explorer = try explorer(width, 24, language)
            let y = explorer.height - 3
            for view in ViewKind.screens.reversed() {
                // The strip as it is now: the current view's name whole, the others' shortened.
                let strip = ScreenComposer.compose(explorer).lines[y]
                let tab = try XCTUnwrap(ScreenComposer.tabs(explorer.state, width: width).first { $0.view == view })
                XCTAssertTrue(strip.contains(tab.text.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))), strip)
                type([.click(x: tab.x + tab.width - 1, y: y)], into: &explorer)
                XCTAssertEqual(explorer.state.view, view, "\(width) \(language): \(tab.text)")
            }
            // Between two tabs, nothing happens.
            let first = try XCTUnwrap(ScreenComposer.tabs(explorer.state, width: width).first)
            type([.click(x: first.x + first.width, y: y)], into: &explorer)
            XCTAssertEqual(explorer.state.view, .roadmap)
        }
    }
}
