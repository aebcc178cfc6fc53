import RoadmapModel

/// The dependencies view as data: the links it is about. With an activity chosen (the
/// explorer's selection, `--activity`), that activity's links — what it waits for, then what
/// waits for it — as the page shows them; without one, every link of the network, or with
/// filters the links between two activities the filters keep. Each link with its type, lag,
/// whether it binds (decides its successor's early dates), where it comes from and, for an
/// inferred link, how strong the reading behind it is.
enum LinksExport {
    /// The links as indices into the graph's edges, and what they are the links of.
    static func links(_ input: ExportInput) -> (edges: [Int], activity: Int?) {
        let scheduled = input.scheduled, graph = scheduled.graph
        if input.state.dependencyScope == .activity, let i = input.state.selectedActivity, scheduled.roadmap.activities.indices.contains(i) {
            return (Array(graph.predecessors(of: i)) + Array(graph.successors(of: i)), i)
        }
        guard !input.state.filter.isEmpty else { return (Array(graph.edges.indices), nil) }
        var shown = [Bool](repeating: false, count: scheduled.roadmap.activities.count)
        for i in input.state.filter.apply(to: scheduled) { shown[i] = true }
        return (graph.edges.indices.filter { shown[graph.edges[$0].from] && shown[graph.edges[$0].to] }, nil)
    }

    /// "FS", "FS +2", "SS −1".
    static func typeAndLag(_ edge: DependencyGraph.Edge) -> String {
        edge.lag == 0 ? edge.type.rawValue : "\(edge.type.rawValue) \(edge.lag > 0 ? "+" : "−")\(abs(edge.lag))"
    }

    // MARK: - CSV

    /// `strength` comes last, after the provenance, so that the columns before it stay where
    /// they were; empty where the file gives none.
    static let csvHeader = ["from", "from_name", "to", "to_name", "type", "lag", "binds"] + ProvenanceText.csvHeader + ["strength"]

    static func csv(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language
        var out: [UInt8] = []
        out.append(CSVExport.record(csvHeader))
        for k in links(input).edges {
            let edge = scheduled.graph.edges[k]
            let from = roadmap.activities[edge.from], to = roadmap.activities[edge.to]
            out.append(CSVExport.record([
                from.id, from.name[language], to.id, to.name[language], edge.type.rawValue, "\(edge.lag)",
                CSVExport.bool(scheduled.schedule.binding[k]),
            ] + ProvenanceText.csvFields(roadmap.dependencies[edge.dependencyIndex].provenance, language)
              + [roadmap.dependencies[edge.dependencyIndex].strength?.rawValue ?? ""]))
            try out.flush(to: sink)
        }
        try sink(out)
    }

    // MARK: - JSON

    /// An array of links: `from`, `to` (activity ids), `type` (FS, SS, FF, SF), `lag` (months),
    /// `binds`, `strength` ("strong", "moderate", "weak", or null where the file gives none),
    /// then `source`, `inferredFields`, `note`.
    static func json(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap
        var out = JSONBytes(mode: .sanitized)
        out.byte(UInt8(ascii: "["))
        let edges = links(input).edges
        for (n, k) in edges.enumerated() {
            let edge = scheduled.graph.edges[k]
            out.raw(n == 0 ? "\n  {" : ",\n  {")
            out.key("from"); out.string(roadmap.activities[edge.from].id); out.raw(", ")
            out.key("to"); out.string(roadmap.activities[edge.to].id); out.raw(", ")
            out.key("type"); out.string(edge.type.rawValue); out.raw(", ")
            out.key("lag"); out.int(edge.lag); out.raw(", ")
            out.key("binds"); out.bool(scheduled.schedule.binding[k]); out.raw(", ")
            out.key("strength"); out.optionalString(roadmap.dependencies[edge.dependencyIndex].strength?.rawValue); out.raw(",\n   ")
            out.provenanceMembers(roadmap.dependencies[edge.dependencyIndex].provenance)
            out.raw("}")
            try out.flush(to: sink)
        }
        out.raw(edges.isEmpty ? "]\n" : "\n]\n")
        try sink(out.bytes)
    }

    // MARK: - Markdown

