import Foundation
import XCTest
@testable import RoadmapModel
@testable import RoadmapViews

/// The CSV export read back by the CSV import, in memory: the same plan, whatever the names
/// hold; and what the import says when the sheet was edited in a way it cannot take as it is.
final class CSVRoundTripTests: XCTestCase {
    private func imported(_ bytes: [UInt8]) -> LoadResult {
        ImportBuilder.build(CSVPlanReader.read(bytes), options: ImportOptions(fileName: "sheet.csv"))
    }

    private func csv(_ scheduled: ScheduledRoadmap, _ language: Language = .en) throws -> [UInt8] {
        try Exporter.render(scheduled, ViewState(language: language), format: .csv, width: 100)
    }

    func testPredecessorsAreWrittenInTheImportsSyntax() {
        XCTAssertEqual(CSVPredecessors.entry("a1", .FS, 0), "a1")
        XCTAssertEqual(CSVPredecessors.entry("a1", .SS, 0), "a1SS")
        XCTAssertEqual(CSVPredecessors.entry("a1", .FF, 2), "a1FF+2")
        XCTAssertEqual(CSVPredecessors.entry("a1", .FS, -1), "a1FS-1", "a lead keeps its type: a1-1 would be an id")
        for kind in Dependency.Kind.allCases {
            for lag in [-3, 0, 2] {
                let read = CSVPlanReader.predecessor(CSVPredecessors.entry("a-1", kind, lag), place: SourcePlace(line: 1))
                XCTAssertEqual(read.map { "\($0.predecessor) \($0.type) \($0.lag)" }, "a-1 \(kind) \(lag)")
            }
        }
    }

    /// Names that would run as formulas, quotes, commas, line breaks, a leading apostrophe:
    /// each comes back as the export shows it.
    func testHostileNamesComeBack() throws {
        let names = ["=SUM(A1)", "+1 day", "-minus", "@home", "'=quoted", "Say \"hi\", then go", "Two\nlines", "''+twice"]
        var replacements: [(String, String)] = []
        replacements.append(("\"en\": \"Propose the strategy\"", "\"en\": \(jsonString(names[0]))"))
        replacements.append(("\"en\": \"Socialize the strategy\"", "\"en\": \(jsonString(names[4]))"))
        replacements.append(("\"en\": \"Cloud\"", "\"en\": \(jsonString(names[5]))"))
        let scheduled = try Fixture.minimalVariant(replacements)
        let back = try imported(try csv(scheduled)).get().roadmap
        XCTAssertEqual(back.activities.map(\.name.en), ["=SUM(A1)", "'=quoted", "Say \"hi\", then go"])
        for name in names {
            XCTAssertEqual(CSVPlanReader.unguarded(CSVFormulaGuard.guarded(name)), name, name)
        }
        XCTAssertEqual(CSVFormulaGuard.guarded("-3"), "-3", "a number is no formula")
    }

    private func jsonString(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// `name` beside `name_fr` and `name_en` (the export writes all three): an edit made in
    /// `name` alone is said, not lost without a word; an inferred link whose lag was edited is
    /// the sheet's statement now, and said; a role as printed that is not the role is said.
    func testEditsTheImportCannotTakeAsTheyAreAreSaid() throws {
        var table = String(decoding: try csv(try Fixture.minimal()), as: UTF8.self)
        table = table.replacingOccurrences(of: "socialize,Socialize the strategy,", with: "socialize,Share the strategy,")
        table = table.replacingOccurrences(of: "Pr,all,0,2017-04,2017-09,,,,,,,,Faire", with: "In,all,0,2017-04,2017-09,,,,,,,,Faire")
        table = table.replacingOccurrences(of: ",propose,propose,", with: ",propose+1,propose,")
        let result = imported(Array(table.utf8))
        let roadmap = try result.get().roadmap
        let warnings = result.warnings.map { $0.formatted(file: "sheet.csv") }
        XCTAssertTrue(warnings.contains("sheet.csv:3: warning: column \"name\": \"Share the strategy\" is neither name_fr nor name_en, which give the names; edit those"), "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("sheet.csv:3: warning: column \"inferred_predecessors\": \"propose\" is not one of the row's predecessors (proposeFS+1)") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("sheet.csv:3: warning: column \"role_as_printed\": \"In\" is not the role \"Pr\"") }, "\(warnings)")
        XCTAssertEqual(roadmap.activities[1].name.en, "Socialize the strategy")
        XCTAssertEqual(roadmap.activities[1].role, "Pr")
        XCTAssertEqual(roadmap.dependencies.map { "\($0.from) \($0.type) \($0.lag) \($0.provenance.source)" }, ["propose FS 1 seed"])
    }

    /// An area or a team named two ways: the first name stays, and the row is named.
    func testAnAreaNamedTwoWaysKeepsTheFirstName() throws {
        var table = String(decoding: try csv(try Fixture.minimal()), as: UTF8.self)
        let second = table.range(of: "Gouvernance numérique,Digital governance", options: .backwards)!
        table.replaceSubrange(second, with: "Gouvernance,Governance")
        let result = imported(Array(table.utf8))
        XCTAssertEqual(try result.get().roadmap.areas.first?.name.en, "Digital governance")
        XCTAssertTrue(result.warnings.contains { $0.formatted(file: "sheet.csv").hasPrefix("sheet.csv:3: warning: column \"area_name\": the area governance is named \"Governance\" here") },
                      "\(result.warnings)")
    }
}
