import XCTest
import RoadmapModel
@testable import RoadmapViews

/// A timeline may start in year 0000, and a what-if may move work before it: the schedule's
/// months then have a month number of 0 or less (Month divides with truncation). The month
/// names used to be looked up at index (month − 1) % 12, negative there, and the export died.
final class MonthBeforeYearZeroTests: XCTestCase {
    func testMonthNamesAreTakenModuloTwelveForAnyMonthNumber() {
        let english = Vocabulary(.en), french = Vocabulary(.fr)
        XCTAssertEqual(english.monthName(1), "Jan")
        XCTAssertEqual(english.monthName(12), "Dec")
        XCTAssertEqual(english.monthName(0), "Dec")
        XCTAssertEqual(english.monthName(-1), "Nov")
        XCTAssertEqual(english.monthName(-11), "Jan")
        XCTAssertEqual(english.monthName(13), "Jan")
        XCTAssertEqual(french.monthAbbreviation(-4, width: 6), "août")
        XCTAssertEqual(french.monthAbbreviation(-5, width: 6), "juill.")
    }

    func testEveryExportOfAScheduleThatEndsBeforeYearZeroIsWritten() throws {
        var scheduled = try Fixture.minimalVariant([
            (#""timeline": {"start": "2016-10", "finish": "2018-03"}"#, #""timeline": {"start": "0000-01", "finish": "0000-12"}"#),
            (#""en": "Period 1"}, "start": "2016-10", "finish": "2017-03""#, #""en": "Period 1"}, "start": "0000-01", "finish": "0000-04""#),
            (#""en": "Period 2"}, "start": "2017-04", "finish": "2017-09""#, #""en": "Period 2"}, "start": "0000-05", "finish": "0000-08""#),
            (#""en": "Period 3"}, "start": "2017-10", "finish": "2018-03""#, #""en": "Period 3"}, "start": "0000-09", "finish": "0000-12""#),
            (#""team": "strategy-team", "start": "2016-10", "finish": "2017-03""#, #""team": "strategy-team", "start": "0000-01", "finish": "0000-01""#),
            (#""team": "strategy-team", "start": "2017-04", "finish": "2017-09""#, #""team": "strategy-team", "start": "0000-02", "finish": "0000-02""#),
            (#""team": "cloud-team", "start": "2016-10", "finish": "2018-03""#, #""team": "cloud-team", "start": "0000-01", "finish": "0000-01""#),
        ])
        for id in ["propose", "socialize", "cloud"] { scheduled = scheduled.delaying(scheduled.index(of: id), by: -3) }
        XCTAssertLessThan(scheduled.schedule.projectFinish, 0, "the whole schedule ends before the timeline's first month")
        for format in ExportFormat.allCases where !format.isRenderedPicture {
            for state in allStates(selected: 0) where Exporter.formats(of: state.view).contains(format) {
                // TaskJuggler has no year before 1970: refused, each activity named, no byte written.
                if format == .tjp {
                    XCTAssertThrowsError(try Exporter.render(scheduled, state, format: format, width: 80)) { error in
                        XCTAssertEqual((error as? ExportDataRefusal)?.problems.map(\.path), ["activities[0]", "activities[1]"])
                    }
                    continue
                }
                let bytes = try Exporter.render(scheduled, state, format: format, width: 80)
                XCTAssertFalse(bytes.isEmpty, "\(format) \(state.view) \(state.language)")
            }
        }
        let header = PageBuilder.page(scheduled, ViewState(), width: 80).header.line(0)
        XCTAssertTrue(header.hasSuffix("Finish Nov 0"), header)
    }
}
