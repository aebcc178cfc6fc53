import RoadmapModel

/// The strategic framework: the document's status and source, the vision and the call to action
/// (with the roadmap poster's other wording of both), the roadmap's question, the objective,
/// principles, outcomes, horizons, the poster's banners and result boxes, the areas of interest
/// with their proposed initiatives, the roles, the phases and the future-state overview.
/// Section titles are the posters' own headings where the file records them.
public enum StrategyPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.strategyView)
        var writer = Writer(width: width, state)
        writer.names = NameLookup(scheduled, state.language)
        let strategy = roadmap.strategy
        let meta = roadmap.meta
        let headings = meta.headings
        func heading(_ key: String, _ fallback: String) -> String { headings?[key]?[language] ?? fallback }

        if let status = meta.status { writer.paragraph(status[language], style: .muted) }
        if let source = meta.source { writer.paragraph(source[language], style: .muted) }
        // What the file says about the source: notes, shown or numbered as the page's notes are.
        if let note = meta.titleNote { writer.note(words.aboutTheTitle, note[language]) }
        if let date = meta.draftDate {
            let month = Month(date).map(words.monthAndYear) ?? date
            if let note = meta.draftDateNote { writer.note(words.draftDate + words.colon + " " + month, note[language]) }
            else { writer.paragraph(words.draftDate + words.colon + " " + month, style: .muted) }
        }
        if let note = meta.languageNote { writer.note(words.languages, note[language]) }
        if let headings, headings.provenance.hasInference || headings.provenance.note != nil {
            writer.provenance(headings.provenance, words)
        }

        let variants = strategy?.variants
        if let vision = strategy?.vision {
            writer.heading(heading("vision", words.vision))
            writer.paragraph(vision[language])
            if let other = variants?.vision { writer.paragraph(words.roadmapPosterWording + words.colon + " " + other[language], indent: 2, style: .muted) }
        }
        if let call = strategy?.callToAction {
            writer.heading(heading("callToAction", words.callToAction))
            writer.paragraph(call[language])
            if let other = variants?.callToAction { writer.paragraph(words.roadmapPosterWording + words.colon + " " + other[language], indent: 2, style: .muted) }
        }
        if let note = variants?.note { writer.note(words.roadmapPosterWording, note[language], indent: 2) }
        if let question = meta.roadmapQuestion {
            writer.heading(words.roadmapQuestion)
            writer.paragraph(question[language])
        }
        if let objective = strategy?.objective {
            writer.heading(words.label(heading("objective", words.objective), inferred: strategy?.provenance.infers("objective") == true))
            writer.paragraph(objective[language])
        }
        if let strategy, strategy.provenance.hasInference || strategy.provenance.note != nil {
            writer.blank()
            writer.provenance(strategy.provenance, words)
        }
        if !roadmap.principles.isEmpty {
            writer.heading(heading("principles", words.principles))
            for principle in roadmap.principles {
                writer.paragraph(principle.name[language], prefix: "• ", style: .heading)
                if let description = principle.description {
                    writer.paragraph(description[language], indent: 2)
                }
                writer.provenance(principle.provenance, words, indent: 2)
            }
        }
        if let outcomes = strategy?.outcomes, !outcomes.isEmpty {
            writer.heading(heading("results", words.outcomes))
            for outcome in outcomes {
                writer.paragraph(outcome.name[language], prefix: "• ", style: .heading)
                if let description = outcome.description { writer.paragraph(description[language], indent: 2) }
                writer.provenance(outcome.provenance, words, indent: 2)
            }
        }
        if let horizons = strategy?.horizons, !horizons.isEmpty {
            writer.heading(words.horizons)
            for horizon in horizons {
                let span = horizon.span.map { " (\($0[language]))" } ?? ""
                writer.paragraph(horizon.name[language] + span, prefix: "• ", style: .heading)
                if let description = horizon.description { writer.paragraph(description[language], indent: 2) }
                writer.provenance(horizon.provenance, words, indent: 2)
            }
        }
        if let banners = strategy?.posterLabels, !banners.labels.isEmpty {
            writer.heading(words.posterBanners)
            for label in banners.labels { writer.paragraph(label[language], prefix: "• ") }
            writer.provenance(banners.provenance, words)
        }
        if let strategy, !strategy.immediateResults.isEmpty {
            resultBoxes(strategy, into: &writer, NameLookup(scheduled, language), words)
        }
        if !roadmap.areas.isEmpty {
            writer.heading(heading("areas", words.areasOfInterest))
            if let initiatives = strategy?.initiativesHeading { writer.paragraph(initiatives[language], style: .muted) }
            for area in roadmap.areas {
                writer.blank()
                writer.paragraph(area.name[language], style: .heading)
                let others = area.alternateNames.map { $0[language] }
                if !others.isEmpty { writer.paragraph(words.alsoNamed + words.colon + " " + others.joined(separator: " · "), indent: 2, style: .muted) }
                for initiative in area.initiatives { writer.paragraph(initiative[language], indent: 2, prefix: "• ") }
                if area.provenance.infers("initiatives") || area.provenance.infers("alternateNames") || area.provenance.infers("name") {
                    writer.provenance(area.provenance, words, indent: 2)
                }
            }
        }
        if !roadmap.roles.isEmpty {
            writer.heading(words.roles)
            for role in roadmap.roles {
                let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
                let others = role.alternateNames.map { $0[language] }.filter { $0 != role.name[language] }
                let also = others.isEmpty ? "" : " — " + others.joined(separator: ", ")
                writer.paragraph("\(role.id)\(aliases) \(role.name[language])\(also)", prefix: "• ", style: .heading)
                if let description = role.description { writer.paragraph(description[language], indent: 2) }
                writer.provenance(role.provenance, words, indent: 2)
            }
        }
        if meta.periods.contains(where: { $0.dates != nil }) {
            writer.heading(words.periods)
            for period in meta.periods {
                let dates = period.dates?[language] ?? words.monthRange(period.start, period.finish)
                writer.paragraph(period.label[language] + " · " + dates, prefix: "• ")
                writer.provenance(period.provenance, words, indent: 2)
            }
        }
        if !meta.phases.isEmpty {
            writer.heading(words.phases)
            for phase in meta.phases {
                var dates = ""
                if let text = phase.dates {
                    dates = " · " + text[language]
                } else if let start = phase.start {
                    dates = " · " + words.monthAndYear(start) + (phase.finish.map { " – " + words.monthAndYear($0) } ?? (language == .fr ? " et après" : " onwards"))
                }
                writer.paragraph(phase.label[language] + dates, prefix: "• ", style: .heading)
                if let description = phase.description {
                    writer.paragraph(description[language], indent: 2)
                }
                writer.provenance(phase.provenance, words, indent: 2)
            }
        }
        if let future = strategy?.futureState {
            writer.heading(heading("futureState", words.futureState))
            DocumentText.write(future, into: &writer, DocumentText.Context(words: words, names: NameLookup(scheduled, language)), indent: 0)
        }
        return writer.page(header: header)
    }

    /// The result boxes in the blocks the seed's text gives them in, each with its horizon
    /// when the file knows it; a block is layout evidence, not a horizon.
    private static func resultBoxes(_ strategy: Strategy, into writer: inout Writer, _ names: NameLookup, _ words: Vocabulary) {
        let language = words.language
        writer.heading(words.resultBoxes)
        var block: Int?
        var notes: [Provenance] = []
        // Where no box has a known horizon, the note says so once rather than every line.
        let anyHorizon = strategy.resultBoxes.contains { $0.horizon != nil }
        for (k, result) in strategy.immediateResults.enumerated() {
            let box = k < strategy.resultBoxes.count ? strategy.resultBoxes[k] : nil
            if let n = box?.textBlock, n != block {
                block = n
                writer.paragraph(words.textBlock(n), style: .muted)
            }
            let horizon = box?.horizon.map { " — " + names.horizon($0) } ?? (anyHorizon ? " — " + words.horizonUnknown : "")
            writer.paragraph(result[language] + horizon, indent: 2, prefix: "• ")
            if let box, (box.provenance.hasInference || box.provenance.note != nil), !notes.contains(box.provenance) { notes.append(box.provenance) }
        }
        if let note = strategy.immediateResultsNote { writer.note(words.resultBoxes, note[language]) }
        for provenance in notes { writer.provenance(provenance, words) }
    }
}

