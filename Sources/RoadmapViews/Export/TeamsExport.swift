import RoadmapModel

/// The task teams view as data: one row per team the page shows, with its sub-committee, its
/// span (first early start to last early finish of all its activities), its float (the least
/// of its activities'), whether it is on the team critical path, how many activities it
/// carries, and where its values come from.
enum TeamsExport {
    struct Row {
        let index: Int
        let team: TaskTeam
        let subcommittee: Subcommittee?
        let span: TeamSchedule.Span?
        let critical: Bool
    }

    /// The rows in the page's order, each with what every format needs.
    static func rows(_ input: ExportInput) -> [Row] {
        let scheduled = input.scheduled
        let critical = Set(scheduled.teams.criticalPath)
        return TeamSelection(scheduled, input.state).groups.flatMap { group, teams in
            teams.map { t in
                Row(index: t, team: scheduled.roadmap.teams[t], subcommittee: group.map { scheduled.roadmap.subcommittees[$0] },
                    span: scheduled.teams.spans[t], critical: critical.contains(t))
            }
        }
    }

    /// The span's first and last months (inclusive), as the other exports write dates.
    static func dates(_ span: TeamSchedule.Span?, _ scheduled: ScheduledRoadmap) -> (start: Month, finish: Month)? {
        span.map { (scheduled.schedule.month($0.earlyStart), scheduled.schedule.lastMonth($0.earlyFinish)) }
    }

    // MARK: - CSV

    static let csvHeader = [
        "id", "name", "role", "role_name", "subcommittee", "subcommittee_name", "status", "status_name",
        "span_start", "span_finish", "float", "critical", "activity_count",
    ] + ProvenanceText.csvHeader

    static func csv(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let language = input.language, words = input.words
        var out: [UInt8] = []
        out.append(CSVExport.record(csvHeader))
        for row in rows(input) {
            let team = row.team
            let dates = dates(row.span, input.scheduled)
            out.append(CSVExport.record([
                team.id, team.name[language], team.role, input.scheduled.roleName(team.role, language),
                team.subcommittee ?? "", row.subcommittee?.name[language] ?? "",
                team.status.rawValue, words.teamStatus(team.status),
                dates.map { "\($0.start)" } ?? "", dates.map { "\($0.finish)" } ?? "",
                row.span.map { "\($0.float)" } ?? "", CSVExport.bool(row.critical), "\(row.span?.activities.count ?? 0)",
            ] + ProvenanceText.csvFields(team.provenance, language)))
            try out.flush(to: sink)
        }
        try sink(out)
    }

    // MARK: - JSON

    /// An array of teams: `id`, `name` (in the view's language), `names` {fr, en}, `role`,
    /// `subcommittee` (id or null), `status`, `spanStart`, `spanFinish` ("YYYY-MM", inclusive;
    /// null for a team without activities), `float` (months or null), `critical`,
    /// `activityCount`, `activities` (ids, file order), then `source`, `inferredFields`, `note`.
    static func json(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, language = input.language
        var out = JSONBytes(mode: .sanitized)
        out.byte(UInt8(ascii: "["))
        let rows = rows(input)
        for (k, row) in rows.enumerated() {
            let team = row.team
            out.raw(k == 0 ? "\n  {\n    " : ",\n  {\n    ")
            out.key("id"); out.string(team.id); out.raw(", ")
            out.key("name"); out.string(team.name[language]); out.raw(", ")
            out.key("names"); out.localized(team.name); out.raw(",\n    ")
            out.key("role"); out.string(team.role); out.raw(", ")
            out.key("subcommittee"); out.optionalString(team.subcommittee); out.raw(", ")
            out.key("status"); out.string(team.status.rawValue); out.raw(",\n    ")
            if let dates = dates(row.span, scheduled), let span = row.span {
                out.key("spanStart"); out.month(dates.start); out.raw(", ")
                out.key("spanFinish"); out.month(dates.finish); out.raw(", ")
                out.key("float"); out.int(span.float); out.raw(", ")
            } else {
                out.raw("\"spanStart\": null, \"spanFinish\": null, \"float\": null, ")
            }
            out.key("critical"); out.bool(row.critical); out.raw(", ")
            out.key("activityCount"); out.int(row.span?.activities.count ?? 0); out.raw(",\n    ")
            out.key("activities")
            out.stringList((row.span?.activities ?? []).lazy.map { scheduled.roadmap.activities[$0].id }, indent: 4, column: 18)
            out.raw(",\n    ")
            out.provenanceMembers(team.provenance)
            out.raw("\n  }")
            try out.flush(to: sink)
        }
        out.raw(rows.isEmpty ? "]\n" : "\n]\n")
        try sink(out.bytes)
    }

