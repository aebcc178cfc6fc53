import RoadmapModel

/// The task teams as a Gantt: one row per team, grouped by sub-committee, on the same month
/// columns as the roadmap grid (the same layout). A team's bar runs from the early start of its
/// first activity to the early finish of its last: `█` where one of its activities is at work,
/// `─` where the span has a gap, then `·` for its float (the least of its activities'); `◆`
/// marks the teams on the team critical path. The teams shown are those of the teams page
/// (the same selection, filters included), so every team is reachable from either.
public enum TeamGanttPage {
    public enum Mark {
        public static let busy: Character = "█"
        public static let gap: Character = "─"
    }

    enum Row: Sendable {
        case subcommittee(Int?, count: Int, folded: Bool)
        case team(Int)
        case blank
        case message(String)
        case legend(String)
        /// The rest of a name too long for its column, in a document: no bar.
        case continuation(String, x: Int, style: CellStyle)
    }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let fr = language == .fr
        let selection = TeamSelection(scheduled, state)
        let critical = Set(scheduled.teams.criticalPath)

        let teamNames = TeamNames.distinct(roadmap, language)
        var longestName = 0
        for (group, teams) in selection.groups {
            let heading = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
            longestName = max(longestName, TextWidth.of(heading) + String(teams.count).count - 2)
            for t in teams { longestName = max(longestName, TextWidth.of(teamNames[t])) }
        }
        let layout = GanttLayout(scheduled: scheduled, width: width, longestName: longestName)
        // A document never cuts a name: the rest goes on continuation rows, without a bar.
        let document = state.medium == .document
        var rows: [Row] = []
        for (group, teams) in selection.groups {
            // Folded as on the teams page: the same heading folds in both views.
            let folded = state.folded.contains(.subcommittee(group.map { roadmap.subcommittees[$0].id }))
            rows.append(.subcommittee(group, count: teams.count, folded: folded))
            if document {
                let heading = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
                for line in Writer.wrap("\(Fold.mark(folded: folded)) \(heading) (\(teams.count))", to: max(1, layout.gridX - 3)).dropFirst() {
                    rows.append(.continuation(line, x: 2, style: .heading))
                }
            }
            for t in teams where !folded {
                rows.append(.team(t))
                guard document, layout.nameWidth > 0 else { continue }
                for line in Writer.wrap(teamNames[t], to: layout.nameWidth).dropFirst() {
                    rows.append(.continuation(line, x: GanttLayout.nameX, style: CellStyle(critical.contains(t) ? .critical : .plain)))
                }
            }
        }
        if rows.isEmpty {
            rows += (document ? Writer.wrap(words.noActivityMatches, to: max(1, width - GanttLayout.nameX)) : [words.noActivityMatches]).map(Row.message)
        }
        rows.append(.blank)
        var marks = ["\(Mark.busy) " + (fr ? "une de ses activités en cours" : "one of its activities at work"),
                     "\(Mark.gap) " + (fr ? "période sans activité dans sa durée" : "a gap in its span"),
                     "\(RoadmapPage.Mark.float) " + (fr ? "marge de l’équipe (la moindre de ses activités)" : "the team’s float (the least of its activities’)"),
                     "\(RoadmapPage.Mark.critical) " + (fr ? "équipe sur le chemin critique" : "team on the critical path")]
        // What a key does stays on the screen.
        if !document { marks.append(fr ? "Entrée : détails de l’équipe" : "Enter: the team’s details") }
        for line in RoadmapPage.pack(words.legend + words.colon, marks, width: width) { rows.append(.legend(line)) }
        let teamCount = selection.teams.count
        let source = fr ? "Durées et marges déduites du calendrier des activités de chaque équipe (dont les dates et liens inférés)."
                        : "Spans and floats follow from the schedule of each team’s activities (inferred dates and links included)."
        for line in TextWidth.wrap(source, to: max(1, width)) { rows.append(.legend(line)) }

        let qualifier = fr ? "Gantt des équipes" : "team Gantt"
        var header = PageHeader.make(scheduled, state, width: width, pageName: words.teamsView, shown: selection.visible.count, qualifier: qualifier)
        RoadmapPage.drawColumnHeads(&header, layout, words)
        // The name column holds teams here, not activities.
        let monthRow = header.height - 2
        let head = [fr ? "Équipe (\(teamCount))" : "Team (\(teamCount))", fr ? "Équipe" : "Team"].first { TextWidth.of($0) <= layout.nameWidth } ?? ""
        header.put(TextWidth.pad(head, to: layout.nameWidth), x: GanttLayout.nameX, y: monthRow, style: .muted, limit: layout.nameWidth)