/// Writes a free-form part of the document: a section with a title or name shows it as its
/// heading; other sections get a label in the reader's language (the program's words for the
/// keys it knows, the key made readable otherwise); texts become paragraphs, lists bullets;
/// a text that is the id of a council, team or area shows its name; `source`, `note` and
/// `inferredFields` say where the section comes from, as everywhere else.
enum DocumentText {
    struct Context {
        let words: Vocabulary
        let names: NameLookup
        var language: Language { words.language }

        func text(_ text: LocalizedText) -> String {
            if text.fr == text.en, let name = names.anything(text.fr) { return name }
            return text[language]
        }

        func label(_ key: String) -> String { words.documentKey(key) ?? DocumentText.readable(key) }
    }

    static func write(_ node: DocumentNode, into writer: inout Writer, _ context: Context, indent: Int, bullet: Bool = false) {
        switch node {
        case .text(let text):
            writer.paragraph(context.text(text), indent: indent, prefix: bullet ? "• " : "")
        case .number(let n):
            writer.paragraph(DocumentNumber.text(n), indent: indent, prefix: bullet ? "• " : "")
        case .flag(let b):
            writer.paragraph(b ? "✓" : "✗", indent: indent)
        case .empty:
            break
        case .list(let items):
            for item in items { write(item, into: &writer, context, indent: indent, bullet: true) }
        case .section(let members):
            // A section with a title or name shows it first, as its heading.
            let titleKeys = ["title", "name", "label", "term"]
            var rest = members
            var titled = false
            if let k = members.firstIndex(where: { titleKeys.contains($0.key) }), case .text(let title) = members[k].value {
                writer.paragraph(context.text(title), indent: indent, prefix: bullet ? "• " : "", style: .heading)
                rest.remove(at: k)
                titled = true
            }
            let inner = bullet || titled ? indent + 2 : indent
            var provenance = Provenance()
            for (key, value) in rest {
                switch (key, value) {
                case ("id", _):
                    continue
                case ("source", .text(let source)):
                    if let parsed = Provenance.Source(rawValue: source.fr) { provenance.source = parsed }
                case ("note", .text(let note)):
                    provenance.note = note
                case ("inferredFields", .list(let fields)):
                    provenance.inferredFields = fields.compactMap { if case .text(let t) = $0 { return t.fr } else { return nil } }
                case (_, .text(let text)) where key == "description" || key == "text":
                    writer.paragraph(context.text(text), indent: inner)
                case (_, .text(let text)) where key.hasSuffix("Heading"):
                    // The poster's own heading for what follows.
                    writer.paragraph(context.text(text), indent: inner, style: .heading)
                case (_, .text(let text)):
                    writer.field(context.label(key) + context.words.colon, context.text(text), indent: inner)
                case (_, .section(let inside)) where inside.contains(where: { titleKeys.contains($0.key) }):
                    // A named part says what it is: its name is its heading.
                    write(value, into: &writer, context, indent: inner)
                default:
                    writer.paragraph(context.label(key), indent: inner, style: .heading)
                    write(value, into: &writer, context, indent: inner + 2)
                }
            }
            writer.provenance(provenance, context.words, indent: inner)
        }
    }

    /// "steeringCommittee" → "Steering committee": a key the program has no words for.
    static func readable(_ key: String) -> String {
        var words: [String] = []
        var current = ""
        for character in key {
            if character.isUppercase || character == "_" || character == "-" {
                if !current.isEmpty { words.append(current) }
                current = character.isLetter ? String(character).lowercased() : ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ").capitalizedFirst
    }
}
