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
    private let headingForRow: @Sendable (Int) -> PageHeading?
    /// The task team a row shows, on the pages whose rows are teams (the team Gantt).
    private let teamForRow: @Sendable (Int) -> Int?
    /// The page's headings, paragraphs and fields as written, for the pages that are a
    /// document (strategy...): what the Markdown export turns into headings and lists. Empty
    /// for the pages drawn row by row.
    public let outline: [OutlineBlock]
    /// The grid's months on this page (the roadmap page only): which are shown, how wide.
    public var monthWindow: MonthWindow?
    /// The rows the text export writes without drawing them (a long name's continuation rows),
    /// and how; nil when every row is drawn.
    var plainRows: PlainRows?

    /// Rows whose line a page writes straight into the text export (`RowTemplate`): `contains`
    /// says which, `write` appends one's line, without its line feed, exactly as drawing the
    /// row and reading it back would.
    struct PlainRows: Sendable {
        let contains: @Sendable (Int) -> Bool
        let write: @Sendable (Int, inout [UInt8]) -> Void
    }

    public init(width: Int, header: Canvas, rowCount: Int,
                drawRow: @escaping @Sendable (_ row: Int, _ canvas: inout Canvas, _ y: Int) -> Void,
                activityForRow: @escaping @Sendable (Int) -> Int? = { _ in nil }, outline: [OutlineBlock] = [],
                headingForRow: @escaping @Sendable (Int) -> PageHeading? = { _ in nil },
                teamForRow: @escaping @Sendable (Int) -> Int? = { _ in nil }) {
        self.width = width
        self.header = header
        self.rowCount = rowCount
        self.drawRow = drawRow
        self.activityForRow = activityForRow
        self.headingForRow = headingForRow
        self.teamForRow = teamForRow
        self.outline = outline
    }

    /// A page whose rows are already drawn in a canvas (the small pages: strategy, glossary...).
    public init(width: Int, header: Canvas, body: Canvas, activityForRow: [Int?] = [], outline: [OutlineBlock] = []) {
        self.init(width: width, header: header, rowCount: body.height, drawRow: { row, canvas, y in
            for x in 0..<min(body.width, canvas.width) { canvas[x, y] = body[x, row] }
        }, activityForRow: { row in row < activityForRow.count ? activityForRow[row] : nil }, outline: outline)
    }

    /// Rows `range` (clamped to the page), drawn into a canvas of the page's width — without
    /// styles when `styled` is false, for what prints text alone.
    public func rows(_ range: Range<Int>, styled: Bool = true) -> Canvas {
        let clamped = range.clamped(to: 0..<rowCount)
        var canvas = Canvas(width: width, height: clamped.count, styled: styled)
        for (y, row) in clamped.enumerated() { drawRow(row, &canvas, y) }
        return canvas
    }

    /// The activity a row shows, if it shows one.
    public func activity(atRow row: Int) -> Int? {
        row >= 0 && row < rowCount ? activityForRow(row) : nil
    }

    /// The foldable heading a row shows, if it shows one.
    public func heading(atRow row: Int) -> PageHeading? {
        row >= 0 && row < rowCount ? headingForRow(row) : nil
    }

    /// The row of a foldable heading.
    public func row(of fold: Fold) -> Int? {
        (0..<rowCount).first { headingForRow($0)?.fold == fold }
    }

    /// The task team a row shows, if it shows one.
    public func team(atRow row: Int) -> Int? {
        row >= 0 && row < rowCount ? teamForRow(row) : nil
    }

    /// The first row that shows `activity`.
    public func row(of activity: Int) -> Int? {
        (0..<rowCount).first { activityForRow($0) == activity }
    }

    /// The header and every row in one canvas, for tests and small pages; the text export
    /// streams instead (`writeText`), since a canvas of every row costs a hundred bytes a cell.
    public var fullCanvas: Canvas {
        var canvas = header
        canvas.append(rows(0..<rowCount))
        return canvas
    }

    /// Rows drawn at a time by `writeText`: enough that the sink gets chunks of tens of
    /// kilobytes, few enough that the canvas of a chunk stays around a megabyte at the widest
    /// width the export allows.
    public static let textChunkRows = 256

    /// The page as plain text, one line per row, trailing spaces removed, each line ending in
    /// a newline: the header's lines in one chunk, then the rows drawn `chunkRows` at a time,
    /// each chunk handed to `sink` before those after it. So the text of a page of a hundred
    /// thousand rows never exists whole, and its cost in memory is a few chunks'. A page of
    /// many rows is drawn on every processor, several chunks at a time (`ParallelRows`: rows
    /// are drawn independently of each other), and handed over in order: the same bytes.
    public func writeText(chunkRows: Int = Page.textChunkRows, to sink: ([UInt8]) throws -> Void) rethrows {
        // A page with neither header nor rows is one empty line, as its joined lines would be.
        guard header.height > 0 || rowCount > 0 else { return try sink([0x0A]) }
        var bytes: [UInt8] = []
        header.appendLines(to: &bytes)
        try sink(bytes)
        try ParallelBatches.write(count: rowCount, rowsPerSlice: chunkRows, slices: ParallelRows.slices(rowCount), to: sink) { [self] rows, out in
            guard let plain = self.plainRows else { return self.rows(rows, styled: false).appendLines(to: &out) }
            // The rows written plain go straight out; the runs of rows between them are drawn,
            // a run at a time, before them.
            var next = rows.lowerBound
            for row in rows where plain.contains(row) {
                if next < row { self.rows(next..<row, styled: false).appendLines(to: &out) }
                plain.write(row, &out)
                out.append(0x0A)
                next = row + 1
            }
            if next < rows.upperBound { self.rows(next..<rows.upperBound, styled: false).appendLines(to: &out) }
        }
    }

    /// The page as plain text, as `writeText` writes it.
    public var text: String {
        var bytes: [UInt8] = []
        writeText { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
