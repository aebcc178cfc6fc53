import RoadmapModel

/// A view laid out for a width: a header that stays in place (title, filters, column heads) and
/// rows below it that scroll. Rows are drawn on demand, so that the explorer draws only what is
/// visible even when a roadmap has a hundred thousand activities; the text export draws them all.
public struct Page: Sendable {
    public let width: Int
    public let header: Canvas
    public let rowCount: Int
    private let drawRow: @Sendable (Int, inout Canvas, Int) -> Void
    private let activityForRow: @Sendable (Int) -> Int?

    public init(width: Int, header: Canvas, rowCount: Int,
                drawRow: @escaping @Sendable (_ row: Int, _ canvas: inout Canvas, _ y: Int) -> Void,
                activityForRow: @escaping @Sendable (Int) -> Int? = { _ in nil }) {
        self.width = width
        self.header = header
        self.rowCount = rowCount
        self.drawRow = drawRow
        self.activityForRow = activityForRow
    }

    /// A page whose rows are already drawn in a canvas (the small pages: strategy, glossary...).
    public init(width: Int, header: Canvas, body: Canvas, activityForRow: [Int?] = []) {
        self.init(width: width, header: header, rowCount: body.height, drawRow: { row, canvas, y in
            for x in 0..<min(body.width, canvas.width) { canvas[x, y] = body[x, row] }
        }, activityForRow: { row in row < activityForRow.count ? activityForRow[row] : nil })
    }

    /// Rows `range` (clamped to the page), drawn into a canvas of the page's width.
    public func rows(_ range: Range<Int>) -> Canvas {
        let clamped = range.clamped(to: 0..<rowCount)
        var canvas = Canvas(width: width, height: clamped.count)
        for (y, row) in clamped.enumerated() { drawRow(row, &canvas, y) }
        return canvas
    }

    /// The activity a row shows, if it shows one.
    public func activity(atRow row: Int) -> Int? {
        row >= 0 && row < rowCount ? activityForRow(row) : nil
    }

    /// The first row that shows `activity`.
    public func row(of activity: Int) -> Int? {
        (0..<rowCount).first { activityForRow($0) == activity }
    }

    /// The header and every row: what the text export writes.
    public var fullCanvas: Canvas {
        var canvas = header
        canvas.append(rows(0..<rowCount))
        return canvas
    }

    /// The page as plain text, one line per row, trailing spaces removed, ending in a newline.
    public var text: String {
        fullCanvas.lines.joined(separator: "\n") + "\n"
    }
}
