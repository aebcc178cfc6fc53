import RoadmapModel

/// Where a row's values come from, said the same way in every export: CSV columns, Markdown
/// marks with their legend and numbered notes, and the counts the roadmap page shows.
enum ProvenanceText {
    /// The CSV columns every table ends with.
    static let csvHeader = ["source", "inferred_fields", "note"]

    /// `source` (seed or inferred), `inferred_fields` (field names separated by `;`, empty on
    /// an object inferred as a whole) and `note` (why, in the view's language).
    static func csvFields(_ provenance: Provenance, _ language: Language) -> [String] {
        [provenance.source.rawValue, provenance.inferredFields.joined(separator: ";"), provenance.note?[language] ?? ""]
    }

    /// The mark after an inferred value in Markdown.
    static let mark = "†"

    /// A cell's text, marked when any of `fields` is inferred.
    static func marked(_ cell: String, _ provenance: Provenance, _ fields: String...) -> String {
        fields.contains(where: provenance.infers) ? cell + " " + mark : cell
    }

    /// The Markdown "Source" cell: "seed", or "inferred: area, start" — the note's number
    /// after it when there is a note.
    static func sourceCell(_ provenance: Provenance, note: Int?, _ words: Vocabulary,
                           escape: (String) -> String = MarkdownText.cell, noteReference: (Int) -> String = { " [^\($0)]" }) -> String {
        var text = provenance.isInferred ? "\(mark) \(words.inferred)" : words.seed
        if provenance.isInferred && !provenance.inferredFields.isEmpty {
            text += words.colon + " " + provenance.inferredFields.map(escape).joined(separator: ", ")
        }
        if let note { text += noteReference(note) }
        return text
    }

    /// The legend under the tables, then each note as a numbered footnote: `notes` is every
    /// (number, note) in the order of the rows. Handed to `sink` as it grows, as the rows are.
    static func writeLegend(_ words: Vocabulary, anyInferred: Bool, notes: [(Int, LocalizedText)],
                            into out: inout [UInt8], _ sink: ([UInt8]) throws -> Void) throws {
        if anyInferred { out.append("\n\(mark) \(words.markdownInferredLegend)\n") }
        if !notes.isEmpty { out.append("\n") }
        for (number, note) in notes {
            out.append(footnote(number, note, words.language))
            try out.flush(to: sink)
        }
    }

    static func footnote(_ number: Int, _ note: LocalizedText, _ language: Language) -> String {
        "[^\(number)]: " + MarkdownText.cell(note[language]) + "\n"
    }

    /// How many of the shown activities have their dates inferred, and how many of the links
    /// between shown activities are inferred: what the roadmap page's header and legend say.
    struct Counts: Equatable {
        var inferredSpans = 0, spans = 0, inferredLinks = 0, links = 0
    }

    static func counts(_ scheduled: ScheduledRoadmap, visible: [Int]) -> Counts {
        let roadmap = scheduled.roadmap
        var shown = [Bool](repeating: false, count: roadmap.activities.count)
        var counts = Counts()
        for i in visible {
            shown[i] = true
            counts.spans += 1
            let provenance = roadmap.activities[i].provenance
            if provenance.infers("start") || provenance.infers("finish") { counts.inferredSpans += 1 }
        }
        for edge in scheduled.graph.edges where shown[edge.from] && shown[edge.to] {
            counts.links += 1
            if roadmap.dependencies[edge.dependencyIndex].provenance.isInferred { counts.inferredLinks += 1 }
        }
        return counts
    }
}
