import RoadmapModel

/// The words the exports and the provenance marks use, in both languages.
extension Vocabulary {
    private func say(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Short, for a table's Source column.
    public var seed: String { say("document source", "seed") }
    public var source: String { say("Source", "Source") }
    public var markdownInferredLegend: String {
        say("inféré : valeur que le document source n’énonce pas clairement ; les notes numérotées en donnent la raison.",
            "inferred: a value the seed does not plainly state; the numbered notes give the reasons.")
    }

    /// "7 of 29 spans and 19 of 19 links inferred": how much of the grid rests on inference.
    func inferredCounts(_ counts: ProvenanceText.Counts) -> String {
        say("\(counts.inferredSpans) barre\(counts.inferredSpans > 1 ? "s" : "") sur \(counts.spans) et \(counts.inferredLinks) lien\(counts.inferredLinks > 1 ? "s" : "") sur \(counts.links) inféré\(counts.inferredSpans + counts.inferredLinks > 1 ? "s" : "")",
            "\(counts.inferredSpans) of \(counts.spans) span\(counts.spans == 1 ? "" : "s") and \(counts.inferredLinks) of \(counts.links) link\(counts.links == 1 ? "" : "s") inferred")
    }
    public var provenanceLegend: String { say("Provenance", "Provenance") }
    /// What "inferred" means; the screen adds the key that says why (a file names no key).
    public func provenanceReason(screen: Bool) -> String {
        screen ? say("« inféré » : pas clairement dans la source (pourquoi : Entrée)", "“inferred”: not plainly in the seed (why: Enter)")
            : say("« inféré » : une valeur que la source n’énonce pas clairement", "“inferred”: a value the seed does not plainly state")
    }
    /// The ░ mark: the bar before the what-ifs; the screen adds the key of their list.
    public func legendGhost(screen: Bool) -> String {
        screen ? say("mois d’avant les simulations (w les liste)", "months before the what-ifs (w lists them)")
            : say("mois d’avant les simulations", "months before the what-ifs")
    }
    /// The end of a clause before the next.
    public var semicolon: String { say(" ;", ";") }

    // Column heads of the exported tables.
    public var activityHead: String { say("Activité", "Activity") }
    public var statusHead: String { say("État", "Status") }
    public var teamHead: String { say("Équipe spéciale", "Task team") }
    public var subcommitteeHead: String { say("Sous-comité", "Sub-committee") }
    public var activityCountHead: String { say("Activités", "Activities") }
    public var fromHead: String { say("De", "From") }
    public var toHead: String { say("Vers", "To") }
    public var typeHead: String { say("Type", "Type") }
    public var workingGroupHead: String { say("Groupe de travail", "Working group") }
    public var councilHead: String { say("Conseil", "Council") }
    public var becomesHead: String { say("Devient", "Becomes") }
    public var termHead: String { say("Terme", "Term") }
    public var definitionHead: String { say("Définition", "Definition") }
    public var noTermMatches: String { say("Aucun terme ne correspond à la recherche.", "No term matches the search.") }
    public var yes: String { say("oui", "yes") }
    public var no: String { say("non", "no") }
    public var everyLink: String { say("Tous les liens", "Every link") }
    /// A table's caption: "Activities of Digital Governance".
    public func activitiesOf(_ area: String) -> String { say("Activités du domaine « \(area) »", "Activities of “\(area)”") }
    public func linksOf(_ name: String) -> String { say("Liens de « \(name) »", "Links of “\(name)”") }

    /// How strong the reading behind an inferred dependency is (`dependencies[].strength`).
    public var strengthHead: String { say("Lecture", "Reading") }
    public func strength(_ strength: Dependency.Strength) -> String {
        switch strength {
        case .strong: return say("forte", "strong")
        case .moderate: return say("moyenne", "moderate")
        case .weak: return say("faible", "weak")
        }
    }
    /// "lecture moyenne", "moderate reading".
    public func reading(_ strength: Dependency.Strength) -> String {
        say("lecture " + self.strength(strength), self.strength(strength) + " reading")
    }
}
