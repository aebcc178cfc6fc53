import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// Issue 21's screen parts: the explorer in French names its keys in French and asks (o/n);
/// a what-if is named by the activity's name; `y`/`Y` copy the view with OSC 52, from the
/// same exporters as `roadmap export`.
final class ExplorerFrenchAndClipboardTests: XCTestCase {
    private static let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minimal.json").path

    private func explorer(_ language: Language, width: Int = 100, height: Int = 40) throws -> Explorer {
        Explorer(scheduled: ScheduledRoadmap(try RoadmapLoader.load(path: Self.minimal).get()), state: ViewState(language: language),
                 width: width, height: height)
    }

    private func screen(_ explorer: Explorer) -> [String] { ScreenComposer.compose(explorer).lines }

    func testTheFrenchHelpNamesKeysInFrench() throws {
        let help = HelpText.lines(.fr, width: 74).map(\.0).joined(separator: "\n")
        for name in ["Entrée", "Échap", "Espace", "Début", "Fin", "PgSuiv", "Maj-Tab", "Ctrl-c"] {
            XCTAssertTrue(help.contains(name), "the French help names \(name)")
        }
        for english in ["  Enter ", " Esc ", "Space", "Home", "PgDn", "S-Tab", "C-c"] {
            XCTAssertFalse(help.contains(english), "no English key name in the French help: \(english)")
        }
        let english = HelpText.lines(.en, width: 74).map(\.0).joined(separator: "\n")
        XCTAssertTrue(english.contains("Enter") && !english.contains("Entrée"))
    }

    func testTheFrenchQuestionSaysONAndItsKeyBarAgrees() throws {
        var explorer = try explorer(.fr)
        _ = explorer.handle(.character("+"))
        _ = explorer.handle(.character("q"))
        let lines = screen(explorer)
        XCTAssertTrue(lines[38].hasSuffix("(o/n)"), lines[38])
        XCTAssertTrue(lines[39].contains("oOui"), "the key bar offers o, as the question says: \(lines[39])")
        XCTAssertFalse(lines[39].contains("yOui"), lines[39])
        XCTAssertEqual(explorer.handle(.character("o")), .quit, "o is yes")
        var english = try self.explorer(.en)
        _ = english.handle(.character("+"))
        _ = english.handle(.character("q"))
        XCTAssertTrue(screen(english)[39].contains("yYes"), screen(english)[39])
    }

    func testAWhatIfIsNamedByTheActivitysNameInTheViewsLanguage() throws {
        var explorer = try explorer(.fr)
        _ = explorer.handle(.character("G"))
        _ = explorer.handle(.character("+"))
        XCTAssertTrue(explorer.message?.text.hasPrefix("Infonuagique +1 mois") == true, explorer.message?.text ?? "")
        var english = try self.explorer(.en)
        _ = english.handle(.character("+"))
        XCTAssertTrue(english.message?.text.hasPrefix("Propose the strategy +1 month") == true, english.message?.text ?? "")
    }

    func testYCopiesTheViewAsTheTextExportWritesIt() throws {
        var explorer = try explorer(.en)
        XCTAssertEqual(explorer.handle(.character("y")), .copy(format: .text))
        XCTAssertEqual(explorer.handle(.character("Y")), .copy(format: .markdown))
        let bytes = try explorer.clipboardBytes(.text)
        let export = try Exporter.render(explorer.scheduled, explorer.state, format: .text, width: 100)
        XCTAssertEqual(bytes, export, "the export's bytes, not a second rendering")
        explorer.copied(lines: Clipboard.lineCount(bytes), format: .text)
        let count = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        XCTAssertEqual(explorer.message?.text.hasPrefix("\(count) lines copied to the clipboard (text"), true, explorer.message?.text ?? "")
    }

    func testTheOSC52SequenceCarriesTheBytesInBase64() {
        let bytes = Array("Propose · café\n".utf8)
        let sequence = Clipboard.osc52(bytes)
        XCTAssertEqual(Array(sequence.prefix(7)), Array("\u{1B}]52;c;".utf8))
        XCTAssertEqual(sequence.last, 0x07)
        let payload = String(decoding: sequence.dropFirst(7).dropLast(), as: UTF8.self)
        XCTAssertEqual(Data(base64Encoded: payload).map(Array.init), bytes)
        XCTAssertEqual(Clipboard.lineCount(Array("a\nb\n".utf8)), 2)
        XCTAssertEqual(Clipboard.lineCount(Array("a\nb".utf8)), 2)
        XCTAssertEqual(Clipboard.lineCount([]), 0)
    }
}

/// OSC 52 in a real terminal: tmux with `set-clipboard on` takes the sequence into its paste
/// buffer, which `tmux show-buffer` prints.
final class TerminalClipboardTests: TerminalTestCase {
    func testYPutsTheViewOnTmuxsClipboard() throws {
        try tmux.run(["set-option", "-s", "set-clipboard", "on"])
        for (language, said) in [("en", "lines copied to the clipboard"), ("fr", "lignes copiées dans le presse-papiers")] {
            let (session, _) = try open([Self.minimal.path, "--lang", language], width: 100, height: 30)
            try session.send("y")
            let screen = try session.waitForScreen(containing: said)
            let buffer = try tmux.run(["show-buffer"])
            let expected = try runRoadmap(["export", Self.minimal.path, "--format", "text", "--width", "100", "--lang", language]).stdoutText
            XCTAssertEqual(buffer, expected, "the clipboard holds the text export of the view")
            let count = expected.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            XCTAssertTrue(screen.contains("\(count) \(said)"), framed(screen))
            try session.send("q")
            try tmux.run(["kill-session", "-t", "test"])
            try tmux.run(["delete-buffer"])
        }
    }
}
