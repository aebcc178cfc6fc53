import RoadmapModel

/// The reasons behind a page's provenance marks — why a value is inferred, what the source
/// lost, which lines of the seed say so. They keep the page honest, and on the pages made of
/// prose they outweigh the prose: so the mark stays where the value is ("Inferred value
/// (status, area)") and the reason goes where the reader asks for it. A document numbers the
/// reasons and lists them at its end; the screen shows them under their values, or hides them
/// behind a key and says how many there are.
struct PageNotes: Sendable {
    enum Mode: Sendable, Equatable {
        /// Each reason under its mark (the details box; the screen after the notes key).
        case inline
        /// The marks alone; a line says how many reasons there are and which key shows them.
        case hidden(key: String)
        /// The mark followed by the reason's number, the reasons listed at the end.
        case numbered
    }

    let mode: Mode
    /// The reasons in the order of their numbers (numbered), or only counted (hidden).
    private(set) var texts: [String] = []
    private(set) var count = 0

    init(_ mode: Mode) { self.mode = mode }

    /// The mode a page's state asks for: a document numbers, the screen shows or hides.
    init(_ state: ViewState) {
        switch (state.medium, state.notes) {
        case (.document, _): self.init(.numbered)
        case (.screen, .shown): self.init(.inline)
        case (.screen, .hidden(let key)): self.init(.hidden(key: key))
        }
    }

    /// Takes a reason; what follows its mark: " [3]" when numbered, nothing otherwise.
    mutating func add(_ text: String) -> String {
        count += 1
        guard mode == .numbered else { return "" }
        texts.append(text)
        return " [\(texts.count)]"
    }

    /// "[3]", the reference a numbered reason's mark ends with, as the notes list writes it.
    static func reference(_ number: Int) -> String { "[\(number)]" }
}

extension Vocabulary {
    /// The heading of the numbered reasons at a document's end.
    var notesHeading: String { language == .fr ? "Notes" : "Notes" }
    /// The line of a screen page whose reasons are hidden.
    func notesHidden(_ count: Int, key: String) -> String {
        language == .fr
            ? "\(count) note\(count > 1 ? "s" : "") sur la provenance des valeurs, masquée\(count > 1 ? "s" : "") : \(key) les affiche."
            : "\(count) note\(count == 1 ? "" : "s") on where the values come from, hidden: \(key) shows \(count == 1 ? "it" : "them")."
    }
}

extension Writer {
    /// A reason behind a mark: under `label` (the mark, "Inferred value (area)", or a field's
    /// name such as "Title"), as the page's notes mode says. An empty label writes the
    /// reason under "Note on the source".
    mutating func note(_ label: String, _ text: String, indent: Int = 0) {
        let words = Vocabulary(language)
        let clean = words.withoutFieldNames(names?.withNames(text) ?? text)
        let label = label.isEmpty ? words.noteOnSource : label
        switch notes.mode {
        case .inline:
            paragraph(label + words.colon + " " + clean, indent: indent, style: .muted)
            _ = notes.add(clean)
        case .hidden:
            _ = notes.add(clean)
            paragraph(label, indent: indent, style: .muted)
        case .numbered:
            let reference = notes.add(clean)
            paragraph(label + reference, indent: indent, style: .muted)
        }
    }

    /// The numbered reasons under a heading of their own, at the end of a document; the
    /// count of hidden ones on a line of the header, on the screen.
    mutating func finishNotes(header: inout Canvas) {
        switch notes.mode {
        case .inline:
            break
        case .hidden(let key):
            guard notes.count > 0 else { return }
            let words = Vocabulary(language)
            for line in TextWidth.wrap(words.notesHidden(notes.count, key: key), to: max(1, header.width)) {
                header.put(line, x: 0, y: header.addRow(), style: .muted)
            }
        case .numbered:
            guard !notes.texts.isEmpty else { return }
            heading(Vocabulary(language).notesHeading)
            for (k, text) in notes.texts.enumerated() {
                outline.append(.note(k + 1, text))
                let prefix = PageNotes.reference(k + 1) + " "
                let prefixWidth = TextWidth.of(prefix)
                for (n, line) in Self.wrap(text, to: max(1, width - prefixWidth)).enumerated() {
                    let y = row()
                    if n == 0 { canvas.put(prefix, x: 0, y: y, style: .muted) }
                    canvas.put(line, x: prefixWidth, y: y, style: .muted)
                }
            }
        }
    }
}
