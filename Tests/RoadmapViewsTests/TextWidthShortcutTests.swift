import XCTest
@testable import RoadmapModel
@testable import RoadmapViews

/// The shortcuts that measure and draw text without breaking it into grapheme clusters
/// (a table of the Basic Multilingual Plane's widths, scalar sums, scalars that stand alone,
/// UTF-8 scans) against the rules they shortcut, on every scalar they can meet: each must give
/// what the cluster-by-cluster code gives, or the text export of long names would change.
final class TextWidthShortcutTests: XCTestCase {
    /// Every scalar of the first three planes.
    private static let scalars: [Unicode.Scalar] = (0..<0x3_0000).compactMap { Unicode.Scalar(UInt32($0)) }

    /// The table gives each scalar the width the properties give it.
    func testTheTableAgreesWithTheRuleOnEveryScalar() {
        for scalar in Self.scalars where scalar.value >= 0x300 {
            XCTAssertEqual(TextWidth.of(scalar), TextWidth.measured(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(TextWidth.of("\u{AD}" as Unicode.Scalar), 1, "below U+0300 the rule is the code's own: the soft hyphen shows")
    }

    /// A scalar said to stand alone is a cluster of its own beside any neighbour, as the
    /// standard library breaks clusters, before and after — and so is a run of them.
    func testAScalarThatStandsAloneIsAlwaysAClusterOfItsOwn() {
        let neighbours: [Unicode.Scalar] = ["a", "é", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1F3FB}", "\u{1F1E8}", "\u{1100}",
                                            "\u{AC00}", "\u{600}", "\u{903}", "\u{FF9E}", "中", "😀", "\r", "\n"]
        var standing = 0
        for scalar in Self.scalars where TextWidth.standsAlone(scalar.value, TextWidth.of(scalar)) {
            standing += 1
            for other in neighbours where TextWidth.standsAlone(other.value, TextWidth.of(other)) {
                let pair = String(String.UnicodeScalarView([scalar, other]))
                XCTAssertEqual(pair.count, 2, "U+\(String(scalar.value, radix: 16)) then U+\(String(other.value, radix: 16))")
            }
            // Beside a scalar that joins (a mark, a joiner, a skin tone), the cluster is
            // measured as a whole: such a text never takes the shortcut.
            let text = String(String.UnicodeScalarView([scalar, "\u{301}"]))
            XCTAssertEqual(TextWidth.of(text), text.reduce(0) { $0 + TextWidth.of($1) })
        }
        XCTAssertGreaterThan(standing, 30_000, "the shortcut covers the scripts of the long-names profile")
    }

    /// Texts made of every kind of scalar: the sums, `fit` and the canvas give what cluster by
    /// cluster gives.
    func testTextsMeasureFitAndDrawAsClusterByCluster() {
        let pieces = ["Stratégie", "数字政府", "👩🏽‍💻", "🇨🇦", "e\u{301}", "한", "\u{1100}\u{1161}", "ｶﾞ", "\u{600}1", "क्ष", "ก\u{E33}",
                      "«", "»", "—", " ", "x", "❤\u{FE0F}", "😀", "Ж", "א",
                      // Scalars that join or stand apart at a run's edge (TextWidth.segments).
                      "\u{301}", "x\u{200B}y", "\u{903}", "\u{1F1E8}", "\u{1F3FB}", "\u{200D}", "1\u{FE0F}\u{20E3}", "\u{FE0F}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<6000 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let byClusters = text.reduce(0) { $0 + TextWidth.of($1) }
            XCTAssertEqual(TextWidth.of(text), byClusters, text)
            let width = Int.random(in: 1...20, using: &generator)
            let fitted = TextWidth.fit(text, to: width)
            XCTAssertLessThanOrEqual(fitted.width, width, text)
            XCTAssertEqual(fitted.width, TextWidth.of(fitted.text), text)
            if byClusters <= width { XCTAssertEqual(fitted.text, text) }
            // On a canvas: each cluster in one cell, the cells it covers past the first empty.
            var canvas = Canvas(width: 40, height: 1)
            let used = canvas.put(text, x: 0, y: 0)
            var expected: [String] = []
            for character in text where expected.count + TextWidth.of(character) <= 40 {
                let w = TextWidth.of(character)
                if w == 0 { if !expected.isEmpty { expected[expected.count - 1] += String(character) }; continue }
                expected.append(String(character))
                expected += Array(repeating: "", count: w - 1)
            }
            if byClusters <= 40 {
                XCTAssertEqual(used, byClusters, text)
                XCTAssertEqual((0..<expected.count).map { canvas[$0, 0].text }, expected, text)
            }
            // The same on a canvas without styles, and a styled text's cells styled whole.
            var plain = Canvas(width: 40, height: 1, styled: false)
            plain.put(text, x: 0, y: 0, style: .accent)
            XCTAssertEqual(plain, canvas, text)
            var styled = Canvas(width: 44, height: 1)
            let styledUsed = styled.put(text, x: 4, y: 0, style: .accent, limit: 36)
            XCTAssertEqual((0..<44).map { styled[$0, 0].style == .accent }, (0..<44).map { $0 >= 4 && $0 < 4 + styledUsed }, text)
        }
    }

    /// The runs kept once broken (`ClusterRuns`) are told apart by their exact scalars: two
    /// canonically equivalent runs, drawn one after the other, each keep their own.
    func testKeptRunsKeepTheirOwnScalars() {
        let composed = "\u{1EBF}x", decomposed = "e\u{302}\u{301}x"
        XCTAssertEqual(composed, decomposed, "canonically equivalent")
        for texts in [[composed, decomposed], [decomposed, composed]] {
            var canvas = Canvas(width: 4, height: 2)
            for (y, text) in texts.enumerated() { canvas.put(text, x: 0, y: y) }
            for (y, text) in texts.enumerated() {
                XCTAssertEqual(Array(canvas[0, y].text.unicodeScalars), Array(text.unicodeScalars.dropLast()), text.debugDescription)
            }
        }
        // Every thread its own: the same runs drawn on every processor draw alike.
        let texts = ["👩🏽‍💻 a", "🇨🇦 b", "1️⃣ c", "👩‍👩‍👧‍👦 d", composed, decomposed]
        let expected = texts.map { text -> [String] in
            var canvas = Canvas(width: 8, height: 1)
            canvas.put(text, x: 0, y: 0)
            return (0..<8).map { canvas[$0, 0].text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
        }
        let results = ParallelRows.map(count: 400, parallelFrom: 2) { k -> [String] in
            var canvas = Canvas(width: 8, height: 1)
            canvas.put(texts[k % texts.count], x: 0, y: 0)
            return (0..<8).map { canvas[$0, 0].text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
        }
        for (k, cells) in results.enumerated() { XCTAssertEqual(cells, expected[k % texts.count], texts[k % texts.count]) }
    }

    /// The UTF-8 scan that lets most texts through Sanitized untouched finds every scalar to
    /// replace, wherever it stands, and nothing else.
    func testTheSanitizingScanFindsExactlyTheScalarsToReplace() {
        for scalar in Self.scalars {
            let text = "a" + String(Character(scalar)) + "b"
            XCTAssertEqual(Sanitized.mayNeedReplacing(text), Sanitized.needsReplacing(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertTrue(Sanitized.mayNeedReplacing("« oui » \u{202E}"))
        XCTAssertFalse(Sanitized.mayNeedReplacing("« oui » — “non” ’"))
    }

    /// A canvas compares by what it shows, however its clusters are numbered.
    func testCanvasesCompareByWhatTheyShow() {
        var a = Canvas(width: 4, height: 1), b = Canvas(width: 4, height: 1)
        a.put("👩🏽‍💻x", x: 0, y: 0)
        b.put("🇨🇦", x: 0, y: 0)
        b.put("👩🏽‍💻x", x: 0, y: 0)
        XCTAssertEqual(a, b)
        b.put("y", x: 2, y: 0)
        XCTAssertNotEqual(a, b)
        var joined = Canvas(width: 4, height: 0)
        joined.append(b)
        joined.append(a)
        XCTAssertEqual(joined.lines, ["👩🏽‍💻y", "👩🏽‍💻x"])
    }
}
