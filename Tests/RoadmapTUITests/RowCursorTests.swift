import XCTest
@testable import RoadmapTUI

/// The cursor and scroll arithmetic on its own, over made-up rows: no page, no explorer.
final class RowCursorTests: XCTestCase {
    /// Ten rows, four on screen; rows 0 and 5 are headings the cursor does not rest on.
    private let rows = RowCursor.Rows(count: 10, visible: 4, choosesRows: true) { $0 != 0 && $0 != 5 }
    private let document = RowCursor.Rows(count: 10, visible: 4, choosesRows: false) { _ in false }

    func testMovingScrollsTheCursorIntoViewAndClampsToThePage() {
        var cursor = RowCursor()
        XCTAssertTrue(cursor.move(to: 7, in: rows))
        XCTAssertEqual(cursor, RowCursor(top: 4, row: 7), "the cursor's row is the last on screen")
        cursor.move(to: 99, in: rows)
        XCTAssertEqual(cursor, RowCursor(top: 6, row: 9), "past the end: the last row, the page not scrolled past its end")
        cursor.move(to: -3, in: rows)
        XCTAssertEqual(cursor, RowCursor(top: 0, row: 0))
    }

    func testBackOnTheFirstStopTheHeadingAboveComesIntoView() {
        var cursor = RowCursor(top: 1, row: 1)
        cursor.move(to: 1, in: rows)
        XCTAssertEqual(cursor.top, 0, "row 1 is the first row the cursor rests on: its heading (row 0) shows")
    }

    func testAnEmptyPageLeavesTheCursorNowhere() {
        var cursor = RowCursor(top: 3, row: 5)
        XCTAssertFalse(cursor.move(to: 2, in: RowCursor.Rows(count: 0, visible: 4, choosesRows: true) { _ in true }))
        XCTAssertEqual(cursor, RowCursor())
    }

    func testSteppingSkipsRowsTheCursorCannotRestOn() {
        var cursor = RowCursor(top: 0, row: 4)
        XCTAssertTrue(cursor.step(1, in: rows))
        XCTAssertEqual(cursor.row, 6, "the heading at row 5 is skipped")
        cursor.step(-1, in: rows)
        XCTAssertEqual(cursor.row, 4)
    }

    func testAPageCountsEveryRowItPasses() {
        var cursor = RowCursor(top: 0, row: 1)
        cursor.step(3, in: rows)
        XCTAssertEqual(cursor.row, 4, "three rows down from 1, none of them a heading")
        cursor.step(3, in: rows)
        XCTAssertEqual(cursor.row, 7, "the heading at 5 counts as a row passed, not as a stop")
    }

    func testAtTheLastStopMovingOnScrollsWhatFollowsIntoView() {
        let withLegend = RowCursor.Rows(count: 10, visible: 4, choosesRows: true) { $0 < 6 }
        var cursor = RowCursor(top: 2, row: 5)
        XCTAssertFalse(cursor.step(1, in: withLegend), "no row to move to")
        XCTAssertEqual(cursor, RowCursor(top: 3, row: 5), "the rows below scroll into view")
        cursor.step(4, in: withLegend)
        XCTAssertEqual(cursor, RowCursor(top: 5, row: 5), "only as far as the cursor stays on screen")
    }

    func testADocumentScrollsAndItsCursorIsItsFirstRow() {
        var cursor = RowCursor()
        XCTAssertFalse(cursor.step(3, in: document))
        XCTAssertEqual(cursor, RowCursor(top: 3, row: 3))
        cursor.scroll(to: 50, in: document)
        XCTAssertEqual(cursor, RowCursor(top: 6, row: 6), "not past the end")
        cursor.scroll(by: -10, in: document)
        XCTAssertEqual(cursor, RowCursor(top: 0, row: 0))
    }

    func testTheWheelScrollsAndTheCursorFollowsOntoAStopOnScreen() {
        var cursor = RowCursor(top: 0, row: 1)
        XCTAssertTrue(cursor.wheel(3, in: rows))
        XCTAssertEqual(cursor, RowCursor(top: 3, row: 3), "the cursor left the screen: the first stop now on it")
        XCTAssertTrue(cursor.wheel(3, in: rows))
        XCTAssertEqual(cursor, RowCursor(top: 6, row: 6))
        XCTAssertFalse(cursor.wheel(-3, in: rows), "row 6 is still on screen: the cursor stays")
        XCTAssertEqual(cursor, RowCursor(top: 3, row: 6))
        XCTAssertTrue(cursor.wheel(-1, in: rows))
        XCTAssertEqual(cursor, RowCursor(top: 2, row: 4), "going up, the last stop on screen (the heading at 5 skipped)")
    }

    func testTheWheelOnAShortPageScrollsNothing() {
        var cursor = RowCursor(top: 0, row: 2)
        let short = RowCursor.Rows(count: 3, visible: 4, choosesRows: true) { _ in true }
        cursor.wheel(3, in: short)
        XCTAssertEqual(cursor, RowCursor(top: 0, row: 2))
    }

    func testClampingKeepsTheCursorOnScreenAfterTheScreenShrinks() {
        var cursor = RowCursor(top: 0, row: 7)
        cursor.clamp(in: RowCursor.Rows(count: 10, visible: 8, choosesRows: true) { _ in true })
        XCTAssertEqual(cursor.top, 0)
        cursor.clamp(in: rows)
        XCTAssertEqual(cursor, RowCursor(top: 4, row: 7), "four rows on screen now: the cursor's is the last")
    }
}
