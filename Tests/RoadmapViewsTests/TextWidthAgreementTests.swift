import Foundation
import XCTest
@testable import RoadmapViews

/// TextWidth must measure text as terminals do, or a line overflows its width on screen. The
/// reference is Python's `wcwidth` package (`wcswidth`, grapheme-aware since 0.3), run from
/// here through python3 from PATH, which scripts/test makes the environment scripts/bootstrap
/// installs the pinned version into (scripts/test-requirements.txt). Without python3, without
/// wcwidth, or with another version of it, the tests fail and say which: a skip would hide a
/// disagreement.
final class TextWidthAgreementTests: XCTestCase {
    /// The version scripts/wide_table.py generated WideCharacters from: the scalar-by-scalar
    /// comparison expects it exactly (another version may know other characters).
    static let tableVersion = "0.7.0"

    /// Clusters of every kind that tripped a measure up once: flags and a lone regional
    /// indicator, ZWJ sequences longer than ncurses' five characters per cell, skin tones,
    /// keycaps, text and emoji presentation selectors (VS15, VS16), East Asian wide and
    /// halfwidth forms, combining marks stacked or alone, Hangul jamo, scripts with spacing
    /// marks and conjuncts, format characters.
    static let corpus: [String] = [
        "🇨🇦", "🇫🇷🇨🇦", "🇨", "🇨🇦🇫", "a🇨b",
        "👨\u{200D}👩\u{200D}👧\u{200D}👦", "👩\u{200D}❤\u{FE0F}\u{200D}💋\u{200D}👨",
        "🧑🏻\u{200D}🤝\u{200D}🧑🏼", "🏳\u{FE0F}\u{200D}🌈", "🏴\u{200D}☠\u{FE0F}", "👁\u{FE0F}\u{200D}🗨\u{FE0F}",
        "👍🏽", "👋🏿 ok", "🏽", "👍🏽🏽",
        "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "*\u{FE0F}\u{20E3}", "1\u{20E3}",
        "❤\u{FE0F}", "❤", "☺\u{FE0F}", "⌚\u{FE0E}", "⌚", "✈\u{FE0F}", "©\u{FE0F}", "©", "™\u{FE0F}", "A\u{FE0F}",
        "漢字", "日本語テキスト", "ｱｲｳ", "ＡＢＣ", "한국어", "〈〉", "㐀", "𠀀",
        "e\u{301}", "e\u{302}\u{301}", "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", "\u{301}", "Strate\u{301}gie",
        "\u{1100}\u{1161}\u{11A8}", "\u{1100}\u{1161}", "\u{1100}", "\u{1161}", "\u{1100}\u{1100}\u{1161}",
        "Stratégie numérique", "« citation »", "—", "…", "€", "a\u{200B}b", "co\u{AD}op", "\u{2060}",
        "مرحبا", "שָׁלוֹם", "ภาษาไทย", "हिन्दी", "क्षत्रिय", "कि", "தமிழ்", "\u{600}١٢٣",
        "😀🚀", "🫨", "a😀b", "│─┼█▒·┈◆▸", "␛�",
    ]

    /// Where we differ on purpose, with wcswidth's answer and ours. A ZWJ joins emoji, not
    /// letters: wcswidth skips whatever follows a ZWJ, but a terminal draws the b. A control
    /// makes wcswidth give up (-1); here it takes no column, and it never reaches a screen
    /// (Sanitized replaces it with a visible placeholder first).
    static let deliberate: [(text: String, wcswidth: Int, ours: Int)] = [
        ("a\u{200D}b", 1, 2),
        ("\u{1B}", -1, 0),
    ]

