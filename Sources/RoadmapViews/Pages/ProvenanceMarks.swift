import RoadmapModel

extension Provenance {
    /// Whether `field` is a reading rather than the seed's words: the object names it among its
    /// inferred fields, or the whole object is inferred and names no field.
    func infers(_ field: String) -> Bool {
        inferredFields.contains(field) || (source == .inferred && inferredFields.isEmpty)
    }

    /// Whether anything in the object is a reading: a value a page shows from it must say so.
    var hasInference: Bool { source == .inferred || !inferredFields.isEmpty }
}

extension Vocabulary {
    /// "Current work (inferred)" where the value is a reading.
    func label(_ text: String, inferred: Bool) -> String {
        inferred ? "\(text) (\(byInference))" : text
    }

    /// The remark after a heading the seed does not print: "(titre inféré)".
    func headingRemark(inferred: Bool) -> String? { inferred ? inferredHeading : nil }
}

extension Writer {
    /// The provenance of an object, under what the page showed of it: "Inferred value (area,
    /// period): why", or the note on the source for a value read from the seed with a remark.
    /// Nothing when the object is the seed's, unremarked.
    mutating func provenance(_ provenance: Provenance, _ words: Vocabulary, indent: Int = 0) {
        let note = provenance.note?[words.language] ?? ""
        let label: String
        if provenance.hasInference {
            let fields = provenance.inferredFields.map(words.fieldName)
            label = words.inferredNote + (fields.isEmpty ? "" : " (" + fields.joined(separator: ", ") + ")")
        } else if !note.isEmpty {
            label = words.noteOnSource
        } else {
            return
        }
        // The mark stays where the value is; its reason goes where the notes mode puts it.
        if note.isEmpty { paragraph(label, indent: indent, style: .muted) } else { self.note(label, note, indent: indent) }
    }
}
