import RoadmapModel

/// Markdown for a wiki or a briefing note: a title, the filters, the finish date and the
/// critical path, then a heading and a table per area of interest. The text pages (transition,
/// strategy, glossary) are given as their text in a fenced block.
public enum MarkdownExport {
    /// The Markdown, handed to `sink` in chunks of about 64 KB.
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let pageName = PageBuilder.name(of: state.view, language)
        var out: [UInt8] = []
        out.append("# \(cell(roadmap.meta.title[language])) — \(pageName)\n\n")
        switch state.view {
        case .transition, .strategy, .glossary, .currentState:
            let page = PageBuilder.page(scheduled, state, width: width)
            out.append("```text\n" + page.rows(0..<page.rowCount).lines.joined(separator: "\n") + "\n```\n")
            return try sink(out)
        case .roadmap, .teams, .dependencies:
            break
        }
        // Each area's activities, counted once for its heading.
        let byArea = ActivityRow.byArea(scheduled, visible: state.filter.apply(to: scheduled), order: state.order)
        let shown = byArea.reduce(0) { $0 + $1.count }
        out.append("_\(cell(PageHeader.filterLine(scheduled, state, shown: shown)))_\n\n")
        out.append("**\(words.finish.capitalizedFirst)\(words.colon)** \(words.monthAndYear(scheduled.schedule.projectFinishMonth))")
        out.append(" · **\(words.criticalPath)\(words.colon)** ")
        for (k, i) in scheduled.schedule.criticalPath.enumerated() {
            out.append((k > 0 ? " → " : "") + cell(roadmap.activities[i].name[language]))
            try out.flush(to: sink)
        }
        out.append("\n")
        let status = language == .fr ? "État" : "Status"
        let activityWord = language == .fr ? "Activité" : "Activity"
        for area in state.order.areaOrder(roadmap.areas) where !byArea[area].isEmpty {
            let activities = byArea[area]
            out.append("\n## \(cell(roadmap.areas[area].name[language])) (\(activities.count))\n\n")
            out.append("| \(activityWord) | \(words.role.capitalizedFirst) | \(status) | \(words.team.capitalizedFirst) ")
            out.append("| \(words.planned.capitalizedFirst) | \(words.early.capitalizedFirst) | \(words.late.capitalizedFirst) ")
            out.append("| \(words.totalFloat.capitalizedFirst) | \(words.freeFloat.capitalizedFirst) | \(words.critical.capitalizedFirst) |\n")
            out.append("|---|---|---|---|---|---|---|---:|---:|:---:|\n")
            for i in activities {
                let row = ActivityRow.make(i, scheduled, language, words)
                out.append("| \(cell(row.name)) | \(cell(row.role)) | \(cell(row.status)) | \(cell(row.teamName)) ")
                out.append("| \(row.plannedStart) – \(row.plannedFinish) | \(row.earlyStart) – \(row.earlyFinish) | \(row.lateStart) – \(row.lateFinish) ")
                out.append("| \(row.totalFloat) | \(row.freeFloat) | \(row.critical ? "◆" : "") |\n")
                try out.flush(to: sink)
            }
        }
        if shown == 0 { out.append("\n" + words.noActivityMatches + "\n") }
        try sink(out)
    }

    /// A value safe inside a table cell: no control characters, no line breaks, pipes escaped.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in Sanitized.text(text) {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
