import RoadmapModel

/// Where things go across the width of the roadmap grid: a mark column (◆ for critical), the
/// activity's name, its role code, then the months, grouped by period between │ separators.
/// Wider terminals give months more columns (up to six); narrow ones shorten the names. When
/// even one column a month does not fit (a timeline of years), months share columns and the
/// grid is compressed, so that it never breaks.
struct GanttLayout {
    static let markX = 0
    static let nameX = 2
    static let roleWidth = 4

    let width: Int
    let nameWidth: Int
    let roleX: Int
    let gridX: Int
    /// Columns per month; 1 in compressed mode, where several months share a column.
    let monthWidth: Int
    let compressed: Bool
    let monthCount: Int
    let firstMonth: Month
    /// The x of each month's first cell.
    let monthX: [Int]
    /// The x of each separator column.
    let separatorX: [Int]
    /// Each period that falls in the grid: its label and the columns it spans.
    let periods: [(period: Period, x: Int, width: Int)]
    /// The months drawn (all but with a zoom that does not fit them); the others have an x
    /// off the left of the canvas, where nothing is drawn.
    let shownMonths: Range<Int>
    /// The months past the timeline's end that a what-if brings into the grid: the first one's
    /// offset and the columns the shown ones span, under a header of their own (not the last period's).
    let beyond: (first: Int, x: Int, width: Int)?

    /// The name column never asks for more: a longer name wraps (a document) or is cut (the
    /// screen), so names need not be measured past it.
    static let widestNameColumn = 48

    init(scheduled: ScheduledRoadmap, width: Int, longestName: Int, zoom: MonthZoom = .fit, firstMonth requested: Int = 0) {
        let roadmap = scheduled.roadmap
        let timeline = roadmap.meta.timeline
        self.width = width
        firstMonth = timeline.start
        // The grid covers the timeline, and more when a what-if pushes work past its end.
        let monthCount = max(1, timeline.monthCount, scheduled.schedule.projectFinish, scheduled.schedule.lateFinish.max() ?? 0)
        self.monthCount = monthCount

        var periodStarts = Set(roadmap.meta.periods.map { $0.start - timeline.start }.filter { $0 > 0 && $0 < monthCount })
        let timelineMonths = max(1, timeline.monthCount)
        if monthCount > timelineMonths { periodStarts.insert(timelineMonths) }
        let fixed = Self.nameX + 1 + Self.roleWidth + 1
        let nameTarget = min(max(longestName, 12), Self.widestNameColumn)
        let nameMinimum = min(nameTarget, 16)
        switch zoom {
        case .fit: compressed = width - fixed - nameMinimum < monthCount + periodStarts.count + 2
        case .compressed: compressed = true
        case .columns: compressed = false
        }
        var monthX: [Int] = []
        var separatorX: [Int] = []
        var shownMonths = 0..<monthCount
        if case let .columns(columns) = zoom, !compressed {
            // A fixed width: the name keeps its target where that leaves room for a few
            // months, and the months from `firstMonth` fill what remains, scrolling sideways.
            monthWidth = columns
            nameWidth = max(0, min(nameTarget, width - fixed - 2 - 3 * (columns + 1)))
            roleX = Self.nameX + nameWidth + 1
            gridX = roleX + Self.roleWidth + 1
            let left = gridX
            let fitting = { (start: Int) -> Int in
                var x = left, end = start
                while end < monthCount {
                    let separator = end == start || periodStarts.contains(end) ? 1 : 0
                    guard x + separator + columns + 1 <= width else { break }
                    x += separator + columns
                    end += 1
                }
                return max(end, min(start + 1, monthCount))
            }
            // Never scroll past the point where the last month shows.
            var start = max(0, min(requested, monthCount - 1))
            while start > 0, fitting(start - 1) >= monthCount { start -= 1 }
            let end = fitting(start)
            shownMonths = start..<end
            var x = gridX
            for month in 0..<monthCount {
                guard shownMonths.contains(month) else {
                    monthX.append(-width - 10)
                    continue
                }
                if month == start || periodStarts.contains(month) {
                    separatorX.append(x)
                    x += 1
                }
                monthX.append(x)
                x += monthWidth
            }
            separatorX.append(x)
        } else if compressed {
            monthWidth = 1
            let columns = max(1, width - fixed - nameMinimum - 2)
            nameWidth = max(0, width - fixed - columns - 2)
            roleX = Self.nameX + nameWidth + 1
            gridX = roleX + Self.roleWidth + 1
            separatorX = [gridX, gridX + 1 + columns]
            let left = gridX + 1
            monthX = (0..<monthCount).map { left + $0 * columns / monthCount }
        } else {
            let separators = periodStarts.count + 2
            let spare = width - fixed - nameTarget - separators
            monthWidth = max(1, min(6, spare / monthCount))
            nameWidth = max(0, width - fixed - monthCount * monthWidth - separators)
            roleX = Self.nameX + nameWidth + 1
            gridX = roleX + Self.roleWidth + 1
            var x = gridX
            for month in 0..<monthCount {
                if month == 0 || periodStarts.contains(month) {
                    separatorX.append(x)
                    x += 1
                }
                monthX.append(x)
                x += monthWidth
            }
            separatorX.append(x)
        }
        self.monthX = monthX
        self.separatorX = separatorX
        self.shownMonths = shownMonths

        var periods: [(Period, Int, Int)] = []
        for period in roadmap.meta.periods {
            // A period partly scrolled out keeps the columns of its months that are shown.
            let first = max(period.start - timeline.start, shownMonths.lowerBound), last = min(period.finish - timeline.start, shownMonths.upperBound - 1)
            guard first >= 0, last < monthCount, first <= last else { continue }
            periods.append((period, monthX[first], monthX[last] + monthWidth - monthX[first]))
        }
        self.periods = compressed ? [] : periods
        // Scrolled sideways, the header spans the beyond months on screen, if any.
        let firstBeyond = max(timelineMonths, shownMonths.lowerBound), lastBeyond = shownMonths.upperBound - 1
        beyond = compressed || monthCount <= timelineMonths || firstBeyond > lastBeyond ? nil
            : (timelineMonths, monthX[firstBeyond], monthX[lastBeyond] + monthWidth - monthX[firstBeyond])
        if let status = scheduled.statusDate.map({ $0 - timeline.start }), status >= 0, status < monthCount, shownMonths.contains(status) {
            statusDateX = monthX[status] + monthWidth - 1
        } else {
            statusDateX = nil
        }
    }

