import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The baseline in every output: with what-ifs, each export keeps the plan as drawn, says the
/// delays applied (and the scenario they came from), and the schedule without them.
final class BaselineExportTests: XCTestCase {
    private func render(_ scheduled: ScheduledRoadmap, _ state: ViewState, _ format: ExportFormat) throws -> String {
        String(decoding: try Exporter.render(scheduled, state, format: format, width: 120), as: UTF8.self)
    }

    private func delayed() throws -> ScheduledRoadmap { try Fixture.minimal().delaying(0, by: 2).delaying(2, by: 1) }

    func testTheCSVKeepsThePlanAndGainsTheDelayAndTheBaseline() throws {
        let csv = try render(try delayed(), ViewState(language: .en), .csv)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        func value(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        XCTAssertEqual(Array(header[header.firstIndex(of: "delay")!...].prefix(3)), ["delay", "baseline_start", "baseline_finish"])
        XCTAssertEqual(value(1, "id"), "propose")
        XCTAssertEqual([value(1, "planned_start"), value(1, "delay"), value(1, "early_start"), value(1, "baseline_start"), value(1, "baseline_finish")],
                       ["2016-10", "2", "2016-12", "2016-10", "2017-03"])
        // socialize waits for propose: no delay of its own, pushed by its dependency.
        XCTAssertEqual([value(2, "planned_start"), value(2, "delay"), value(2, "slip"), value(2, "early_start"), value(2, "baseline_start")],
                       ["2017-04", "0", "2", "2017-06", "2017-04"])
    }

    func testMarkdownAndTextSayTheDelaysAndTheScenario() throws {
        var state = ViewState(language: .en)
        let markdown = try render(try delayed(), state, .markdown)
        // The what-ifs by the activities' names; the finish said as everywhere.
        XCTAssertTrue(markdown.contains("_Filters: no filter — 3 of 3 activities — what-if: Propose the strategy +2 months, Cloud +1 month_"), markdown)
        XCTAssertTrue(markdown.contains("**Finish:** Apr 2018, 1 month later than planned"), markdown)
        XCTAssertTrue(markdown.contains("| Propose the strategy | Pr | new | Strategy Task Team | 2016-10 – 2017-03 | 2016-12 – 2017-05 /"),
                      "planned is the plan as drawn, early the what-if's:\n" + markdown)
        state.scenario = ScenarioInUse(name: "Slip", delays: [0: 2, 2: 1])
        // The document wraps its filter line: read as one.
        let text = try render(try delayed(), state, .text).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(text.contains("scenario “Slip”: Propose the strategy +2 months, Cloud +1 month"), text)
        state.language = .fr
        let french = try render(try delayed().delaying(1, by: 1), state, .text).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(french.contains("simulation, scénario « Slip » modifié : Proposer la stratégie +2 mois, Faire connaître la stratégie +1 mois, Infonuagique +1 mois"), french)
        // A scenario with no delay says so; without either the line says nothing of what-ifs.
        state.language = .en
        state.scenario = ScenarioInUse(name: "Nothing", delays: [:])
        XCTAssertTrue(try render(try Fixture.minimal(), state, .text).contains("scenario “Nothing”: no delay"))
        XCTAssertFalse(try render(try Fixture.minimal(), ViewState(language: .en), .text).contains("what-if"))
    }

    /// The dependencies page and the details say "planned" for the plan as drawn, and the
    /// what-if apart.
    func testPlannedIsThePlanAsDrawnInTheScheduleText() throws {
        let scheduled = try delayed()
        let text = ScheduleText.dates(0, scheduled, Vocabulary(.en))
        XCTAssertTrue(text.hasPrefix("planned 2016-10 – 2017-03 (what-if +2 months) · early 2016-12 – 2017-05"), text)
        let details = DetailsPage.make(scheduled, activity: 0, language: .en, width: 80).lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let planned = try XCTUnwrap(details.firstIndex { $0.hasPrefix("Planned:") }, details.joined(separator: "\n"))
        XCTAssertTrue(details[planned].hasSuffix("2016-10 – 2017-03"), details[planned])
        XCTAssertTrue(details[planned + 1].hasPrefix("What-if:") && details[planned + 1].hasSuffix("+2 months"), details[planned + 1])
        XCTAssertFalse(DetailsPage.make(scheduled, activity: 1, language: .en, width: 80).lines.contains { $0.contains("What-if:") },
                       "socialize has no what-if of its own")
    }
}
