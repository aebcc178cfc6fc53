import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Progress on every page and in every export, on Tests/Fixtures/valid/progress.json (status
/// date 2017-06; propose finished late, socialize not started and behind, cloud 40 % done and
/// behind, entered by a person): the done part of the bars, the status date's column, the
/// behind mark, the forecast beside the plan — each with a character, so that nothing is lost
/// without colour — and the fields in the CSV, JSON, Markdown, HTML, SVG and MS Project exports.
final class ProgressViewsTests: XCTestCase {
    static var path: String { Fixture.testsFolder.appendingPathComponent("Fixtures/valid/progress.json").path }

    func scheduled() throws -> ScheduledRoadmap { ScheduledRoadmap(try RoadmapLoader.load(path: Self.path).get()) }

    func render(_ format: ExportFormat, _ state: ViewState = ViewState(language: .en), width: Int = 110) throws -> String {
        String(decoding: try Exporter.render(try scheduled(), state, format: format, width: width), as: UTF8.self)
    }

    func testTheGridDrawsTheDonePartTheStatusDateAndWhatIsBehind() throws {
        let text = try render(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let propose = try XCTUnwrap(lines.first { $0.contains("Propose the strategy") })
        let socialize = try XCTUnwrap(lines.first { $0.contains("Socialize the strategy") })
        let cloud = try XCTUnwrap(lines.first { $0.contains("Cloud  ") })
        // propose: done, all of it, and one month later than planned; nothing left to draw.
        XCTAssertEqual(propose.filter { $0 == RoadmapPage.Mark.done }.count, 7 * 3, propose)
        XCTAssertFalse(propose.contains(RoadmapPage.Mark.new))
        // socialize: behind (the mark before its role), not started, its plan moved (┈).
        XCTAssertTrue(socialize.contains("!Pr"), socialize)
        XCTAssertFalse(socialize.contains(RoadmapPage.Mark.done))
        XCTAssertTrue(socialize.contains(String(repeating: String(RoadmapPage.Mark.moved), count: 3)), socialize)
        // cloud: seven months done (▓) then the rest of the ongoing bar (▒); behind; critical.
        XCTAssertTrue(cloud.contains("!Br"), cloud)
        XCTAssertEqual(cloud.filter { $0 == RoadmapPage.Mark.done }.count, 7 * 3, cloud)
        XCTAssertTrue(cloud.contains(String(RoadmapPage.Mark.done) + String(RoadmapPage.Mark.ongoing)), cloud)
        // The status date: ▼ in the header's rule, ┊ down the rows where nothing else is drawn,
        // in one column (the last of June 2017).
        let rule = try XCTUnwrap(lines.first { $0.contains("┼") })
        let column = try XCTUnwrap(rule.firstIndex(of: RoadmapPage.Mark.statusDateHead)).utf16Offset(in: rule)
        let area = try XCTUnwrap(lines.first { $0.contains("Digital governance (2)") })
        XCTAssertEqual(area.firstIndex(of: RoadmapPage.Mark.statusDate)?.utf16Offset(in: area), column)
        XCTAssertEqual(propose.firstIndex(of: RoadmapPage.Mark.statusDate)?.utf16Offset(in: propose), column)
        // The header gives the status date and the forecast; the legend says every mark.
        XCTAssertTrue(lines[0].hasSuffix("Status Jun 2017 · forecast May 2018"), lines[0])
        XCTAssertTrue(text.contains("▓ done (the progress reported)"), text)
        XCTAssertTrue(text.contains("┊ status date Jun 2017"), text)
        XCTAssertTrue(text.contains("! behind: forecast finish after the planned one, or not started by the status date"), text)
    }

    /// Wide enough, the header says the forecast against the plan in full; in French too.
    func testTheHeaderSaysTheForecastAgainstThePlan() throws {
        let english = try render(.text, width: 200).split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(english.hasSuffix("Status date Jun 2017 · forecast finish May 2018 (+2 months on the plan)"), english)
        let french = try render(.text, ViewState(language: .fr), width: 200).split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(french.hasSuffix("Date d’état juin 2017 · fin prévue selon l’avancement mai 2018 (+2 mois sur le plan)"), french)
    }

    /// A roadmap without a status date draws none of it.
    func testNoProgressNoMarks() throws {
        let text = String(decoding: try Exporter.render(try Fixture.minimal(), ViewState(language: .en), format: .text, width: 110), as: UTF8.self)
        for mark in [RoadmapPage.Mark.done, RoadmapPage.Mark.statusDate, RoadmapPage.Mark.statusDateHead] {
            XCTAssertFalse(text.contains(mark), "\(mark)")
        }
        XCTAssertFalse(text.contains("!Pr") || text.contains("!Br"))
    }

    func testTheDetailsSayPlannedActualAndForecast() throws {
        let s = try scheduled()
        let cloud = DetailsPage.make(s, activity: 2, language: .en, width: 100).lines.joined(separator: "\n")
        XCTAssertTrue(cloud.contains("Planned: 2016-10 – 2018-03"), cloud)
        XCTAssertTrue(cloud.contains("Actual: 40 % complete · started Nov 2016 · under way (entered by a person on 2017-07-03 14:05 UTC)"), cloud)
        XCTAssertTrue(cloud.contains("Forecast finish: May 2018 (+2 months on the plan) — behind · status date Jun 2017"), cloud)
        let propose = DetailsPage.make(s, activity: 0, language: .fr, width: 100).lines.joined(separator: "\n")
        XCTAssertTrue(propose.contains("Réel : 100 % achevé · commencée oct. 2016 · terminée avr. 2017"), propose)
        XCTAssertFalse(propose.contains("saisi par une personne"), "propose's progress is the file's, not entered")
    }

    func testTheBehindFilterAndTheHeaderThatSaysIt() throws {
        var state = ViewState(language: .en)
        state.filter.behindOnly = true
        let text = try render(.text, state)
        XCTAssertTrue(text.contains("Filters: behind only — 2 of 3 activities"), text)
        XCTAssertFalse(text.contains("Propose the strategy"))
        state.filter = ActivityFilter()
        state.filter.progress = [.finished]
        XCTAssertTrue(try render(.text, state).contains("Filters: progress finished — 1 of 3 activities"))
    }

    func testTheCSVCarriesTheProgressColumns() throws {
        let rows = try render(.csv).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let first = try XCTUnwrap(header.firstIndex(of: "status_date"))
        XCTAssertEqual(Array(header[first...].prefix(CSVExport.progressHeader.count)), CSVExport.progressHeader)
        func value(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        XCTAssertEqual((1...3).map { value($0, "status_date") }, ["2017-06", "2017-06", "2017-06"])
        XCTAssertEqual((1...3).map { value($0, "percent_complete") }, ["100", "", "40"])
        XCTAssertEqual((1...3).map { value($0, "actual_start") }, ["2016-10", "", "2016-11"])
        XCTAssertEqual((1...3).map { value($0, "actual_finish") }, ["2017-04", "", ""])
        XCTAssertEqual((1...3).map { value($0, "progress") }, ["finished", "not-started", "under-way"])
        XCTAssertEqual((1...3).map { value($0, "forecast_finish") }, ["2017-04", "2017-12", "2018-05"])
        XCTAssertEqual((1...3).map { value($0, "behind") }, ["false", "true", "true"])
        // The progress columns the CSV export writes, the CSV import reads back (its planned
        // dates are `start` and `finish` there, the export's `planned_start`, `planned_finish`).
        let csv = try render(.csv).replacingOccurrences(of: "planned_start,planned_finish", with: "start,finish")
        let back = try XCTUnwrap(PlanImport.load(bytes: Array(csv.utf8), format: .csv, options: ImportOptions(fileName: "p.csv")).roadmap)
        XCTAssertEqual(back.statusDate, Month("2017-06"))
        XCTAssertEqual(back.activities.map(\.percentComplete), [100, nil, 40])
        XCTAssertEqual(back.activities.map(\.actualStart), [Month("2016-10"), nil, Month("2016-11")])
    }

    func testTheJSONCarriesProgressAndTheForecast() throws {
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try render(.json).utf8)) as? [String: Any])
        XCTAssertEqual(json["statusDate"] as? String, "2017-06")
        XCTAssertEqual(json["plannedFinish"] as? String, "2018-03")
        XCTAssertEqual(json["forecastFinish"] as? String, "2018-05")
        XCTAssertEqual(json["behind"] as? Int, 2)
        let activities = try XCTUnwrap(json["activities"] as? [[String: Any]])
        XCTAssertEqual(activities.map { $0["progress"] as? String }, ["finished", "not-started", "under-way"])
        XCTAssertEqual(activities.map { $0["behind"] as? Bool }, [false, true, true])
        XCTAssertEqual(activities.map { $0["forecastFinish"] as? String }, ["2017-04", "2017-12", "2018-05"])
        XCTAssertEqual(activities[2]["percentComplete"] as? Int, 40)
        XCTAssertEqual(activities[2]["enteredFields"] as? [String], ["percentComplete", "actualStart"])
        XCTAssertEqual(activities[2]["enteredAt"] as? String, "2017-07-03T14:05:00Z")
        XCTAssertTrue(activities[1]["actualStart"] is NSNull)
    }

    func testMarkdownAndHTMLHaveTheProgressColumns() throws {
        let markdown = try render(.markdown)
        XCTAssertTrue(markdown.contains("**Progress:** Status date Jun 2017 · forecast finish May 2018 (+2 months on the plan) · 2 activities\nbehind"), markdown)
        // Seven columns: the progress joins the status cell (the forecast finish is the early finish).
        XCTAssertTrue(markdown.contains("| Activity | Role | Status | Team | Planned | Early / late | Float (total / free) |"), markdown)
        XCTAssertTrue(markdown.contains("| ongoing · 40 % ✎ · actual 2016-11 – · behind |"), markdown)
        XCTAssertTrue(markdown.contains("| new · 0 % · behind |"), markdown)
        XCTAssertTrue(markdown.contains("✎ progress entered by a person"), markdown)
        let html = try render(.html)
        XCTAssertTrue(html.contains("<th scope=\"col\">Forecast finish</th>"), html)
        XCTAssertTrue(html.contains("<td>40 % ✎</td><td>2016-11 –</td><td>2018-05</td><td>!</td>"), html)
        XCTAssertTrue(html.contains("Progress: Status date Jun 2017"), html)
    }

    func testTheSVGDrawsTheDonePartTheStatusDateAndTheBehindMark() throws {
        let svg = try render(.svg)
        XCTAssertEqual(svg.components(separatedBy: "height=\"4\" fill=\"#1a1a1a\"").count - 1, 3, "two done bands (propose, cloud) and the legend's swatch")
        XCTAssertTrue(svg.contains("stroke-dasharray=\"4 3\""), "the status date's line")
        XCTAssertTrue(svg.contains("40 % complete · started Nov 2016 · under way · behind"), "the tooltip says the progress")
        XCTAssertGreaterThanOrEqual(svg.components(separatedBy: ">!</text>").count - 1, 2)
    }

    func testMSProjectXMLCarriesTheProgressAndTheBaseline() throws {
        let xml = try render(.msproject)
        XCTAssertTrue(xml.contains("<StatusDate>2017-06-30T17:00:00</StatusDate>"), xml)
        XCTAssertTrue(xml.contains("<PercentComplete>40</PercentComplete><ActualStart>2016-11-01T08:00:00</ActualStart><ConstraintType>"), xml)
        XCTAssertTrue(xml.contains("<PercentComplete>100</PercentComplete><ActualStart>2016-10-03T08:00:00</ActualStart><ActualFinish>2017-04-28T17:00:00</ActualFinish>"), xml)
        XCTAssertTrue(xml.contains("<Baseline><Number>0</Number><Start>2017-04-03T08:00:00</Start><Finish>2017-09-29T17:00:00</Finish>"), xml)
        // Without a status date, none of it.
        let plain = String(decoding: try Exporter.render(try Fixture.minimal(), ViewState(language: .en), format: .msproject, width: 100), as: UTF8.self)
        XCTAssertFalse(plain.contains("PercentComplete") || plain.contains("StatusDate") || plain.contains("<Baseline>"))
    }

    func testDiffReportsProgressChanges() throws {
        let old = try scheduled()
        var text = try String(contentsOfFile: Self.path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"statusDate\": \"2017-06\"", with: "\"statusDate\": \"2017-09\"")
        text = text.replacingOccurrences(of: "\"percentComplete\": 40", with: "\"percentComplete\": 65")
        let new = ScheduledRoadmap(try RoadmapLoader.load(bytes: Array(text.utf8)).get())
        let diff = RoadmapDiff(old: old, new: new)
        XCTAssertEqual(diff.progressChanged.count, 1)
        XCTAssertEqual(diff.planChanged.count, 0)
        let report = DiffReport(diff, oldName: "v1.json", newName: "v2.json", language: .en).text
        XCTAssertTrue(report.contains("Progress (1)\n  Status date: Jun 2017 → Sep 2017\n  ~ Cloud: 40 % → 65 %\n"), report)
        XCTAssertTrue(report.contains("progress: 1 activity"), report)
        XCTAssertFalse(report.contains("Activities changed"), report)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(DiffJSON.bytes(diff, oldName: "a", newName: "b"))) as? [String: Any])
        XCTAssertEqual(json["statusDate"] as? [String: String], ["before": "2017-06", "after": "2017-09"])
        let changes = try XCTUnwrap((json["changed"] as? [[String: Any]])?.first?["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.first?["field"] as? String, "percentComplete")
        // A start reported: "started 2017-08".
        let started = text.replacingOccurrences(of: "\"team\": \"strategy-team\",\n      \"start\": \"2017-04\",\n      \"finish\": \"2017-09\"",
                                                with: "\"team\": \"strategy-team\",\n      \"start\": \"2017-04\",\n      \"finish\": \"2017-09\",\n      \"percentComplete\": 10,\n      \"actualStart\": \"2017-08\"")
        XCTAssertNotEqual(started, text, "the fixture's socialize was not found")
        let again = RoadmapDiff(old: old, new: ScheduledRoadmap(try RoadmapLoader.load(bytes: Array(started.utf8)).get()))
        let frenchReport = DiffReport(again, oldName: "v1.json", newName: "v2.json", language: .fr).text
        XCTAssertTrue(frenchReport.contains("~ Faire connaître la stratégie : 0 % → 10 %, commencée 2017-08"), frenchReport)
    }
}
