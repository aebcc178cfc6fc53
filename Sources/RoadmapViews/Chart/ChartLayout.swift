import RoadmapModel

/// Where everything of the roadmap chart goes, in pixels: the picture laid out for a page or a
/// slide rather than copied from the terminal. The name column is as wide as the longest name
/// up to a share of the page, and a longer name wraps onto more lines of its row; the months
/// share what remains, with their names as long as the column allows; periods head their
/// months with their dates. Every row's height is known before a byte is written, since the
/// SVG says its height first.
struct ChartLayout {
    enum RowKind {
        case area(Int, count: Int, folded: Bool)
        case activity(Int)
    }

    struct Row {
        let kind: RowKind
        let top: Double
        let height: Double
        /// The label, wrapped to its column.
        let lines: [String]
    }

    struct PeriodHead {
        let x: Double, width: Double
        let label: [String]
        let dates: [String]
        /// The months past the timeline's end, under a head of their own.
        let beyond: Bool
    }

    // Type sizes and spacing, in pixels.
    static let margin = 24.0
    static let titleSize = 17.0, textSize = 12.0, smallSize = 11.0, footSize = 10.0
    static let titleLine = 22.0, line = 15.0, smallLine = 14.0, footLine = 13.0
    /// The critical marker's gutter left of the names, and the role code's column.
    static let gutter = 14.0, roleWidth = 34.0
    static let rowPadding = 8.0

    let width: Double
    let titleLines: [String]
    let subtitleLines: [String]
    let nameX: Double, nameWidth: Double, roleX: Double, gridX: Double, gridWidth: Double
    let monthCount: Int
    let firstMonth: Month
    let timelineMonths: Int
    let monthWidth: Double
    /// The month heads' text, by month (nil where they do not fit: the years say it then).
    let monthLabels: [String?]
    let periodHeads: [PeriodHead]
    let headTop: Double, periodHeight: Double, monthTop: Double, gridTop: Double
    let rows: [Row]
    let gridBottom: Double
    let legend: ChartLegend
    let legendTop: Double
    let footerLines: [String]
    let provenanceLines: [String]
    let footerTop: Double
    let height: Double

    var contentWidth: Double { width - 2 * Self.margin }

    /// The x of a month's left edge (a month offset from the timeline's start).
    func x(ofMonth month: Int) -> Double { gridX + Double(month) * monthWidth }

