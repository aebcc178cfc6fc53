import XCTest
import RoadmapModel
import RoadmapSynthetic
@testable import RoadmapViews

/// The exports reach their sink a chunk at a time, so that a roadmap of a hundred thousand
/// activities is never held whole as cells (the text export used to build the page as one
/// canvas: about 1 GB at 100,000 activities). What they write is unchanged: the text export
/// is still the page's lines, trailing spaces removed, each ending in a newline. The memory
/// itself is measured by the benchmark in docs/performance.md, not here.
final class StreamingExportTests: XCTestCase {
    /// The text of a page as it was written before streaming: the whole canvas, line by line.
    private func wholeText(_ page: Page) -> [UInt8] {
        Array((page.fullCanvas.lines.joined(separator: "\n") + "\n").utf8)
    }

    func testTheTextExportIsTheHeaderThenTheRowsInChunks() throws {
        for scheduled in [try Fixture.minimal(), try Fixture.shipped()] {
            for width in [40, 100] {
                for state in allStates(selected: busiestActivity(scheduled)) {
                    // The export writes the page as a document.
                    var document = state
                    document.medium = .document
                    let page = PageBuilder.page(scheduled, document, width: width)
                    var chunks: [[UInt8]] = []
                    page.writeText(chunkRows: 3) { chunks.append($0) }
                    let what = "\(state.view) \(state.language) at \(width)"
                    XCTAssertEqual(chunks.count, 1 + (page.rowCount + 2) / 3, what)
                    XCTAssertEqual(chunks.first?.filter { $0 == 0x0A }.count, page.header.height, "the header comes first, whole: \(what)")
                    for chunk in chunks.dropFirst() {
                        XCTAssertLessThanOrEqual(chunk.filter { $0 == 0x0A }.count, 3, what)
                    }
                    XCTAssertEqual(Array(chunks.joined()), wholeText(page), "the same bytes as the whole page: \(what)")
                    XCTAssertEqual(try Exporter.render(scheduled, state, format: .text, width: width), wholeText(page), what)
                }
            }
        }
    }

    func testEveryFormatReachesItsSinkInBoundedChunks() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: 3000))))
        // The views whose exports grow with the roadmap, in the formats that stream.
        let streamed: [(ViewKind, [ExportFormat])] = [
            (.roadmap, [.text, .markdown, .csv, .mermaid, .json]), (.teams, [.text]), (.dependencies, [.markdown, .csv, .json, .mermaid]),
        ]
        for (view, formats) in streamed {
            for format in formats {
                var sizes: [Int] = [], lines: [Int] = [], records: [Int] = []
                var whole: [UInt8] = []
                try Exporter.write(scheduled, ViewState(view: view), format: format, width: 160) { chunk in
                    sizes.append(chunk.count)
                    lines.append(chunk.filter { $0 == 0x0A }.count)
                    records.append(zip(chunk, chunk.dropFirst()).filter { $0 == (0x0D, 0x0A) }.count)
                    whole += chunk
                }
                let what = "\(format) of \(view)"
                XCTAssertGreaterThan(sizes.count, 3, "\(what) comes in several chunks")
                if format == .text {
                    XCTAssertLessThanOrEqual(lines.max() ?? 0, Page.textChunkRows, "\(what): at most a chunk of rows at a time")
                } else if format == .json && view == .roadmap {
                    // The schedule's activities a batch of 1,024 at a time (`ScheduleJSON.write`).
                    XCTAssertLessThan(sizes.max() ?? 0, whole.count / 2, "\(what): a batch at a time")
                } else if format == .csv && view == .roadmap {
                    // Written on every processor, a slice of rows a chunk (`ParallelRows`).
                    XCTAssertLessThanOrEqual(records.max() ?? 0, ParallelRows.sliceRows, "\(what): at most a slice of rows at a time")
                } else {
                    // A chunk is handed over once it passes 64 KB: at most that and one more row.
                    XCTAssertLessThan(sizes.max() ?? 0, 70_000, what)
                }
                XCTAssertEqual(whole, try Exporter.render(scheduled, ViewState(view: view), format: format, width: 160), what)
            }
        }
    }

    /// A chunk is ready once a page's rows are drawn, not at the end of the export: the sink
    /// sees the first rows before the last ones exist.
    func testTheFirstChunkLeavesBeforeTheLastRowIsDrawn() throws {
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: 2000))))
        let page = PageBuilder.page(scheduled, ViewState(), width: 120)
        var seen = 0
        page.writeText(chunkRows: 100) { chunk in
            seen += 1
            if seen == 2 { XCTAssertEqual(chunk.filter { $0 == 0x0A }.count, 100) }
        }
        XCTAssertEqual(seen, 1 + (page.rowCount + 99) / 100)
    }

    func testTheWidthRuleIsDeclaredOnce() throws {
        XCTAssertEqual(ExportWidth.range, 20...1000)
        XCTAssertNil(ExportWidth.problem(20))
        XCTAssertNil(ExportWidth.problem(1000))
        XCTAssertEqual(ExportWidth.problem(19), "--width must be between 20 and 1000 columns (got 19)")
        XCTAssertEqual(ExportWidth.problem(100_000_000), "--width must be between 20 and 1000 columns (got 100000000)")
        XCTAssertEqual(ExportWidth.clamped(5), 20)
        XCTAssertEqual(ExportWidth.clamped(4000), 1000)
        // A width no user typed (a terminal's) is brought within the rule by the exporter.
        let scheduled = ScheduledRoadmap(try ValidatedRoadmap(validating: SyntheticRoadmap.make(.init(activities: 10))))
        let text = String(decoding: try Exporter.render(scheduled, ViewState(), format: .text, width: 5000), as: UTF8.self)
        XCTAssertEqual(text.split(separator: "\n").map { TextWidth.of(String($0)) }.max(), 1000)
    }
}
