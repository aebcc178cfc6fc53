import RoadmapModel

/// The Gantt grid: one block per area of interest, one row per activity, a bar across the
/// months. Every mark survives without colour — the fill tells the status, the ◆ column and
/// bold tell the critical path, · and ┈ tell the early/late window where it differs from the
/// plan — and the legend at the bottom explains each.
public enum RoadmapPage {
    public enum Mark {
        public static let new: Character = "█"
        public static let ongoing: Character = "▒"
        public static let float: Character = "·"
        public static let moved: Character = "┈"
        public static let critical: Character = "◆"
        /// A folded area's summary bar: the span of the activities it hides.
        public static let summary: Character = "━"
        /// At the grid's left edge: the bar begins before the timeline (an advance), cut there.
        public static let clipped: Character = "◂"
        /// Where a what-if moved the bar from: its months before the what-ifs.
        public static let ghost: Character = "░"
        /// The bar of the baseline (`--baseline`, another version of the file) where it differs
        /// from the current bar: a thin line under the row, as planners draw a baseline.
        public static let baseline: Character = "▁"
        /// The done part of a bar (progress as of the status date): a shade of its own, so that
        /// done and to do read apart without colour, on a new bar (█) and an ongoing one (▒).
        public static let done: Character = "▓"
        /// The status date's column, where a row has nothing else to draw there.
        public static let statusDate: Character = "┊"
        /// In the header's rule, over the status date's column.
        public static let statusDateHead: Character = "▼"
        /// Before the role code (in the blank between the name and it): the activity is behind.
        /// Not left of the name, where the explorer marks the selected row.
        public static let behind: Character = "!"
    }

    enum Row: Sendable {
        case area(Int, count: Int, folded: Bool)
        case activity(Int)
        case blank
        case message(String)
        case legend(String)
        /// The rest of a name that does not fit its column, in a document: at `x`, with the
        /// separators and no bar.
        case continuation(String, x: Int, style: CellStyle, activity: Int?)
    }

    /// An activity's name as a document writes it: whole, wrapped to the name column, with
    /// why the search kept it where its name does not show the match.
    static func nameLines(_ i: Int, _ scheduled: ScheduledRoadmap, _ layout: GanttLayout, _ language: Language, search: String) -> [String] {
        // The fields read where they are: a copy of the whole activity retains and releases
        // each of its texts and lists, once per row.
        let name = scheduled.roadmap.activities[i].name[language]
        guard !search.isEmpty, let why = whyMatched(scheduled.roadmap.activities[i], language, search: search) else {
            return Writer.wrap(name, to: max(1, layout.nameWidth))
        }
        return Writer.wrap(name + " " + why, to: max(1, layout.nameWidth))
    }

    static func nameStyle(_ i: Int, _ scheduled: ScheduledRoadmap) -> CellStyle {
        let critical = scheduled.schedule.isCritical(i)
        return CellStyle(critical ? .critical : .plain, bold: critical)
    }