    /// The column of the status date, when the roadmap has one on the grid: the last cell of the
    /// status month (progress is reported to its end); nil when that month is off the grid.
    let statusDateX: Int?

    /// The calendar month at a grid offset.
    func month(_ offset: Int) -> Month { firstMonth + offset }

    /// Draws the period separators of one row.
    func drawSeparators(_ canvas: inout Canvas, y: Int, character: Character = "│") {
        // A one-column mark is filled into its cell, as putting it would: a put sanitizes and
        // measures its text, for each separator of each row.
        let oneColumn = TextWidth.of(character) == 1
        for x in separatorX where x < width {
            if oneColumn { canvas.fill(character, x: x, y: y, count: 1, style: .muted) } else { canvas.put(String(character), x: x, y: y, style: .muted) }
        }
    }

    /// The text export's shortcut for a page's continuation rows (`continuation` gives a row's
    /// text and column, nil for other rows): a continuation row is its text on the grid's
    /// separators and nothing else, so it is written from a template of the separators
    /// (`RowTemplate`) — drawn only where its text is not one the template writes the same.
    func continuationRows(width: Int, page: Page, _ continuation: @escaping @Sendable (Int) -> (text: String, x: Int)?) -> Page.PlainRows? {
        var separators = Canvas(width: width, height: 1, styled: false)
        drawSeparators(&separators, y: 0)
        guard let template = RowTemplate(separators, row: 0) else { return nil }
        let gridX = self.gridX
        return Page.PlainRows(contains: { continuation($0) != nil }, write: { row, out in
            guard let (text, x) = continuation(row) else { return }
            if !template.appendLine(text, x: x, limit: gridX - 1 - x, to: &out) { page.rows(row..<row + 1, styled: false).appendLine(0, to: &out) }
        })
    }
}
