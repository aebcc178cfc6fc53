import XCTest
import RoadmapModel
import RoadmapSynthetic
@testable import RoadmapViews

/// The exports written on every processor (`ParallelRows`): what they hand over is the same,
/// byte for byte and in the same order, as writing their rows one after the other.
final class ParallelRowsTests: XCTestCase {
    /// A row's bytes: its number, so that a row out of order or missing shows.
    private static func row(_ k: Int) -> [UInt8] { Array("\(k)\n".utf8) }

    func testSlicesComeInOrderAndCoverEveryRowOnce() {
        for count in [0, 1, 6, 7, 8, 255, 256, 257, 1000, 2049] {
            for slices in [1, 2, 3, 4] {
                for step in [1, 7, 256] {
                    var chunks: [[UInt8]] = []
                    ParallelBatches.write(count: count, rowsPerSlice: step, slices: slices, to: { chunks.append($0) }) { rows, out in
                        for k in rows { out += Self.row(k) }
                    }
                    let what = "\(count) rows, \(slices) slices of \(step)"
                    XCTAssertEqual(Array(chunks.joined()), (0..<count).flatMap(Self.row), what)
                    XCTAssertEqual(chunks.count, (count + step - 1) / step, "a chunk a slice: \(what)")
                    XCTAssertTrue(chunks.allSatisfy { $0.filter { $0 == 0x0A }.count <= step }, what)
                }
            }
        }
    }

    /// A sink that fails (a full disk) stops the writing there: nothing handed over after it,
    /// and the batch being drawn meanwhile finished before the call returns.
    func testASinkThatFailsStopsTheWriting() {
        struct Full: Error {}
        for failing in [1, 2, 3, 9, 40] {
            var calls = 0
            XCTAssertThrowsError(try ParallelBatches.write(count: 5000, rowsPerSlice: 7, slices: 4, to: { _ in
                calls += 1
                if calls == failing { throw Full() }
            }) { rows, out in
                for k in rows { out += Self.row(k) }
            })
            XCTAssertEqual(calls, failing)
        }
    }

    func testRowByRowOnEveryProcessorIsRowAfterRow() {
        for count in [0, 10, ParallelRows.parallelFrom - 1, ParallelRows.parallelFrom, 5000] {
            var chunks: [[UInt8]] = []
            ParallelRows.write(count: count, to: { chunks.append($0) }) { k, out in out += Self.row(k) }
            XCTAssertEqual(Array(chunks.joined()), (0..<count).flatMap(Self.row), "\(count) rows")
        }
    }

    func testAMapOnEveryProcessorKeepsTheOrder() {
        for count in [0, 1, 100, 5000] {
            XCTAssertEqual(ParallelRows.map(count: count, parallelFrom: 2) { $0 * 3 + 1 }, (0..<count).map { $0 * 3 + 1 }, "\(count)")
        }
    }

    /// The names of a large roadmap, wrapped on every processor before its grid and its chart
    /// are laid out, are those wrapped one at a time; the page drawn on every processor is the
    /// page drawn whole.
    func testALargeDocumentIsTheSameAsDrawnOneRowAtATime() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: 2500, seed: 3, names: .long))))
        for language in [Language.fr, .en] {
            var state = ViewState(view: .roadmap, language: language)
            state.medium = .document
            let grid = RoadmapPage.grid(scheduled, state, width: 80)
            var expected: [String] = [], drawn: [String] = []
            for row in grid.rows {
                switch row {
                case let .activity(i):
                    expected += RoadmapPage.nameLines(i, scheduled, grid.layout, language, search: "")
                    drawn.append(grid.firstNameLines[i] ?? "")
                case let .continuation(text, _, _, activity) where activity != nil:
                    drawn.append(text)
                default:
                    break
                }
            }
            XCTAssertEqual(drawn, expected, "\(language)")

            let page = PageBuilder.page(scheduled, state, width: 80)
            XCTAssertGreaterThanOrEqual(page.rowCount, ParallelRows.parallelFrom)
            var bytes: [UInt8] = []
            page.writeText { bytes += $0 }
            XCTAssertEqual(bytes, Array((page.fullCanvas.lines.joined(separator: "\n") + "\n").utf8), "\(language)")

            let input = ExportInput(scheduled: scheduled, state: state, width: 100)
            let chart = ChartLayout(input, visible: state.filter.apply(to: scheduled))
            var wrapped = 0
            for row in chart.rows {
                guard case let .activity(i) = row.kind else { continue }
                XCTAssertEqual(row.lines, ChartText.wrap(scheduled.roadmap.activities[i].name[language], to: chart.nameWidth, size: ChartLayout.textSize))
                wrapped += 1
            }
            XCTAssertEqual(wrapped, 2500)
        }
    }

    /// The HTML tables of a large view, written on every processor: every activity's row once,
    /// in the order of its area's table, and the notes numbered in the order they are read.
    func testTheTablesOfALargePageAreInOrderAndTheirNotesNumbered() throws {
        var options = SyntheticRoadmap.Options(activities: 2500, seed: 5)
        options.roleWarnings = 1.0 / 3
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(options)))
        let state = ViewState(view: .roadmap, language: .fr)
        let html = String(decoding: try Exporter.render(scheduled, state, format: .html, width: 120), as: UTF8.self)
        let references = html.matches(of: /href="#note-(\d+)"/).map { Int($0.output.1)! }
        XCTAssertFalse(references.isEmpty, "the warnings' inferred fields have notes")
        XCTAssertEqual(references, Array(1...references.count), "notes numbered in reading order")
        let rowIDs = html.matches(of: /<tr(?: class="critical")?><th scope="row">/).count
        XCTAssertEqual(rowIDs, 2500, "a row a shown activity")
        let byArea = ActivityRow.byArea(scheduled, visible: state.filter.apply(to: scheduled), order: state.order)
        let order = state.order.areaOrder(scheduled.roadmap.areas).flatMap { byArea[$0] }
        // From the first table on (the chart above names them too); a critical row's name
        // follows its marker.
        var cursor = try XCTUnwrap(html.range(of: "<table>")).lowerBound
        for i in order {
            let name = XMLText.escaped(scheduled.roadmap.activities[i].name[.fr])
            guard let found = html.range(of: name, range: cursor..<html.endIndex) else {
                return XCTFail("activity \(i) missing or out of order")
            }
            cursor = found.upperBound
        }
    }
}