    static func markdown(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language, words = input.words
        let (edges, activity) = links(input)
        var out: [UInt8] = []
        out.append(MarkdownExport.title(input))
        if activity == nil {
            let shown = input.state.filter.isEmpty ? roadmap.activities.count : input.state.filter.apply(to: scheduled).count
            out.append("\n" + MarkdownExport.emphasized(PageHeader.filterLine(scheduled, input.state, shown: shown)) + "\n")
        } else if scheduled.statedOnly {
            // Which links bind depends on the schedule: say when it leaves the inferred out.
            let mode = words.statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count)
            out.append("\n" + MarkdownExport.emphasized(mode) + "\n")
        }
        let heading = activity.map { words.linksOf(roadmap.activities[$0].name[language]) } ?? words.everyLink
        out.append("\n## \(MarkdownText.cell(heading)) (\(edges.count))\n\n")
        // The reading's strength has a column when a link listed has one.
        let strengths = edges.contains { roadmap.dependencies[scheduled.graph.edges[$0].dependencyIndex].strength != nil }
        out.append("| \(words.fromHead) | \(words.toHead) | \(words.typeHead) | \(words.lag.capitalizedFirst) | \(words.binds.capitalizedFirst) | ")
        out.append(strengths ? "\(words.strengthHead) | \(words.source) |\n" : "\(words.source) |\n")
        out.append(strengths ? "|---|---|---|---:|:---:|---|---|\n" : "|---|---|---|---:|:---:|---|\n")
        var notes: [(Int, LocalizedText)] = []
        var anyInferred = false
        for k in edges {
            let edge = scheduled.graph.edges[k]
            let p = roadmap.dependencies[edge.dependencyIndex].provenance
            anyInferred = anyInferred || p.isInferred
            var note: Int?
            if let text = p.note { notes.append((notes.count + 1, text)); note = notes.count }
            out.append("| \(ProvenanceText.marked(MarkdownText.cell(roadmap.activities[edge.from].name[language]), p, "from")) ")
            out.append("| \(ProvenanceText.marked(MarkdownText.cell(roadmap.activities[edge.to].name[language]), p, "to")) ")
            out.append("| \(ProvenanceText.marked("\(edge.type.rawValue) (\(words.dependencyType(edge.type)))", p, "type")) ")
            out.append("| \(ProvenanceText.marked("\(edge.lag)", p, "lag")) | \(scheduled.schedule.binding[k] ? "▶" : "") ")
            if strengths { out.append("| \(roadmap.dependencies[edge.dependencyIndex].strength.map(words.strength) ?? "") ") }
            out.append("| \(ProvenanceText.sourceCell(p, note: note, words)) |\n")
            try out.flush(to: sink)
        }
        try ProvenanceText.writeLegend(words, anyInferred: anyInferred, notes: notes, names: NameLookup(input.scheduled, input.language), into: &out, sink)
        try sink(out)
    }

    // MARK: - Mermaid

    /// A `flowchart` of the links, one arrow per dependency in the data (none is implied):
    /// dotted when inferred, thick when it binds, the type and lag on the arrow.
    static func mermaid(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language, words = input.words
        let (edges, activity) = links(input)
        var out: [UInt8] = []
        out.append(MermaidFlowchart.start(input))
        out.append("    %% -.-> \(MermaidExport.text(words.inferred)) · ==> \(MermaidExport.text(words.binds)) · --> \(MermaidExport.text(words.fromSeed))\n")
        var declared = [Bool](repeating: false, count: roadmap.activities.count)
        func node(_ i: Int) -> String {
            defer { declared[i] = true }
            return declared[i] ? "a\(i)" : "a\(i)[\(MermaidFlowchart.label(roadmap.activities[i].name[language]))]"
        }
        if let activity { out.append("    \(node(activity))\n") }
        for k in edges {
            let edge = scheduled.graph.edges[k]
            let dependency = roadmap.dependencies[edge.dependencyIndex]
            let inferred = dependency.provenance.isInferred
            let binds = scheduled.schedule.binding[k]
            let arrow = inferred ? "-.->" : binds ? "==>" : "-->"
            let label = typeAndLag(edge) + (binds ? " · " + words.binds : "") + (inferred ? " · " + words.inferred : "")
                + (dependency.strength.map { " · " + words.reading($0) } ?? "")
            out.append("    \(node(edge.from)) \(arrow)|\(MermaidFlowchart.label(label))| \(node(edge.to))\n")
            try out.flush(to: sink)
        }
        try sink(out)
    }
}

/// What the Mermaid flowcharts (links, working groups) share: the header with the title, and
/// labels Mermaid reads as text whatever they hold.
enum MermaidFlowchart {
    /// The title in Mermaid's front matter (a YAML string in single quotes), then `flowchart LR`.
    static func start(_ input: ExportInput) -> String {
        let title = MermaidExport.text(input.roadmap.meta.title[input.language] + " — " + PageBuilder.name(of: input.state.view, input.language))
        return "---\ntitle: '\(title.replacingAll("'", with: "''"))'\n---\nflowchart LR\n"
    }

    /// A quoted label: on one line, no quote to end it early, no markup.
    static func label(_ raw: String) -> String {
        var result = ""
        for character in MermaidExport.text(raw) {
            switch character {
            case "\"": result += "#quot;"
            case "<": result += "‹"
            case ">": result += "›"
            case "`": result += "ʹ"
            case "|": result += "¦"
            default: result.append(character)
            }
        }
        return "\"" + result + "\""
    }
}
