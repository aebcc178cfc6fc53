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
        /// Where a what-if moved the bar from: its months before the what-ifs.
        public static let ghost: Character = "░"
    }

    enum Row: Sendable {
        case area(Int, count: Int)
        case activity(Int)
        case blank
        case message(String)
        case legend(String)
    }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, shown: [Int]? = nil) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let visible = shown ?? state.filter.apply(to: scheduled)

        // Rows: the areas, each with its visible activities, in the order the state asks for.
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: state.order)
        var longestName = 0
        var rows: [Row] = []
        rows.reserveCapacity(visible.count + roadmap.areas.count + 4)
        for area in state.order.areaOrder(roadmap.areas) where !byArea[area].isEmpty || state.filter.isEmpty {
            let activities = byArea[area]
            rows.append(.area(area, count: activities.count))
            // The heading "▸ name (n)" runs over the role column to the grid: ask the name
            // column for what it needs, so that a filter showing short names does not cut it.
            longestName = max(longestName, TextWidth.of(roadmap.areas[area].name[language]) + String(activities.count).count - 2)
            for activity in activities { rows.append(.activity(activity)) }
        }
        // Measure only a sample of names on huge roadmaps: the width target is capped anyway.
        for activity in visible.prefix(2000) {
            longestName = max(longestName, TextWidth.of(roadmap.activities[activity].name[language]))
        }
        if visible.isEmpty { rows.append(.message(words.noActivityMatches)) }
        rows.append(.blank)
        let inferred = words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible))
        for line in legendLines(roadmap, words, width: width, inferred: inferred, whatIfs: !scheduled.delays.isEmpty) { rows.append(.legend(line)) }

        let layout = GanttLayout(scheduled: scheduled, width: width, longestName: longestName)
        var header = PageHeader.make(scheduled, state, width: width, pageName: words.roadmapView, shown: visible.count,
                                     qualifier: words.order(state.order.isRecorded(in: roadmap) ? state.order : .file), provenance: inferred)
        drawColumnHeads(&header, layout, words)

        let finalRows = rows
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .area(area, count):
                let name = roadmap.areas[area].name[language]
                canvas.put("▸ \(name) (\(count))", x: 0, y: y, style: .heading, limit: layout.gridX - 1)
                layout.drawSeparators(&canvas, y: y)
            case let .activity(activity):
                drawActivity(activity, scheduled, layout, language, &canvas, y)
            case .blank:
                break
            case let .message(text):
                canvas.put(text, x: GanttLayout.nameX, y: y, style: .muted)
            case let .legend(text):
                canvas.put(text, x: 0, y: y, style: .muted)
            }
        }, activityForRow: { row in
            if case let .activity(activity) = finalRows[row] { return activity }
            return nil
        })
    }

    static func drawActivity(_ i: Int, _ scheduled: ScheduledRoadmap, _ layout: GanttLayout, _ language: Language,
                             _ canvas: inout Canvas, _ y: Int) {
        let roadmap = scheduled.roadmap
        let activity = roadmap.activities[i]
        let schedule = scheduled.schedule
        let critical = schedule.isCritical(i)
        let roleIndex = roadmap.roles.firstIndex { $0.id == activity.role } ?? 0
        if critical { canvas.put(String(Mark.critical), x: GanttLayout.markX, y: y, style: CellStyle(.critical, bold: true)) }
        let nameStyle = CellStyle(critical ? .critical : .plain, bold: critical)
        if layout.nameWidth > 0 {
            let name = TextWidth.pad(activity.name[language], to: layout.nameWidth)
            canvas.put(name, x: GanttLayout.nameX, y: y, style: nameStyle, limit: layout.nameWidth)
        }
        canvas.put(activity.roleAsPrinted, x: layout.roleX, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: GanttLayout.roleWidth)
        layout.drawSeparators(&canvas, y: y)

        let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i], lf = schedule.lateFinish[i]
        let ps = schedule.plannedStart[i], pf = ps + schedule.duration[i]
        let fill = activity.status == .new ? Mark.new : Mark.ongoing
        // The bar before the what-ifs, where they moved it; empty otherwise. Read only when there
        // are what-ifs: the text export of a large grid draws every row.
        var ghost = 0..<0
        if !scheduled.delays.isEmpty {
            let bs = scheduled.baseline.earlyStart[i], bf = scheduled.baseline.earlyFinish[i]
            if (bs != es || bf != ef) && bs < bf { ghost = bs..<bf }
        }
        // Where months share a column (a compressed grid), the bar wins over the float, and the
        // float over the moved plan: the rank drawn so far in each column (an array; a
        // dictionary here cost a tenth of the text export's time).
        var drawn = [Int8](repeating: 0, count: layout.compressed ? layout.width : 0)
        // Only the months something is drawn in: a row costs its bar, not the timeline (a
        // timeline of centuries times a hundred thousand rows would otherwise be quadratic).
        let first = max(0, min(es, ps, ghost.isEmpty ? es : ghost.lowerBound)), end = min(layout.monthCount, max(ef, lf, pf, ghost.upperBound))
        guard first < end else { return }
        for month in first..<end {
            let rank: Int
            let character: Character
            let style: CellStyle
            if month >= es && month < ef {
                (rank, character, style) = (4, fill, CellStyle(.role(roleIndex), bold: critical))
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
                guard x < drawn.count, drawn[x] < rank else { continue }
                drawn[x] = Int8(rank)
            }
            canvas.fill(character, x: x, y: y, count: layout.monthWidth, style: style)
        }
    }

    /// Period labels above their months, then month names, then a rule.
    static func drawColumnHeads(_ header: inout Canvas, _ layout: GanttLayout, _ words: Vocabulary) {
        // Each period's label with its dates on one line when the period is wide enough;
        // otherwise the label, and the dates on a line of their own below it.
        let full = layout.periods.map { "\($0.period.label[words.language]) · \(words.monthRange($0.period.start, $0.period.finish))" }
        let oneLine = zip(full, layout.periods).allSatisfy { TextWidth.of($0) <= $1.width }
        let dates: [String] = oneLine ? [] : layout.periods.map { period, _, width in
            let short = "\(period.start.month)/\(period.start.year % 100)–\(period.finish.month)/\(period.finish.year % 100)"
            let medium = "\(words.monthName(period.start.month)) \(period.start.year % 100) – \(words.monthName(period.finish.month)) \(period.finish.year % 100)"
            return [words.monthRange(period.start, period.finish), medium, short].first { TextWidth.of($0) <= width } ?? ""
        }
        let periodRow = header.addRow()
        let datesRow = dates.contains { !$0.isEmpty } ? header.addRow() : nil
        let monthRow = header.addRow(), ruleRow = header.addRow()
        for (k, (period, x, width)) in layout.periods.enumerated() {
            let candidates = oneLine ? [full[k]] : [period.label[words.language], period.id]
            let label = candidates.first { TextWidth.of($0) <= width } ?? period.id
            header.put(label, x: x, y: periodRow, style: .heading, limit: width)
            if let datesRow { header.put(dates[k], x: x, y: datesRow, style: .muted, limit: width) }
        }
        if layout.compressed {
            // Months share columns: mark the years instead, where they begin and there is room.
            var free = layout.gridX + 1
            for month in 0..<layout.monthCount where month == 0 || layout.month(month).month == 1 {
                let x = layout.monthX[month]
                guard x >= free else { continue }
                free = x + header.put(String(layout.month(month).year), x: x, y: monthRow, style: .muted, limit: max(0, layout.separatorX[1] - x)) + 1
            }
        } else {
            for month in 0..<layout.monthCount {
                let name = words.monthAbbreviation(layout.month(month).month)
                let text = String(name.prefix(layout.monthWidth >= 3 ? 3 : 1))
                header.put(text, x: layout.monthX[month], y: monthRow, style: .muted, limit: layout.monthWidth)
            }
        }
        header.put(words.language == .fr ? "Activité" : "Activity", x: GanttLayout.nameX, y: monthRow, style: .muted, limit: layout.nameWidth)
        header.put(words.role.capitalizedFirst, x: layout.roleX, y: monthRow, style: .muted, limit: GanttLayout.roleWidth)
        header.fill("─", x: 0, y: ruleRow, count: layout.width, style: .muted)
        layout.drawSeparators(&header, y: periodRow)
        if let datesRow { layout.drawSeparators(&header, y: datesRow) }
        layout.drawSeparators(&header, y: monthRow)
        for (k, x) in layout.separatorX.enumerated() where x < layout.width {
            header.put(k == 0 ? "┼" : k == layout.separatorX.count - 1 ? "┤" : "┼", x: x, y: ruleRow, style: .muted)
        }
    }

    static func legendLines(_ roadmap: Roadmap, _ words: Vocabulary, width: Int, inferred: String, whatIfs: Bool = false) -> [String] {
        // The statuses in the seed's words ("Nouvelles activités") where the file records them.
        func status(_ status: Activity.Status, _ fallback: String) -> String {
            roadmap.meta.activityStatuses.first { $0.id == status.rawValue }?.label[words.language] ?? fallback
        }
        let marks = ["\(Mark.new) \(status(.new, words.legendNew))", "\(Mark.ongoing) \(status(.ongoing, words.legendOngoing))",
                     "\(Mark.float) \(words.legendFloat)", "\(Mark.moved) \(words.legendMoved)",
                     "\(Mark.critical) \(words.legendCritical)"]
            + (whatIfs ? ["\(Mark.ghost) " + (words.language == .fr ? "mois d’avant les simulations (w les liste)" : "months before the what-ifs (w lists them)")] : [])
        let roles = roadmap.roles.map { role in
            let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
            var names: [String] = []
            for name in ([role.name] + role.alternateNames).map({ $0[words.language] }) where !names.contains(name) {
                names.append(name)
            }
            return "\(role.id)\(aliases) \(names.joined(separator: " / "))"
        }
        return pack(words.legend + words.colon, marks, width: width) + pack(words.roles + words.colon, roles, width: width)
            + pack(words.provenanceLegend + words.colon, [inferred + words.semicolon, words.provenanceReason], width: width)
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
                line = String(repeating: " ", count: min(TextWidth.of(title) + 1, width / 3)) + item
            }
        }
        lines.append(line)
        return lines
    }
}
