import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The TaskJuggler export's own rules, without tj3 (TaskJugglerTests runs the real one): how a
/// name and an id are written, what is refused, and the shape of the file.
final class TaskJugglerExportTests: XCTestCase {
    func testStringsAreQuotedTheWayTaskJugglersScannerReadsThem() {
        XCTAssertEqual(TaskJugglerText.quoted("Say \"hi\""), "\"Say \\\"hi\\\"\"")
        // A backslash stays one: TaskJuggler only unescapes \" …
        XCTAssertEqual(TaskJugglerText.quoted("a\\b"), "\"a\\b\"")
        // … so a backslash before a quote is written before the escaped quote.
        XCTAssertEqual(TaskJugglerText.quoted("a\\\"b"), "\"a\\\\\"b\"")
        XCTAssertEqual(TaskJugglerText.quoted("two\nlines } {"), "\"two\u{240A}lines } {\"")
        XCTAssertNil(TaskJugglerText.problem("a \\ b \" c } ${ } $(lower) $ (X) $("))
        XCTAssertNotNil(TaskJugglerText.problem("ends \\"))
        XCTAssertNotNil(TaskJugglerText.problem("${x}"))
        XCTAssertNotNil(TaskJugglerText.problem("${ ?x"))
        XCTAssertNotNil(TaskJugglerText.problem("$(HOME)"))
        XCTAssertNotNil(TaskJugglerText.problem("$(A_1)"))
        XCTAssertNil(TaskJugglerText.problem("$(A"))
    }

    func testIdsGoBothWays() {
        XCTAssertEqual(TaskJugglerText.identifier("cloud-architecture-models"), "cloud_architecture_models")
        XCTAssertEqual(TaskJugglerText.identifier("2017-plan"), "_2017_plan")
        XCTAssertEqual(TaskJugglerText.identifier("task"), "task")
    }

    func testDaysAreCalendarDays() {
        XCTAssertEqual(TaskJugglerText.days(from: Month("2016-10")!, to: Month("2017-04")!), 182)
        XCTAssertEqual(TaskJugglerText.days(from: Month("2020-02")!, to: Month("2020-03")!), 29)
        XCTAssertEqual(TaskJugglerText.date(Month("2016-10")!), "2016-10-01")
    }

    func testTheFileOfTheFixture() throws {
        var state = ViewState(language: .en)
        state.order = .file
        let text = String(decoding: try Exporter.render(try Fixture.minimal(), state, format: .tjp, width: 100), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("# Test roadmap — Roadmap\n# Filters: no filter — 3 of 3 activities\n# Names in English (en)\n"), text)
        XCTAssertTrue(text.contains("project roadmap \"Test roadmap\" 2016-10-01 - 2018-04-01 {\n  timezone \"UTC\"\n"), text)
        XCTAssertTrue(text.contains("resource strategy_team \"Strategy Task Team\""), text)
        XCTAssertTrue(text.contains("task governance \"Digital governance\" {"), text)
        XCTAssertTrue(text.contains("  task propose \"Propose the strategy\" {\n    # early 2016-10 – 2017-03 · total float 6 months\n    start 2016-10-01  # not before 2016-10: the planned month\n    duration 182d  # 6 months\n    responsible strategy_team\n    Role \"Pr\"\n    Status \"new\"\n    Provenance \"seed\"\n  }"), text)
        XCTAssertTrue(text.contains("    depends StartBounds.m2017_04  # not before 2017-04: the planned month\n    depends governance.propose  # FS — Propose the strategy\n    duration 183d"), text)
        XCTAssertTrue(text.contains("task StartBounds \"Start bounds\" {\n  task m2017_04 \"Not before Apr 2017\" { start 2017-04-01 milestone }\n}"), text)
        XCTAssertTrue(text.contains("    Provenance \"inferred: start, finish\"\n    ProvenanceNote \"ongoing work\""), text)
    }

    func testOnlyTheRoadmapViewExportsToTaskJugglerAndTheExtensionSaysSo() throws {
        XCTAssertEqual(ExportFormat(fileName: "plan.tjp"), .tjp)
        XCTAssertEqual(ExportFormat(fileName: "PLAN.TJP"), .tjp)
        XCTAssertEqual(ExportFormat.tjp.fileExtension, "tjp")
        XCTAssertNil(Exporter.refusal(of: .tjp, for: .roadmap))
        for view in [ViewKind.teams, .dependencies, .glossary] {
            XCTAssertNotNil(Exporter.refusal(of: .tjp, for: view), "\(view)")
        }
    }

    /// A refusal comes before any byte: the sink is never called.
    func testARefusalWritesNothing() throws {
        let scheduled = try Fixture.minimalVariant([("\"en\": \"Cloud\"", "\"en\": \"Cloud \\\\\"")])
        var written = 0
        XCTAssertThrowsError(try Exporter.write(scheduled, ViewState(language: .en), format: .tjp, width: 100) { written += $0.count }) { error in
            let refusal = error as? ExportDataRefusal
            XCTAssertEqual(refusal?.problems.map(\.path), ["activities[2].name.en"])
        }
        XCTAssertEqual(written, 0)
        var warnings: [String] = []
        _ = try Exporter.render(try Fixture.minimal(), ViewState(language: .fr), format: .tjp, width: 100)
        try Exporter.write(try Fixture.minimal(), ViewState(language: .fr), format: .tjp, width: 100, warn: { warnings.append($0) }) { _ in }
        XCTAssertEqual(warnings, [], "an FS link is said as it is")
    }
}
