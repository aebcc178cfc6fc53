import RoadmapModel

/// The glossary, each term followed by its definition. A search filter narrows it too.
public enum GlossaryPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let language = state.language
        let words = Vocabulary(language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.glossaryView)
        var writer = Writer(width: width, state)
        writer.names = NameLookup(scheduled, state.language)
        let entries = Self.entries(scheduled.roadmap, state).map { scheduled.roadmap.glossary[$0] }
        // The poster's own heading for its definitions, where the file records it.
        if let definitions = scheduled.roadmap.meta.headings?["definitions"] { writer.heading(definitions[language]) }
        if entries.isEmpty { writer.paragraph(words.noTermMatches, style: .muted) }
        for (k, entry) in entries.enumerated() {
            if k > 0 || writer.canvas.height > 0 { writer.blank() }
            writer.paragraph(entry.term[language], style: .heading)
            writer.paragraph(entry.definition[language], indent: 4)
            writer.provenance(entry.provenance, words, indent: 4)
        }
        return writer.page(header: header)
    }

    /// The entries the page shows (indices, in file order): all, or those whose term or
    /// definition holds the search, in either language.
    static func entries(_ roadmap: Roadmap, _ state: ViewState) -> [Int] {
        let needle = TextFolding.fold(state.filter.search)
        return roadmap.glossary.indices.filter { k in
            let entry = roadmap.glossary[k]
            return needle.isEmpty || [entry.term.fr, entry.term.en, entry.definition.fr, entry.definition.en].contains { TextFolding.fold($0).contains(needle) }
        }
    }
}
