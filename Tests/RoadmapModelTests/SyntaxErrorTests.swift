import Foundation
import XCTest
@testable import RoadmapModel

/// A file that is not well-formed JSON stops the reading at the first fault, which is reported
/// once, for the document as a whole (empty path), with the line and column of the fault.
/// Unreadable files are one error each. No input, however hostile, crashes the loader.
final class SyntaxErrorTests: XCTestCase {
    func testTrailingCommaIsReportedAtTheComma() {
        assertSoleFinding(RuleFixtures.load(rule: "trailing-comma"), .error, path: "", id: nil,
                          message: "trailing comma before ']'", at: (32, 306))
    }

    func testStringWhoseLineEndsBeforeItsClosingQuoteIsReportedAtItsOpeningQuote() {
        assertSoleFinding(RuleFixtures.load(rule: "unterminated-string"), .error, path: "", id: nil,
                          message: "unterminated string", at: (4, 55))
    }

    func testStringCutByTheEndOfTheFileIsUnterminated() {
        assertSoleFinding(RuleFixtures.load(rule: "unterminated-string-at-end"), .error, path: "", id: nil,
                          message: "unterminated string: the file ends", at: (30, 69))
    }

    /// The key quoted in "':' after the key" is the file's text: sanitized, as every message
    /// quoting the file is (found by the scenario fuzz target, whose reader is this one).
    func testAKeyWithoutItsColonIsQuotedSanitized() throws {
        let result = RoadmapLoader.load(bytes: Array("{\"sche\\u001b[2J\\tma\" 1}".utf8))
        let finding = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(finding.message, "syntax error: unexpected '1', ':' after the key \"sche␛[2J␉ma\" was expected")
    }

    /// A backslash before a byte that is not printable ASCII names the byte by its value: the
    /// byte itself would be a control character on the terminal (found by the fuzz targets).
    func testAnEscapeOfAControlByteNamesItsValue() throws {
        let result = RoadmapLoader.load(bytes: Array("{\"a\\".utf8) + [0x06] + Array("\": 1}".utf8))
        let finding = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(finding.message, "syntax error: an invalid escape '\\' followed by byte 0x06")
    }

    func testUnknownEscapeIsReportedAtItsBackslash() {
        assertSoleFinding(RuleFixtures.load(rule: "bad-escape"), .error, path: "", id: nil,
                          message: "an invalid escape '\\s'", at: (30, 82))
    }

    func testInvalidUTF8InsideAStringIsRejected() {
        assertSoleFinding(RuleFixtures.load(rule: "invalid-utf8"), .error, path: "", id: nil,
                          message: "not valid UTF-8", at: (32, 59))
    }

    func testGarbageBytesAreNamedByTheirValue() {
        assertSoleFinding(RuleFixtures.load(rule: "garbage-bytes"), .error, path: "", id: nil,
                          message: "unexpected byte 0x00", at: (12, 3))
    }

    func testNothingButWhitespaceMayFollowTheDocument() {
        assertSoleFinding(RuleFixtures.load(rule: "value-after-document"), .error, path: "", id: nil,
                          message: "unexpected '{', the end of the file was expected", at: (47, 1))
    }

    func testEmptyFileIsAnError() {
        assertSoleFinding(RuleFixtures.load(rule: "empty"), .error, path: "", id: nil,
                          message: "the file is empty", at: (1, 1))
    }

    func testMissingFileIsOneErrorWithTheSystemsReason() {
        let result = RoadmapLoader.load(path: RuleFixtures.invalid("no-such-roadmap").path)
        assertSoleFinding(result, .error, path: "", id: nil, message: "cannot open the file: " + String(cString: strerror(ENOENT)))
        XCTAssertNil(result.diagnostics.first?.line, "a file that cannot be opened has no line to point at")
    }

    func testFolderGivenAsFileIsRejected() {
        assertSoleFinding(RoadmapLoader.load(path: RuleFixtures.invalidFolder.path), .error, path: "", id: nil,
                          message: "is a folder, not a roadmap file")
    }

    func testTopLevelArrayIsNotARoadmap() {
        assertSoleFinding(RuleFixtures.load(rule: "top-level-array"), .error, path: "", id: nil,
                          message: "a roadmap file holds one JSON object, not an array", at: (1, 1))
    }

    /// 100,000 nested arrays, as a whole document and as the value of a field the program does
    /// not know: the reader walks them without recursion and stops at its depth limit.
    func testHundredThousandNestedArraysAreAnErrorNotACrash() throws {
        let depth = 100_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let alone = RoadmapLoader.load(bytes: Array(nested.utf8))
        assertSoleFinding(alone, .error, path: "", id: nil, message: "nested more than \(JSONReader.maximumDepth) levels deep",
                          at: (1, JSONReader.maximumDepth + 2))

        let inside = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"schemaVersion\": 1,",
                                           with: "\"schemaVersion\": 1, \"extension\": \(nested),")
        assertSoleFinding(RoadmapLoader.load(bytes: inside), .error, path: "", id: nil,
                          message: "nested more than \(JSONReader.maximumDepth) levels deep", at: (2, nil))

        // The free-form part of the strategy is decoded recursively, up to a bound of its own.
        let strategy = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"schemaVersion\": 1,",
                                             with: "\"schemaVersion\": 1, \"strategy\": {\"futureState\": \(nested)},")
        assertSoleFinding(RoadmapLoader.load(bytes: strategy), .error, path: "", id: nil,
                          message: "nested more than \(JSONReader.maximumDepth) levels deep", at: (2, nil))
    }

    func testTenMegabyteStringInsideAValidFileLoads() throws {
        let huge = String(repeating: "abcdéfghij", count: 1_000_000)
        let bytes = try RuleFixtures.text(RuleFixtures.minimal, replacing: "\"en\": \"Cloud\"", with: "\"en\": \"\(huge)\"")
        XCTAssertGreaterThan(bytes.count, 10_000_000)
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.diagnostics, [], findingsList(result))
        let cloud = try XCTUnwrap(result.roadmap?.activities.first { $0.id == "cloud" })
        XCTAssertEqual(cloud.name.en, huge)
        XCTAssertEqual(cloud.name.fr, "Infonuagique")
    }

    func testByteOrderMarkIsAccepted() throws {
        let result = RoadmapLoader.load(bytes: [0xEF, 0xBB, 0xBF] + (try RuleFixtures.bytes(RuleFixtures.minimal)))
        XCTAssertEqual(result.diagnostics, [], findingsList(result))
        XCTAssertNotNil(result.roadmap)
    }
}
