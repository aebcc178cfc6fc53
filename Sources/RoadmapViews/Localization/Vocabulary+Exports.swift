import RoadmapModel

/// The words the exports and the provenance marks use, in both languages.
extension Vocabulary {

    /// Short, for a table's Source column.
    public var seed: String { t("document source", "seed") }
    public var source: String { t("Source", "Source") }
    public var markdownInferredLegend: String {
        t("inféré : valeur que le document source n’énonce pas clairement ; les notes numérotées en donnent la raison.",
            "inferred: a value the seed does not plainly state; the numbered notes give the reasons.")
    }

    /// "7 of 29 spans and 19 of 19 links inferred": how much of the grid rests on inference.
    func inferredCounts(_ counts: ProvenanceText.Counts) -> String {
        t("\(counts.inferredSpans) barre\(counts.inferredSpans > 1 ? "s" : "") sur \(counts.spans) et \(counts.inferredLinks) lien\(counts.inferredLinks > 1 ? "s" : "") sur \(counts.links) inféré\(counts.inferredSpans + counts.inferredLinks > 1 ? "s" : "")",
            "\(counts.inferredSpans) of \(counts.spans) span\(counts.spans == 1 ? "" : "s") and \(counts.inferredLinks) of \(counts.links) link\(counts.links == 1 ? "" : "s") inferred")
    }
    public var provenanceLegend: String { t("Provenance", "Provenance") }
    /// What "inferred" means; the screen adds the key that says why (a file names no key).
    public func provenanceReason(screen: Bool) -> String {
        screen ? t("« inféré » : pas clairement dans la source (pourquoi : Entrée)", "“inferred”: not plainly in the seed (why: Enter)")
            : t("« inféré » : une valeur que la source n’énonce pas clairement", "“inferred”: a value the seed does not plainly state")
    }
    /// The ░ mark: the bar before the what-ifs; the screen adds the key of their list.
    public func legendGhost(screen: Bool) -> String {
        screen ? t("mois d’avant les simulations (w les liste)", "months before the what-ifs (w lists them)")
            : t("mois d’avant les simulations", "months before the what-ifs")
    }
    /// The end of a clause before the next.
    public var semicolon: String { t(" ;", ";") }

    // Column heads of the exported tables.
    public var activityHead: String { t("Activité", "Activity") }
    public var statusHead: String { t("État", "Status") }
    public var teamHead: String { t("Équipe spéciale", "Task team") }
    public var subcommitteeHead: String { t("Sous-comité", "Sub-committee") }
    public var activityCountHead: String { t("Activités", "Activities") }
    public var fromHead: String { t("De", "From") }
    public var toHead: String { t("Vers", "To") }
    public var typeHead: String { t("Type", "Type") }
    public var workingGroupHead: String { t("Groupe de travail", "Working group") }
    public var councilHead: String { t("Conseil", "Council") }
    public var becomesHead: String { t("Devient", "Becomes") }
    public var termHead: String { t("Terme", "Term") }
    public var definitionHead: String { t("Définition", "Definition") }
    public var noTermMatches: String { t("Aucun terme ne correspond à la recherche.", "No term matches the search.") }
    public var yes: String { t("oui", "yes") }
    public var no: String { t("non", "no") }
    public var everyLink: String { t("Tous les liens", "Every link") }
    /// A table's caption: "Activities of Digital Governance".
    public func activitiesOf(_ area: String) -> String { t("Activités du domaine « \(area) »", "Activities of “\(area)”") }
    public func linksOf(_ name: String) -> String { t("Liens de « \(name) »", "Links of “\(name)”") }

    /// How strong the reading behind an inferred dependency is (`dependencies[].strength`).
    public var strengthHead: String { t("Lecture", "Reading") }
    public func strength(_ strength: Dependency.Strength) -> String {
        switch strength {
        case .strong: return t("forte", "strong")
        case .moderate: return t("moyenne", "moderate")
        case .weak: return t("faible", "weak")
        }
    }
    /// "lecture moyenne", "moderate reading".
    public func reading(_ strength: Dependency.Strength) -> String {
        t("lecture " + self.strength(strength), self.strength(strength) + " reading")
    }
}
