import XCTest
import RoadmapModel
@testable import RoadmapViews

/// `MarkdownText.cell` works on the text's bytes; it is compared here with escaping it scalar
/// by scalar (the code it replaced, kept as the reference), on texts of every special
/// character, line break and script.
final class MarkdownCellTests: XCTestCase {
    private static func reference(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in Sanitized.text(text).unicodeScalars {
            switch scalar {
            case "\n": if !afterCR { result.append(" ") }
            case "\r", "\u{2028}", "\u{2029}": result.append(" ")
            case "\\", "|", "`", "*", "_", "[", "]", "<": result.append("\\"); result.append(scalar)
            default: result.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        return String(result)
    }

    private static let pieces = TextWrapTests.pieces + ["|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "\u{2028}", "\u{2029}",
                                                         "\u{2027}", "\u{E2}", "a|b", "\r\n", "\n\r", "x\u{2029}y", "—"]

    func testEscapingTheBytesGivesTheScalarsEscaped() {
        var generator = SystemRandomNumberGenerator()
        var unchanged = 0
        for _ in 0..<6000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let cell = MarkdownText.cell(text)
            XCTAssertEqual(Array(cell.unicodeScalars), Array(Self.reference(text).unicodeScalars), text.debugDescription)
            if cell == Sanitized.text(text) { unchanged += 1 }
        }
        // Texts with nothing to escape, returned as they are, and texts escaped: both seen.
        XCTAssertGreaterThan(unchanged, 300)
        XCTAssertLessThan(unchanged, 5700)
    }
}
