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
            // The fields by their names in the reader's language, not the format's keys.
            text += words.colon + " " + provenance.inferredFields.map { escape(words.fieldName($0)) }.joined(separator: ", ")
        }
        if let note { text += noteReference(note) }
        return text
    }

    /// The legend under the tables, then each note as a numbered footnote: `notes` is every
    /// (number, note) in the order of the rows. Handed to `sink` as it grows, as the rows are.
    /// `names` says the ids a note mentions by their names.
    static func writeLegend(_ words: Vocabulary, anyInferred: Bool, notes: [(Int, LocalizedText)], names: NameLookup?,
                            into out: inout [UInt8], _ sink: ([UInt8]) throws -> Void) throws {
        if anyInferred { out.append("\n\(mark) \(words.markdownInferredLegend)\n") }
        if !notes.isEmpty { out.append("\n") }
        for (number, note) in notes {
            out.append(footnote(number, note[words.language], words: words, names: names))
            try out.flush(to: sink)
        }
    }

    /// "[^3]: text", the text on lines of the Markdown's length, continued four spaces in; the
    /// ids it mentions and the data format's field names said in words, as the pages say them.
    static func footnote(_ number: Int, _ text: String, words: Vocabulary, names: NameLookup?) -> String {
        MarkdownText.softWrapped("[^\(number)]: " + MarkdownText.cell(readable(text, words, names)), indent: 4).joined(separator: "\n") + "\n"
    }

    /// A note of the file as a document shows it: ids by their names, field names in words.
    static func readable(_ text: String, _ words: Vocabulary, _ names: NameLookup?) -> String {
        words.withoutFieldNames(names?.withNames(text) ?? text)
    }

    /// Whether a row needs a note of its own where its table has no Source column.
    static func needsNote(_ provenance: Provenance) -> Bool { provenance.isInferred || provenance.note != nil }

    /// A row's provenance said in a note, for a table without a Source column: "† inferred
    /// (start, finish, period): why", or "read from the seed: note"; nil for a row of the
    /// seed's without a note.
    static func noteText(_ provenance: Provenance, _ words: Vocabulary) -> String? {
        let reason = provenance.note?[words.language]
        guard provenance.isInferred else { return reason.map { words.fromSeed.capitalizedFirst + words.colon + " " + $0 } }
        let fields = provenance.inferredFields.map(words.fieldName)
        let head = "\(mark) " + words.inferredNote + (fields.isEmpty ? "" : " (" + fields.joined(separator: ", ") + ")")
        return head + (reason.map { words.colon + " " + $0 } ?? ".")
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
