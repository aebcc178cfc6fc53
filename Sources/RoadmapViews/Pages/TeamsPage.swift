import RoadmapModel

/// The task teams, grouped by sub-committee: each with its role, status, span, float, whether it
/// is on the team critical path, its area and phase, its other names, what the seed's team list
/// gives it, the teams it waits for and feeds (an exchange both ways said as such, not as a
/// cycle), the activities it carries (with their role as printed) and those it supports, and
/// where the values that are readings come from. Then the activities no team carries, and the legend
/// of the team statuses in the seed's words.
public enum TeamsPage {
    enum Row: Sendable {
        case subcommittee(Int?, teams: Int, folded: Bool)
        case team(Int)
        case linked(Int, Link)
        case activity(Int)
        case supports(Int)
        case noTeamHeading(Int)
        /// A line of text already wrapped to the width.
        case text(String, indent: Int, style: CellStyle)
        case blank
        case message(String)
    }

    enum Link: Sendable { case waitsFor, feeds, bothWays }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let names = NameLookup(scheduled, language)
        let selection = TeamSelection(scheduled, state)
        let visible = selection.visible
        let activitiesOf = selection.activitiesOf
        let supportedBy = selection.supportedBy
        let withoutTeam = selection.withoutTeam
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
        // The reasons behind the marks, one numbering for the whole page.
        var notes = PageNotes(state)
        func text(_ value: String, indent: Int, style: CellStyle = .muted) {
            for line in Writer.wrap(value, to: max(1, width - indent)) { rows.append(.text(line, indent: indent, style: style)) }
        }
        for (group, teams) in selection.groups {
            if !rows.isEmpty { rows.append(.blank) }
            let folded = state.folded.contains(.subcommittee(group.map { roadmap.subcommittees[$0].id }))
            rows.append(.subcommittee(group, teams: teams.count, folded: folded))
            for t in teams where !folded {
                let team = roadmap.teams[t]
                rows.append(.team(t))
                var facts: [String] = []
                if let area = team.area { facts.append(words.area.capitalizedFirst + words.colon + " " + names.area(area)) }
                if let phase = team.phase { facts.append(names.phase(phase)) }
                if !facts.isEmpty { text(facts.joined(separator: " · "), indent: 6) }
                if !team.alternateNames.isEmpty {
                    text(words.alsoNamed + words.colon + " " + team.alternateNames.map { $0[language] }.joined(separator: " · "), indent: 6)
                }
                if !team.listedActivities.isEmpty {
                    text(words.listedActivities + words.colon, indent: 6)
                    for listed in team.listedActivities { text("– " + listed[language], indent: 8) }
                }
                for link in [Link.waitsFor, .feeds, .bothWays] where !linked(t, link).isEmpty { rows.append(.linked(t, link)) }
                for activity in activitiesOf[t] { rows.append(.activity(activity)) }
                for activity in supportedBy[t] { rows.append(.supports(activity)) }
                if team.provenance.hasInference || team.provenance.note != nil {
                    var writer = Writer(width: max(1, width - 6), state)
                    writer.names = names
                    writer.notes = notes
                    writer.provenance(team.provenance, words)
                    notes = writer.notes
                    for line in writer.canvas.lines { rows.append(.text(line, indent: 6, style: .muted)) }
                }
            }
        }
        if !withoutTeam.isEmpty {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.noTeamHeading(withoutTeam.count))
            for activity in withoutTeam {
                rows.append(.activity(activity))
                let provenance = roadmap.activities[activity].provenance
                if provenance.infers("team") {
                    text(words.label(words.noTeam, inferred: true), indent: 8)
                }
            }
        }
        if rows.isEmpty { rows.append(.message(words.noActivityMatches)) }
        if !roadmap.meta.teamStatuses.isEmpty {
            rows.append(.blank)
            text(words.teamStatusLegend + words.colon, indent: 0)
            for entry in roadmap.meta.teamStatuses {
                let ours = TaskTeam.Status(rawValue: entry.id).map { words.teamStatus($0) + " — " } ?? ""
                text("• " + ours + entry.label[language], indent: 2)
                if let note = entry.provenance.note {
                    var writer = Writer(width: max(1, width - 4), state)
                    writer.names = names
                    writer.notes = notes
                    writer.note(words.noteOnSource, note[language])
                    notes = writer.notes
                    for line in writer.canvas.lines { rows.append(.text(line, indent: 4, style: .muted)) }
                }
            }
        }

        var header = PageHeader.make(scheduled, state, width: width, pageName: words.teamsView, shown: visible.count)
        // The numbered reasons at the end of a document, or the count of hidden ones.
        var tail = Writer(width: width, state)
        tail.notes = notes
        tail.finishNotes(header: &header)
        if tail.canvas.height > 0 { rows.append(.blank) }
        for line in tail.canvas.lines { rows.append(.text(line, indent: 0, style: .muted)) }
        if state.medium == .document {
            rows = rows.flatMap { documentRows($0, scheduled, state, width: width, teamCritical: teamCritical, neighbours: neighbours) }
        }
        let finalRows = rows
        let search = TextFolding.fold(state.filter.search)
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .subcommittee(group, count, folded):
                let name = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
                canvas.put("\(Fold.mark(folded: folded)) \(name) (\(count))", x: 0, y: y, style: CellStyle(.heading, bold: true, underline: true))
            case let .noTeamHeading(count):
                canvas.put("\(words.activitiesWithoutTeam) (\(count))", x: 0, y: y, style: CellStyle(.heading, bold: true, underline: true))
            case let .team(t):
                let team = roadmap.teams[t]
                let critical = teamCritical.contains(t)
                if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 0, y: y, style: CellStyle(.critical, bold: true)) }
                let roleIndex = roadmap.roles.firstIndex { $0.id == team.role } ?? 0
                var x = 2
                x += canvas.put(team.role, x: x, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: 3)
                x = max(x, 6)
                x += canvas.put(team.name[language], x: x, y: y, style: CellStyle(critical ? .critical : .plain, bold: true))
                canvas.put("  " + teamFacts(t, scheduled, words, critical: critical), x: x, y: y, style: .muted)
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
                drawActivity(a, scheduled, language, width: width, prefix: "", search: search, &canvas, y)
            case let .supports(a):
                drawActivity(a, scheduled, language, width: width, prefix: words.supports + words.colon + " ", search: search, &canvas, y)
            case let .text(line, indent, style):
                canvas.put(line, x: indent, y: y, style: style)
            case .blank:
                break
            case let .message(text):
                canvas.put(text, x: 2, y: y, style: .muted)
            }
        }, activityForRow: { row in
            switch finalRows[row] {
            case let .activity(a), let .supports(a): return a
            default: return nil
            }
        }, headingForRow: { row in
            guard case let .subcommittee(group, _, folded) = finalRows[row] else { return nil }
            return PageHeading(fold: .subcommittee(group.map { roadmap.subcommittees[$0].id }), folded: folded)
        })
    }

    /// "new · 2016-10 – 2018-03 · float 0 months · critical · inferred".
    private static func teamFacts(_ t: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary, critical: Bool) -> String {
        let team = scheduled.roadmap.teams[t]
        var facts = [words.teamStatus(team.status)]
        if let span = scheduled.teams.spans[t] {
            let schedule = scheduled.schedule
            facts.append("\(schedule.month(span.earlyStart)) – \(schedule.lastMonth(span.earlyFinish))")
            facts.append("\(words.float) \(words.months(span.float))")
            if critical { facts.append(words.critical) }
        } else {
            facts.append(words.noActivities)
        }
        if team.provenance.hasInference { facts.append(words.inferred) }
        return facts.joined(separator: " · ")
    }

    /// A row as a document writes it: every word, wrapped under itself, in text rows — a name
    /// too long for its line goes on below rather than being cut at the edge.
    private static func documentRows(_ row: Row, _ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, teamCritical: Set<Int>,
                                     neighbours: [TeamSchedule.Neighbours]) -> [Row] {
        let roadmap = scheduled.roadmap, language = state.language, words = Vocabulary(language)
        let schedule = scheduled.schedule
        func hanging(_ lead: String, _ text: String, indent: Int, style: CellStyle) -> [Row] {
            Writer.wrap(text, to: max(1, width - indent)).enumerated().map { k, line in
                .text(k == 0 ? lead + line : String(repeating: " ", count: indent) + line, indent: 0, style: style)
            }
        }
        func activityRows(_ a: Int, prefix: String) -> [Row] {
            let activity = roadmap.activities[a]
            let mark = schedule.isCritical(a) ? String(RoadmapPage.Mark.critical) : " "
            let dates = "\(schedule.month(schedule.earlyStart[a])) – \(schedule.lastMonth(schedule.earlyFinish[a]))"
            let role = activity.roleAsPrinted + String(repeating: " ", count: max(1, 4 - TextWidth.of(activity.roleAsPrinted)))
            return hanging("      \(mark) " + role, prefix + activity.name[language] + " · " + dates, indent: 12, style: .plain)
        }
        switch row {
        case let .subcommittee(group, count, folded):
            let name = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
            return hanging("", "\(Fold.mark(folded: folded)) \(name) (\(count))", indent: 2, style: .heading)
        case let .noTeamHeading(count):
            return hanging("", "\(words.activitiesWithoutTeam) (\(count))", indent: 0, style: .heading)
        case let .team(t):
            let team = roadmap.teams[t]
            let critical = teamCritical.contains(t)
            let mark = critical ? String(RoadmapPage.Mark.critical) : " "
            let role = team.role + String(repeating: " ", count: max(1, 4 - TextWidth.of(team.role)))
            return hanging("\(mark) " + role, team.name[language] + " · " + teamFacts(t, scheduled, words, critical: critical), indent: 6, style: .plain)
        case let .linked(t, link):
            let linked: [Int], label: String
            switch link {
            case .waitsFor: (linked, label) = (neighbours[t].waitsFor, words.waitsFor)
            case .feeds: (linked, label) = (neighbours[t].feeds, words.feeds)
            case .bothWays: (linked, label) = (neighbours[t].bothWays, words.bothWays)
            }
            let names = linked.map { roadmap.teams[$0].name[language] }.joined(separator: ", ")
            return hanging("      ", "\(label)\(words.colon) \(names)", indent: 8, style: .muted)
        case let .activity(a):
            return activityRows(a, prefix: "")
        case let .supports(a):
            return activityRows(a, prefix: words.supports + words.colon + " ")
        case let .message(text):
            return hanging("  ", text, indent: 2, style: .muted)
        case .text, .blank:
            return [row]
        }
    }

    /// An activity's row: the critical mark, the role as the seed prints it (Br) in the colour
    /// of the role it means, its name (after `prefix`), why the search kept it when its name
    /// on screen does not show the match (as on the grid), and its early dates.
    private static func drawActivity(_ a: Int, _ scheduled: ScheduledRoadmap, _ language: Language, width: Int, prefix: String,
                                     search: String, _ canvas: inout Canvas, _ y: Int) {
        let roadmap = scheduled.roadmap
        let activity = roadmap.activities[a]
        let schedule = scheduled.schedule
        let critical = schedule.isCritical(a)
        if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 6, y: y, style: CellStyle(.critical, bold: true)) }
        let dates = "\(schedule.month(schedule.earlyStart[a])) – \(schedule.lastMonth(schedule.earlyFinish[a]))"
        let datesWidth = TextWidth.of(dates)
        let roleIndex = roadmap.roles.firstIndex { $0.id == activity.role } ?? 0
        canvas.put(activity.roleAsPrinted, x: 8, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: 3)
        let nameRoom = max(0, width - 12 - datesWidth - 2)
        let style = CellStyle(critical ? .critical : .plain)
        let label = prefix + activity.name[language]
        let why = RoadmapPage.whyMatched(activity, language, search: search, room: nameRoom - nameRoom / 3 - 1)
        let labelRoom = why.map { max(nameRoom / 3, nameRoom - TextWidth.of($0) - 1) } ?? nameRoom
        let used = canvas.put(TextWidth.truncate(label, to: labelRoom), x: 12, y: y, style: prefix.isEmpty ? style : .muted, limit: labelRoom)
        if let why { canvas.put(why, x: 12 + used + 1, y: y, style: .muted, limit: max(0, nameRoom - used - 1)) }
        canvas.put(dates, x: 12 + nameRoom + 2, y: y, style: .muted)
    }
}
