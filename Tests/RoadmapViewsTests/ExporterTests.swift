import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// `Exporter.render` is the one function behind `roadmap export` and the explorer's `e`: the
/// text export is the page itself drawn as a document (names whole, no key named), the JSON
/// lists exactly the activities in the view.
final class ExporterTests: XCTestCase {
    func testTextExportIsThePageAsADocument() throws {
        for (scheduled, widths) in [(try Fixture.minimal(), [40, 72, 100, 200]), (try Fixture.shipped(), [100])] {
            let states = allStates(selected: busiestActivity(scheduled)) + [
                ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(roles: ["Pr"], criticalOnly: true)),
                ViewState(view: .teams, language: .en, filter: ActivityFilter(search: "strat")),
            ]
            for width in widths {
                for state in states {
                    var document = state
                    document.medium = .document
                    XCTAssertEqual(try Exporter.render(scheduled, state, format: .text, width: width),
                                   Array(PageBuilder.page(scheduled, document, width: width).text.utf8),
                                   "\(state.view) \(state.language) at \(width)")
                }
            }
        }
    }

    private func jsonIDs(_ scheduled: ScheduledRoadmap, _ state: ViewState, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let bytes = try Exporter.render(scheduled, state, format: .json, width: 100)
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        let activities = try XCTUnwrap(object?["activities"] as? [[String: Any]], file: file, line: line)
        for key in ["projectStart", "projectFinish", "timelineFinish", "criticalPath", "teamCriticalPath"] {
            XCTAssertNotNil(object?[key], "the JSON has \(key)", file: file, line: line)
        }
        return activities.map { $0["id"] as? String ?? "?" }
    }

    func testJSONListsExactlyTheFilteredActivities() throws {
        let scheduled = try Fixture.minimal()
        XCTAssertEqual(try jsonIDs(scheduled, ViewState()), ["propose", "socialize", "cloud"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(roles: ["Pr"]))), ["propose", "socialize"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(areas: ["enablement"]))), ["cloud"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(teams: ["strategy-team"]))), ["propose", "socialize"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(status: .ongoing))), ["cloud"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(criticalOnly: true))), ["cloud"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(language: .fr, filter: ActivityFilter(search: "STRATEGIE"))), ["propose", "socialize"])
        XCTAssertEqual(try jsonIDs(scheduled, ViewState(filter: ActivityFilter(search: "nothing"))), [])

        let shipped = try Fixture.shipped()
        for filter in [ActivityFilter(), ActivityFilter(roles: ["Int"]), ActivityFilter(criticalOnly: true), ActivityFilter(status: .new),
                       ActivityFilter(areas: [shipped.roadmap.areas[0].id]), ActivityFilter(search: "numerique")] {
            XCTAssertEqual(try jsonIDs(shipped, ViewState(filter: filter)), shipped.ids(filter.apply(to: shipped)), "\(filter)")
        }
    }

    /// The names in the JSON are in the view's language, and both are given.
    func testJSONNamesFollowTheLanguage() throws {
        let scheduled = try Fixture.minimal()
        let bytes = try Exporter.render(scheduled, ViewState(language: .fr, filter: ActivityFilter(areas: ["enablement"])), format: .json, width: 100)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let cloud = try XCTUnwrap((object["activities"] as? [[String: Any]])?.first)
        XCTAssertEqual(cloud["name"] as? String, "Infonuagique")
        XCTAssertEqual(cloud["names"] as? [String: String], ["fr": "Infonuagique", "en": "Cloud"])
        XCTAssertEqual(cloud["earlyStart"] as? String, "2016-10")
        XCTAssertEqual(cloud["earlyFinish"] as? String, "2018-03")
        XCTAssertEqual(cloud["critical"] as? Bool, true)
        XCTAssertEqual(object["criticalPath"] as? [String], ["cloud"])
    }

    /// Same view, same bytes: rendering twice gives the same export in every format.
    func testExportsAreDeterministic() throws {
        let scheduled = try Fixture.shipped()
        for format in ExportFormat.allCases where !format.isRenderedPicture {
            let state = ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(roles: ["Int"]))
            XCTAssertEqual(try Exporter.render(scheduled, state, format: format, width: 90), try Exporter.render(scheduled, state, format: format, width: 90), "\(format)")
        }
    }

    func testFormatFromFileName() {
        XCTAssertEqual(ExportFormat(fileName: "plan.md"), .markdown)
        XCTAssertEqual(ExportFormat(fileName: "plan.CSV"), .csv)
        XCTAssertEqual(ExportFormat(fileName: "out/plan.mmd"), .mermaid)
        XCTAssertEqual(ExportFormat(fileName: "plan.txt"), .text)
        XCTAssertEqual(ExportFormat(fileName: "plan.json"), .json)
        XCTAssertEqual(ExportFormat(fileName: "chart.PNG"), .png)
        XCTAssertEqual(ExportFormat(fileName: "chart.pdf"), .pdf)
        XCTAssertNil(ExportFormat(fileName: "plan"))
        XCTAssertNil(ExportFormat(fileName: "plan.docx"))
        XCTAssertNil(ExportFormat(fileName: "dir.md/plan"))
    }
}
