import RoadmapModel

/// Everything a user can do in the explorer, each declared once with its keys and its help
/// text. Key handling looks actions up here, and the help screen and the bottom bar are
/// generated from this table, so they can never drift from what the keys do (tig's idea).
enum Action: CaseIterable, Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, first, last
    case nextView, previousView
    case showRoadmap, showTeams, showDependencies, showTransition, showStrategy, showGlossary, showCurrentState
    case details, close
    case pickRoles, pickAreas, pickTeams, cycleStatus, toggleCritical, search, nextMatch, previousMatch, clearFilters
    case cycleOrder
    case dependencies
    case delay, advance, undo
    case switchLanguage
    case export
    case help, quit
}

struct ActionSpec: Sendable {
    enum Group: CaseIterable, Sendable { case move, filter, schedule, other }
    let action: Action
    let keys: [Key]
    /// How the keys are written in the help and the bottom bar.
    let label: String
    let group: Group
    let help: LocalizedText
    /// The short word for the bottom bar, when the action has a place there.
    let bar: LocalizedText?
}

enum ActionTable {
    static let all: [ActionSpec] = [
        spec(.moveDown, [.down, .character("j")], "↓ j", .move, "descendre d’une ligne", "move down one row"),
        spec(.moveUp, [.up, .character("k")], "↑ k", .move, "monter d’une ligne", "move up one row"),
        spec(.pageDown, [.pageDown, .character(" ")], "PgDn", .move, "page suivante", "next page"),
        spec(.pageUp, [.pageUp], "PgUp", .move, "page précédente", "previous page"),
        spec(.first, [.home, .character("g")], "Home g", .move, "aller au début", "go to the top"),
        spec(.last, [.end, .character("G")], "End G", .move, "aller à la fin", "go to the bottom"),
        spec(.nextView, [.tab], "Tab", .move, "vue suivante", "next view", bar: ("Vue", "View")),
        spec(.previousView, [.backTab], "S-Tab", .move, "vue précédente", "previous view"),
        spec(.showRoadmap, [.character("1")], "1", .move, "feuille de route (Gantt)", "roadmap (Gantt)"),
        spec(.showTeams, [.character("2")], "2", .move, "équipes spéciales", "task teams"),
        spec(.showDependencies, [.character("3")], "3", .move, "vue des dépendances", "dependencies view"),
        spec(.showTransition, [.character("4")], "4", .move, "transition des groupes de travail", "transition of the working groups"),
        spec(.showStrategy, [.character("5")], "5", .move, "stratégie", "strategy"),
        spec(.showGlossary, [.character("6")], "6", .move, "glossaire", "glossary"),
        spec(.showCurrentState, [.character("7")], "7", .move, "état actuel", "current state"),
        spec(.details, [.enter], "Enter", .move, "détails de l’activité choisie", "details of the selected activity", bar: ("Détails", "Details")),
        spec(.close, [.escape], "Esc", .move, "fermer la fenêtre ou l’invite", "close the overlay or prompt"),
        spec(.pickRoles, [.character("r")], "r", .filter, "filtrer par rôle", "filter by role", bar: ("Rôle", "Role")),
        spec(.pickAreas, [.character("a")], "a", .filter, "filtrer par domaine d’intérêt", "filter by area of interest", bar: ("Domaine", "Area")),
        spec(.pickTeams, [.character("t")], "t", .filter, "filtrer par équipe spéciale", "filter by task team", bar: ("Équipe", "Team")),
        spec(.cycleStatus, [.character("s")], "s", .filter, "état : tous → nouvelles → en cours", "status: all → new → ongoing"),
        spec(.toggleCritical, [.character("c")], "c", .filter, "chemin critique seulement (bascule)", "critical path only (toggle)", bar: ("Critique", "Critical")),
        spec(.search, [.character("/")], "/", .filter, "rechercher (filtre les activités)", "search (filters the activities)", bar: ("Chercher", "Search")),
        spec(.nextMatch, [.character("n")], "n", .filter, "résultat suivant", "next match"),
        spec(.previousMatch, [.character("N")], "N", .filter, "résultat précédent", "previous match"),
        spec(.clearFilters, [.character("x")], "x", .filter, "effacer tous les filtres", "clear every filter", bar: ("Effacer", "Clear")),
        spec(.cycleOrder, [.character("o")], "o", .filter, "ordre des lignes : fichier → affiche → source", "row order: file → poster → seed"),
        spec(.dependencies, [.character("d")], "d", .schedule, "dépendances de l’activité choisie", "dependencies of the selected activity", bar: ("Dépend.", "Deps")),
        spec(.delay, [.character("+"), .character("=")], "+", .schedule, "simulation : retarder l’activité d’un mois", "what-if: delay the activity one month", bar: ("Retard", "Delay")),
        spec(.advance, [.character("-")], "-", .schedule, "simulation : avancer l’activité d’un mois", "what-if: advance the activity one month"),
        spec(.undo, [.character("u")], "u", .schedule, "annuler la dernière simulation", "undo the last what-if"),
        spec(.switchLanguage, [.character("L")], "L", .other, "français / anglais", "French / English", bar: ("FR/EN", "FR/EN")),
        spec(.export, [.character("e")], "e", .other, "exporter la vue (texte, md, csv, json, mmd)", "export the view (text, md, csv, json, mmd)", bar: ("Exporter", "Export")),
        spec(.help, [.character("?"), .character("h")], "? h", .other, "aide", "help", bar: ("Aide", "Help")),
        spec(.quit, [.character("q"), .interrupt], "q", .other, "quitter", "quit", bar: ("Quitter", "Quit")),
    ]

    private static let byKey: [Key: Action] = {
        var map: [Key: Action] = [:]
        for spec in all { for key in spec.keys { map[key] = spec.action } }
        return map
    }()

    static func action(for key: Key) -> Action? { byKey[key] }

    static func spec(for action: Action) -> ActionSpec { all.first { $0.action == action }! }

    private static func spec(_ action: Action, _ keys: [Key], _ label: String, _ group: ActionSpec.Group,
                             _ fr: String, _ en: String, bar: (String, String)? = nil) -> ActionSpec {
        ActionSpec(action: action, keys: keys, label: label, group: group, help: LocalizedText(fr: fr, en: en),
                   bar: bar.map { LocalizedText(fr: $0.0, en: $0.1) })
    }
}
