import Foundation
import XCTest
@testable import RoadmapModel

/// The rules of the format, one place each: the list in docs/format.md is the rule catalogue's
/// (`ValidationRule`), every rule of the validator is checked by a call that names it, and
/// every fixture of a rule (Tests/Fixtures/invalid/) is loaded by some test.
final class ValidationRuleTests: XCTestCase {
    private func text(_ relative: String) throws -> String {
        try String(contentsOf: RuleFixtures.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    func testTheDocumentationListsTheRulesAsTheCatalogueDoes() throws {
        let format = try text("docs/format.md")
        let begin = try XCTUnwrap(format.range(of: "<!-- rules:begin -->\n"), "docs/format.md has no rules:begin marker")
        let end = try XCTUnwrap(format.range(of: "<!-- rules:end -->"), "docs/format.md has no rules:end marker")
        let listed = String(format[begin.upperBound..<end.lowerBound])
        XCTAssertEqual(listed, ValidationRule.documentation,
                       "docs/format.md's list of rules differs from ValidationRule; paste this between the markers:\n\n" + ValidationRule.documentation)
    }

    /// Each rule of the validator is named by at least one check in Validation/, and each
    /// name there is a rule: the catalogue cannot drift from the checks.
    func testEveryValidatorRuleIsNamedByACheckAndEveryCheckByARule() throws {
        let folder = RuleFixtures.packageRoot.appendingPathComponent("Sources/RoadmapModel/Validation")
        var source = ""
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            if url.pathExtension == "swift" && url.lastPathComponent != "ValidationRule.swift" { source += try String(contentsOf: url, encoding: .utf8) }
        }
        let decoding: Set<ValidationRule> = [.jsonSyntax, .fieldShape, .monthFormat, .knownValue, .schemaVersion, .unknownField]
        for rule in ValidationRule.allCases where !decoding.contains(rule) {
            XCTAssertTrue(source.contains("(.\(rule.rawValue),") || source.contains(" .\(rule.rawValue),"),
                          "no check in Sources/RoadmapModel/Validation names the rule .\(rule.rawValue)")
        }
        // Every `findings.error(.x` and `findings.warning(.x` names a rule of the catalogue.
        let pattern = try NSRegularExpression(pattern: #"findings\.(?:error|warning)\(\.([a-zA-Z]+),"#)
        let names = pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)).map {
            String(source[Range($0.range(at: 1), in: source)!])
        }
        XCTAssertGreaterThan(names.count, 15)
        for name in names { XCTAssertNotNil(ValidationRule(rawValue: name), "\(name) is not in ValidationRule") }
    }

    func testEveryInvalidFixtureIsLoadedBySomeTest() throws {
        var tests = ""
        let files = FileManager.default.enumerator(at: RuleFixtures.testsFolder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            if url.pathExtension == "swift" { tests += try String(contentsOf: url, encoding: .utf8) }
        }
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.invalidFolder.path).filter { $0.hasSuffix(".json") }
        XCTAssertGreaterThan(fixtures.count, 30)
        for fixture in fixtures.sorted() {
            let name = String(fixture.dropLast(".json".count))
            // By its rule name (RuleFixtures.load(rule:), .invalid(...)) or by its file name.
            XCTAssertTrue(tests.contains("\"\(name)\"") || tests.contains(fixture),
                          "Tests/Fixtures/invalid/\(fixture) is loaded by no test")
        }
    }
}