    static func grid(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, shown: [Int]? = nil) -> Grid {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let visible = shown ?? state.filter.apply(to: scheduled)

        // The name column is measured on the whole roadmap, not the rows shown, so that it
        // keeps its width while a filter or a search typed letter by letter narrows the rows.
        // The heading "▸ name (n)" runs over the role column to the grid: its name counts too.
        var longestName = 0
        let countDigits = String(roadmap.activities.count).count
        for area in roadmap.areas where longestName < GanttLayout.widestNameColumn {
            longestName = max(longestName, TextWidth.of(area.name[language]) + countDigits - 2)
        }
        // Measure only a sample of names on huge roadmaps, and none once one asks for the
        // widest column (a roadmap of long names: measuring them was a tenth of laying it out).
        for activity in roadmap.activities.prefix(2000) where longestName < GanttLayout.widestNameColumn {
            longestName = max(longestName, TextWidth.of(activity.name[language]))
        }
        let layout = GanttLayout(scheduled: scheduled, width: width, longestName: longestName, zoom: state.zoom, firstMonth: state.firstMonth)
        // A document never cuts a name: what does not fit its column goes on continuation rows
        // below, with no bar. The screen cuts it, and says it whole on the status line.
        let document = state.medium == .document
        let search = TextFolding.fold(state.filter.search)

        // Rows: the areas, each with its visible activities, in the order the state asks for.
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: state.order)
        var rows: [Row] = []
        var summaries: [Int: Range<Int>] = [:]
        var firstNameLines: [Int: String] = [:]
        rows.reserveCapacity(visible.count + roadmap.areas.count + 4)
        let areas = state.order.areaOrder(roadmap.areas).filter { !byArea[$0].isEmpty || state.filter.isEmpty }
        func isFolded(_ area: Int) -> Bool { state.folded.contains(.area(roadmap.areas[area].id)) }
        // A document's names wrapped to their column before the rows are laid out, on every
        // processor for a large roadmap: wrapping is most of laying out a roadmap of long names.
        let named = document && layout.nameWidth > 0 ? areas.filter { !isFolded($0) }.flatMap { byArea[$0] } : []
        let parallelFrom = ParallelRows.parallelFrom(texts: named.lazy.map { roadmap.activities[$0].name[language] })
        let wrappedNames = ParallelRows.map(count: named.count, parallelFrom: parallelFrom) {
            nameLines(named[$0], scheduled, layout, language, search: search)
        }
        // Room for every continuation row at once: a roadmap of long names has several times
        // more rows than activities, and growing the array copied it again and again.
        rows.reserveCapacity(rows.capacity + wrappedNames.reduce(0) { $0 + max(0, $1.count - 1) })
        firstNameLines.reserveCapacity(named.count)
        var nextWrapped = 0
        for area in areas {
            let activities = byArea[area]
            let folded = isFolded(area)
            rows.append(.area(area, count: activities.count, folded: folded))
            if document {
                let heading = "\(Fold.mark(folded: folded)) \(roadmap.areas[area].name[language]) (\(activities.count))"
                for line in Writer.wrap(heading, to: max(1, layout.gridX - 3)).dropFirst() {
                    rows.append(.continuation(line, x: 2, style: .heading, activity: nil))
                }
            }
            if !folded {
                for activity in activities {
                    rows.append(.activity(activity))
                    guard document, layout.nameWidth > 0 else { continue }
                    let lines = wrappedNames[nextWrapped]
                    nextWrapped += 1
                    firstNameLines[activity] = lines.first ?? ""
                    for line in lines.dropFirst() {
                        rows.append(.continuation(line, x: GanttLayout.nameX, style: nameStyle(activity, scheduled), activity: activity))
                    }
                }
            }
            if folded, let start = activities.map({ scheduled.schedule.earlyStart[$0] }).min(),
               let finish = activities.map({ scheduled.schedule.earlyFinish[$0] }).max(), start < finish {
                summaries[area] = start..<finish
            }
        }
        if visible.isEmpty {
            let lines = document ? Writer.wrap(words.noActivityMatches, to: max(1, width - GanttLayout.nameX)) : [words.noActivityMatches]
            rows += lines.map(Row.message)
        }
        rows.append(.blank)
        let inferred = words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible))
        // The marks only a what-if brings: said in the legend, where the header has no room.
        let schedule = scheduled.schedule
        // The plan as drawn: a what-if's months show as the ghost, not as a plan.
        let plan = scheduled.baseline.plannedStart
        let clipped = visible.contains { min(schedule.earlyStart[$0], plan[$0]) < 0 }
        // Said whenever a what-if pushes past the end, even where the grid has no room for
        // the section's own header (a compressed grid, months scrolled out of sight).
        let timelineMonths = max(1, roadmap.meta.timeline.monthCount)
        let beyond = layout.monthCount > timelineMonths
            ? words.monthRange(layout.month(timelineMonths), layout.month(layout.monthCount - 1)) : nil
        for line in legendLines(roadmap, words, width: width, inferred: inferred, clipped: clipped, beyond: beyond,
                                    whatIfs: !scheduled.delays.isEmpty, baseline: scheduled.baselineVersion?.name,
                                    statusDate: scheduled.statusDate, medium: state.medium) {
            rows.append(.legend(line))
        }
        var qualifier = words.order(state.order.isRecorded(in: roadmap) ? state.order : .file)
        if layout.shownMonths.count < layout.monthCount {
            // Scrolled sideways: which months are on screen, of how many.
            qualifier += " · " + words.monthRange(layout.month(layout.shownMonths.lowerBound), layout.month(layout.shownMonths.upperBound - 1))
                + (language == .fr ? " (\(layout.shownMonths.count) mois sur \(layout.monthCount))" : " (\(layout.shownMonths.count) of \(layout.monthCount) months)")
        }
        var header = PageHeader.make(scheduled, state, width: width, pageName: words.roadmapView, shown: visible.count,
                                     qualifier: qualifier, provenance: inferred)
        // How much is critical and why, under the title (issue 23): on screen in the empty
        // corner above the names, in a document on lines of its own, whole.
        let summary = CriticalSummary.text(scheduled, words)
        if state.medium == .document {
            for line in Writer.wrap(summary, to: max(1, width)) { header.put(line, x: 0, y: header.addRow(), style: .muted) }
        }
        drawColumnHeads(&header, layout, words, corner: state.medium == .screen ? summary : nil)

        return Grid(rows: rows, layout: layout, header: header, summaries: summaries, firstNameLines: firstNameLines)
    }

    /// The grid laid out once for every drawing of it: the page (screen and text export) and
    /// the SVG picture.
    struct Grid {
        let rows: [Row]
        let layout: GanttLayout
        /// Title, filters and column heads.
        let header: Canvas
        /// A folded area's summary span: the early months of the activities it hides (MS
        /// Project's summary bar), by area.
        var summaries: [Int: Range<Int>] = [:]
        /// In a document, each activity's name as its row shows it: the first of the lines it is
        /// wrapped into (the others are continuation rows), wrapped once, not again per drawing.
        var firstNameLines: [Int: String] = [:]
    }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, shown: [Int]? = nil) -> Page {
        let grid = grid(scheduled, state, width: width, shown: shown)
        let roadmap = scheduled.roadmap, language = state.language, layout = grid.layout
        let finalRows = grid.rows
        let summaries = grid.summaries
        let firstNameLines = grid.firstNameLines
        let search = TextFolding.fold(state.filter.search)
        let document = state.medium == .document
        var page = Page(width: width, header: grid.header, rowCount: finalRows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .area(area, count, folded):
                let heading = "\(Fold.mark(folded: folded)) \(roadmap.areas[area].name[language]) (\(count))"
                let text = document ? Writer.wrap(heading, to: max(1, layout.gridX - 3)).first ?? "" : heading
                canvas.put(text, x: 0, y: y, style: .heading, limit: layout.gridX - 1)
                layout.drawSeparators(&canvas, y: y)
                if let span = summaries[area] { drawSummary(span, layout, &canvas, y) }
                drawStatusDate(scheduled, layout, &canvas, y)
            case let .activity(activity):
                drawActivity(activity, scheduled, layout, language, &canvas, y, search: search, document: document,
                             firstNameLine: firstNameLines[activity])
            case .blank:
                break
            case let .message(text):
                canvas.put(text, x: GanttLayout.nameX, y: y, style: .muted)
            case let .legend(text):
                canvas.put(text, x: 0, y: y, style: .muted)
            case let .continuation(text, x, style, _):
                canvas.put(text, x: x, y: y, style: style, limit: layout.gridX - 1 - x)
                layout.drawSeparators(&canvas, y: y)
            }
        }, activityForRow: { row in
            if case let .activity(activity) = finalRows[row] { return activity }
            if case let .continuation(_, _, _, activity?) = finalRows[row] { return activity }
            return nil
        }, headingForRow: { row in
            if case let .area(area, _, folded) = finalRows[row] { return PageHeading(fold: .area(roadmap.areas[area].id), folded: folded) }
            return nil
        })
        page.monthWindow = MonthWindow(first: layout.shownMonths.lowerBound, shown: layout.shownMonths.count, total: layout.monthCount,
                                       monthWidth: layout.monthWidth, compressed: layout.compressed)
        if document { page.plainRows = layout.continuationRows(width: width, page: page) { row in
            guard case let .continuation(text, x, _, _) = finalRows[row] else { return nil }
            return (text, x)
        } }
        return page
    }

    static func drawActivity(_ i: Int, _ scheduled: ScheduledRoadmap, _ layout: GanttLayout, _ language: Language,
                             _ canvas: inout Canvas, _ y: Int, search: String = "", document: Bool = false, firstNameLine: String? = nil) {
        let roadmap = scheduled.roadmap
        // The fields read where they are, not the whole activity copied (see `nameLines`).
        let role = roadmap.activities[i].role
        let schedule = scheduled.schedule
        let critical = schedule.isCritical(i)
        let roleIndex = roadmap.roles.firstIndex { $0.id == role } ?? 0
        if critical { canvas.put(String(Mark.critical), x: GanttLayout.markX, y: y, style: CellStyle(.critical, bold: true)) }
        let nameStyle = CellStyle(critical ? .critical : .plain, bold: critical)
        if layout.nameWidth > 0, document {
            // The name's first line; the rest is on the continuation rows below.
            canvas.put(firstNameLine ?? nameLines(i, scheduled, layout, language, search: search).first ?? "", x: GanttLayout.nameX, y: y, style: nameStyle,
                       limit: layout.nameWidth)
        } else if layout.nameWidth > 0 {
            let activity = roadmap.activities[i]
            let why = whyMatched(activity, language, search: search, room: layout.nameWidth - layout.nameWidth / 3 - 1)
            let whyWidth = why.map { TextWidth.of($0) + 1 } ?? 0
            let nameRoom = why == nil ? layout.nameWidth : max(layout.nameWidth / 3, layout.nameWidth - whyWidth)
            let name = TextWidth.pad(activity.name[language], to: layout.nameWidth)
            let used = canvas.put(name, x: GanttLayout.nameX, y: y, style: nameStyle, limit: nameRoom)
            if let why {
                let shown = TextWidth.of(TextWidth.truncate(activity.name[language], to: nameRoom))
                let x = GanttLayout.nameX + min(used, shown) + 1
                canvas.put(why, x: x, y: y, style: .muted, limit: GanttLayout.nameX + layout.nameWidth - x)
            }
        }
        canvas.put(roadmap.activities[i].roleAsPrinted, x: layout.roleX, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: GanttLayout.roleWidth)
        if scheduled.isBehind(i), layout.roleX > GanttLayout.nameX {
            canvas.put(String(Mark.behind), x: layout.roleX - 1, y: y, style: .warning)
        }
        layout.drawSeparators(&canvas, y: y)

        let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i], lf = schedule.lateFinish[i]
        // The plan as drawn in the file: `┈` marks its months the dependencies move, what-ifs or
        // not (the months a what-if moved show as the ghost).
        let ps = scheduled.baseline.plannedStart[i], pf = ps + schedule.duration[i]
        let fill = roadmap.activities[i].status == .new ? Mark.new : Mark.ongoing
        // The bar before the what-ifs, where they moved it; empty otherwise.
        let ghost = ghostMonths(i, scheduled)
        let other = baselineVersionMonths(i, scheduled)
        // The part of the bar done as of the status date (empty without progress).
        let done = scheduled.doneMonths(i)
        // Where months share a column (a compressed grid), as in a month of its own, the bar wins
        // over the baseline's bar (asked for by name), that over the float, the float over the
        // what-ifs' ghost and the ghost over the moved plan: the rank drawn so far in each column (an array; a
        // dictionary here cost a tenth of the text export's time).
        // (On the stack: an array a row was one allocation of every activity's row.)
        let drawnCount = layout.compressed ? layout.width : 0
        // Only the months something is drawn in: a row costs its bar, not the timeline (a
        // timeline of centuries times a hundred thousand rows would otherwise be quadratic).
        let first = max(0, min(es, ps, ghost.isEmpty ? es : ghost.lowerBound, other.isEmpty ? es : other.lowerBound))
        let end = min(layout.monthCount, max(ef, lf, pf, ghost.upperBound, other.upperBound))
        guard first < end else { return }
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: max(1, drawnCount)) { drawn in
            drawn.initialize(repeating: 0)
            for month in first..<end {
                let rank: Int
                let character: Character
                let style: CellStyle
                if month >= es && month < ef {
                    (rank, character, style) = done.contains(month) ? (5, Mark.done, CellStyle(.role(roleIndex), bold: critical, dim: true))
                        : (5, fill, CellStyle(.role(roleIndex), bold: critical))
                } else if other.contains(month) {
                    (rank, character, style) = (4, Mark.baseline, .muted)
                } else if month >= ef && month < lf {
                    (rank, character, style) = (3, Mark.float, .muted)
                } else if ghost.contains(month) {
                    (rank, character, style) = (2, Mark.ghost, .muted)
                } else if month >= ps && month < pf {
                    (rank, character, style) = (1, Mark.moved, CellStyle(.warning))
                } else {
                    continue
                }
                let x = layout.monthX[month]
                if layout.compressed {
                    guard x < drawnCount, drawn[x] < rank else { continue }
                    drawn[x] = Int8(rank)
                }
                canvas.fill(character, x: x, y: y, count: layout.monthWidth, style: style)
            }
        }
        if min(es, ps) < 0, !layout.monthX.isEmpty {
            canvas.put(String(Mark.clipped), x: layout.monthX[0], y: y, style: CellStyle(.warning, bold: true))
        }
        drawStatusDate(scheduled, layout, &canvas, y)
    }

    /// The status date's column on a row, where the row draws nothing there: the last cell of
    /// the status month (progress is reported to its end).
    static func drawStatusDate(_ scheduled: ScheduledRoadmap, _ layout: GanttLayout, _ canvas: inout Canvas, _ y: Int) {
        guard let x = layout.statusDateX, x >= 0, x < canvas.width, y >= 0, y >= canvas.height || canvas[x, y].text == " " else { return }
        canvas.put(String(Mark.statusDate), x: x, y: y, style: .accent)
    }

    /// The other version's bar (`--baseline`), where that version has the activity and its bar
    /// differs from this file's — with the what-ifs or before them (the ░ ghost shows that);
    /// empty otherwise.
    static func baselineVersionMonths(_ i: Int, _ scheduled: ScheduledRoadmap) -> Range<Int> {
        guard let version = scheduled.baselineVersion, let bar = version.bars[i], !bar.isEmpty else { return 0..<0 }
        let schedule = scheduled.schedule
        let now = schedule.earlyStart[i]..<schedule.earlyFinish[i]
        let before = scheduled.baseline.earlyStart[i]..<scheduled.baseline.earlyFinish[i]
        return bar == now || bar == before ? 0..<0 : bar
    }

    /// The bar before the what-ifs, where they moved it; empty otherwise. Read only when there
    /// are what-ifs: the text export of a large grid draws every row.
    static func ghostMonths(_ i: Int, _ scheduled: ScheduledRoadmap) -> Range<Int> {
        guard !scheduled.delays.isEmpty else { return 0..<0 }
        let schedule = scheduled.schedule
        let bs = scheduled.baseline.earlyStart[i], bf = scheduled.baseline.earlyFinish[i]
        return (bs != schedule.earlyStart[i] || bf != schedule.earlyFinish[i]) && bs < bf ? bs..<bf : 0..<0
    }

    /// Why a row is shown by a search its name does not contain: "(en: Cloud)" when the other
    /// language's name holds it, "(id: cloud)" when the id does. Nil when the name shows it.
    /// Where the note has less than `room` columns, it starts at the word where the match does
    /// ("(fr: …la stratégie)"), so that the match stays in sight.
    static func whyMatched(_ activity: Activity, _ language: Language, search: String, room: Int = .max) -> String? {
        guard !search.isEmpty, !TextFolding.fold(activity.name[language]).contains(search) else { return nil }
        let other: Language = language == .fr ? .en : .fr
        let name = activity.name[other]
        if TextFolding.fold(name).contains(search) {
            let whole = "(\(other.rawValue): \(name))"
            guard TextWidth.of(whole) > room else { return whole }
            let words = name.split(separator: " ", omittingEmptySubsequences: false)
            let first = (0..<words.count).last { TextFolding.fold(words[$0...].joined(separator: " ")).contains(search) } ?? 0
            return first == 0 ? whole : "(\(other.rawValue): …\(words[first...].joined(separator: " ")))"
        }
        if TextFolding.fold(activity.id).contains(search) { return "(id: \(activity.id))" }
        return nil
    }

    /// Period labels above their months, then month names, then a rule.
    /// `corner`, when given, is written above the names, on the rows of the period heads, as
    /// far as it fits.
    static func drawColumnHeads(_ header: inout Canvas, _ layout: GanttLayout, _ words: Vocabulary, corner: String? = nil) {
        // Each period's label with its dates on one line when the period is wide enough;
        // otherwise the label, and the dates below it: on one line, else over two ("oct. 2016 –"
        // above "mars 2017"), else the years alone — never in figures ("10/16"), which a reader
        // takes for a day as easily as for a month.
        let full = layout.periods.map { "\($0.period.label[words.language]) · \(words.monthRange($0.period.start, $0.period.finish))" }
        let oneLine = zip(full, layout.periods).allSatisfy { TextWidth.of($0) <= $1.width }
        let dates: [[String]] = oneLine ? [] : layout.periods.map { period, _, width in
            periodDates(period.start, period.finish, width: width, words)
        }
        let periodRow = header.addRow()
        let dateRows = (0..<(dates.map(\.count).max() ?? 0)).map { _ in header.addRow() }
        let monthRow = header.addRow(), ruleRow = header.addRow()
        for (k, (period, x, width)) in layout.periods.enumerated() {
            let candidates = oneLine ? [full[k]] : [period.label[words.language], period.id]
            // Nothing rather than a label cut short: the dates and months below still say it.
            let label = candidates.first { TextWidth.of($0) <= width } ?? ""
            header.put(label, x: x, y: periodRow, style: .heading, limit: width)
            if !oneLine {
                for (line, y) in zip(dates[k], dateRows) { header.put(line, x: x, y: y, style: .muted, limit: width) }
            }
        }
        if let corner, let first = layout.separatorX.first, first > GanttLayout.nameX + 1 {
            let room = first - GanttLayout.nameX - 1
            let rows = [periodRow] + dateRows
            var lines = Writer.wrap(corner, to: room)
            if lines.count > rows.count {
                // The last row that fits says there is more; page 7 has it all.
                lines = Array(lines.prefix(rows.count))
                lines[lines.count - 1] = TextWidth.truncate(lines[lines.count - 1] + " …", to: room)
            }
            for (line, y) in zip(lines, rows) { header.put(line, x: GanttLayout.nameX, y: y, style: .muted, limit: room) }
        }
        let datesRow = dateRows.first
        if let beyond = layout.beyond {
            // The months past the end, with their years: a header of their own, not more of the
            // last period.
            let first = layout.month(beyond.first), last = layout.month(layout.monthCount - 1)
            let years = first.year == last.year ? "\(first.year)" : "\(first.year)–\(last.year)"
            let range = words.monthRange(first, last)
            let candidates = [words.beyondTimeline + " · " + range, words.beyondTimeline + " · " + years, words.beyondShort + " · " + years,
                              words.beyondTimeline, years, String(years.suffix(2)), "»"]
            let label = candidates.first { TextWidth.of($0) <= beyond.width } ?? ""
            header.put(label, x: beyond.x, y: periodRow, style: .warning, limit: beyond.width)
            if let datesRow, TextWidth.of(range) <= beyond.width, !label.contains(range) {
                header.put(range, x: beyond.x, y: datesRow, style: .muted, limit: beyond.width)
            }
        }
        if layout.compressed {
            // Months share columns: mark the years instead, where they begin and there is room.
            var free = layout.gridX + 1
            for month in 0..<layout.monthCount where month == 0 || layout.month(month).month == 1 {
                let x = layout.monthX[month]
                let year = String(layout.month(month).year)
                // A year that does not fit whole before the grid's edge is left out, not cut.
                guard x >= free, x + TextWidth.of(year) <= layout.separatorX[1] else { continue }
                free = x + header.put(year, x: x, y: monthRow, style: .muted) + 1
            }
        } else {
            for month in 0..<layout.monthCount {
                // A column between two heads, so that they never run together ("OctNov").
                var text = words.monthAbbreviation(layout.month(month).month, width: max(1, layout.monthWidth - 1))
                // Past the timeline a month says its year too, where there is room ("Apr 18").
                if let beyond = layout.beyond, month >= beyond.first {
                    let year = String(String(layout.month(month).year).suffix(2))
                    if TextWidth.of(text) + 3 <= layout.monthWidth - 1 { text += " " + year }
                }
                header.put(text, x: layout.monthX[month], y: monthRow, style: .muted, limit: layout.monthWidth)
            }
        }
        header.put(words.language == .fr ? "Activité" : "Activity", x: GanttLayout.nameX, y: monthRow, style: .muted, limit: layout.nameWidth)
        header.put(words.role.capitalizedFirst, x: layout.roleX, y: monthRow, style: .muted, limit: GanttLayout.roleWidth)
        // The rule ends at the grid's last separator (the months scrolled sideways may leave
        // a few columns after it).
        header.fill("─", x: 0, y: ruleRow, count: min(layout.width, (layout.separatorX.last ?? layout.width) + 1), style: .muted)
        layout.drawSeparators(&header, y: periodRow)
        for y in dateRows { layout.drawSeparators(&header, y: y) }
        layout.drawSeparators(&header, y: monthRow)
        for (k, x) in layout.separatorX.enumerated() where x < layout.width {
            header.put(k == 0 ? "┼" : k == layout.separatorX.count - 1 ? "┤" : "┼", x: x, y: ruleRow, style: .muted)
        }
        if let x = layout.statusDateX, x < layout.width {
            header.put(String(Mark.statusDateHead), x: x, y: ruleRow, style: .accent)
        }
    }

    /// A period's dates in `width` columns, on as few lines as fit: "oct. 2016 – mars 2017",
    /// "oct. 2016–mars 2017", then "oct. 2016 –" over "mars 2017", then "2016–2017", then
    /// "2016 –" over "2017"; nothing where not even the years fit. One month is said once.
    static func periodDates(_ start: Month, _ finish: Month, width: Int, _ words: Vocabulary) -> [String] {
        let first = words.monthAndYear(start), last = words.monthAndYear(finish)
        let years = start.year == finish.year ? "\(start.year)" : "\(start.year)–\(finish.year)"
        let choices: [[String]] = start == finish ? [[first], [String(start.year)]]
            : [[first + " – " + last], [first + "–" + last], [first + " –", last], [years], ["\(start.year) –", String(finish.year)]]
        return choices.first { $0.allSatisfy { TextWidth.of($0) <= width } } ?? []
    }

    /// A folded heading's summary bar over the months `span` covers (those on screen).
    static func drawSummary(_ span: Range<Int>, _ layout: GanttLayout, _ canvas: inout Canvas, _ y: Int) {
        for month in max(0, span.lowerBound)..<min(layout.monthCount, max(0, span.upperBound)) {
            canvas.fill(Mark.summary, x: layout.monthX[month], y: y, count: layout.monthWidth, style: CellStyle(.heading, bold: true))
        }
    }

    static func legendLines(_ roadmap: Roadmap, _ words: Vocabulary, width: Int, inferred: String, clipped: Bool = false,
                            beyond: String? = nil, whatIfs: Bool = false, baseline: String? = nil, statusDate: Month? = nil,
                            medium: Medium = .screen) -> [String] {
        let screen = medium == .screen
        // The statuses in the seed's words ("Nouvelles activités") where the file records them.
        func status(_ status: Activity.Status, _ fallback: String) -> String {
            roadmap.meta.activityStatuses.first { $0.id == status.rawValue }?.label[words.language] ?? fallback
        }
        let marks = ["\(Mark.new) \(status(.new, words.legendNew))", "\(Mark.ongoing) \(status(.ongoing, words.legendOngoing))",
                     "\(Mark.float) \(words.legendFloat)", "\(Mark.moved) \(words.legendMoved)",
                     "\(Mark.critical) \(words.legendCritical)"]
            + (clipped ? ["\(Mark.clipped) \(words.legendClipped)"] : [])
            + (beyond.map { ["\(words.beyondTimeline.capitalizedFirst)\(words.colon) \($0) (\(words.lastColumns))"] } ?? [])
            + (whatIfs ? ["\(Mark.ghost) " + words.legendGhost(screen: screen)] : [])
            + (baseline.map { ["\(Mark.baseline) " + words.legendBaseline(screen ? Sanitized.inline($0, limit: 60) : Sanitized.text($0), screen: screen)] } ?? [])
            + (statusDate.map { ["\(Mark.done) \(words.legendDone)", "\(Mark.statusDate) \(words.legendStatusDate) \(words.monthAndYear($0))",
                                 "\(Mark.behind) \(words.legendBehind)"] } ?? [])
        let roles = roadmap.roles.map { role in
            let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
            var names: [String] = []
            for name in ([role.name] + role.alternateNames).map({ $0[words.language] }) where !names.contains(name) {
                names.append(name)
            }
            return "\(role.id)\(aliases) \(names.joined(separator: " / "))"
        }
        return pack(words.legend + words.colon, marks, width: width) + pack(words.roles + words.colon, roles, width: width)
            + pack(words.provenanceLegend + words.colon, [inferred + words.semicolon, words.provenanceReason(screen: screen)], width: width)
    }

    /// Items laid out on as few lines as the width allows, breaking only between items, so
    /// that a mark never ends up on one line and its meaning on the next.
    static func pack(_ title: String, _ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = title
        for item in items {
            if TextWidth.of(line) + 2 + TextWidth.of(item) <= width || line == title && lines.isEmpty && TextWidth.of(line) + 1 + TextWidth.of(item) <= width {
                line += (line == title ? " " : "  ") + item
            } else {
                lines.append(line)
                // An entry wider than its line wraps under itself rather than being cut: the
                // legend says what the marks mean, and a narrow terminal needs it whole.
                let indent = String(repeating: " ", count: min(TextWidth.of(title) + 1, width / 3))
                let pieces = TextWidth.wrap(item, to: max(1, width - indent.count - 2))
                for (k, piece) in pieces.dropLast().enumerated() { lines.append(indent + (k == 0 ? "" : "  ") + piece) }
                line = indent + (pieces.count > 1 ? "  " : "") + (pieces.last ?? "")
            }
        }
        lines.append(line)
        return lines
    }
}
