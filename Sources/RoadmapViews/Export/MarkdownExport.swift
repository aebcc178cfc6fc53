import RoadmapModel

/// Markdown for a wiki or a briefing note: a title, the filters, the finish date and the
/// critical path, then a heading and a table per area of interest. The text pages (transition,
/// strategy, glossary) are given as their text in a fenced block.
public enum MarkdownExport {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> String {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let pageName = PageBuilder.name(of: state.view, language)
        var out = "# \(cell(roadmap.meta.title[language])) — \(pageName)\n\n"
        switch state.view {
        case .transition, .strategy, .glossary:
            let page = PageBuilder.page(scheduled, state, width: width)
            out += "```text\n" + page.rows(0..<page.rowCount).lines.joined(separator: "\n") + "\n```\n"
            return out
        case .roadmap, .teams, .dependencies:
            break
        }
        let rows = ActivityRow.rows(scheduled, state)
        out += "_\(cell(PageHeader.filterLine(scheduled, state, shown: rows.count)))_\n\n"
        out += "**\(words.finish.capitalizedFirst)\(words.colon)** \(words.monthAndYear(scheduled.schedule.projectFinishMonth))"
        out += " · **\(words.criticalPath)\(words.colon)** "
        out += scheduled.schedule.criticalPath.map { cell(roadmap.activities[$0].name[language]) }.joined(separator: " → ")
        out += "\n"
        let status = language == .fr ? "État" : "Status"
        let activityWord = language == .fr ? "Activité" : "Activity"
        var currentArea: String?
        for row in rows {
            if row.areaID != currentArea {
                currentArea = row.areaID
                let count = rows.lazy.filter { $0.areaID == row.areaID }.count
                out += "\n## \(cell(row.areaName)) (\(count))\n\n"
                out += "| \(activityWord) | \(words.role.capitalizedFirst) | \(status) | \(words.team.capitalizedFirst) "
                out += "| \(words.planned.capitalizedFirst) | \(words.early.capitalizedFirst) | \(words.late.capitalizedFirst) "
                out += "| \(words.totalFloat.capitalizedFirst) | \(words.freeFloat.capitalizedFirst) | \(words.critical.capitalizedFirst) |\n"
                out += "|---|---|---|---|---|---|---|---:|---:|:---:|\n"
            }
            out += "| \(cell(row.name)) | \(row.role) | \(cell(row.status)) | \(cell(row.teamName)) "
            out += "| \(row.plannedStart) – \(row.plannedFinish) | \(row.earlyStart) – \(row.earlyFinish) | \(row.lateStart) – \(row.lateFinish) "
            out += "| \(row.totalFloat) | \(row.freeFloat) | \(row.critical ? "◆" : "") |\n"
        }
        if rows.isEmpty { out += "\n" + words.noActivityMatches + "\n" }
        return out
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
