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
    /// The months past the timeline's end that a what-if brings into the grid: the first one's
    /// offset and the columns they span, under a header of their own (not the last period's).
    let beyond: (first: Int, x: Int, width: Int)?

    init(scheduled: ScheduledRoadmap, width: Int, longestName: Int) {
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
        let nameTarget = min(max(longestName, 12), 48)
        let nameMinimum = min(nameTarget, 16)
        compressed = width - fixed - nameMinimum < monthCount + periodStarts.count + 2
        var monthX: [Int] = []
        var separatorX: [Int] = []
        if compressed {
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

        var periods: [(Period, Int, Int)] = []
        for period in roadmap.meta.periods {
            let first = period.start - timeline.start, last = period.finish - timeline.start
            guard first >= 0, last < monthCount, first <= last else { continue }
            periods.append((period, monthX[first], monthX[last] + monthWidth - monthX[first]))
        }
        self.periods = compressed ? [] : periods
        beyond = compressed || monthCount <= timelineMonths ? nil
            : (timelineMonths, monthX[timelineMonths], monthX[monthCount - 1] + monthWidth - monthX[timelineMonths])
    }

    /// The calendar month at a grid offset.
    func month(_ offset: Int) -> Month { firstMonth + offset }

    /// Draws the period separators of one row.
    func drawSeparators(_ canvas: inout Canvas, y: Int, character: Character = "│") {
        for x in separatorX where x < width { canvas.put(String(character), x: x, y: y, style: .muted) }
    }
}
