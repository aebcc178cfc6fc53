import XCTest
@testable import RoadmapModel

/// A key the format does not have is a warning with its place — file:line:column of the key,
/// its path in the data, the object's id — and the field it most likely misspells, so that a
/// misspelt field never vanishes silently. The file stays valid: a newer tool's field does not
/// stop an older program.
final class UnknownFieldTests: XCTestCase {
    func testAMisspeltDependencyFieldIsAWarningAtTheKeyWithTheLikelyField() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""to": "socialize""#, with: #""to": "socialize", "strenght": "weak""#)
        let result = RoadmapLoader.load(bytes: bytes)
        assertSoleFinding(result, .warning, path: "dependencies[0].strenght", id: "propose → socialize",
                          message: #"unknown field "strenght", skipped: did you mean "strength"?"#)
        let finding = try XCTUnwrap(result.diagnostics.first)
        // The line and column of the key itself.
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try XCTUnwrap(lines.firstIndex { $0.contains("\"strenght\"") }) + 1
        XCTAssertEqual(finding.line, line)
        XCTAssertEqual(finding.column, (lines[line - 1].range(of: "\"strenght\"").map { lines[line - 1].distance(from: lines[line - 1].startIndex, to: $0.lowerBound) } ?? -1) + 1)
        XCTAssertTrue(finding.formatted(file: "plan.json").hasPrefix("plan.json:\(line):"), finding.formatted(file: "plan.json"))
    }

    /// A key is the file's text, printed in the message and in the path: a control character
    /// in it (ESC starts a terminal escape sequence) is shown as its picture in both (found by
    /// the roadmap-json fuzz target, fuzz/targets/roadmap-json/regressions/).
    func testAnUnknownKeyWithControlCharactersIsPrintedSanitizedInItsPathToo() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""id": "propose", "#, with: #""id": "propose", "\u001B[31m\tx": 1, "#)
        let result = RoadmapLoader.load(bytes: bytes)
        let finding = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(finding.path, "activities[0].␛[31m␉x")
        let printed = finding.formatted(file: "plan.json")
        XCTAssertFalse(printed.unicodeScalars.contains { $0.value < 0x20 }, printed.debugDescription)
    }

    func testAnUnrelatedKeyListsTheObjectsFields() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""id": "propose", "#, with: #""id": "propose", "xyzzy": 1, "#)
        let result = RoadmapLoader.load(bytes: bytes)
        assertSoleFinding(result, .warning, path: "activities[0].xyzzy", id: "propose",
                          message: #"unknown field "xyzzy", skipped: an activity has id, name, alternateNames, area, role, status, team, start, finish, period, gridOrder, supportingTeams, percentComplete, actualStart, actualFinish, enteredFields, enteredAt, source, inferredFields, note"#)
    }

    func testUnknownKeysAreFoundAtEveryLevel() throws {
        var text = try String(contentsOf: RuleFixtures.minimal, encoding: .utf8)
        text = text.replacingOccurrences(of: #""schemaVersion": 1,"#, with: #""schemaVersion": 1, "Meta": {},"#)
        text = text.replacingOccurrences(of: #""timeline": {"start": "2016-10", "finish": "2018-03"}"#,
                                          with: #""timeline": {"start": "2016-10", "finish": "2018-03", "end": "2018-03"}"#)
        text = text.replacingOccurrences(of: #""name": {"fr": "Proposer la stratégie", "en": "Propose the strategy"}"#,
                                          with: #""name": {"fr": "Proposer la stratégie", "en": "Propose the strategy", "de": "x"}"#)
        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        XCTAssertNotNil(result.roadmap, "warnings only: \(result.diagnostics)")
        XCTAssertEqual(result.diagnostics.map(\.path), ["Meta", "meta.timeline.end", "activities[0].name.de"], "\(result.diagnostics)")
        XCTAssertTrue(result.diagnostics.allSatisfy(\.isUnknownField))
        guard result.diagnostics.count == 3 else { return }
        XCTAssertTrue(result.diagnostics[0].message.hasSuffix(#"did you mean "meta"?"#), result.diagnostics[0].message)
        XCTAssertTrue(result.diagnostics[2].message.hasSuffix("a bilingual text has fr, en"), result.diagnostics[2].message)
    }

    func testTheSpellingSuggestion() {
        XCTAssertEqual(FieldSpelling.closest(to: "strenght", among: RoadmapFormat.dependency.keys), "strength")
        XCTAssertEqual(FieldSpelling.closest(to: "Strength", among: RoadmapFormat.dependency.keys), "strength")
        XCTAssertEqual(FieldSpelling.closest(to: "gridorder", among: RoadmapFormat.activity.keys), "gridOrder")
        XCTAssertEqual(FieldSpelling.closest(to: "inferedFields", among: RoadmapFormat.activity.keys), "inferredFields")
        XCTAssertNil(FieldSpelling.closest(to: "colour", among: RoadmapFormat.activity.keys))
        XCTAssertNil(FieldSpelling.closest(to: "ab", among: ["id"]), "two short keys share too little")
    }
}
