import RoadmapModel

/// What one view exports to: a writer per format that has a meaning for the view's content,
/// and for the others the reason they have none.
struct ViewExport: Sendable {
    typealias Writer = @Sendable (_ input: ExportInput, _ sink: ([UInt8]) throws -> Void) throws -> Void

    private let writers: [ExportFormat: Writer]
    let refusals: [ExportFormat: LocalizedText]
    /// The formats that show another version given with `--baseline` (the grid's bars, the
    /// what-if report's differences); the others have no place for it.
    let showingBaseline: Set<ExportFormat>

    /// Every view is a page, so every view has its text: `writers` adds the other formats.
    init(_ writers: [ExportFormat: Writer] = [:], refusals: [ExportFormat: LocalizedText] = [:], showingBaseline: Set<ExportFormat> = []) {
        self.showingBaseline = showingBaseline
        var all = writers
        all[.text] = all[.text] ?? ViewExports.pageText
        self.writers = all
        // The plan and picture formats are the roadmap grid's: every other view says so.
        var reasons = refusals
        for format in ViewExports.gridFormats where all[format] == nil { reasons[format] = reasons[format] ?? ViewExports.onlyTheGrid }
        self.refusals = reasons
    }

    /// The formats this view exports to, text first (the explorer's default).
    var formats: [ExportFormat] { ExportFormat.allCases.filter { writers[$0] != nil } }

    func writer(for format: ExportFormat) -> Writer? { writers[format] }
}

/// The one place that says which formats each view exports to and how. A new view plugs in
/// with an entry here (its writers and, for the formats it refuses, why); a view without an
/// entry exports its page as text and refuses every other format — it never falls back to
/// another view's content.
enum ViewExports {
    static func entry(for view: ViewKind) -> ViewExport {
        table[view] ?? ViewExport()
    }

    static let table: [ViewKind: ViewExport] = [
        .roadmap: ViewExport([
            .markdown: { try MarkdownExport.write($0, to: $1) },
            .csv: { try CSVExport.write($0.scheduled, $0.state, to: $1) },
            .json: { input, sink in
                let activities = input.state.filter.isEmpty ? nil : input.state.filter.apply(to: input.scheduled)
                try ScheduleJSON.write(input.scheduled, activities: activities, language: input.language,
                                       scenario: input.state.scenario, to: sink)
            },
            .mermaid: { try MermaidExport.write($0.scheduled, $0.state, to: $1) },
            .msproject: { try MSProjectExport.write($0, to: $1) },
            .tjp: { try TaskJugglerExport.write($0, warn: $0.warn, to: $1) },
            .svg: { try SVGExport.write($0, to: $1) },
            .html: { try HTMLExport.write($0, to: $1) },
            .png: { try PictureExport.write($0, format: .png, to: $1) },
            .pdf: { try PictureExport.write($0, format: .pdf, to: $1) },
        ], showingBaseline: [.text, .svg, .html, .png, .pdf]),
        .teams: ViewExport([
            .markdown: { try TeamsExport.markdown($0, to: $1) },
            .csv: { try TeamsExport.csv($0, to: $1) },
            .json: { try TeamsExport.json($0, to: $1) },
            .mermaid: { try TeamsExport.mermaid($0, to: $1) },
        ]),
        .dependencies: ViewExport([
            .markdown: { try LinksExport.markdown($0, to: $1) },
            .csv: { try LinksExport.csv($0, to: $1) },
            .json: { try LinksExport.json($0, to: $1) },
            .mermaid: { try LinksExport.mermaid($0, to: $1) },
        ]),
        .transition: ViewExport([
            .markdown: { try WorkingGroupsExport.markdown($0, to: $1) },
            .csv: { try WorkingGroupsExport.csv($0, to: $1) },
            .json: { try WorkingGroupsExport.json($0, to: $1) },
            .mermaid: { try WorkingGroupsExport.mermaid($0, to: $1) },
        ]),
        .strategy: ViewExport([
            .markdown: { try OutlineMarkdown.write($0, to: $1) },
        ], refusals: [
            .csv: strategyIsADocument, .json: strategyIsADocument,
            .mermaid: LocalizedText(fr: "la stratégie est un texte (vision, principes, résultats, domaines), sans dates ni liens à tracer",
                                    en: "the strategy is a text (vision, principles, outcomes, areas), with no dates or links to chart"),
        ]),
        .criticalPath: ViewExport([
            .markdown: { try MarkdownExport.write($0, to: $1) },
        ], refusals: [.csv: chainsAreAReport, .json: chainsAreAReport, .mermaid: chainsAreAReport]),
        .currentState: ViewExport([
            .markdown: { try OutlineMarkdown.write($0, to: $1) },
        ], refusals: [
            .csv: currentStateIsADocument, .json: currentStateIsADocument,
            .mermaid: LocalizedText(fr: "l’état actuel est un texte (forces, difficultés, travaux en cours), sans dates ni liens à tracer",
                                    en: "the current state is a text (strengths, difficulties, current work), with no dates or links to chart"),
        ]),
        .glossary: ViewExport([
            .markdown: { try GlossaryExport.markdown($0, to: $1) },
            .csv: { try GlossaryExport.csv($0, to: $1) },
            .json: { try GlossaryExport.json($0, to: $1) },
        ], refusals: [
            .mermaid: LocalizedText(fr: "un glossaire est fait de termes et de définitions, sans dates ni liens à tracer",
                                    en: "a glossary is terms and their definitions, with no dates or links to chart"),
        ]),
        // The team Gantt lists the teams page's teams: the same table, its own grid as text.
        .teamGantt: ViewExport([
            .markdown: { try TeamsExport.markdown($0, to: $1) },
            .csv: { try TeamsExport.csv($0, to: $1) },
            .json: { try TeamsExport.json($0, to: $1) },
            .mermaid: { try TeamsExport.mermaid($0, to: $1) },
        ]),
        .whatIfs: ViewExport([
            .markdown: { try OutlineMarkdown.write($0, to: $1) },
        ], refusals: [.csv: whatIfsAreAReport, .json: whatIfsAreAReport, .mermaid: whatIfsAreAReport],
           showingBaseline: [.text, .markdown]),
    ]

