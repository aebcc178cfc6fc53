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
        // A document names every step whole: the team column only where every name fits beside it.
        let document = state.medium == .document
        let stepped = report.blocks.flatMap { block -> [Int] in if case let .chain(chain) = block { return chain.activities } else { return [] } }
        let namesFit = !document || stepped.allSatisfy { TextWidth.of(roadmap.activities[$0].name[language]) <= nameRoom }
        let teamColumn = nameRoom >= 40 && teamWidth == longestTeam && namesFit
        @Sendable func teamName(_ activity: Int) -> String {
            roadmap.activities[activity].team.flatMap { scheduled.teamIndex[$0] }.map { teamNames[$0] } ?? words.noTeam
        }

        var rows: [Row] = []
        func paragraph(_ text: String, indent: Int, _ style: CellStyle) {
            for line in Writer.wrap(text, to: max(1, width - indent)) { rows.append(.text(line, indent: indent, style)) }
        }
        for block in report.blocks {
            switch block {
            case let .heading(text):
                if !rows.isEmpty { rows.append(.blank) }
                let lines = Writer.wrap(text.uppercasedIfShort, to: max(1, width))
                rows += lines.map(Row.heading)
                rows.append(.rule(min(width, lines.map(TextWidth.of).max() ?? 0)))
            case let .paragraph(text):
                paragraph(text, indent: 0, .plain)
            case let .chain(chain):
                for (k, activity) in chain.activities.enumerated() {
                    rows.append(.step(label: k == 0 ? chain.label : nil, activity: activity))
                    if document {
                        let style = CellStyle(scheduled.schedule.isCritical(activity) ? .critical : .plain, bold: k == 0)
                        for line in Writer.wrap(roadmap.activities[activity].name[language], to: max(1, width - nameX)).dropFirst() {
                            rows.append(.text(line, indent: nameX, style))
                        }
                        if !teamColumn { paragraph(teamName(activity), indent: nameX + 2, .muted) }
                    } else if !teamColumn {
                        rows.append(.stepTeam(activity))
                    }
                }
                if let links = chain.links { paragraph(links, indent: 8, .muted) }
            case let .finisher(activity, text):
                rows.append(.finisher(activity))
                if document {
                    for line in Writer.wrap(roadmap.activities[activity].name[language], to: max(1, width - 4)).dropFirst() {
                        rows.append(.text(line, indent: 4, CellStyle(.critical)))
                    }
                }
                paragraph(text, indent: 6, .muted)
            case let .teams(teams):
                if document {
                    for team in teams {
                        for (k, line) in Writer.wrap(teamNames[team], to: max(1, width - 4)).enumerated() {
                            rows.append(k == 0 ? .team(team) : .text(line, indent: 4, .plain))
                        }
                    }
                } else {
                    rows += teams.map { .team($0) }
                }
            }
        }

        let finalRows = rows
        let finalLabelWidth = labelWidth
        /// The first line of a name where a document wraps it; the name (cut to fit) on the screen.
        @Sendable func first(_ text: String, _ room: Int) -> String { document ? Writer.wrap(text, to: max(1, room)).first ?? "" : text }
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
                canvas.put(first(roadmap.activities[activity].name[language], width - nameX), x: nameX, y: y, style: style, limit: teamColumn ? nameRoom : nil)
                if teamColumn { canvas.put(teamName(activity), x: teamX, y: y, style: .muted, limit: teamWidth) }
            case let .stepTeam(activity):
                canvas.put(teamName(activity), x: nameX + 2, y: y, style: .muted)
            case let .finisher(activity):
                canvas.put(String(RoadmapPage.Mark.critical), x: 2, y: y, style: CellStyle(.critical, bold: true))
                canvas.put(first(roadmap.activities[activity].name[language], width - 4), x: 4, y: y, style: CellStyle(.critical))
            case let .team(team):
                canvas.put("•", x: 2, y: y, style: .muted)
                canvas.put(first(teamNames[team], width - 4), x: 4, y: y)
            }
        }, activityForRow: { row in
            switch finalRows[row] {
            case let .step(_, activity), let .finisher(activity): return activity
            default: return nil
            }
        })
    }
}