        let finalRows = rows
        let activitiesOf = selection.activitiesOf
        var page = Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .subcommittee(group, count, folded):
                let name = group.map { roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
                let heading = "\(Fold.mark(folded: folded)) \(name) (\(count))"
                canvas.put(document ? Writer.wrap(heading, to: max(1, layout.gridX - 3)).first ?? "" : heading, x: 0, y: y, style: .heading,
                           limit: layout.gridX - 1)
                layout.drawSeparators(&canvas, y: y)
            case let .team(t):
                let name = document ? Writer.wrap(teamNames[t], to: max(1, layout.nameWidth)).first ?? "" : teamNames[t]
                drawTeam(t, activitiesOf[t], critical: critical.contains(t), scheduled, layout, language, &canvas, y, name: name, document: document)
            case let .continuation(text, x, style):
                canvas.put(text, x: x, y: y, style: style, limit: layout.gridX - 1 - x)
                layout.drawSeparators(&canvas, y: y)
            case .blank:
                break
            case let .message(text):
                canvas.put(text, x: GanttLayout.nameX, y: y, style: .muted)
            case let .legend(text):
                canvas.put(text, x: 0, y: y, style: .muted)
            }
        }, headingForRow: { row in
            guard case let .subcommittee(group, _, folded) = finalRows[row] else { return nil }
            return PageHeading(fold: .subcommittee(group.map { roadmap.subcommittees[$0].id }), folded: folded)
        }, teamForRow: { row in
            if case let .team(t) = finalRows[row] { return t }
            return nil
        })
        if document { page.plainRows = layout.continuationRows(width: width, page: page) { row in
            guard case let .continuation(text, x, _) = finalRows[row] else { return nil }
            return (text, x)
        } }
        return page
    }

    /// A team's row: the critical mark, its name, its role, and its bar over the months of the
    /// activities the view shows (all of them without filters).
    static func drawTeam(_ t: Int, _ activities: [Int], critical: Bool, _ scheduled: ScheduledRoadmap, _ layout: GanttLayout,
                         _ language: Language, _ canvas: inout Canvas, _ y: Int, name: String? = nil, document: Bool = false) {
        let roadmap = scheduled.roadmap
        let team = roadmap.teams[t]
        let schedule = scheduled.schedule
        let roleIndex = roadmap.roles.firstIndex { $0.id == team.role } ?? 0
        if critical { canvas.put(String(RoadmapPage.Mark.critical), x: GanttLayout.markX, y: y, style: CellStyle(.critical, bold: true)) }
        if layout.nameWidth > 0 {
            canvas.put(TextWidth.pad(name ?? team.name[language], to: layout.nameWidth), x: GanttLayout.nameX, y: y,
                       style: CellStyle(critical ? .critical : .plain, bold: critical), limit: layout.nameWidth)
        }
        canvas.put(team.role, x: layout.roleX, y: y, style: CellStyle(.role(roleIndex), bold: true), limit: GanttLayout.roleWidth)
        layout.drawSeparators(&canvas, y: y)
        guard let first = activities.map({ schedule.earlyStart[$0] }).min(),
              let end = activities.map({ schedule.earlyFinish[$0] }).max() else {
            // Said rather than left blank, so that an empty row is not read as a missing bar.
            let text = scheduled.teams.spans[t] == nil ? Vocabulary(language).noActivities : (language == .fr ? "aucune activité affichée" : "no activity shown")
            // Between the period separators, which it never covers: cut to the room before the
            // next one, in the widest period when the first is too narrow for the whole text.
            if let first = layout.monthX.first {
                let edges = [first - 1] + layout.separatorX.filter { $0 >= first && $0 < layout.width } + [layout.width - 1]
                let gaps = zip(edges, edges.dropFirst()).map { (x: $0 + 1, room: $1 - $0 - 1) }.filter { $0.room > 1 }
                let fits = gaps.first { $0.room >= TextWidth.of(text) + 1 } ?? gaps.max { $0.room < $1.room }
                // Where even the widest gap is too narrow for the words, the screen cuts them; a
                // document, which cuts nothing, says "none" with a dash.
                let shown = document && TextWidth.of(text) + 1 > (fits?.room ?? 0) ? " –" : " " + text
                if let gap = fits { canvas.put(shown, x: gap.x, y: y, style: .muted, limit: gap.room) }
            }
            return
        }
        let float = activities.map { schedule.totalFloat[$0] }.min() ?? 0
        var busy = [Bool](repeating: false, count: max(0, end - first))
        for a in activities where schedule.earlyStart[a] < schedule.earlyFinish[a] {
            for month in schedule.earlyStart[a]..<schedule.earlyFinish[a] { busy[month - first] = true }
        }
        // Where months share a column (a compressed grid), work wins over a gap, a gap over float.
        var drawn = [Int8](repeating: 0, count: layout.compressed ? layout.width : 0)
        let shown = max(0, first), stop = min(layout.monthCount, end + max(0, float))
        guard shown < stop else { return }
        for month in shown..<stop {
            let (rank, character, style): (Int8, Character, CellStyle)
            if month < end {
                (rank, character, style) = busy[month - first] ? (3, Mark.busy, CellStyle(.role(roleIndex), bold: critical)) : (2, Mark.gap, .muted)
            } else {
                (rank, character, style) = (1, RoadmapPage.Mark.float, .muted)
            }
            let x = layout.monthX[month]
            if layout.compressed {
                guard x < drawn.count, drawn[x] < rank else { continue }
                drawn[x] = rank
            }
            canvas.fill(character, x: x, y: y, count: layout.monthWidth, style: style)
        }
    }
}
