import RoadmapModel

/// The strategic framework: vision, call to action, objective, principles, outcomes, horizons,
/// the areas of interest with their proposed initiatives, the immediate results, the roles, the
/// phases and the future-state overview.
public enum StrategyPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.strategyView)
        var writer = Writer(width: width)
        let strategy = roadmap.strategy

        if let meta = Optional(roadmap.meta) {
            if let status = meta.status { writer.paragraph(status[language], style: .muted) }
            if let source = meta.source { writer.paragraph(source[language], style: .muted) }
        }
        if let vision = strategy?.vision { writer.heading(words.vision); writer.paragraph(vision[language]) }
        if let call = strategy?.callToAction { writer.heading(words.callToAction); writer.paragraph(call[language]) }
        if let objective = strategy?.objective { writer.heading(words.objective); writer.paragraph(objective[language]) }
        if !roadmap.principles.isEmpty {
            writer.heading(words.principles)
            for principle in roadmap.principles {
                writer.paragraph(principle.name[language], prefix: "• ", style: .heading)
                if let description = principle.description { writer.paragraph(description[language], indent: 2) }
            }
        }
        if let outcomes = strategy?.outcomes, !outcomes.isEmpty {
            writer.heading(words.outcomes)
            for outcome in outcomes {
                writer.paragraph(outcome.name[language], prefix: "• ", style: .heading)
                if let description = outcome.description { writer.paragraph(description[language], indent: 2) }
            }
        }
        if let horizons = strategy?.horizons, !horizons.isEmpty {
            writer.heading(words.horizons)
            for horizon in horizons {
                let span = horizon.span.map { " (\($0[language]))" } ?? ""
                writer.paragraph(horizon.name[language] + span, prefix: "• ", style: .heading)
                if let description = horizon.description { writer.paragraph(description[language], indent: 2) }
            }
        }
        if !roadmap.areas.isEmpty {
            writer.heading(words.areasOfInterest)
            for area in roadmap.areas {
                writer.blank()
                writer.paragraph(area.name[language], style: .heading)
                for initiative in area.initiatives { writer.paragraph(initiative[language], indent: 2, prefix: "• ") }
                if let coverage = area.coverage { writer.field(words.coverage + words.colon, coverage[language], indent: 2, style: .muted) }
                if !area.considerations.isEmpty {
                    writer.paragraph(words.considerations + words.colon, indent: 2, style: .muted)
                    for consideration in area.considerations { writer.paragraph(consideration[language], indent: 4, prefix: "– ", style: .muted) }
                }
            }
        }
        if let results = strategy?.immediateResults, !results.isEmpty {
            writer.heading(words.immediateResults)
            for result in results { writer.paragraph(result[language], prefix: "• ") }
        }
        if !roadmap.roles.isEmpty {
            writer.heading(words.roles)
            for role in roadmap.roles {
                let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
                let others = role.alternateNames.map { $0[language] }.filter { $0 != role.name[language] }
                let also = others.isEmpty ? "" : " — " + others.joined(separator: ", ")
                writer.paragraph("\(role.id)\(aliases) \(role.name[language])\(also)", prefix: "• ", style: .heading)
                if let description = role.description { writer.paragraph(description[language], indent: 2) }
            }
        }
        if !roadmap.meta.phases.isEmpty {
            writer.heading(words.phases)
            for phase in roadmap.meta.phases {
                var dates = ""
                if let start = phase.start {
                    dates = " · " + words.monthAndYear(start) + (phase.finish.map { " – " + words.monthAndYear($0) } ?? (language == .fr ? " et après" : " onwards"))
                }
                writer.paragraph(phase.label[language] + dates, prefix: "• ", style: .heading)
                if let description = phase.description { writer.paragraph(description[language], indent: 2) }
            }
        }
        if let future = strategy?.futureState {
            writer.heading(words.futureState)
            DocumentText.write(future, into: &writer, language: language, indent: 0)
        }
        return writer.page(header: header)
    }
}

/// Writes a free-form part of the document: named sections become headings (their key made
/// readable, or their `title`/`name` when they have one), texts become paragraphs, lists bullets.
enum DocumentText {
    static func write(_ node: DocumentNode, into writer: inout Writer, language: Language, indent: Int, bullet: Bool = false) {
        switch node {
        case .text(let text):
            writer.paragraph(text[language], indent: indent, prefix: bullet ? "• " : "")
        case .number(let n):
            writer.paragraph(DocumentNumber.text(n), indent: indent, prefix: bullet ? "• " : "")
        case .flag(let b):
            writer.paragraph(b ? "✓" : "✗", indent: indent)
        case .empty:
            break
        case .list(let items):
            for item in items { write(item, into: &writer, language: language, indent: indent, bullet: true) }
        case .section(let members):
            // A section with a title or name shows it first, as its heading.
            let titleKeys = ["title", "name", "label", "term"]
            var rest = members
            if let k = members.firstIndex(where: { titleKeys.contains($0.key) }), case .text(let title) = members[k].value {
                writer.paragraph(title[language], indent: indent, prefix: bullet ? "• " : "", style: .heading)
                rest.remove(at: k)
            }
            let inner = bullet ? indent + 2 : indent
            for (key, value) in rest where !["id", "source", "inferredFields"].contains(key) {
                switch value {
                case .text(let text) where key == "description" || key == "text":
                    writer.paragraph(text[language], indent: inner)
                case .text(let text):
                    writer.field(readable(key) + Vocabulary(language).colon, text[language], indent: inner)
                default:
                    writer.paragraph(readable(key), indent: inner, style: .heading)
                    write(value, into: &writer, language: language, indent: inner + 2)
                }
            }
        }
    }

    /// "steeringCommittee" → "Steering committee".
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
