import XCTest
@testable import RoadmapViews

/// The words of a paragraph as the wrapping on Strings cut them, for the references here and in
/// ChartWrapTests: at its spaces (U+0020, found as bytes, so a space a mark follows cuts too),
/// empty pieces left out.
func referenceWords(_ text: Substring) -> [Substring] {
    var result: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex, i = start
    while i != utf8.endIndex {
        if utf8[i] == 0x20 {
            if start != i { result.append(text[start..<i]) }
            start = utf8.index(after: i)
        }
        i = utf8.index(after: i)
    }
    if start != utf8.endIndex { result.append(text[start..<utf8.endIndex]) }
    return result
}

/// `TextWidth.wrap` works on the text's bytes; these compare it with wrapping the words as
/// Strings (the code it replaced, kept here as the reference), on texts of every kind of
/// word, space, French punctuation, line break and cluster, at every width.
final class TextWrapTests: XCTestCase {
    /// Wrapping as it was done on Strings: the reference.
    private static func reference(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for whole in unbreakable(referenceWords(paragraph).map(String.init)) {
                var word = whole
                var w = TextWidth.of(word)
                if w > width {
                    let pieces = TextWidth.broken(whole, to: width)
                    if used > 0 { lines.append(line) }
                    lines += pieces.dropLast()
                    word = pieces.last ?? ""
                    w = TextWidth.of(word)
                    (line, used) = ("", 0)
                }
                if used == 0 {
                    (line, used) = (word, w)
                } else if used + 1 + w <= width {
                    line += " " + word
                    used += 1 + w
                } else {
                    lines.append(line)
                    (line, used) = (word, w)
                }
            }
            lines.append(line)
        }
        return lines
    }

    private static func unbreakable(_ words: [String]) -> [String] {
        var tokens: [String] = []
        var opening: String?
        for var word in words {
            if let open = opening {
                word = open + " " + word
                opening = nil
            }
            // The first byte, as the code it replaced looked at it.
            let closing = [UInt8(0x3A), 0x3B, 0x21, 0x3F].contains(word.utf8.first ?? 0) || word.utf8.starts(with: [0xC2, 0xBB])
            if word.utf8.elementsEqual([0xC2, 0xAB]) {
                opening = word
            } else if closing, let last = tokens.indices.last, word.allSatisfy({ ":;!?».,)".contains($0) }) {
                tokens[last] += " " + word
            } else {
                tokens.append(word)
            }
        }
        if let open = opening { tokens.append(open) }
        return tokens
    }

    static let pieces = [
        "Stratégie", "numérique", "a", "de", " ", "  ", " ", "«", "»", "« oui »", ":", ";", "!", "?", "!?", "».", "),", ")",
        ":x", "?!\u{301}", "\n", "\r\n", "\r", "\u{1}", "\u{7F}", "\u{85}", "数字政府路线图", "クラウド基盤", "개방형", "👩🏽‍💻",
        "🇨🇦", "1️⃣", "❤\u{FE0F}", "e\u{301}", "\u{301}", "क्ष", "\u{903}", "ก\u{E33}", "\u{1100}\u{1161}", "ｶﾞ",
        "—", "’", "Ж", "א", "supercalifragilisticexpialidocious", "très-long-mot-composé-sans-espace",
        "\u{600}1", "\u{200D}", "\u{1F3FB}", "x\u{200B}y",
    ]

    func testWrappingTheBytesGivesTheLinesOfWrappingTheWords() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<6000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let width = round < 200 ? 1 + round % 4 : Int.random(in: 1...30, using: &generator)
            XCTAssertEqual(TextWidth.wrap(text, to: width), Self.reference(text, to: width), "\(text.debugDescription) at \(width)")
        }
    }

    func testEveryPieceAloneAndBetweenWordsAtEveryWidth() {
        for piece in Self.pieces {
            for text in [piece, "mot " + piece, piece + " mot", "un " + piece + " deux " + piece + " trois"] {
                for width in 0...12 {
                    XCTAssertEqual(TextWidth.wrap(text, to: width), Self.reference(text, to: width), "\(text.debugDescription) at \(width)")
                }
            }
        }
    }

    /// Trailing spaces are Characters " ": a space a mark joins, or one a prepended sign
    /// holds, is not one of them.
    func testTrailingSpacesAreTrimmedAsCharacters() {
        let cases: [(String, String)] = [("", ""), ("   ", ""), ("a", "a"), ("a  ", "a"), (" a b ", " a b"), ("数字 ", "数字"),
                                         ("a \u{301}", "a \u{301}"), ("a\u{600} ", "a\u{600} "), ("a\u{600}  ", "a\u{600} "), ("👩‍💻 ", "👩‍💻")]
        for (text, trimmed) in cases {
            XCTAssertEqual(Array(text.trimmingTrailingSpaces.unicodeScalars), Array(trimmed.unicodeScalars), text.debugDescription)
            XCTAssertEqual(Array(text.trimmingTrailingSpaces.unicodeScalars), Array(String(text.reversed().drop { $0 == " " }.reversed()).unicodeScalars))
        }
    }

    /// A few long texts go to every processor as a few thousand short ones do.
    func testWrappingGoesParallelByBytesAsWellAsByCount() {
        XCTAssertEqual(ParallelRows.parallelFrom(texts: Array(repeating: "short", count: 100)), ParallelRows.parallelFrom)
        XCTAssertEqual(ParallelRows.parallelFrom(texts: Array(repeating: String(repeating: "x", count: 2000), count: 200)), 2)
    }

    /// A word broken on its bytes gives the pieces breaking its Characters gives; one whose
    /// scalars do not all stand alone is left to the Characters, with nothing changed.
    func testBreakingTheBytesGivesThePiecesOfBreakingTheCharacters() {
        var generator = SystemRandomNumberGenerator()
        var alone = 0
        for _ in 0..<6000 {
            var word = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 1...12, using: &generator)
            let standsAlone = word.unicodeScalars.allSatisfy { TextWidth.standsAlone($0.value, TextWidth.of($0)) }
            if standsAlone { alone += 1 }
            var pieces = ["before"], last: [UInt8] = [0x78]
            let broken = word.withUTF8 { TextWidth.breakAlone($0, to: width, into: &pieces, last: &last) }
            XCTAssertEqual(broken != nil, standsAlone, "the bytes break exactly the words whose scalars stand alone: \(word.debugDescription)")
            if let columns = broken {
                let whole = TextWidth.broken(word, to: width)
                XCTAssertEqual(pieces + (last.isEmpty ? [] : [String(decoding: last, as: UTF8.self)]), ["before"] + whole, "\(word.debugDescription) at \(width)")
                XCTAssertEqual(columns, TextWidth.of(whole.last ?? ""), "\(word.debugDescription) at \(width)")
            } else {
                XCTAssertEqual(pieces, ["before"], "nothing added: \(word.debugDescription)")
                XCTAssertEqual(last, [0x78], "nothing changed: \(word.debugDescription)")
            }
        }
        // The words the bytes break themselves, not only those handed to the Characters.
        XCTAssertGreaterThan(alone, 300)
    }

    /// Measuring the bytes gives what measuring the String gives.
    func testMeasuringBytesAgreesWithMeasuringTheString() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4000 {
            var text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let byBytes = text.withUTF8 { TextWidth.of($0) }
            XCTAssertEqual(byBytes, TextWidth.of(text), text.debugDescription)
        }
    }
}