    init(_ input: ExportInput, visible: [Int]) {
        let scheduled = input.scheduled, roadmap = scheduled.roadmap, state = input.state
        let language = state.language, words = Vocabulary(language)
        let m = Self.margin
        // A column of the page is eight pixels: 100 columns make a picture 800 wide, 200 a
        // slide's 1600; never narrower than a page's column of text.
        let width = Double(max(60, input.width) * 8)
        self.width = width
        let content = width - 2 * m

        let pageName = PageBuilder.name(of: state.view, language)
        titleLines = ChartText.wrap(PageHeader.title(roadmap, language, pageName: pageName), to: content, size: Self.titleSize, bold: true)
        let schedule = scheduled.schedule
        let finish = scheduled.delays.isEmpty
            ? (scheduled.monthsPastTimeline > 0 ? words.finishChange(schedule.projectFinishMonth, by: scheduled.monthsPastTimeline)
                                                 : "\(words.finish) \(words.monthAndYear(schedule.projectFinishMonth))")
            : words.finishChange(schedule.projectFinishMonth, by: schedule.projectFinish - scheduled.baseline.projectFinish)
        let subtitle = [words.order(state.order.isRecorded(in: roadmap) ? state.order : .file).capitalizedFirst,
                        finish.capitalizedFirst,
                        "\(words.criticalPath)\(words.colon) " + words.shown(schedule.criticalPath.count, of: roadmap.activities.count)]
        subtitleLines = ChartText.wrap(subtitle.joined(separator: " · "), to: content, size: Self.textSize)

        // Columns: the critical marker, the names, the role codes, then the months.
        let timeline = roadmap.meta.timeline
        let timelineMonths = max(1, timeline.monthCount)
        let monthCount = max(1, timeline.monthCount, schedule.projectFinish, schedule.lateFinish.max() ?? 0)
        let firstMonth = timeline.start
        self.timelineMonths = timelineMonths
        self.monthCount = monthCount
        self.firstMonth = firstMonth
        let search = TextFolding.fold(state.filter.search)
        @Sendable func label(_ i: Int) -> String {
            // The name read where it is: a copy of the whole activity retains each of its texts.
            let name = roadmap.activities[i].name[language]
            guard !search.isEmpty, let why = RoadmapPage.whyMatched(roadmap.activities[i], language, search: search) else { return name }
            return name + " " + why
        }
        let cap = max(120, (content - Self.gutter - Self.roleWidth) * 0.42)
        var longest = 0.0
        // A sample of the names, and none once one asks for the widest column there is.
        for i in visible.prefix(2000) where longest + 4 < cap { longest = max(longest, ChartText.width(label(i), size: Self.textSize)) }
        let nameX = m + Self.gutter
        let nameWidth = min(cap, max(80, longest + 4))
        let roleX = nameX + nameWidth + 8
        let gridX = roleX + Self.roleWidth
        let gridWidth = max(1, width - m - gridX)
        let monthWidth = gridWidth / Double(monthCount)
        (self.nameX, self.nameWidth, self.roleX, self.gridX, self.gridWidth, self.monthWidth) = (nameX, nameWidth, roleX, gridX, gridWidth, monthWidth)

        // Month heads: the longest form every month's name fits in.
        let months = (0..<monthCount).map { firstMonth + $0 }
        let forms = [6, 5, 4, 3, 1].map { k in months.map { words.monthAbbreviation($0.month, width: k) } }
        let fitting = forms.first { names in names.allSatisfy { ChartText.width($0, size: Self.smallSize) + 4 <= monthWidth } }
        monthLabels = fitting.map { $0.map(Optional.some) } ?? months.map { _ in nil }

        // Period heads: the label, then the dates, each wrapped to the period's width.
        var heads: [PeriodHead] = []
        for period in roadmap.meta.periods {
            let first = period.start - timeline.start, last = period.finish - timeline.start
            guard first >= 0, last < monthCount, first <= last else { continue }
            let x = gridX + Double(first) * monthWidth, w = Double(last - first + 1) * monthWidth
            heads.append(PeriodHead(x: x, width: w,
                                    label: ChartText.wrap(period.label[language], to: w - 6, size: Self.textSize, bold: true),
                                    dates: ChartText.wrap(Self.keptTogether(words.monthRange(period.start, period.finish)), to: w - 6, size: Self.smallSize),
                                    beyond: false))
        }
        if monthCount > timelineMonths {
            let x = gridX + Double(timelineMonths) * monthWidth, w = Double(monthCount - timelineMonths) * monthWidth
            let range = words.monthRange(firstMonth + timelineMonths, firstMonth + (monthCount - 1))
            heads.append(PeriodHead(x: x, width: w, label: ChartText.wrap(words.beyondTimeline.capitalizedFirst, to: w - 6, size: Self.textSize, bold: true),
                                    dates: ChartText.wrap(Self.keptTogether(range), to: w - 6, size: Self.smallSize), beyond: true))
        }
        periodHeads = heads

        var y = m + Double(titleLines.count) * Self.titleLine + Double(subtitleLines.count) * Self.line + 12
        headTop = y
        let periodLines = heads.map { Double($0.label.count) * Self.line + Double($0.dates.count) * Self.smallLine }.max() ?? 0
        periodHeight = periodLines > 0 ? periodLines + 6 : 0
        monthTop = headTop + periodHeight
        // The years under the months where the months are too narrow for their names.
        y = monthTop + Self.smallLine + 6
        gridTop = y

        // Rows: the areas, each with its visible activities, in the state's order.
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: state.order)
        var rows: [Row] = []
        rows.reserveCapacity(visible.count + roadmap.areas.count)
        let areas = state.order.areaOrder(roadmap.areas).filter { !byArea[$0].isEmpty || state.filter.isEmpty }
        func isFolded(_ area: Int) -> Bool { state.folded.contains(.area(roadmap.areas[area].id)) }
        // The names wrapped before the rows are laid out, on every processor for a large
        // roadmap: wrapping them is most of laying out a chart of long names.
        let named = areas.filter { !isFolded($0) }.flatMap { byArea[$0] }
        let parallelFrom = ParallelRows.parallelFrom(texts: named.lazy.map { roadmap.activities[$0].name[language] })
        let wrappedNames = ParallelRows.map(count: named.count, parallelFrom: parallelFrom) { k in
            ChartText.wrap(label(named[k]), to: nameWidth, size: Self.textSize)
        }
        var nextWrapped = 0
        for area in areas {
            let activities = byArea[area]
            let folded = isFolded(area)
            // A folded area's summary bar runs in the grid: its heading keeps to the names' column.
            let room = folded ? nameWidth + Self.gutter : content
            let lines = ChartText.wrap("\(roadmap.areas[area].name[language]) (\(activities.count))", to: room, size: Self.textSize, bold: true)
            let height = Double(lines.count) * Self.line + Self.rowPadding + 2
            rows.append(Row(kind: .area(area, count: activities.count, folded: folded), top: y, height: height, lines: lines))
            y += height
            guard !folded else { continue }
            for i in activities {
                let lines = wrappedNames[nextWrapped]
                nextWrapped += 1
                let height = Double(lines.count) * Self.line + Self.rowPadding
                rows.append(Row(kind: .activity(i), top: y, height: height, lines: lines))
                y += height
            }
        }
        self.rows = rows
        gridBottom = y

