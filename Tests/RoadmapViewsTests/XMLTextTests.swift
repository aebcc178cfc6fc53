import XCTest
import RoadmapModel
@testable import RoadmapViews

/// `XMLText.append` escapes a text in one pass over its bytes and sanitizes only a text that
/// needs it; compared here with sanitizing first and escaping scalar by scalar (the reference),
/// on texts of every special, control, bidirectional override, noncharacter and script.
final class XMLTextTests: XCTestCase {
    private static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;",
                                                             "\u{FFFE}": "\u{FFFD}", "\u{FFFF}": "\u{FFFD}"]

    private static func reference(_ text: String) -> String {
        Sanitized.text(text).unicodeScalars.map { entities[$0] ?? String($0) }.joined()
    }

    private static let pieces = TextWrapTests.pieces + ["&", "<", ">", "\"", "'", "]]>", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{202E}",
                                                         "\u{2066}", "\u{2069}", "\u{202A}", "\u{2029}", "\u{9F}", "\u{A0}", "\u{0}", "\t", "é"]

    func testOnePassGivesTheSanitizedTextEscaped() {
        var generator = SystemRandomNumberGenerator()
        var sanitized = 0
        for _ in 0..<6000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            var out: [UInt8] = [0x3C, 0x61, 0x3E]
            XMLText.append(text, to: &out)
            XCTAssertEqual(String(decoding: out.dropFirst(3), as: UTF8.self), Self.reference(text), text.debugDescription)
            XCTAssertEqual(out.prefix(3), [0x3C, 0x61, 0x3E], "what was written before stays")
            if Sanitized.text(text) != text { sanitized += 1 }
        }
        // Texts sanitized first and texts escaped in the one pass: both seen.
        XCTAssertGreaterThan(sanitized, 1000)
        XCTAssertLessThan(sanitized, 5000)
    }
}
