import RoadmapModel

/// The transition view as data: today's working groups in the page's order (by disposition,
/// then file order), each with its council, disposition, the task team it becomes, the
/// rationale, and where its values come from.
enum WorkingGroupsExport {
    /// Group indices in the page's order.
    static func groups(_ roadmap: Roadmap) -> [Int] {
        WorkingGroup.Disposition.allCases.flatMap { disposition in
            roadmap.workingGroups.indices.filter { roadmap.workingGroups[$0].disposition == disposition }
        }
    }

    static func team(_ group: WorkingGroup, _ scheduled: ScheduledRoadmap) -> TaskTeam? {
        group.becomes.flatMap { scheduled.teamIndex[$0] }.map { scheduled.roadmap.teams[$0] }
    }

    // MARK: - CSV

    static let csvHeader = [
        "id", "name", "council", "disposition", "disposition_name", "becomes", "becomes_name",
        "rationale", "current_work", "assessment",
    ] + ProvenanceText.csvHeader

    static func csv(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let language = input.language, words = input.words
        var out: [UInt8] = []
        out.append(CSVExport.record(csvHeader))
        for g in groups(input.roadmap) {
            let group = input.roadmap.workingGroups[g]
            out.append(CSVExport.record([
                group.id, group.name[language], group.council ?? "", group.disposition.rawValue, words.disposition(group.disposition),
                group.becomes ?? "", team(group, input.scheduled)?.name[language] ?? "",
                group.rationale?[language] ?? "", group.currentWork?[language] ?? "", group.assessment?[language] ?? "",
            ] + ProvenanceText.csvFields(group.provenance, language)))
            try out.flush(to: sink)
        }
        try sink(out)
    }

    // MARK: - JSON

    /// An array of working groups: `id`, `name` (in the view's language), `names` {fr, en},
    /// `council` (id or null), `disposition` (phase1, phase2, continued, sunset), `becomes`
    /// (team id or null), `rationale`, `currentWork`, `assessment` ({fr, en} or null), then
    /// `source`, `inferredFields`, `note`.
    static func json(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let language = input.language
        var out = JSONBytes(mode: .sanitized)
        out.byte(UInt8(ascii: "["))
        let order = groups(input.roadmap)
        for (n, g) in order.enumerated() {
            let group = input.roadmap.workingGroups[g]
            out.raw(n == 0 ? "\n  {\n    " : ",\n  {\n    ")
            out.key("id"); out.string(group.id); out.raw(", ")
            out.key("name"); out.string(group.name[language]); out.raw(", ")
            out.key("names"); out.localized(group.name); out.raw(",\n    ")
            out.key("council"); out.optionalString(group.council); out.raw(", ")
            out.key("disposition"); out.string(group.disposition.rawValue); out.raw(", ")
            out.key("becomes"); out.optionalString(group.becomes); out.raw(",\n    ")
            out.key("rationale"); out.optionalLocalized(group.rationale); out.raw(",\n    ")
            out.key("currentWork"); out.optionalLocalized(group.currentWork); out.raw(",\n    ")
            out.key("assessment"); out.optionalLocalized(group.assessment); out.raw(",\n    ")
            out.provenanceMembers(group.provenance)
            out.raw("\n  }")
            try out.flush(to: sink)
        }
        out.raw(order.isEmpty ? "]\n" : "\n]\n")
        try sink(out.bytes)
    }

    // MARK: - Markdown

    static func markdown(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let roadmap = input.roadmap, language = input.language, words = input.words
        var out: [UInt8] = []
        out.append(MarkdownExport.title(input))
        var notes: [(Int, LocalizedText)] = []
        var anyInferred = false
        for disposition in WorkingGroup.Disposition.allCases {
            let groups = roadmap.workingGroups.filter { $0.disposition == disposition }
            guard !groups.isEmpty else { continue }
            out.append("\n## \(MarkdownText.cell(words.disposition(disposition))) (\(groups.count))\n\n")
            out.append("| \(words.workingGroupHead) | \(words.councilHead) | \(words.becomesHead) | \(words.rationale) | \(words.source) |\n")
            out.append("|---|---|---|---|---|\n")
            for group in groups {
                let p = group.provenance
                anyInferred = anyInferred || p.isInferred
                var note: Int?
                if let text = p.note { notes.append((notes.count + 1, text)); note = notes.count }
                let becomes = team(group, input.scheduled).map { "\($0.name[language]) (\($0.role))" } ?? group.becomes ?? ""
                out.append("| \(ProvenanceText.marked(MarkdownText.cell(group.name[language]), p, "name", "disposition")) ")
                // The council by its name where the file lists it, as the transition page says it.
                let council = group.council.map { NameLookup(input.scheduled, language).council($0) ?? $0 }
                out.append("| \(council.map { ProvenanceText.marked(MarkdownText.cell($0), p, "council") } ?? "") ")
                out.append("| \(becomes.isEmpty ? "" : ProvenanceText.marked(MarkdownText.cell(becomes), p, "becomes")) ")
                out.append("| \(group.rationale.map { ProvenanceText.marked(MarkdownText.cell($0[language]), p, "rationale") } ?? "") ")
                out.append("| \(ProvenanceText.sourceCell(p, note: note, words)) |\n")
                try out.flush(to: sink)
            }
        }
        try ProvenanceText.writeLegend(words, anyInferred: anyInferred, notes: notes, names: NameLookup(input.scheduled, input.language), into: &out, sink)
        try sink(out)
    }

    // MARK: - Mermaid

    /// A `flowchart` from each working group, in a box per disposition, to the task team it
    /// becomes; a group that becomes no team stands alone. Dotted when `becomes` is inferred.
    static func mermaid(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let roadmap = input.roadmap, language = input.language, words = input.words
        var out: [UInt8] = []
        out.append(MermaidFlowchart.start(input))
        out.append("    %% -.-> \(MermaidExport.text(words.inferred)) · --> \(MermaidExport.text(words.fromSeed))\n")
        for (k, disposition) in WorkingGroup.Disposition.allCases.enumerated() {
            let groups = roadmap.workingGroups.indices.filter { roadmap.workingGroups[$0].disposition == disposition }
            guard !groups.isEmpty else { continue }
            out.append("    subgraph d\(k) [\(MermaidFlowchart.label(words.disposition(disposition)))]\n")
            for g in groups { out.append("        g\(g)[\(MermaidFlowchart.label(roadmap.workingGroups[g].name[language]))]\n") }
            out.append("    end\n")
        }
        var declared = Set<Int>()
        for g in groups(roadmap) {
            let group = roadmap.workingGroups[g]
            guard let id = group.becomes, let t = input.scheduled.teamIndex[id] else { continue }
            let team = declared.insert(t).inserted ? "t\(t)[\(MermaidFlowchart.label(roadmap.teams[t].name[language]))]" : "t\(t)"
            let arrow = group.provenance.infers("becomes") ? "-.->" : "-->"
            out.append("    g\(g) \(arrow)|\(MermaidFlowchart.label(words.becomes))| \(team)\n")
        }
        try sink(out)
    }
}
