import RoadmapModel

/// The task teams, grouped by sub-committee: each with its role, status, span, float, whether it
/// is on the team critical path, the teams it waits for and feeds (an exchange both ways said
/// as such, not as a cycle), and its activities with their role as printed.
public enum TeamsPage {
    enum Row: Sendable {
        case subcommittee(Int?)
        case team(Int)
        case linked(Int, Link)
        case activity(Int)
        case blank
        case message(String)
    }

    enum Link: Sendable { case waitsFor, feeds, bothWays }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let selection = TeamSelection(scheduled, state)
        let visible = selection.visible
        let activitiesOf = selection.activitiesOf
        let teamCritical = Set(scheduled.teams.criticalPath)
        let neighbours = scheduled.teams.neighbours()
        @Sendable func linked(_ team: Int, _ link: Link) -> [Int] {
            switch link {
            case .waitsFor: return neighbours[team].waitsFor
            case .feeds: return neighbours[team].feeds
            case .bothWays: return neighbours[team].bothWays
            }
        }

        var rows: [Row] = []
        for (group, teams) in selection.groups {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.subcommittee(group))
            for team in teams {
                rows.append(.team(team))
                for link in [Link.waitsFor, .feeds, .bothWays] where !linked(team, link).isEmpty { rows.append(.linked(team, link)) }
                for activity in activitiesOf[team] { rows.append(.activity(activity)) }
            }
        }
        if rows.isEmpty { rows.append(.message(words.noActivityMatches)) }

        let header = PageHeader.make(scheduled, state, width: width, pageName: words.teamsView, shown: visible.count)
        let finalRows = rows
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .subcommittee(group):
                let name = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
                canvas.put(name, x: 0, y: y, style: CellStyle(.heading, bold: true, underline: true))
            case let .team(t):
                let team = roadmap.teams[t]
                let critical = teamCritical.contains(t)
                if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 0, y: y, style: CellStyle(.critical, bold: true)) }
                let roleIndex = roadmap.roles.firstIndex { $0.id == team.role } ?? 0
                var x = 2
                x += canvas.put(team.role, x: x, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: 3)
                x = max(x, 6)
                x += canvas.put(team.name[language], x: x, y: y, style: CellStyle(critical ? .critical : .plain, bold: true))
                var facts = [words.teamStatus(team.status)]
                if let span = scheduled.teams.spans[t] {
                    let schedule = scheduled.schedule
                    facts.append("\(schedule.month(span.earlyStart)) – \(schedule.lastMonth(span.earlyFinish))")
                    facts.append("\(words.float) \(words.months(span.float))")
                    if critical { facts.append(words.critical) }
                } else {
                    facts.append(words.noActivities)
                }
                if team.provenance.isInferred { facts.append(words.inferred) }
                canvas.put("  " + facts.joined(separator: " · "), x: x, y: y, style: .muted)
            case let .linked(t, link):
                let names = linked(t, link).map { roadmap.teams[$0].name[language] }.joined(separator: ", ")
                let label: String
                switch link {
                case .waitsFor: label = words.waitsFor
                case .feeds: label = words.feeds
                case .bothWays: label = words.bothWays
                }
                canvas.put("\(label)\(words.colon) \(names)", x: 6, y: y, style: .muted)
            case let .activity(a):
                let activity = roadmap.activities[a]
                let schedule = scheduled.schedule
                let critical = schedule.isCritical(a)
                if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 6, y: y, style: CellStyle(.critical, bold: true)) }
                let dates = "\(schedule.month(schedule.earlyStart[a])) – \(schedule.lastMonth(schedule.earlyFinish[a]))"
                let datesWidth = TextWidth.of(dates)
                // The role as the seed prints it (Br), in the colour of the role it means.
                let roleIndex = roadmap.roles.firstIndex { $0.id == activity.role } ?? 0
                canvas.put(activity.roleAsPrinted, x: 8, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: 3)
                let nameRoom = max(0, width - 12 - datesWidth - 2)
                let style = CellStyle(critical ? .critical : .plain)
                canvas.put(TextWidth.pad(activity.name[language], to: nameRoom), x: 12, y: y, style: style, limit: nameRoom)
                canvas.put(dates, x: 12 + nameRoom + 2, y: y, style: .muted)
            case .blank:
                break
            case let .message(text):
                canvas.put(text, x: 2, y: y, style: .muted)
            }
        }, activityForRow: { row in
            if case let .activity(a) = finalRows[row] { return a }
            return nil
        })
    }
}
