import RoadmapModel

/// The chart's key: a real swatch for every mark the chart draws — the role colours, new and
/// ongoing work, the critical outline and marker, the float, and the marks only some views
/// bring (the plan the dependencies move, the what-ifs' months, another version's bars, bars
/// that begin before the timeline) — each beside its meaning, laid out in lines across the
/// width. A swatch is drawn with the same shapes as the bars, never with a font's glyph.
struct ChartLegend {
    enum Swatch {
        case role(Int)
        case new, ongoing, critical, float, moved, ghost, baseline, clipped, done, statusDate, behind
    }

    struct Item {
        let swatch: Swatch
        let lines: [String]
        let x: Double, y: Double
    }

    static let swatchWidth = 22.0, swatchGap = 6.0, itemGap = 18.0

    let title: String
    let items: [Item]
    let height: Double

    init(_ scheduled: ScheduledRoadmap, _ state: ViewState, visible: [Int], width: Double) {
        let roadmap = scheduled.roadmap, words = Vocabulary(state.language)
        let schedule = scheduled.schedule
        func status(_ status: Activity.Status, _ fallback: String) -> String {
            roadmap.meta.activityStatuses.first { $0.id == status.rawValue }?.label[words.language] ?? fallback
        }
        var entries: [(Swatch, String)] = roadmap.roles.enumerated().map { k, role in
            let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
            var names: [String] = []
            for name in ([role.name] + role.alternateNames).map({ $0[words.language] }) where !names.contains(name) { names.append(name) }
            return (.role(k), "\(role.id)\(aliases) \(names.joined(separator: " / "))")
        }
        entries.append((.new, status(.new, words.legendNew)))
        entries.append((.ongoing, status(.ongoing, words.legendOngoing)))
        entries.append((.critical, words.legendCritical))
        if visible.contains(where: { schedule.earlyFinish[$0] < schedule.lateFinish[$0] }) { entries.append((.float, words.legendFloat)) }
        let plan = scheduled.baseline.plannedStart
        if visible.contains(where: { ChartMarks.movedPlan($0, scheduled) != nil }) { entries.append((.moved, words.legendMoved)) }
        if !scheduled.delays.isEmpty { entries.append((.ghost, words.legendGhost(screen: false))) }
        if let version = scheduled.baselineVersion { entries.append((.baseline, words.legendBaseline(Sanitized.text(version.name), screen: false))) }
        if visible.contains(where: { min(schedule.earlyStart[$0], plan[$0]) < 0 }) { entries.append((.clipped, words.legendClipped)) }
        if let status = scheduled.statusDate {
            entries.append((.done, words.legendDone))
            entries.append((.statusDate, words.legendStatusDate.capitalizedFirst + " " + words.monthAndYear(status)))
            if visible.contains(where: scheduled.isBehind) { entries.append((.behind, words.legendBehind)) }
        }

        title = words.legend
        var items: [Item] = []
        var x = 0.0, y = ChartLayout.line + 4, lineHeight = 0.0
        let labelRoom = max(40, width - Self.swatchWidth - Self.swatchGap)
        for (swatch, text) in entries {
            let lines = ChartText.wrap(text, to: labelRoom, size: ChartLayout.smallSize)
            let itemWidth = Self.swatchWidth + Self.swatchGap + (lines.map { ChartText.width($0, size: ChartLayout.smallSize) }.max() ?? 0)
            if x > 0 && x + itemWidth > width {
                x = 0
                y += lineHeight
                lineHeight = 0
            }
            items.append(Item(swatch: swatch, lines: lines, x: x, y: y))
            x += itemWidth + Self.itemGap
            lineHeight = max(lineHeight, Double(lines.count) * ChartLayout.smallLine + 6)
        }
        self.items = items
        height = y + lineHeight
    }
}

/// The marks a row may carry besides its bar, decided once for the chart and its legend.
enum ChartMarks {
    /// The months of the plan as the file draws it, where the dependencies (or a what-if) move
    /// the bar away from them; nil where the bar is the plan.
    static func movedPlan(_ i: Int, _ scheduled: ScheduledRoadmap) -> Range<Int>? {
        let schedule = scheduled.schedule
        let ps = scheduled.baseline.plannedStart[i], pf = ps + schedule.duration[i]
        guard ps < pf, ps != schedule.earlyStart[i] || pf != schedule.earlyFinish[i] else { return nil }
        // Where a what-if moved the bar, its months before the what-ifs show instead.
        guard RoadmapPage.ghostMonths(i, scheduled).isEmpty else { return nil }
        return ps..<pf
    }
}