    // MARK: - Markdown

    static func markdown(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, language = input.language, words = input.words
        let selection = TeamSelection(scheduled, input.state)
        let critical = Set(scheduled.teams.criticalPath)
        var out: [UInt8] = []
        out.append(MarkdownExport.title(input))
        out.append("\n" + MarkdownExport.emphasized(PageHeader.filterLine(scheduled, input.state, shown: selection.visible.count)) + "\n")
        var notes: [(Int, LocalizedText)] = []
        var anyInferred = false
        for (group, teams) in selection.groups {
            let name = group.map { scheduled.roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
            out.append("\n## \(MarkdownText.cell(name)) (\(teams.count))\n\n")
            // Seven columns: the team critical path is a mark before the name.
            out.append("| \(words.teamHead) | \(words.role.capitalizedFirst) | \(words.statusHead) | \(words.span.capitalizedFirst) ")
            out.append("| \(words.float.capitalizedFirst) | \(words.activityCountHead) | \(words.source) |\n")
            out.append("|---|---|---|---|---:|---:|---|\n")
            for t in teams {
                let team = scheduled.roadmap.teams[t], p = team.provenance
                let span = scheduled.teams.spans[t]
                anyInferred = anyInferred || p.isInferred
                var note: Int?
                if let text = p.note { notes.append((notes.count + 1, text)); note = notes.count }
                let dates = dates(span, scheduled).map { "\($0.start) – \($0.finish)" } ?? words.noActivities
                out.append("| \(critical.contains(t) ? "\(RoadmapPage.Mark.critical) " : "")\(ProvenanceText.marked(MarkdownText.cell(team.name[language]), p, "name")) ")
                out.append("| \(ProvenanceText.marked(MarkdownText.cell(team.role), p, "role")) ")
                out.append("| \(ProvenanceText.marked(MarkdownText.cell(words.teamStatus(team.status)), p, "status")) | \(dates) ")
                out.append("| \(span.map { "\($0.float)" } ?? "") | \(span?.activities.count ?? 0) ")
                out.append("| \(ProvenanceText.sourceCell(p, note: note, words)) |\n")
                try out.flush(to: sink)
            }
        }
        if selection.groups.isEmpty { out.append("\n" + words.noActivityMatches + "\n") }
        if !critical.isEmpty { out.append("\n\(RoadmapPage.Mark.critical) \(words.teamCriticalPath)\n") }
        try ProvenanceText.writeLegend(words, anyInferred: anyInferred, notes: notes, names: NameLookup(input.scheduled, input.language), into: &out, sink)
        try sink(out)
    }

    // MARK: - Mermaid

    /// A `gantt` of the teams' spans, a section per sub-committee, the team critical path
    /// marked `crit`. A team without activities has no span to draw: a comment names it.
    static func mermaid(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, language = input.language, words = input.words
        let selection = TeamSelection(scheduled, input.state)
        let critical = Set(scheduled.teams.criticalPath)
        var out: [UInt8] = []
        out.append("gantt\n")
        out.append("    title \(MermaidExport.text(input.roadmap.meta.title[language] + " — " + PageBuilder.name(of: input.state.view, language)))\n")
        out.append("    dateFormat YYYY-MM-DD\n")
        out.append("    axisFormat %Y-%m\n")
        for (group, teams) in selection.groups {
            let name = group.map { scheduled.roadmap.subcommittees[$0].name[language] } ?? words.noSubcommittee
            out.append("    section \(MermaidExport.text(name))\n")
            for t in teams {
                let team = scheduled.roadmap.teams[t]
                guard let span = scheduled.teams.spans[t] else {
                    out.append("    %% \(MermaidExport.text(team.name[language])): \(words.noActivities)\n")
                    continue
                }
                let tags = (critical.contains(t) ? ["crit"] : []) + ["t\(t)"]
                let start = MermaidExport.day(scheduled.schedule.month(span.earlyStart))
                let end = MermaidExport.day(scheduled.schedule.month(span.earlyFinish))
                out.append("    \(MermaidExport.text(team.name[language])) :\(tags.joined(separator: ", ")), \(start), \(end)\n")
                try out.flush(to: sink)
            }
        }
        try sink(out)
    }
}

extension JSONBytes {
    /// Hands what is written so far to `sink` once it passes a chunk, as the other exports do.
    mutating func flush(to sink: ([UInt8]) throws -> Void) throws {
        guard count >= [UInt8].exportChunk else { return }
        try sink(bytes)
        removeAll()
    }
}
