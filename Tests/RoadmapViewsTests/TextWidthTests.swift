import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Columns as a terminal counts them, whatever the locale the tests run under.
final class TextWidthTests: XCTestCase {
    func testAccentedLettersTakeOneColumnHoweverTheyAreWritten() {
        XCTAssertEqual(TextWidth.of("é"), 1, "precomposed U+00E9")
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1, "e + combining acute U+0301")
        XCTAssertEqual(TextWidth.of("Stratégie"), 9)
        XCTAssertEqual(TextWidth.of("Strate\u{301}gie"), 9)
        XCTAssertEqual(TextWidth.of("\u{301}" as Unicode.Scalar), 0, "a combining mark alone takes no column")
    }

    func testEastAsianCharactersAndEmojiTakeTwoColumns() {
        XCTAssertEqual(TextWidth.of("漢"), 2)
        XCTAssertEqual(TextWidth.of("漢字"), 4)
        XCTAssertEqual(TextWidth.of("한"), 2)
        XCTAssertEqual(TextWidth.of("ｱ"), 1, "halfwidth katakana is narrow")
        XCTAssertEqual(TextWidth.of("Ａ"), 2, "fullwidth Latin is wide")
        XCTAssertEqual(TextWidth.of("😀"), 2)
        XCTAssertEqual(TextWidth.of("🚀"), 2)
        XCTAssertEqual(TextWidth.of("❤\u{FE0F}"), 2, "emoji presentation selector")
    }

    /// Clusters measured whole, as terminals draw them (TextWidthAgreementTests checks the
    /// same against Python's wcwidth when it is installed; these hold without it).
    func testEmojiClustersTakeTwoColumns() {
        XCTAssertEqual(TextWidth.of("🇨🇦"), 2, "a flag: a pair of regional indicators")
        XCTAssertEqual(TextWidth.of("🇨🇦🇫🇷"), 4)
        XCTAssertEqual(TextWidth.of("🇨"), 2, "a lone regional indicator")
        XCTAssertEqual(TextWidth.of("👨\u{200D}👩\u{200D}👧\u{200D}👦"), 2, "a ZWJ family of seven scalars")
        XCTAssertEqual(TextWidth.of("👍🏽"), 2, "a skin tone joins its emoji")
        XCTAssertEqual(TextWidth.of("1\u{FE0F}\u{20E3}"), 2, "a keycap")
        XCTAssertEqual(TextWidth.of("1\u{20E3}"), 1, "a keycap without the emoji selector stays text")
        XCTAssertEqual(TextWidth.of("⌚\u{FE0E}"), 2, "VS15 does not narrow a wide emoji")
        XCTAssertEqual(TextWidth.of("\u{1100}\u{1161}\u{11A8}"), 2, "Hangul jamo: the vowel and final join the leading consonant")
        XCTAssertEqual(TextWidth.of("कि"), 2, "a Devanagari spacing vowel sign adds a column")
        XCTAssertEqual(TextWidth.of("\u{1B}"), 0, "a control takes no column")
    }

    func testBoxDrawingAndTheViewsMarksTakeOneColumn() {
        for mark in ["│", "─", "┼", "┤", "█", "▒", "·", "┈", "◆", "▸", "…", "—", "–", "’", "«", "»", "␛", "�"] {
            XCTAssertEqual(TextWidth.of(mark), 1, mark)
        }
    }

    func testControlCharactersTakeNoColumn() {
        XCTAssertEqual(TextWidth.of("\u{1B}" as Unicode.Scalar), 0)
        XCTAssertEqual(TextWidth.of("\u{9B}" as Unicode.Scalar), 0)
        XCTAssertEqual(TextWidth.of("\u{200B}" as Unicode.Scalar), 0, "zero-width space")
    }

    func testTruncateCutsWithAnEllipsisWithinTheWidth() {
        XCTAssertEqual(TextWidth.truncate("Socialize the strategy", to: 10), "Socialize…")
        XCTAssertEqual(TextWidth.truncate("short", to: 10), "short", "what fits is left alone")
        XCTAssertEqual(TextWidth.truncate("exactly", to: 7), "exactly")
        XCTAssertEqual(TextWidth.truncate("abc", to: 1), "…")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(TextWidth.truncate("Faire connaître", to: 8), "Faire c…")
        XCTAssertEqual(TextWidth.truncate("Strate\u{301}gie nationale", to: 8), "Strate\u{301}g…", "a combining mark stays with its letter")
    }

    func testTruncateNeverSplitsOrOverflowsAWideCharacter() {
        XCTAssertEqual(TextWidth.truncate("漢字漢字", to: 5), "漢字…")
        XCTAssertEqual(TextWidth.truncate("漢字漢字", to: 4), "漢…", "a wide character that does not fit before the … is dropped")
        XCTAssertEqual(TextWidth.truncate("漢字漢字", to: 8), "漢字漢字")
        XCTAssertEqual(TextWidth.truncate("a😀b😀", to: 4), "a😀…")
        for width in 0...10 {
            for text in ["漢字漢字漢字", "a漢b字c", "😀😀😀😀", "é\u{301}e\u{301}é"] {
                XCTAssertLessThanOrEqual(TextWidth.of(TextWidth.truncate(text, to: width)), width, "\(text) to \(width)")
            }
        }
    }

    func testPadGivesExactlyTheWidth() {
        XCTAssertEqual(TextWidth.pad("é", to: 3), "é  ")
        XCTAssertEqual(TextWidth.pad("e\u{301}", to: 3), "e\u{301}  ")
        XCTAssertEqual(TextWidth.pad("漢", to: 4), "漢  ")
        XCTAssertEqual(TextWidth.pad("漢字漢字", to: 4), "漢… ", "cut, then padded to the exact width")
        XCTAssertEqual(TextWidth.pad("abcdef", to: 4), "abc…")
        for width in 0...10 {
            for text in ["", "é", "漢字漢字漢字", "a漢b字c", "😀😀😀😀", "Cloud"] {
                XCTAssertEqual(TextWidth.of(TextWidth.pad(text, to: width)), width, "\(text) to \(width)")
            }
        }
    }

    func testWrapKeepsEveryLineWithinTheWidth() {
        XCTAssertEqual(TextWidth.wrap("Faire connaître la stratégie", to: 12), ["Faire", "connaître la", "stratégie"])
        XCTAssertEqual(TextWidth.wrap("漢字 漢字 漢字", to: 9), ["漢字 漢字", "漢字"])
        // A word longer than a line is broken, never cut: a wrapped text loses no letter.
        XCTAssertEqual(TextWidth.wrap("supercalifragilistic", to: 6), ["superc", "alifra", "gilist", "ic"])
        XCTAssertEqual(TextWidth.wrap("a 漢字漢字漢字 b", to: 5), ["a", "漢字", "漢字", "漢字", "b"])
        XCTAssertEqual(TextWidth.wrap("Cadre supercalifragilistic", to: 8), ["Cadre", "supercal", "ifragili", "stic"])
    }

    /// French sets a space before : ; ! ? » and after «, and a line never begins with the
    /// former nor ends with the latter.
    func testWrapKeepsFrenchPunctuationWithItsWord() {
        XCTAssertEqual(TextWidth.wrap("Valeur inférée : colonne déduite", to: 15), ["Valeur", "inférée :", "colonne déduite"])
        XCTAssertEqual(TextWidth.wrap("le groupe « x » perdu", to: 11), ["le groupe", "« x » perdu"])
        XCTAssertEqual(TextWidth.wrap("Pourquoi ? Parce que", to: 10), ["Pourquoi ?", "Parce que"])
        XCTAssertEqual(TextWidth.wrap("dit « oui »", to: 6), ["dit", "« oui", "»"], "a group too long for a line is broken like a word")
        let text = "Conseil : groupe placé avec « ceux » du Conseil ; lecture faible ! Évaluation : deux"
        for width in 1...30 {
            let lines = TextWidth.wrap(text, to: width)
            XCTAssertEqual(lines.joined().filter { $0 != " " }, text.filter { $0 != " " }, "at \(width): every letter, in order")
            for line in lines {
                XCTAssertLessThanOrEqual(TextWidth.of(line), width)
                // Where every group fits on a line (« ceux » and Évaluation : are the longest),
                // none is broken, and French punctuation stays with its word.
                guard width >= 12 else { continue }
                XCTAssertFalse(line.first.map { ":;!?»".contains($0) } ?? false, "at \(width): \(line)")
                XCTAssertFalse(line.hasSuffix("«"), "at \(width): \(line)")
            }
        }
    }

    /// A canvas keeps columns aligned: a wide character takes its cell and the next, which is
    /// left empty; one that does not fit at the edge is not drawn half.
    func testCanvasPlacesWideCharactersOnTwoCells() {
        var canvas = Canvas(width: 6, height: 1)
        XCTAssertEqual(canvas.put("漢x字", x: 0, y: 0), 5)
        XCTAssertEqual((0..<6).map { canvas[$0, 0].text }, ["漢", "", "x", "字", "", " "])
        XCTAssertEqual(canvas.line(0), "漢x字")

        var edge = Canvas(width: 5, height: 1)
        edge.put("ab", x: 0, y: 0)
        XCTAssertEqual(edge.put("漢字", x: 2, y: 0), 3)
        XCTAssertEqual(edge.line(0), "ab漢…")
        XCTAssertEqual(TextWidth.of(edge.line(0)), 5)

        // A cluster wider than two columns covers all its cells, and one that does not fit
        // before the edge is not drawn.
        var hangul = Canvas(width: 8, height: 1)
        hangul.fill(".", x: 0, y: 0, count: 8)
        XCTAssertEqual(hangul.put("\u{1100}\u{1100}\u{1161}xyz", x: 0, y: 0), 7)
        XCTAssertEqual((0..<8).map { hangul[$0, 0].text }, ["\u{1100}\u{1100}\u{1161}", "", "", "", "x", "y", "z", "."])
        XCTAssertEqual(TextWidth.of(hangul.line(0)), 8)
        var flags = Canvas(width: 5, height: 1)
        flags.put("🇨🇦🇫🇷🇩🇪", x: 0, y: 0)
        XCTAssertEqual(flags.line(0), "🇨🇦🇫🇷…")
        XCTAssertEqual(TextWidth.of(flags.line(0)), 5)
        var wide = Canvas(width: 5, height: 1)
        wide.fill("漢", x: 0, y: 0, count: 5)
        XCTAssertEqual(wide.line(0), "漢漢", "a wide character fills every other cell, and never half of one")

        var marks = Canvas(width: 4, height: 1)
        XCTAssertEqual(marks.put("e\u{301}te\u{301}", x: 0, y: 0), 3)
        XCTAssertEqual(marks[0, 0].text, "e\u{301}", "the combining mark stays in its letter's cell")
    }
}
