/// Where a page is on screen and which of its rows is under the cursor: the first row shown
/// (`top`) and the cursor's row (`row`), with the arithmetic that keeps them together as keys
/// and the wheel move them (ratatui's `ListState`). A value of its own, so that the rules —
/// the cursor always on screen, rests only on rows that can be chosen, the page never scrolled
/// past its end — are tested without a page, a terminal or an explorer.
struct RowCursor: Equatable {
    /// The first row on screen.
    private(set) var top = 0
    /// The row under the cursor. On a page read like a document (no rows to choose) it is the
    /// first row on screen.
    private(set) var row = 0

    init(top: Int = 0, row: Int = 0) {
        self.top = top
        self.row = row
    }

    /// What the cursor moves over: how many rows, how many show at once, whether the cursor
    /// chooses rows (activities, teams) or the page scrolls like a document, and the rows it
    /// can rest on.
    struct Rows {
        let count: Int
        let visible: Int
        let choosesRows: Bool
        let isStop: (Int) -> Bool

        var firstStop: Int? { (0..<count).first(where: isStop) }
        var lastStop: Int? { (0..<count).reversed().first(where: isStop) }
    }

    /// Back to the top of the page, the cursor on its first row.
    mutating func reset() { self = RowCursor() }

    /// The cursor on `target` (clamped to the page), scrolled into view. Returns false when the
    /// page is empty and the cursor rests nowhere.
    @discardableResult
    mutating func move(to target: Int, in rows: Rows) -> Bool {
        guard rows.count > 0 else {
            self = RowCursor()
            return false
        }
        row = min(max(0, target), rows.count - 1)
        if row < top { top = row }
        // Back on the first row that can be chosen, the top of the page (its heading) comes
        // into view.
        if row <= top, top > 0, let first = rows.firstStop, row <= first { top = 0 }
        if row >= top + rows.visible { top = row - rows.visible + 1 }
        clamp(in: rows)
        return true
    }

    /// The page scrolled to `target` as its first row (clamped); a document's cursor follows.
    mutating func scroll(to target: Int, in rows: Rows) {
        top = target
        clamp(in: rows)
        if !rows.choosesRows { row = top }
    }

    mutating func scroll(by delta: Int, in rows: Rows) { scroll(to: top + delta, in: rows) }

    /// The page never scrolls past its end nor above its start, and where the cursor chooses
    /// rows it stays on screen.
    mutating func clamp(in rows: Rows) {
        top = max(0, min(top, rows.count - rows.visible))
        if rows.choosesRows, rows.visible > 0 {
            if row < top { top = row }
            if row >= top + rows.visible { top = max(0, row - rows.visible + 1) }
        }
    }

    /// A key's move (`j`, `k`, a page): `delta` rows that can be chosen, skipping the others,
    /// stopping at the ends; a page (|delta| > 1) counts every row it passes. At the last row
    /// that can be chosen, moving on scrolls what follows it (a legend) into view. A document
    /// scrolls. Returns whether the cursor came to rest on a row (to be selected).
    @discardableResult
    mutating func step(_ delta: Int, in rows: Rows) -> Bool {
        guard rows.choosesRows else {
            scroll(by: delta, in: rows)
            return false
        }
        var next = row
        var remaining = abs(delta)
        let direction = delta > 0 ? 1 : -1
        var target = row
        while remaining > 0 {
            next += direction
            guard next >= 0, next < rows.count else { break }
            if rows.isStop(next) {
                target = next
                remaining -= 1
            } else if abs(delta) > 1 {
                remaining -= 1
            }
        }
        if target == row && delta > 0 && next >= rows.count - 1 {
            scroll(by: delta, in: rows)
            return false
        }
        return move(to: target, in: rows)
    }

    /// The wheel scrolls the page. Where the cursor chooses rows it follows onto the nearest
    /// row still on screen that can be chosen; keeping it where it was would pull the page back,
    /// and the wheel would stop at the selection. Returns whether the cursor moved (to be
    /// selected).
    @discardableResult
    mutating func wheel(_ delta: Int, in rows: Rows) -> Bool {
        guard rows.choosesRows, rows.visible > 0, rows.count > rows.visible else {
            scroll(by: delta, in: rows)
            return false
        }
        let newTop = max(0, min(top + delta, rows.count - rows.visible))
        let shown = newTop..<min(rows.count, newTop + rows.visible)
        var moved = false
        if !shown.contains(row) {
            let candidates = row < newTop ? Array(shown) : Array(shown.reversed())
            guard let stop = candidates.first(where: rows.isStop) else { return false }
            row = stop
            moved = true
        }
        top = newTop
        clamp(in: rows)
        return moved
    }
}