    /// wcswidth of each string, by the pinned wcwidth; throws (failing the test) when the
    /// reference cannot run or is another version.
    private func reference(_ texts: [String]) throws -> [Int] {
        let script = """
            import json, sys
            try:
                import wcwidth
            except ImportError:
                print("NO-WCWIDTH"); sys.exit(0)
            if wcwidth.__version__ != sys.argv[1]:
                print("VERSION " + wcwidth.__version__); sys.exit(0)
            print(json.dumps([wcwidth.wcswidth(t) for t in json.load(sys.stdin)]))
            """
        let input = try JSONSerialization.data(withJSONObject: texts)
        let output = try python(script, input: input, arguments: [Self.tableVersion])
        let text = String(decoding: output, as: UTF8.self)
        try Self.refuseAnotherReference(text)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: output) as? [Int], text)
    }

    func testTheCorpusMeasuresAsWcswidthMeasuresIt() throws {
        let expected = try reference(Self.corpus)
        var differences: [String] = []
        for (text, width) in zip(Self.corpus, expected) where TextWidth.of(text) != width {
            let scalars = text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            differences.append("\(text) [\(scalars)]: wcswidth \(width), TextWidth \(TextWidth.of(text))")
        }
        XCTAssertEqual(differences, [], differences.joined(separator: "\n"))
    }

    func testTheDeliberateDifferencesAreStillTheOnlyOnes() throws {
        let expected = try reference(Self.deliberate.map(\.text))
        for (case_, width) in zip(Self.deliberate, expected) {
            XCTAssertEqual(width, case_.wcswidth, "wcswidth changed its mind on \(case_.text.debugDescription)")
            XCTAssertEqual(TextWidth.of(case_.text), case_.ours, case_.text.debugDescription)
        }
    }

    /// Every scalar on its own against wcwidth(), C0 and C1 controls aside (-1 there, 0 here).
    func testEveryScalarMeasuresAsWcwidthMeasuresIt() throws {
        let script = """
            import sys
            try:
                import wcwidth
            except ImportError:
                print("NO-WCWIDTH"); sys.exit(0)
            if wcwidth.__version__ != sys.argv[1]:
                print("VERSION " + wcwidth.__version__); sys.exit(0)
            out = bytearray()
            for cp in range(0x110000):
                out.append(0 if 0xD800 <= cp <= 0xDFFF else wcwidth.wcwidth(chr(cp)) + 1)
            sys.stdout.buffer.write(out)
            """
        let output = try python(script, input: Data(), arguments: [Self.tableVersion])
        try Self.refuseAnotherReference(String(decoding: output.prefix(40), as: UTF8.self))
        XCTAssertEqual(output.count, 0x110000)
        var differences: [String] = []
        for (value, byte) in output.enumerated() {
            guard let scalar = Unicode.Scalar(UInt32(value)), byte > 0 else { continue }
            let expected = Int(byte) - 1
            let ours = TextWidth.of(scalar)
            if expected == -1 && ours == 0 { continue }
            if expected != ours { differences.append("U+\(String(value, radix: 16, uppercase: true)): wcwidth \(expected), TextWidth \(ours)") }
        }
        XCTAssertEqual(differences.count, 0, "\(differences.count) scalars differ; the first: \(differences.prefix(40).joined(separator: "; "))")
    }

    struct ReferenceMissing: Error, CustomStringConvertible { let description: String }

    /// The reference must be the pinned wcwidth: without it there is nothing to compare with,
    /// and another version may know other characters. Both are failures, never skips.
    static func refuseAnotherReference(_ head: String) throws {
        if head.hasPrefix("NO-WCWIDTH") {
            throw ReferenceMissing(description: "Python's wcwidth is not installed for the python3 on PATH: run scripts/bootstrap, "
                                   + "and put .build-tools/python/bin first on PATH (scripts/test does)")
        }
        if head.hasPrefix("VERSION") {
            let found = head.dropFirst(8).prefix { !$0.isNewline }
            throw ReferenceMissing(description: "wcwidth \(found) is installed, not \(tableVersion), the version WideCharacters was "
                                   + "generated from (scripts/wide_table.py) and scripts/test-requirements.txt pins: run scripts/bootstrap")
        }
    }

    /// python3 from PATH (scripts/test puts the pinned environment first), `script` given
    /// `input` on its standard input; throws when python3 cannot be run or fails.
    private func python(_ script: String, input: Data, arguments: [String] = []) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let inputURL = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-width-\(UUID().uuidString)")
        let outputURL = inputURL.appendingPathExtension("out")
        try input.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: inputURL)
            try? FileManager.default.removeItem(at: outputURL)
        }
        let stdin = try FileHandle(forReadingFrom: inputURL), stdout = try FileHandle(forWritingTo: outputURL)
        process.standardInput = stdin
        process.standardOutput = stdout
        let errorURL = inputURL.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let stderr = try FileHandle(forWritingTo: errorURL)
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try? stdin.close()
        try? stdout.close()
        try? stderr.close()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw ReferenceMissing(description: process.terminationStatus == 127
                ? "python3 is not on PATH: no reference to compare TextWidth with (scripts/bootstrap installs it)"
                : "python3 exited with \(process.terminationStatus): \(said)")
        }
        return try Data(contentsOf: outputURL)
    }
}
