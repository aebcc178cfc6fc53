import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Months outside the timeline (issue 10, defect 7): a delay past its end gets columns of its
/// own under a "beyond the timeline" header with their years; an advance before its start is
/// marked ◂ at the grid's left edge. The page is the text export's, so both say the same.
final class BeyondTimelineTests: XCTestCase {
    private func page(_ delays: [String: Int], width: Int, language: Language = .en) throws -> [String] {
        let minimal = try Fixture.minimal()
        var scheduled = minimal
        for (id, months) in delays { scheduled = scheduled.delaying(try XCTUnwrap(minimal.activityIndex[id]), by: months) }
        return PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: width).fullCanvas.lines
    }

    func testMonthsPastTheEndHaveTheirOwnHeaderWithTheirYears() throws {
        let lines = try page(["cloud": 8], width: 160)
        let periods = lines[2]
        XCTAssertTrue(periods.contains("│Period 3"), periods)
        XCTAssertTrue(periods.contains("│beyond the timeline · 2018"), "a header of their own: \(periods)")
        XCTAssertTrue(lines[3].contains("│Apr 2018 – Nov 2018"), lines[3])
        // A separator between March 2018 (the timeline's end) and April.
        let months = lines[4]
        XCTAssertTrue(months.contains("Mar │Apr"), months)

        let french = try page(["cloud": 8], width: 160, language: .fr)
        XCTAssertTrue(french[2].contains("│au-delà de l’échéancier · 2018"), french[2])
    }

    func testANarrowBeyondSectionStillSaysItsYearAndTheLegendNamesIt() throws {
        let lines = try page(["cloud": 2], width: 100)
        XCTAssertTrue(lines[2].hasSuffix("│2018  │"), lines[2])
        XCTAssertTrue(lines[4].hasSuffix("│O  N  D  J  F  M  │A  M  │"), "no unlabelled columns under Period 3: \(lines[4])")
        XCTAssertTrue(lines.contains { $0.contains("Beyond the timeline: Apr 2018 – May 2018") }, lines.joined(separator: "\n"))
    }

    /// One month past the end is said as one month, not as a range from it to itself.
    func testOneMonthPastTheEndIsSaidOnce() throws {
        for width in [40, 100, 160] {
            let legend = try page(["cloud": 1], width: width).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(legend.contains("Beyond the timeline: Apr 2018 (the last columns)"), "\(width): \(legend)")
            XCTAssertFalse(legend.contains("Apr 2018 – Apr 2018"), "\(width): \(legend)")
        }
    }

    /// A grid too narrow for a column a month is compressed and has no room for the section's
    /// header: the legend still names the months past the end.
    func testACompressedGridStillNamesTheMonthsPastTheEnd() throws {
        let lines = try page(["cloud": 2], width: 40)
        // The entry wraps under itself at this width rather than being cut.
        let legend = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(legend.contains("Beyond the timeline: Apr 2018 – May 2018 (the last columns)"), lines.joined(separator: "\n"))
        let legendStart = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Legend:") })
        XCTAssertFalse(lines[legendStart...].contains { $0.contains("…") }, "no legend entry cut: \(lines.joined(separator: "\n"))")
        XCTAssertFalse(try page([:], width: 40).contains { $0.contains("Beyond the timeline") })
    }

    func testAnAdvanceBeforeTheStartIsMarkedAtTheLeftEdge() throws {
        let lines = try page(["propose": -2], width: 100)
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("  Propose the strategy") })
        let grid = try XCTUnwrap(row.firstIndex(of: "│"))
        XCTAssertEqual(row[row.index(after: grid)], "◂", row)
        XCTAssertTrue(lines.contains { $0.contains("◂ starts before the timeline") })
        // Without the advance, no mark and no legend line for it.
        let plain = try page([:], width: 100)
        XCTAssertFalse(plain.joined().contains("◂"))
        XCTAssertFalse(plain.joined().contains("beyond the timeline"))
    }
}
