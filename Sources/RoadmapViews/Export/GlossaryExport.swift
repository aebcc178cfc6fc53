import RoadmapModel

/// The glossary view as data: one row per term the page shows (all, or those the search
/// finds), with its definition and where it comes from.
enum GlossaryExport {
    // MARK: - CSV

    static let csvHeader = ["term", "definition"] + ProvenanceText.csvHeader

    static func csv(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let language = input.language
        var out: [UInt8] = []
        out.append(CSVExport.record(csvHeader))
        for k in GlossaryPage.entries(input.roadmap, input.state) {
            let entry = input.roadmap.glossary[k]
            out.append(CSVExport.record([entry.term[language], entry.definition[language]]
                                        + ProvenanceText.csvFields(entry.provenance, language)))
            try out.flush(to: sink)
        }
        try sink(out)
    }

    // MARK: - JSON

    /// An array of entries: `term` (in the view's language), `terms` {fr, en}, `definition`
    /// {fr, en}, then `source`, `inferredFields`, `note`.
    static func json(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        var out = JSONBytes(mode: .sanitized)
        out.byte(UInt8(ascii: "["))
        let entries = GlossaryPage.entries(input.roadmap, input.state)
        for (n, k) in entries.enumerated() {
            let entry = input.roadmap.glossary[k]
            out.raw(n == 0 ? "\n  {\n    " : ",\n  {\n    ")
            out.key("term"); out.string(entry.term[input.language]); out.raw(", ")
            out.key("terms"); out.localized(entry.term); out.raw(",\n    ")
            out.key("definition"); out.localized(entry.definition); out.raw(",\n    ")
            out.provenanceMembers(entry.provenance)
            out.raw("\n  }")
            try out.flush(to: sink)
        }
        out.raw(entries.isEmpty ? "]\n" : "\n]\n")
        try sink(out.bytes)
    }

    // MARK: - Markdown

    /// A table of terms and definitions, the inferred ones marked, the notes numbered.
    static func markdown(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let language = input.language, words = input.words
        let entries = GlossaryPage.entries(input.roadmap, input.state)
        var out: [UInt8] = []
        out.append(MarkdownExport.title(input))
        if !input.state.filter.search.isEmpty {
            out.append("\n" + MarkdownExport.emphasized(PageHeader.filterLine(input.scheduled, input.state, shown: nil)) + "\n")
        }
        out.append("\n| \(words.termHead) | \(words.definitionHead) | \(words.source) |\n|---|---|---|\n")
        var notes: [(Int, LocalizedText)] = []
        var anyInferred = false
        for k in entries {
            let entry = input.roadmap.glossary[k], p = entry.provenance
            anyInferred = anyInferred || p.isInferred
            var note: Int?
            if let text = p.note { notes.append((notes.count + 1, text)); note = notes.count }
            out.append("| **\(ProvenanceText.marked(MarkdownText.cell(entry.term[language]), p, "term"))** ")
            out.append("| \(ProvenanceText.marked(MarkdownText.cell(entry.definition[language]), p, "definition")) ")
            out.append("| \(ProvenanceText.sourceCell(p, note: note, words)) |\n")
        }
        if entries.isEmpty {
            out.append("\n" + words.noTermMatches + "\n")
        }
        try ProvenanceText.writeLegend(words, anyInferred: anyInferred, notes: notes, names: NameLookup(input.scheduled, input.language), into: &out, sink)
        try sink(out)
    }
}
