import Foundation
import XCTest
@testable import RoadmapTUI
import RoadmapModel
import RoadmapViews

/// The configuration file: each key read, flags winning over it and it over the environment,
/// and every problem — broken TOML, an unknown key, a wrong type — located by file, line and
/// key, never ignored: the command stops with status 1.
final class PreferencesTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: PreferencesTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("roadmap"), withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private var configPath: String { folder.appendingPathComponent("roadmap/config.toml").path }

    private func write(_ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: configPath)) }

    private func apply(_ text: String, environment: [String: String] = [:]) -> (Preferences, [PreferencesFile.Problem]) {
        var preferences = Preferences(environment: environment)
        let problems = PreferencesFile.apply(Array(text.utf8), path: "config.toml", to: &preferences)
        return (preferences, problems)
    }

    private func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessOutput {
        var environment = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": folder.path, "HOME": folder.path]
        environment.merge(extra) { $1 }
        return try ProcessRunner.run(binary, arguments, environment: environment, currentDirectory: folder)
    }

    // MARK: - Reading the file

    func testEveryKeyIsReadWithItsLine() {
        let (preferences, problems) = apply("""
            # mine
            lang = "fr"
            order = "float"
            width = 160
            mouse = false
            color = false
            bom = true
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(preferences.lang.value, .fr)
        XCTAssertEqual(preferences.lang.origin, .file(path: "config.toml", line: 2))
        XCTAssertEqual(preferences.order.value, .float)
        XCTAssertEqual(preferences.width.value, 160)
        XCTAssertEqual(preferences.width.origin, .file(path: "config.toml", line: 4))
        XCTAssertEqual(preferences.mouse.value, false)
        XCTAssertEqual(preferences.color.value, false)
        XCTAssertEqual(preferences.bom.value, true)
        XCTAssertEqual(preferences.bom.origin, .file(path: "config.toml", line: 7))
    }

    func testEveryProblemIsReportedWithItsLineAndKey() {
        let (_, problems) = apply("""
            lang = "de"
            colour = false
            width = "wide"
            bom = 1
            order = "alphabetical"
            width2 = 3
            """)
        XCTAssertEqual(problems.map(\.formatted), [
            "config.toml:1: error: lang: expected \"fr\" or \"en\", found the string \"de\"",
            "config.toml:2: error: colour: unknown key (did you mean color?); the keys are lang, order, width, mouse, color, bom",
            "config.toml:3: error: width: expected a whole number of columns from 20 to 1000, found the string \"wide\"",
            "config.toml:4: error: bom: expected true or false, found the number 1",
            "config.toml:5: error: order: expected one of \"file\", \"poster\", \"seed\", \"start\", \"float\", \"team\", \"role\", found the string \"alphabetical\"",
            "config.toml:6: error: width2: unknown key (did you mean width?); the keys are lang, order, width, mouse, color, bom",
        ])
    }

    func testAWidthOutOfRangeIsAProblem() {
        XCTAssertEqual(apply("width = 5").1.map(\.formatted),
                       ["config.toml:1: error: width: expected a whole number of columns from 20 to 1000, found the number 5"])
    }

    func testBrokenTOMLIsOneProblemWithLineAndColumn() {
        let (_, problems) = apply("lang = \"fr\"\nwidth = = 3\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 2)
        XCTAssertNotNil(problems.first?.column)
        XCTAssertTrue(problems.first?.formatted.hasPrefix("config.toml:2:") == true, "\(problems)")
        XCTAssertTrue(problems.first?.message.hasPrefix("this is not TOML: ") == true, "\(problems)")
    }

    /// toml++ 3.4.0, under TOMLKit, asserts that a digit follows a date's `T` instead of
    /// reporting it: such a file aborted every command (SIGABRT) in a build with
    /// assertions. Found by the preferences fuzz target
    /// (fuzz/targets/preferences/regressions/date-and-time-without-its-time.toml).
    func testADateAndTimeWithoutItsTimeIsAProblemNotACrash() throws {
        try write("lang = \"en\"\nmouse = 2016-10-03Tmouse08:00:00Z\n")
        let output = try run(["config"])
        XCTAssertEqual(output.status, 1, output.stderrText)
        XCTAssertEqual(output.stderrText.split(separator: "\n").first.map(String.init),
                       "\(configPath):2:19: error: this is not TOML: expected a time (HH:MM:SS) after the 'T' of "
                           + "the date and time 2016-10-03Tmouse08:00:00Z, saw 'm'")
    }

    /// toml++ asserts that a time after a date and a space goes on past its first digit:
    /// `d=2016-10-0= 1 ` aborted every command. Found by the preferences fuzz target's record
    /// run (fuzz/targets/preferences/regressions/date-space-and-one-digit.toml).
    func testADateASpaceAndOneDigitIsAProblemNotACrash() {
        XCTAssertEqual(apply("d=2016-10-0= 1 ").1.first?.formatted,
                       "config.toml:1:14: error: this is not TOML: expected a time (HH:MM:SS) after the date 2016-10-0= and its space, saw '1' alone")
        // Whatever toml++ takes for the end of a value after the digit: Unicode's white space
        // too (a byte order mark was the record run's second input, date-space-digit-and-a-byte-order-mark.toml).
        for text in ["mouse = 2016-10-03 1\n", "a = [2016-10-03 1]", "a = {b = 2016-10-03 1}", "a = 2016-10-03 1#",
                     "l= 1005-06-^= 2\u{FEFF}\r\n", "a = 2016-10-03 1\u{A0}", "a = 2016-10-03 1\u{3000}", "a = 2016-10-03 1\u{0B}"] {
            XCTAssertEqual(apply(text).1.first?.message.hasPrefix("this is not TOML: expected a time (HH:MM:SS) after the date "), true, text)
        }
        // A date and a whole time, or a date alone, are TOML: not refused here.
        for text in ["mouse = 2016-10-03 08:00:00\n", "mouse = 2016-10-03\n", "mouse = 2016-10-03 1", "mouse = 2016-10-03 1é"] {
            XCTAssertEqual(apply(text).1.contains { $0.message.contains("after the date") }, false, text)
        }
    }

    /// A quoted key's escapes can put a control character in it: the problem shows it as its
    /// picture. Found by the preferences fuzz target's record run
    /// (fuzz/targets/preferences/regressions/key-with-a-form-feed.toml).
    func testAnUnknownKeyWithAControlCharacterIsShownSanitized() {
        let problems = apply(" \"\\f\\fle y\" = 1").1
        XCTAssertEqual(problems.first?.message.hasPrefix("\u{240C}\u{240C}le y: unknown key"), true, "\(problems)")
        XCTAssertFalse(problems.contains { $0.formatted.unicodeScalars.contains { $0.value < 0x20 } })
    }

    /// A string left open at the end of its line does not count that line twice: the fault on
    /// the next line is said on that line (it was said one line further, past the end of a
    /// two-line file). Found by the preferences fuzz target's record run
    /// (fuzz/targets/preferences/regressions/string-left-open-before-a-fault.toml).
    func testAStringLeftOpenDoesNotShiftTheNextLinesFault() {
        XCTAssertEqual(apply("lang = \"\nmouse = 2016-10-03Tmouse08:00").1.first?.formatted,
                       "config.toml:2:19: error: this is not TOML: expected a time (HH:MM:SS) after the 'T' of the date and time 2016-10-03Tmouse08:00, saw 'm'")
        XCTAssertEqual(apply("a = 'x\\\nb = \"\\\nmouse = 2016-10-03T").1.first.map { "\($0.line ?? 0):\($0.column ?? 0)" }, "3:19")
    }

    /// toml++ asserts, too, that an array's next element does not begin with the end of a
    /// value: `[1, }` or a line separator TOML does not allow aborted every command. Found by
    /// the preferences fuzz target (fuzz/targets/preferences/regressions/array-element-that-is-a-closing-brace.toml).
    func testAnArrayElementThatBeginsWithTheEndOfAValueIsAProblemNotACrash() throws {
        try write("lang = \"en\"\nwidth = [1, }\n")
        let output = try run(["config"])
        XCTAssertEqual(output.status, 1, output.stderrText)
        XCTAssertEqual(output.stderrText.split(separator: "\n").first.map(String.init),
                       "\(configPath):2:13: error: this is not TOML: expected a value or ']' in the array, saw '}'")
        XCTAssertEqual(apply("width = [\n  # none\n\u{2028}]").1.map(\.formatted),
                       ["config.toml:3:1: error: this is not TOML: expected a value or ']' in the array, saw U+2028 (a line separator TOML does not allow)"])
        for text in ["a = [[ }]]", "a = [\u{85}]", "a = [1,\u{2029}]"] {
            XCTAssertEqual(apply(text).1.first?.message.hasPrefix("this is not TOML: expected a value or ']' in the array"), true, text)
        }
        // Not where it ends an inline table or a value, in a string or a comment.
        XCTAssertEqual(apply("a = { b = [1, 2] }\nc = [\"}\", 3] # [ }\n").1.map(\.message).allSatisfy { $0.contains("unknown key") }, true)
    }

    /// toml++ asserts that a table's header names its table (a bare key or a quoted one) after
    /// its `[` or `[[`: `[,` aborted every command. Found by the preferences fuzz target
    /// (fuzz/targets/preferences/regressions/table-header-without-a-name.toml).
    func testATableHeaderWithoutANameIsAProblemNotACrash() throws {
        try write("lang = \"en\"\n[,\n")
        let output = try run(["config"])
        XCTAssertEqual(output.status, 1, output.stderrText)
        XCTAssertEqual(output.stderrText.split(separator: "\n").first.map(String.init),
                       "\(configPath):2:2: error: this is not TOML: expected the table's name after '[', saw ','")
        XCTAssertEqual(apply("  [[ =x]]").1.map(\.formatted), ["config.toml:1:6: error: this is not TOML: expected the table's name after '[[', saw '='"])
        XCTAssertEqual(apply("[\n").1.first?.message, "this is not TOML: expected the table's name after '[', saw the end of the line")
        XCTAssertEqual(apply("\u{FEFF}[.a]").1.first?.message, "this is not TOML: expected the table's name after '[', saw '.'")
        // A name, quoted or bare, or an empty header (which toml++ reports itself), is left to toml++.
        for text in ["[ \"a\" ]\nk = 1", "[[x]]\nk = 1", "[a-b_9]\nk = 1", "['l']\nk = 1"] {
            XCTAssertTrue(apply(text).1.allSatisfy { $0.message.contains("unknown key") }, "\(text): \(apply(text).1)")
        }
        XCTAssertFalse(apply("[]").1.first?.message.contains("table's name after") ?? true)
    }

    /// toml++'s own messages quote the file, a line feed included: shown as its picture, on one line.
    func testTOMLsOwnMessagesAreOnOneLine() {
        let problems = apply("color = tru\n").1
        XCTAssertEqual(problems.count, 1)
        XCTAssertFalse(problems[0].formatted.unicodeScalars.contains { $0.value < 0x20 }, problems[0].formatted.debugDescription)
        XCTAssertTrue(problems[0].message.contains("\u{240A}"), problems[0].message)
    }

    /// Where the same text is not a value it is no date, and toml++ reads it: in a string, a
    /// comment, a key; a date and time with its time, with a T or a t, is a date and time.
    func testTheTextOfADateWithoutItsTimeIsReadWhereItIsNoValue() {
        XCTAssertEqual(apply("lang = \"2016-10-03Tx:\" # 2016-10-03Tx:\n").1.map(\.formatted),
                       ["config.toml:1: error: lang: expected \"fr\" or \"en\", found the string \"2016-10-03Tx:\""])
        XCTAssertEqual(apply("2016-10-03Tx = 1\n").1.map(\.formatted).first?.contains("unknown key"), true)
        XCTAssertEqual(apply("mouse = 2016-10-03t08:00:00\n").1.map(\.formatted),
                       ["config.toml:1: error: mouse: expected true or false, found a date or time"])
        // Lines counted through a multi-line string and its line-ending backslash.
        XCTAssertEqual(apply("a = \"\"\"x\\\ny\"\"\"\nb = 2016-10-03Tx\n").1.map(\.formatted),
                       ["config.toml:3:15: error: this is not TOML: expected a time (HH:MM:SS) after the 'T' of the date and time 2016-10-03Tx, saw 'x'"])
        for text in ["a = [2016-10-03Tx:00]", "a = { b = 2016-10-03T:00 }", "a = [1,\n 2016-10-03t]", "a = 2016-10-03T"] {
            let problems = apply(text).1
            XCTAssertEqual(problems.count, 1, text)
            XCTAssertTrue(problems.first?.message.hasPrefix("this is not TOML: ") == true, "\(text): \(problems)")
        }
    }

    func testATableIsAnUnknownKeyAtItsHeader() {
        XCTAssertEqual(apply("lang = \"en\"\n\n[explorer]\nmouse = false\n").1.map(\.formatted),
                       ["config.toml:3: error: explorer: unknown key; the keys are lang, order, width, mouse, color, bom"])
    }

    func testTheFileWinsOverTheEnvironment() {
        let (preferences, _) = apply("lang = \"en\"\ncolor = true\n", environment: ["LANG": "fr_CA.UTF-8", "NO_COLOR": "1"])
        XCTAssertEqual(preferences.lang.value, .en)
        XCTAssertEqual(preferences.color.value, true)
        let (environmentOnly, _) = apply("", environment: ["LANG": "fr_CA.UTF-8", "NO_COLOR": "1"])
        XCTAssertEqual(environmentOnly.lang.value, .fr)
        XCTAssertEqual(environmentOnly.lang.origin, .environment("LANG=fr_CA.UTF-8"))
        XCTAssertEqual(environmentOnly.color.value, false)
        // NO_COLOR set but empty does not count (no-color.org).
        XCTAssertEqual(apply("", environment: ["NO_COLOR": ""]).0.color.value, true)
    }

    func testTheFileIsLookedForWhereXDGSays() {
        XCTAssertEqual(PreferencesFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/roadmap/config.toml")
        XCTAssertEqual(PreferencesFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/roadmap/config.toml")
        XCTAssertEqual(PreferencesFile.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]), "/h/.config/roadmap/config.toml")
        XCTAssertNil(PreferencesFile.path(environment: [:]))
    }

    // MARK: - The commands

    func testConfigShowsWhereEachSettingComesFrom() throws {
        try write("lang = \"fr\"\nwidth = 140\n")
        let output = try run(["config", "--no-mouse"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(output.status, 0, output.stderrText)
        let lines = output.stdoutText.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        XCTAssertEqual(Array(lines.prefix(6)), [
            "lang fr file \(configPath):1",
            "order file default",
            "width 140 file \(configPath):2",
            "mouse false command line (--no-mouse)",
            "color false environment (NO_COLOR=1)",
            "bom false default",
        ])
        XCTAssertEqual(lines.last, "configuration file: \(configPath)")
        XCTAssertEqual(try run(["config", "--path"]).stdoutText, configPath + "\n")
    }

    func testThePreferencesChangeWhatTheCommandsDoAndFlagsWin() throws {
        let shipped = TerminalTestCase.shipped.path
        try write("lang = \"fr\"\nwidth = 60\nbom = true\n")
        let text = try run(["export", shipped, "--format", "text"])
        XCTAssertEqual(text.status, 0, text.stderrText)
        XCTAssertEqual(text.stdoutText.split(separator: "\n").map { TextWidth.of(String($0)) }.max(), 60, "width 60 from the file")
        XCTAssertTrue(text.stdoutText.contains("Feuille de route") || text.stdoutText.contains("Activité"), "French from the file:\n\(text.stdoutText.prefix(400))")
        let english = try run(["export", shipped, "--format", "text", "--lang", "en", "--width", "80"])
        XCTAssertEqual(english.stdoutText.split(separator: "\n").map { TextWidth.of(String($0)) }.max(), 80, "the flag wins")
        let csv = try run(["export", shipped, "--format", "csv"])
        XCTAssertEqual(Array(csv.stdout.prefix(3)), [0xEF, 0xBB, 0xBF], "bom = true begins a CSV with a byte order mark")
        let noBom = try run(["export", shipped, "--format", "csv", "--no-bom"])
        XCTAssertNotEqual(Array(noBom.stdout.prefix(3)), [0xEF, 0xBB, 0xBF], "--no-bom wins over the file")
        let json = try run(["export", shipped, "--format", "json"])
        XCTAssertEqual(json.status, 0, "the file's bom applies to CSV only, so JSON is not refused: \(json.stderrText)")
        XCTAssertEqual(json.stdout.first, UInt8(ascii: "{"))
    }

    func testABadFileStopsEveryCommand() throws {
        try write("lang = \"fr\"\ncolour = true\n")
        for arguments in [["export", "--format", "csv"], ["schedule"], ["summary"], ["config"]] {
            let output = try run(arguments)
            XCTAssertEqual(output.status, 1, "\(arguments)")
            XCTAssertEqual(output.stdout.count, 0, "\(arguments): nothing is written")
            XCTAssertTrue(output.stderrText.hasPrefix("\(configPath):2: error: colour: unknown key (did you mean color?)"), output.stderrText)
        }
        // diff(1): trouble is 2.
        XCTAssertEqual(try run(["diff", TerminalTestCase.minimal.path, TerminalTestCase.minimal.path]).status, 2)
        try write("width = [\n")
        let broken = try run(["config"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderrText.hasPrefix("\(configPath):"), broken.stderrText)
        XCTAssertTrue(broken.stderrText.contains("this is not TOML"), broken.stderrText)
    }

    func testAnUnreadableFileIsAnErrorNotIgnored() throws {
        try FileManager.default.createDirectory(atPath: configPath, withIntermediateDirectories: true)
        let output = try run(["config"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderrText.hasPrefix("\(configPath): error: is a folder"), output.stderrText)
    }
}