        y += 16
        legendTop = y
        legend = ChartLegend(scheduled, state, visible: visible, width: content)
        y += legend.height + 12
        footerTop = y
        var footer = [PageHeader.filterLine(scheduled, state, shown: visible.count)]
        if let date = input.stamp.date { footer.append(words.exported(date)) }
        footerLines = footer.flatMap { ChartText.wrap($0, to: content, size: Self.smallSize) }
        y += Double(footerLines.count) * Self.smallLine
        var provenance: [String] = []
        if let source = input.stamp.source { provenance.append(words.source + words.colon + " " + source) }
        if let program = input.stamp.program { provenance.append(program) }
        provenance.append(words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible)) + " ("
                          + words.provenanceReason(screen: false) + ")")
        provenanceLines = ChartText.wrap(provenance.joined(separator: " · "), to: content, size: Self.footSize)
        y += Double(provenanceLines.count) * Self.footLine
        height = y + m
    }
}

extension ChartLayout {
    /// "Oct 2016 – Mar 2017" with a no-break space between each month and its year, so that a
    /// narrow period breaks its dates at the dash, never between a month and its year.
    static func keptTogether(_ range: String) -> String {
        let characters = Array(range)
        var result = ""
        for (k, character) in characters.enumerated() {
            let nextToDash = (k > 0 && characters[k - 1] == "–") || (k + 1 < characters.count && characters[k + 1] == "–")
            result.append(character == " " && !nextToDash ? "\u{00A0}" : character)
        }
        return result
    }
}

extension Vocabulary {
    /// "Exported on 12 May 2025", "Exporté le 12 mai 2025".
    func exported(_ date: ExportDate) -> String {
        if language == .fr {
            let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            return "Exporté le \(date.day == 1 ? "1er" : String(date.day)) \(months[(date.month - 1 + 12) % 12]) \(date.year)"
        }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "Exported on \(date.day) \(months[(date.month - 1 + 12) % 12]) \(date.year)"
    }
}
