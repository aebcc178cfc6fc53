import RoadmapModel

/// The critical path said truthfully: the chains that drive the finish, one activity a row
/// with its task team, each `→` a dependency that binds; what ends at the finish; the teams on
/// the critical path. Rows are drawn on demand, as on the roadmap page, since a chain of a
/// synthetic roadmap can run through a hundred thousand activities.
public enum CriticalPathPage {
    enum Row: Sendable {
        case blank
        case heading(String)
        case rule(Int)
        case text(String, indent: Int, CellStyle)
        /// An activity of a chain: the chain's label on its first row, `→` on the others.
        case step(label: String?, activity: Int)
        /// The task team of a step, on a row of its own when the width leaves no room for a column.
        case stepTeam(Int)
        case finisher(Int)
        case team(Int)
    }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let visibleList = state.filter.apply(to: scheduled)
        let visible: Set<Int>? = state.filter.isEmpty ? nil : Set(visibleList)
        let report = CriticalChainsReport(scheduled, language: language, visible: visible)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.criticalPathView, shown: visibleList.count)

        // Steps name their activity, then its task team in a column on the right when every
        // team name fits whole in half the room (cut, the teams' names look alike: « Équipe
        // spéciale chargée du… »), else on a row of their own below.
        var labelWidth = 0
        for case let .chain(chain) in report.blocks { labelWidth = max(labelWidth, chain.label.count + 1) }
        let nameX = 2 + labelWidth + 2
        let teamNames = TeamNames.distinct(roadmap, language)
        let longestTeam = teamNames.reduce(TextWidth.of(words.noTeam)) { max($0, TextWidth.of($1)) }
        let teamWidth = min(longestTeam, max(10, (width - nameX) / 2))
        let teamX = max(nameX, width - teamWidth)
        let nameRoom = max(0, teamX - nameX - 2)
        let teamColumn = nameRoom >= 40 && teamWidth == longestTeam

        var rows: [Row] = []
        func paragraph(_ text: String, indent: Int, _ style: CellStyle) {
            for line in Writer.wrap(text, to: max(1, width - indent)) { rows.append(.text(line, indent: indent, style)) }
        }
        for block in report.blocks {
            switch block {
            case let .heading(text):
                if !rows.isEmpty { rows.append(.blank) }
                rows.append(.heading(text.uppercasedIfShort))
                rows.append(.rule(min(width, TextWidth.of(text))))
            case let .paragraph(text):
                paragraph(text, indent: 0, .plain)
            case let .chain(chain):
                for (k, activity) in chain.activities.enumerated() {
                    rows.append(.step(label: k == 0 ? chain.label : nil, activity: activity))
                    if !teamColumn { rows.append(.stepTeam(activity)) }
                }
                if let links = chain.links { paragraph(links, indent: 8, .muted) }
            case let .finisher(activity, text):
                rows.append(.finisher(activity))
                paragraph(text, indent: 6, .muted)
            case let .teams(teams):
                rows += teams.map { .team($0) }
            }
        }

        let finalRows = rows
        let finalLabelWidth = labelWidth
        @Sendable func teamName(_ activity: Int) -> String {
            roadmap.activities[activity].team.flatMap { scheduled.teamIndex[$0] }.map { teamNames[$0] } ?? words.noTeam
        }
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case .blank:
                break
            case let .heading(text):
                canvas.put(text, x: 0, y: y, style: .heading)
            case let .rule(count):
                canvas.fill("─", x: 0, y: y, count: count, style: .muted)
            case let .text(text, indent, style):
                canvas.put(text, x: indent, y: y, style: style)
            case let .step(label, activity):
                if let label {
                    canvas.put(label + (label.first?.isNumber == true ? "." : ""), x: 2, y: y, style: .heading, limit: finalLabelWidth)
                } else {
                    canvas.put("→", x: 2 + finalLabelWidth, y: y, style: .accent)
                }
                let style = CellStyle(scheduled.schedule.isCritical(activity) ? .critical : .plain, bold: label != nil)
                canvas.put(roadmap.activities[activity].name[language], x: nameX, y: y, style: style, limit: teamColumn ? nameRoom : nil)
                if teamColumn { canvas.put(teamName(activity), x: teamX, y: y, style: .muted, limit: teamWidth) }
            case let .stepTeam(activity):
                canvas.put(teamName(activity), x: nameX + 2, y: y, style: .muted)
            case let .finisher(activity):
                canvas.put(String(RoadmapPage.Mark.critical), x: 2, y: y, style: CellStyle(.critical, bold: true))
                canvas.put(roadmap.activities[activity].name[language], x: 4, y: y, style: CellStyle(.critical))
            case let .team(team):
                canvas.put("•", x: 2, y: y, style: .muted)
                canvas.put(teamNames[team], x: 4, y: y)
            }
        }, activityForRow: { row in
            switch finalRows[row] {
            case let .step(_, activity), let .finisher(activity): return activity
            default: return nil
            }
        })
    }
}
