import RoadmapModel

/// The interface's own words in both official languages. Roadmap names come from the file;
/// everything the program says around them comes from here.
public struct Vocabulary: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The French or the English, as the vocabulary's language picks: the one pick every
    /// extension of the vocabulary uses.
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// French sets a space before a colon, English does not.
    public var colon: String { t(" :", ":") }

    // Views
    public var roadmapView: String { t("Feuille de route", "Roadmap") }
    public var teamsView: String { t("Équipes spéciales", "Task teams") }
    public var dependenciesView: String { t("Dépendances", "Dependencies") }
    public var transitionView: String { t("Transition", "Transition") }
    public var strategyView: String { t("Stratégie", "Strategy") }
    public var glossaryView: String { t("Glossaire", "Glossary") }
    public var criticalPathView: String { t("Chemin critique", "Critical path") }
    public var detailsView: String { t("Détails de l’activité", "Activity details") }

    // Filters
    public var filters: String { t("Filtres", "Filters") }
    public var noFilter: String { t("aucun filtre", "no filter") }
    public var role: String { t("rôle", "role") }
    public var area: String { t("domaine", "area") }
    public var team: String { t("équipe", "team") }
    public var status: String { t("état", "status") }
    public var criticalOnly: String { t("chemin critique seulement", "critical path only") }
    public var search: String { t("recherche", "search") }
    /// The schedule without the inferred dependencies: "stated dependencies only: 0 of 18".
    public func statedOnly(counted: Int, of total: Int) -> String {
        t("dépendances énoncées seulement : \(counted) sur \(total)", "stated dependencies only: \(counted) of \(total) link\(total == 1 ? "" : "s")")
    }
    public var feeds: String { t("Alimente", "Feeds") }
    /// A dependency the stated-only schedule does not count.
    public var leftOut: String { t("laissée de côté (dépendances énoncées seulement)", "left out (stated dependencies only)") }
    public var bothWays: String { t("Échange dans les deux sens avec", "Exchanges both ways with") }
    public func shown(_ count: Int, of total: Int) -> String {
        t("\(count) activité\(count > 1 ? "s" : "") sur \(total)", "\(count) of \(total) activit\(total == 1 ? "y" : "ies")")
    }

    // Statuses
    public func status(_ status: Activity.Status) -> String {
        switch status {
        case .new: return t("nouvelle", "new")
        case .ongoing: return t("en cours", "ongoing")
        }
    }
    public func teamStatus(_ status: TaskTeam.Status) -> String {
        switch status {
        case .existing: return t("existe / modifiée", "existing / modified")
        case .new: return t("nouvelle", "new")
        case .external: return t("identité externe", "external entity")
        }
    }
    public func disposition(_ disposition: WorkingGroup.Disposition) -> String {
        switch disposition {
        case .phase1: return t("Phase 1 — changement d’ici mars 2018", "Phase 1 — changed by March 2018")
        case .phase2: return t("Phase 2 — réharmonisation à partir d’avril 2018", "Phase 2 — realigned from April 2018")
        case .continued: return t("Continué — travaux bien harmonisés", "Continued — work already aligned")
        case .sunset: return t("Fin (sunset)", "Sunset")
        }
    }
    public func dependencyType(_ type: Dependency.Kind) -> String {
        switch type {
        case .FS: return t("fin → début", "finish → start")
        case .SS: return t("début → début", "start → start")
        case .FF: return t("fin → fin", "finish → finish")
        case .SF: return t("début → fin", "start → finish")
        }
    }

    // Schedule words
    public var finish: String { t("fin", "finish") }
    public var critical: String { t("critique", "critical") }
    public var criticalPath: String { t("Chemin critique", "Critical path") }
    public var teamCriticalPath: String { t("Équipes sur le chemin critique", "Teams on the critical path") }
    public var planned: String { t("prévu", "planned") }
    public var early: String { t("au plus tôt", "early") }
    public var late: String { t("au plus tard", "late") }
    public var totalFloat: String { t("marge totale", "total float") }
    public var freeFloat: String { t("marge libre", "free float") }
    /// The two floats in one column's head: "Float (total / free)".
    public var totalShort: String { t("totale", "total") }
    public var freeShort: String { t("libre", "free") }
    public var slip: String { t("glissement", "slip") }
    public var whatIf: String { t("simulation", "what-if") }
    /// The plan before any what-if delay.
    public var baseline: String { t("sans les simulations", "baseline") }
    public var span: String { t("période d’activité", "span") }
    public var float: String { t("marge", "float") }
    public func months(_ n: Int) -> String {
        t("\(n) mois", n == 1 || n == -1 ? "\(n) month" : "\(n) months")
    }
    public var waitsFor: String { t("Attend", "Waits for") }
    public var waitedOnBy: String { t("Est attendue par", "Waited on by") }
    public var lag: String { t("décalage", "lag") }
    public var binds: String { t("détermine la date", "binds") }
    public var nothing: String { t("aucune", "none") }
    public var noActivities: String { t("aucune activité", "no activities") }
    public var noTeam: String { t("sans équipe attribuée", "no task team assigned") }
    public var noSubcommittee: String { t("Sans sous-comité", "No sub-committee") }
    public var activities: String { t("activités", "activities") }
    public var becomes: String { t("devient", "becomes") }
    public var council: String { t("conseil", "council") }
    public var inferred: String { t("inféré", "inferred") }
    public var inferredNote: String { t("Valeur inférée", "Inferred value") }
    public var fromSeed: String { t("lu dans le document source", "read from the seed document") }
    public var selectActivity: String {
        t("Choisissez une activité dans la feuille de route (touche d).", "Select an activity in the roadmap view (key d).")
    }
    public var noActivityMatches: String { t("Aucune activité ne correspond aux filtres.", "No activity matches the filters.") }

    // Legend
    public var legend: String { t("Légende", "Legend") }
    public var legendNew: String { t("nouvelle activité", "new activity") }
    public var legendOngoing: String { t("activité en cours", "ongoing activity") }
    public var legendFloat: String { t("marge (jusqu’à la fin au plus tard)", "float (up to the late finish)") }
    public var legendMoved: String { t("dates prévues que les dépendances déplacent", "planned months the dependencies move") }
    public var legendCritical: String { t("chemin critique", "critical path") }
    public var legendClipped: String { t("commence avant l’échéancier", "starts before the timeline") }
    /// The months a what-if pushes past the timeline's end, under their own header.
    public var beyondTimeline: String { t("au-delà de l’échéancier", "beyond the timeline") }
    public var beyondShort: String { t("au-delà", "beyond") }
    public var lastColumns: String { t("les dernières colonnes", "the last columns") }
    public var roles: String { t("Rôles", "Roles") }

    // Strategy
    public var vision: String { t("Vision", "Vision") }
    public var callToAction: String { t("Appel à l’action", "Call to action") }
    public var objective: String { t("Objectif", "Objective") }
    public var principles: String { t("Principes", "Principles") }
    public var outcomes: String { t("Résultats", "Outcomes") }
    public var horizons: String { t("Horizons", "Horizons") }
    public var areasOfInterest: String { t("Domaines d’intérêt et initiatives proposées", "Areas of interest and proposed initiatives") }
    public var immediateResults: String { t("Résultats immédiats", "Immediate results") }
    public var futureState: String { t("Aperçu de l’état futur", "Future state overview") }
    public var coverage: String { t("Évaluation", "Assessment") }
    public var considerations: String { t("Considérations pour l’état futur", "Considerations for the future state") }
    public var currentWork: String { t("Travaux actuels", "Current work") }
    public var assessment: String { t("Évaluation", "Assessment") }
    public var rationale: String { t("Justification", "Rationale") }
    public var phases: String { t("Phases", "Phases") }

    /// What a change of finish is compared with: the plan (the timeline's end, or the file's
    /// dates before the what-ifs), or the other version of `roadmap diff`.
    public enum Reference: Sendable { case planned, oldVersion }

    /// A change of finish, said one way everywhere (the header, the what-if panel and
    /// message, `roadmap schedule`, `roadmap diff`): "finish Jun 2018, 3 months later than
    /// planned"; "finish Mar 2018, as planned" when it does not move.
    public func finishChange(_ finish: Month, by delta: Int, than reference: Reference = .planned) -> String {
        let when = "\(self.finish) \(monthAndYear(finish))"
        let n = abs(delta)
        switch (reference, delta) {
        case (.planned, 0): return when + t(", comme prévu", ", as planned")
        case (.oldVersion, 0): return when + t(", comme dans l’ancienne version", ", as in the old version")
        case (.planned, _):
            return when + ", " + months(n) + (delta > 0 ? t(" plus tard que prévu", " later than planned") : t(" plus tôt que prévu", " earlier than planned"))
        case (.oldVersion, _):
            return when + ", " + months(n) + (delta > 0 ? t(" plus tard que dans l’ancienne version", " later than in the old version")
                                                        : t(" plus tôt que dans l’ancienne version", " earlier than in the old version"))
        }
    }

    // Months
    /// The index of a month (1–12) in a table of twelve, for any Int: a schedule month before
    /// year 0 (a negative --delay on a timeline that starts in year 0) comes from Month with a
    /// number of 0 or less, and `%` keeps the sign of its left side.
    private static func slot(_ month: Int) -> Int { ((month - 1) % 12 + 12) % 12 }

    public func monthName(_ month: Int) -> String {
        // The abbreviations of the Office québécois de la langue française.
        let fr = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (language == .fr ? fr : en)[Self.slot(month)]
    }
    /// The months' names for a row of heads `width` columns each, January first, all in one
    /// form: the abbreviations where every one fits ("juill.", "Jul"); in French, without
    /// their periods and cut to the width where that still tells them apart ("juil",
    /// "sept"); in English the three letters; else the initials — French has no three-letter
    /// form that tells June from July ("jun", "jul" are English).
    public func monthHeads(width: Int) -> [String] {
        let names = (1...12).map(monthName)
        if names.allSatisfy({ TextWidth.of($0) <= width }) { return names }
        if language == .en && width >= 3 { return names.map { String($0.prefix(3)) } }
        if language == .fr && width >= 4 { return names.map { String($0.filter { $0 != "." }.prefix(width)) } }
        return names.map { String($0.prefix(1)).uppercased() }
    }
    /// One month's head in a row of `width` columns each (`monthHeads`).
    public func monthAbbreviation(_ month: Int, width: Int = 3) -> String {
        monthHeads(width: width)[Self.slot(month)]
    }
    /// "oct. 2016" / "Oct 2016".
    public func monthAndYear(_ month: Month) -> String { "\(monthName(month.month)) \(month.year)" }
    /// "Oct 2016 – Mar 2017"; one month is said once ("Apr 2018"), not as a range to itself.
    public func monthRange(_ start: Month, _ finish: Month) -> String {
        start == finish ? monthAndYear(start) : "\(monthAndYear(start)) – \(monthAndYear(finish))"
    }
}
