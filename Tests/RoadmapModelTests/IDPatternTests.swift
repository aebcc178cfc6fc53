import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// Ids, keys and role codes are written as the schema says (ASCII), and an id is the same as
/// another only when their bytes are. A name that breaks the rule is reported where it is
/// written — the id itself or a reference to it — with the character at fault and its place.
final class IDPatternTests: XCTestCase {
    private let idRule = "ids are lower-case ASCII letters, digits and single hyphens (a-z, 0-9, -)"

    /// `café` written with é (U+00E9) names an activity; a dependency names `café` written with
    /// e and a combining accent (U+0065 U+0301). They look the same and are not: each is
    /// reported as breaking the id rule, with the scalars that tell them apart — not as
    /// "unknown activity café".
    func testComposedAndDecomposedAccentsAreEachReported() {
        let result = RuleFixtures.load(rule: "id-not-ascii")
        XCTAssertEqual(result.diagnostics.map { $0.formatted(file: "r.json") }, [
            "r.json:31:5: error: activities[1].id (id \"caf\u{E9}\"): character \"\u{E9}\" (U+00E9) at position 4 is not allowed in an id: \(idRule)",
            "r.json:35:5: error: dependencies[0].to (id \"propose → cafe\u{301}\"): character \"e\u{301}\" (U+0065 U+0301) at position 4 is not allowed in an id: \(idRule)",
        ])
        XCTAssertNil(result.roadmap)
    }

    /// The Kelvin sign (U+212A) is canonically the letter K, so Swift's `==` calls "K1" and
    /// "\u{212A}1" equal; an activity naming period "\u{212A}1" used to resolve to period K1.
    func testKelvinSignIsNotTheLetterK() throws {
        var text = try String(contentsOf: RuleFixtures.minimal, encoding: .utf8)
        for (old, new) in [(#"{"id": "P1""#, #"{"id": "K1""#),
                           (#""team": "strategy-team", "start": "2017-04", "finish": "2017-09"}"#,
                            #""team": "strategy-team", "start": "2017-04", "finish": "2017-09", "period": "\u212a1"}"#)] {
            XCTAssertEqual(text.components(separatedBy: old).count, 2, old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        XCTAssertEqual("K1", "\u{212A}1", "Swift's String equality is canonical equivalence")
        assertSoleFinding(RoadmapLoader.load(bytes: Array(text.utf8)), .error, path: "activities[1].period", id: "socialize",
                          message: "character \"\u{212A}\" (U+212A) at position 1 is not allowed in a key: keys are ASCII letters and digits, with single hyphens or underscores between them (A-Z, a-z, 0-9, -, _)",
                          at: (31, 5))
    }

    /// A reference that breaks the rule gets the precise message, not "unknown area".
    func testReferenceWithACapitalSaysWhichCharacter() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""area": "governance", "role": "Pr", "status": "new", "team": "strategy-team", "start": "2017-04""#,
                                          with: #""area": "Governance", "role": "Pr", "status": "new", "team": "strategy-team", "start": "2017-04""#)
        assertSoleFinding(RoadmapLoader.load(bytes: bytes), .error, path: "activities[1].area", id: "socialize",
                          message: "character \"G\" (U+0047) at position 1 is not allowed in an id: \(idRule)", at: (31, 5))
    }

    /// A control character in an id is named by its placeholder, never written raw.
    func testControlCharacterInAnIDIsShownAsItsPicture() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #"{"id": "propose""#, with: #"{"id": "pro\u001b]0;x\u0007""#)
        let result = RoadmapLoader.load(bytes: bytes)
        let finding = try XCTUnwrap(result.diagnostics.first { $0.path == "activities[0].id" }, findingsList(result))
        XCTAssertEqual(finding.message, "character \"\u{241B}\" (U+001B) at position 4 is not allowed in an id: \(idRule)")
        XCTAssertFalse(result.diagnostics.map { $0.formatted(file: "f") }.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    func testEachRuleSaysWhatIsWrong() {
        let cases: [(IDRule, String, String?)] = [
            (.id, "cloud-team", nil),
            (.id, "a1-b2-c3", nil),
            (.id, "Cloud", "character \"C\" (U+0043) at position 1 is not allowed in an id"),
            (.id, "cloud team", "character \" \" (U+0020) at position 6 is not allowed in an id"),
            (.id, "cloud_team", "character \"_\" (U+005F) at position 6 is not allowed in an id"),
            (.id, "-cloud", "an id cannot begin with \"-\""),
            (.id, "cloud-", "an id cannot end with \"-\""),
            (.id, "cloud--team", "\"-\" followed by \"-\" at position 7 is not allowed in an id"),
            (.id, "ｃloud", "character \"ｃ\" (U+FF43) at position 1 is not allowed in an id"),
            (.id, "équipe", "character \"é\" (U+00E9) at position 1 is not allowed in an id"),
            (.id, "a🇨🇦", "character \"🇨🇦\" (U+1F1E8 U+1F1E6) at position 2 is not allowed in an id"),
            (.key, "P1", nil),
            (.key, "phase_1-a", nil),
            (.key, "P 1", "character \" \" (U+0020) at position 2 is not allowed in a key"),
            (.key, "P1_", "a key cannot end with \"_\""),
            (.key, "_P1", "a key cannot begin with \"_\""),
            (.key, "P_-1", "\"_\" followed by \"-\" at position 3 is not allowed in a key"),
            (.roleCode, "Int", nil),
            (.roleCode, "BR", nil),
            (.roleCode, "Ïnt", "character \"Ï\" (U+00CF) at position 1 is not allowed in a role code: role codes are ASCII letters and digits (A-Z, a-z, 0-9)"),
            (.roleCode, "In-t", "character \"-\" (U+002D) at position 3 is not allowed in a role code"),
        ]
        for (rule, text, expected) in cases {
            let problem = rule.problem(text)
            if let expected {
                XCTAssertTrue(problem?.hasPrefix(expected) == true, "\(text): \(problem ?? "accepted")")
            } else {
                XCTAssertNil(problem, text)
            }
        }
    }

    func testSameIDComparesBytes() {
        XCTAssertTrue(sameID("cloud-team", "cloud-team"))
        XCTAssertFalse(sameID("caf\u{E9}", "cafe\u{301}"))
        XCTAssertFalse(sameID("K1", "\u{212A}1"))
        XCTAssertFalse(sameID("a", "ab"))
        XCTAssertTrue(sameID("", ""))

        var index = IDIndex()
        XCTAssertNil(index.insert("caf\u{E9}", at: 0))
        XCTAssertNil(index.insert("cafe\u{301}", at: 1), "a different id, by its bytes")
        XCTAssertEqual(index.insert("caf\u{E9}", at: 2), 0)
        XCTAssertEqual(index["cafe\u{301}"], 1)
        XCTAssertNil(index["cafe"])
    }

    /// What the program ships and generates follows the rules (the other suites load them
    /// without a finding; this says why it matters here).
    func testShippedAndGeneratedRoadmapsFollowTheRules() throws {
        let shipped = RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path)
        XCTAssertEqual(shipped.errors, [], findingsList(shipped))
        let generated = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(.init(activities: 500, seed: 5)))
        XCTAssertEqual(generated.diagnostics, [], findingsList(generated))
    }
}
