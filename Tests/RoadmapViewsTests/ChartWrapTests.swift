import XCTest
import RoadmapModel
@testable import RoadmapViews

/// `ChartText.wrap` works on the text's bytes; these compare it with wrapping the words as
/// Strings (the code it replaced, kept here as the reference), on texts of every kind of word,
/// space, line break and cluster, at widths from a letter to a line.
final class ChartWrapTests: XCTestCase {
    private static func reference(_ text: String, to width: Double, size: Double, bold: Bool) -> [String] {
        let room = max(width, size)
        let space = ChartText.width(" ", size: size, bold: bold)
        var lines: [String] = []
        let clean = Sanitized.text(text.utf8.contains(0x0D) ? text.filter { $0 != "\r" && $0 != "\r\n" } : text)
        let paragraphs = clean.utf8.contains(0x0A) ? clean.split(separator: "\n", omittingEmptySubsequences: false) : [clean[...]]
        for paragraph in paragraphs {
            var line = ""
            var used = 0.0
            func place<Word: StringProtocol>(_ word: Word, _ w: Double) {
                if line.isEmpty {
                    (line, used) = (String(word), w)
                } else if used + space + w <= room {
                    line += " "
                    line += word
                    used += space + w
                } else {
                    lines.append(line)
                    (line, used) = (String(word), w)
                }
            }
            for word in referenceWords(paragraph) {
                let w = ChartText.width(word, size: size, bold: bold)
                guard w > room else { place(word, w); continue }
                // Breaking a word too wide is the same code on both sides.
                for (piece, pieceWidth) in ChartText.pieces(of: word, room: room, size: size, bold: bold) { place(piece, pieceWidth) }
            }
            lines.append(line)
        }
        return lines
    }

    private static let pieces = [
        "Stratégie", "numérique", "a", "de", " ", "  ", "«", "»", "—", "’", "…", "\n", "\r\n", "\r", "\u{1}", "\u{85}",
        "数字政府路线图", "クラウド基盤", "개방형", "👩🏽‍💻", "🇨🇦", "1️⃣", "❤\u{FE0F}", "e\u{301}", " \u{301}x", "\u{301}",
        "क्ष", "\u{903}", "ก\u{E33}", "ｶﾞ", "Ж", "א", "supercalifragilisticexpialidocious", "WWWWWWWWWWWW", "→", "◆", "\u{200D}",
    ]

    func testWrappingTheBytesGivesTheLinesOfWrappingTheWords() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let width = Double(Int.random(in: 1...400, using: &generator))
            let size = [9.0, 11.0, 12.5][Int.random(in: 0...2, using: &generator)]
            let bold = Bool.random(using: &generator)
            XCTAssertEqual(ChartText.wrap(text, to: width, size: size, bold: bold), Self.reference(text, to: width, size: size, bold: bold),
                           "\(text.debugDescription) in \(width) at \(size)\(bold ? " bold" : "")")
        }
    }

    /// A text is as wide as its characters' advances, however it is cut into scalars that
    /// stand alone and runs that join.
    func testAWidthIsTheSumOfTheCharactersAdvances() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for bold in [false, true] {
                let advances = text.reduce(0) { $0 + ChartText.advance($1, bold: bold) }
                XCTAssertEqual(ChartText.width(text, size: 12, bold: bold), Double(advances) * 12 / 1000, text.debugDescription)
            }
        }
    }

    /// Measuring the bytes gives what measuring the String gives.
    func testMeasuringBytesAgreesWithMeasuringTheString() {
        for piece in Self.pieces {
            for text in [piece, "x" + piece, piece + piece, "Démarche" + piece + "数"] {
                var bytes = text
                let byBytes = bytes.withUTF8 { ChartText.width(utf8: $0, size: 12, bold: false) }
                XCTAssertEqual(byBytes, ChartText.width(text, size: 12), text.debugDescription)
            }
        }
    }
}