    /// The formats that draw or plan the roadmap grid itself.
    static let gridFormats: [ExportFormat] = [.msproject, .tjp, .svg, .html, .png, .pdf]

    static let onlyTheGrid = LocalizedText(
        fr: "ce format est celui de la feuille de route (domaines, activités, dates, liens) ; la vue feuille de route (1), avec les mêmes filtres, s’y exporte",
        en: "this format is the roadmap grid's (areas, activities, dates, links); the roadmap view (1), with the same filters, exports to it")

    private static let whatIfsAreAReport = LocalizedText(
        fr: "les simulations sont un rapport (avant → après) ; la feuille de route avec les mêmes --delay donne les dates simulées en CSV, JSON ou Mermaid",
        en: "the what-ifs are a report (before → after); the roadmap view with the same --delay gives the dates with the what-ifs as CSV, JSON or Mermaid")

    private static let chainsAreAReport = LocalizedText(
        fr: "les enchaînements critiques sont un rapport (chaînes, équipes, ce qui finit le plan) ; la feuille de route filtrée par c (chemin critique seulement) donne les activités critiques en CSV, JSON ou Mermaid",
        en: "the critical chains are a report (chains, teams, what ends the plan); the roadmap view filtered with c (critical path only) gives the critical activities as CSV, JSON or Mermaid")

    private static let currentStateIsADocument = LocalizedText(
        fr: "l’état actuel est un texte de titres et de paragraphes, pas un tableau de lignes ; le Markdown en garde la structure",
        en: "the current state is a text of headings and paragraphs, not a table of rows; Markdown keeps its structure")

    private static let strategyIsADocument = LocalizedText(
        fr: "la stratégie est un texte de titres et de paragraphes, pas un tableau de lignes ; le Markdown en garde la structure",
        en: "the strategy is a text of headings and paragraphs, not a table of rows; Markdown keeps its structure")

    /// The page itself, as the explorer draws it, without colours.
    static let pageText: ViewExport.Writer = { input, sink in
        try PageBuilder.page(input.scheduled, input.state, width: input.width).writeText(to: sink)
    }
}
