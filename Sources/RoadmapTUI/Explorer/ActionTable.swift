import RoadmapModel
import RoadmapViews

/// Where a key goes: the main screen, or the overlay or prompt that is open. Each context has
/// its own keymap (tig's keymaps); a component looks a key up in its contexts in order — a
/// prompt in its own, then in the line editor's — so shared keys are declared once.
enum KeyContext: CaseIterable, Hashable, Sendable {
    case main, scrollBox, boxSearch, details, whatIfs, picker, pickerFilter, prompt, lineEditor, question, fileChanged
}

/// Everything a user can do in the explorer, each declared once per context with its keys and
/// its help text. Key handling looks actions up here, and the help screen, the key bar and the
/// README's key tables are generated from this table, so they can never drift from what the
/// keys do (tig's idea).
enum Action: CaseIterable, Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, first, last
    case nextView, previousView
    case showRoadmap, showTeams, showDependencies, showTransition, showStrategy, showGlossary, showCriticalPath, showCurrentState, showTeamGantt
    case details
    case pickRoles, pickAreas, pickTeams, pickPeriods, pickSubcommittees, toggleSlipping, cycleMaxFloat, cycleStatus, toggleCritical, search, nextMatch, previousMatch, clearFilters
    case toggleBehind, pickProgress
    /// Progress: enter the selected activity's, write the file.
    case enterProgress, writeProgress
    case cycleOrder
    case toggleFold, toggleAllFolds
    case monthsBack, monthsForward, zoomOut, zoomIn, zoomFit
    case dependencies, back, toggleNetwork
    case delay, advance, undo, resetWhatIfs, toggleStatedOnly, whatIfs, saveScenario
    case toggleNotes
    case switchLanguage
    case export, copyText, copyMarkdown
    case help, quit
    /// The mouse: a click (where, the event says) and the wheel (which way, the event says).
    case click, wheel
    /// Help and details.
    case close
    /// Pickers and their filter line.
    case toggle, apply, filterChoices, endFilter, clearFilter, cancel
    /// Prompts.
    case confirm, complete
    /// The line editor of prompts and filter lines.
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteBackward, deleteForward, deleteToStart, deleteWord, deleteToEnd
    /// Questions.
    case yes, no
    /// The question when the file changed on disk before a write.
    case reloadFile, overwriteFile, writeElsewhere
}

struct ActionSpec: Sendable {
    /// The sections of the main screen's keys in the help.
    enum Group: CaseIterable, Sendable { case move, filter, schedule, other, mouse }
    let action: Action
    let context: KeyContext
    let keys: [Key]
    let group: Group
    let help: LocalizedText
    /// The short word for the key bar, when the action has a place there.
    let bar: LocalizedText?
    /// The pages where the action does something (nil: every page), so that the key bar offers
    /// only what works on the page shown (htop's function bar follows its screen).
    let views: Set<ViewKind>?

    /// Whether the action does something on `view`.
    func works(on view: ViewKind) -> Bool { views?.contains(view) ?? true }

    /// How the keys are written in the README: every key, by its English name.
    var label: String { keys.map(\.name).joined(separator: " ") }

    /// How the keys are written in the help, in the view's language: the key French software
    /// names first (`o` for oui) first.
    func label(_ language: Language) -> String { keys(language).map { $0.name(language) }.joined(separator: " ") }

    /// The keys in the order the language reads them: a French yes is `o` before `y`.
    func keys(_ language: Language) -> [Key] {
        guard language == .fr, action == .yes, let o = keys.firstIndex(of: .character("o")) else { return keys }
        var keys = keys
        keys.insert(keys.remove(at: o), at: 0)
        return keys
    }
}

enum ActionTable {
    /// Pages whose rows are activities, which an action about the selected activity acts on.
    private static let activityRows: Set<ViewKind> = [.roadmap, .teams, .dependencies]
    /// Pages with rows to choose (Enter: an activity's details, a team's on the team Gantt).
    private static let choosableRows: Set<ViewKind> = [.roadmap, .teams, .dependencies, .teamGantt]
    /// Pages the activity filters narrow (the search narrows or marks every page).
    private static let filtered: Set<ViewKind> = [.roadmap, .teams, .criticalPath, .teamGantt]
    /// Pages whose headings fold.
    private static let folding: Set<ViewKind> = [.roadmap, .teams, .teamGantt]

    static let all: [ActionSpec] = main + scrollBox + boxSearch + details + whatIfs + picker + pickerFilter + prompt + lineEditor + question + fileChanged

    private static let main: [ActionSpec] = [
        spec(.main, .moveDown, [.down, .character("j")], .move, "descendre d’une ligne", "move down one row"),
        spec(.main, .moveUp, [.up, .character("k")], .move, "monter d’une ligne", "move up one row"),
        spec(.main, .pageDown, [.pageDown, .character(" ")], .move, "page suivante", "next page"),
        spec(.main, .pageUp, [.pageUp, .character("b")], .move, "page précédente", "previous page"),
        spec(.main, .first, [.home, .character("g")], .move, "aller au début", "go to the top"),
        spec(.main, .last, [.end, .character("G")], .move, "aller à la fin", "go to the bottom"),
        spec(.main, .nextView, [.tab], .move, "vue suivante", "next view", bar: ("Vue", "View")),
        spec(.main, .previousView, [.backTab], .move, "vue précédente", "previous view"),
        spec(.main, .showRoadmap, [.character("1")], .move, "feuille de route (Gantt)", "roadmap (Gantt)"),
        spec(.main, .showTeams, [.character("2")], .move, "équipes spéciales", "task teams"),
        spec(.main, .showDependencies, [.character("3")], .move, "vue des dépendances", "dependencies view"),
        spec(.main, .showTransition, [.character("4")], .move, "transition des groupes de travail", "transition of the working groups"),
        spec(.main, .showStrategy, [.character("5")], .move, "stratégie", "strategy"),
        spec(.main, .showGlossary, [.character("6")], .move, "glossaire", "glossary"),
        spec(.main, .showCriticalPath, [.character("7")], .move, "chemin critique : les enchaînements", "critical path: the chains"),
        spec(.main, .showCurrentState, [.character("8")], .move, "état actuel", "current state"),
        spec(.main, .showTeamGantt, [.character("9")], .move, "Gantt des équipes (Entrée : détails d’une équipe)", "team Gantt (Enter: a team’s details)"),
        spec(.main, .details, [.enter], .move, "détails de l’activité choisie (sur une rubrique : la plier ou la déplier ; dans les dépendances : suivre le lien sous le curseur)",
             "details of the selected activity (on a heading: fold or unfold it; in the dependencies: follow the link under the cursor)", bar: ("Détails", "Details"), on: choosableRows),
        spec(.main, .back, [.backspace], .move, "dépendances : revenir à l’activité d’avant (historique)", "dependencies: back to the previous activity (history)", on: [.dependencies]),
        spec(.main, .toggleFold, [.character("f")], .move, "plier / déplier la rubrique (domaine, sous-comité) de la ligne choisie",
             "fold / unfold the heading (area, sub-committee) of the selected row", on: folding),
        spec(.main, .toggleAllFolds, [.character("F")], .move, "plier toutes les rubriques / les déplier toutes", "fold every heading / unfold them all", on: folding),
        spec(.main, .monthsBack, [.left], .move, "mois précédents (quand la grille ne les montre pas tous)", "earlier months (when the grid does not show them all)", on: [.roadmap]),
        spec(.main, .monthsForward, [.right], .move, "mois suivants", "later months", on: [.roadmap]),
        spec(.main, .zoomOut, [.character("<")], .move, "mois plus étroits : 6 → 3 → 2 → 1 colonne, puis comprimés",
             "narrower months: 6 → 3 → 2 → 1 column, then compressed", on: [.roadmap]),
        spec(.main, .zoomIn, [.character(">")], .move, "mois plus larges", "wider months", on: [.roadmap]),
        spec(.main, .zoomFit, [.character("z")], .move, "largeur des mois ajustée à l’écran", "months as wide as the screen allows", on: [.roadmap]),
        spec(.main, .pickRoles, [.character("r")], .filter, "filtrer par rôle", "filter by role", bar: ("Rôle", "Role"), on: filtered),
        spec(.main, .pickAreas, [.character("a")], .filter, "filtrer par domaine d’intérêt", "filter by area of interest", bar: ("Domaine", "Area"), on: filtered),
        spec(.main, .pickTeams, [.character("t")], .filter, "filtrer par équipe spéciale", "filter by task team", bar: ("Équipe", "Team"), on: filtered),
        spec(.main, .pickPeriods, [.character("p")], .filter, "filtrer par période (dates au plus tôt)", "filter by period (early dates)", on: filtered),
        spec(.main, .pickSubcommittees, [.character("C")], .filter, "filtrer par sous-comité (les activités de ses équipes)",
             "filter by sub-committee (the activities of its teams)", on: filtered),
        spec(.main, .toggleSlipping, [.character("l")], .filter, "les activités qui glissent seulement (bascule)", "only the activities that slip (toggle)", on: filtered),
        spec(.main, .cycleMaxFloat, [.character("M")], .filter, "marge totale au plus : tous → 0 → 1 → 2 → 3 → 6 mois",
             "total float at most: all → 0 → 1 → 2 → 3 → 6 months", on: filtered),
        spec(.main, .cycleStatus, [.character("s")], .filter, "état : tous → nouvelles → en cours", "status: all → new → ongoing", on: filtered),
        spec(.main, .toggleCritical, [.character("c")], .filter, "chemin critique seulement (bascule)", "critical path only (toggle)", bar: ("Critique", "Critical"), on: filtered),
        spec(.main, .toggleBehind, [.character("B")], .filter, "en retard à la date d’état seulement (bascule)", "behind as of the status date only (toggle)", on: filtered),
        spec(.main, .pickProgress, [.character("P")], .filter, "filtrer par avancement : en retard, pas commencées, en marche, terminées",
             "filter by progress: behind, not started, under way, finished", on: filtered),
        spec(.main, .search, [.character("/")], .filter, "rechercher (filtre les activités)", "search (filters the activities)", bar: ("Chercher", "Search")),
        spec(.main, .nextMatch, [.character("n")], .filter, "résultat suivant", "next match"),
        spec(.main, .previousMatch, [.character("N")], .filter, "résultat précédent", "previous match"),
        spec(.main, .clearFilters, [.character("x")], .filter, "effacer les filtres (pas les simulations : U)",
             "clear the filters (not the what-ifs: U)", bar: ("Effacer", "Clear")),
        spec(.main, .cycleOrder, [.character("o")], .filter, "ordre des lignes : fichier → affiche → source → début → marge → équipe → rôle",
             "row order: file → poster → seed → start → float → team → role", on: [.roadmap]),
        spec(.main, .dependencies, [.character("d")], .schedule, "dépendances de l’activité choisie", "dependencies of the selected activity", bar: ("Dépend.", "Deps"), on: activityRows),
        spec(.main, .toggleNetwork, [.character("A")], .schedule, "dépendances : cette activité ↔ tout le réseau (chaque lien)",
             "dependencies: this activity ↔ the whole network (every link)"),
        spec(.main, .delay, [.character("+"), .character("=")], .schedule, "simulation : retarder l’activité d’un mois", "what-if: delay the activity one month", bar: ("Retard", "Delay"), on: activityRows),
        spec(.main, .advance, [.character("-")], .schedule, "simulation : avancer l’activité d’un mois", "what-if: advance the activity one month", on: activityRows),
        spec(.main, .undo, [.character("u")], .schedule, "annuler la dernière simulation (ou le U d’avant)", "undo the last what-if (or the last U)"),
        spec(.main, .resetWhatIfs, [.character("U")], .schedule, "retirer toutes les simulations (u les rétablit)",
             "remove every what-if (u brings them back)"),
        spec(.main, .whatIfs, [.character("w")], .schedule, "les simulations : ce qu’elles déplacent, avant → après, et la fin",
             "the what-ifs: what they move, before → after, and the finish", bar: ("Simul.", "What-ifs")),
        spec(.main, .saveScenario, [.character("S")], .schedule, "enregistrer les simulations comme scénario (NOM.scenario.json)",
             "save the what-ifs as a scenario (NAME.scenario.json)"),
        spec(.main, .enterProgress, [.character("%")], .schedule,
             "avancement de l’activité choisie : pourcentage, début et fin réels (la date d’état d’abord, s’il n’y en a pas) ; u l’annule",
             "progress of the selected activity: percent, actual start and finish (the status date first, when there is none); u takes it back",
             on: activityRows),
        spec(.main, .writeProgress, [.character("W")], .schedule,
             "écrire l’avancement saisi dans le fichier (validé, atomique, forme canonique ; demande si le fichier a changé sur le disque)",
             "write the progress entered to the file (validated, atomically, in canonical form; asks when the file changed on disk)"),
        spec(.main, .toggleStatedOnly, [.character("i")], .schedule, "dépendances énoncées seulement, sans les inférées (bascule)",
             "stated dependencies only, without the inferred (toggle)"),
        spec(.main, .toggleNotes, [.character("I")], .other,
             "montrer / masquer les notes de provenance (pourquoi une valeur est inférée, ce que la source a perdu) sous les valeurs qu’elles expliquent",
             "show / hide the provenance notes (why a value is inferred, what the source lost) under the values they explain",
             on: [.teams, .transition, .strategy, .glossary, .currentState, .dependencies]),
        spec(.main, .switchLanguage, [.character("L")], .other, "français / anglais", "French / English", bar: ("FR/EN", "FR/EN")),
        spec(.main, .export, [.character("e")], .other, "exporter la vue (\(formats(.fr)) : l’extension du fichier choisit)",
             "export the view (\(formats(.en)): the file’s extension chooses)", bar: ("Exporter", "Export")),
        spec(.main, .copyText, [.character("y")], .other,
             "copier la vue en texte dans le presse-papiers du terminal (OSC 52 : tmux avec set-clipboard on, iTerm2, kitty, Windows Terminal, xterm)",
             "copy the view as text to the terminal’s clipboard (OSC 52: tmux with set-clipboard on, iTerm2, kitty, Windows Terminal, xterm)",
             bar: ("Copier", "Copy")),
        spec(.main, .copyMarkdown, [.character("Y")], .other, "copier la vue en Markdown dans le presse-papiers du terminal",
             "copy the view as Markdown to the terminal’s clipboard"),
        spec(.main, .help, [.character("?"), .character("h")], .other, "aide", "help", bar: ("Aide", "Help")),
        spec(.main, .quit, [.character("q"), .interrupt], .other, "quitter (demande d’abord si des simulations ou de l’avancement non écrit seraient perdus)",
             "quit (asks first when what-ifs or progress not written would be lost)", bar: ("Quitter", "Quit")),
        spec(.main, .click, [.anyClick], .mouse, "un clic choisit une ligne (sur une rubrique : la plie ou la déplie ; sur un onglet : montre sa vue)",
             "a click selects a row (on a heading: folds or unfolds it; on a tab: shows its view)"),
        spec(.main, .wheel, [.wheelUp, .wheelDown], .mouse, "la molette fait défiler", "the wheel scrolls"),
    ]

    /// The help and the details: boxes of text that scroll.
    private static let scrollBox: [ActionSpec] = [
        spec(.scrollBox, .moveDown, [.down, .character("j")], .move, "descendre d’une ligne", "scroll down one line"),
        spec(.scrollBox, .moveUp, [.up, .character("k")], .move, "monter d’une ligne", "scroll up one line"),
        spec(.scrollBox, .pageDown, [.pageDown, .character(" ")], .move, "page suivante", "next page", bar: ("Page", "Page")),
        spec(.scrollBox, .pageUp, [.pageUp, .character("b")], .move, "page précédente", "previous page"),
        spec(.scrollBox, .first, [.home, .character("g")], .move, "aller au début", "go to the top"),
        spec(.scrollBox, .last, [.end, .character("G")], .move, "aller à la fin", "go to the bottom"),
        spec(.scrollBox, .close, [.escape, .character("q"), .enter, .character("?"), .character("h"), .interrupt], .other,
             "fermer", "close", bar: ("Fermer", "Close")),
        spec(.scrollBox, .search, [.character("/")], .filter, "rechercher dans le texte (l’aide, les détails)", "search the text (the help, the details)",
             bar: ("Chercher", "Search")),
        spec(.scrollBox, .nextMatch, [.character("n")], .filter, "résultat suivant", "next match"),
        spec(.scrollBox, .previousMatch, [.character("N")], .filter, "résultat précédent", "previous match"),
        spec(.scrollBox, .wheel, [.wheelUp, .wheelDown], .mouse, "la molette fait défiler", "the wheel scrolls"),
    ]

    /// The search line of the help or the details (after `/`), besides the line editor's keys.
    private static let boxSearch: [ActionSpec] = [
        spec(.boxSearch, .confirm, [.enter], .other, "garder la recherche et revenir au texte (n, N : résultats suivant, précédent)",
             "keep the search, back to the text (n, N: next, previous match)", bar: ("OK", "OK")),
        spec(.boxSearch, .cancel, [.escape, .interrupt], .other, "effacer la recherche", "clear the search", bar: ("Annuler", "Cancel")),
    ]

    /// The details of an activity, besides scrolling.
    private static let details: [ActionSpec] = [
        spec(.details, .dependencies, [.character("d")], .schedule, "dépendances de cette activité", "dependencies of this activity", bar: ("Dépend.", "Deps")),
    ]

    /// The what-if panel, besides scrolling.
    private static let whatIfs: [ActionSpec] = [
        spec(.whatIfs, .export, [.character("e")], .other, "exporter ce rapport (\(formats(.fr, of: .whatIfs)))", "export this report (\(formats(.en, of: .whatIfs)))",
             bar: ("Exporter", "Export")),
        spec(.whatIfs, .close, [.character("w")], .other, "fermer", "close"),
    ]

    private static let picker: [ActionSpec] = [
        spec(.picker, .moveDown, [.down, .character("j")], .move, "choix suivant", "next choice"),
        spec(.picker, .moveUp, [.up, .character("k")], .move, "choix précédent", "previous choice"),
        spec(.picker, .pageDown, [.pageDown], .move, "page suivante", "next page"),
        spec(.picker, .pageUp, [.pageUp], .move, "page précédente", "previous page"),
        spec(.picker, .first, [.home, .character("g")], .move, "premier choix", "first choice"),
        spec(.picker, .last, [.end, .character("G")], .move, "dernier choix", "last choice"),
        spec(.picker, .toggle, [.character(" "), .character("x")], .filter, "cocher ou décocher", "tick or untick", bar: ("Cocher", "Tick")),
        spec(.picker, .apply, [.enter], .filter, "appliquer les choix cochés (aucun : plus de filtre de ce genre)",
             "apply the ticked choices (none: no filter of this kind)", bar: ("Appliquer", "Apply")),
        spec(.picker, .filterChoices, [.character("/")], .filter, "filtrer la liste en tapant", "filter the list as you type", bar: ("Filtrer", "Filter")),
        spec(.picker, .switchLanguage, [.character("L")], .other, "français / anglais", "French / English", bar: ("FR/EN", "FR/EN")),
        spec(.picker, .cancel, [.escape, .character("q"), .interrupt], .other, "fermer sans changer le filtre",
             "close without changing the filter", bar: ("Annuler", "Cancel")),
        spec(.picker, .wheel, [.wheelUp, .wheelDown], .mouse, "la molette fait défiler la liste", "the wheel scrolls the list"),
    ]

    /// The picker's filter line (after `/`), besides the line editor's keys.
    private static let pickerFilter: [ActionSpec] = [
        spec(.pickerFilter, .moveDown, [.down], .move, "choix suivant", "next choice"),
        spec(.pickerFilter, .moveUp, [.up], .move, "choix précédent", "previous choice"),
        spec(.pickerFilter, .pageDown, [.pageDown], .move, "page suivante", "next page"),
        spec(.pickerFilter, .pageUp, [.pageUp], .move, "page précédente", "previous page"),
        spec(.pickerFilter, .endFilter, [.enter], .filter, "revenir à la liste filtrée", "back to the filtered list", bar: ("Liste", "List")),
        spec(.pickerFilter, .clearFilter, [.escape], .filter, "effacer le filtre et revenir à la liste", "clear the filter, back to the list",
             bar: ("Effacer", "Clear")),
        spec(.pickerFilter, .cancel, [.interrupt], .other, "fermer sans changer le filtre", "close without changing the filter"),
        spec(.pickerFilter, .wheel, [.wheelUp, .wheelDown], .mouse, "la molette fait défiler la liste", "the wheel scrolls the list"),
    ]

    /// The search and export prompts, besides the line editor's keys.
    private static let prompt: [ActionSpec] = [
        spec(.prompt, .confirm, [.enter], .other, "valider", "accept", bar: ("OK", "OK")),
        spec(.prompt, .complete, [.tab], .other, "compléter le nom de fichier (export, scénario) ; un second Tab liste les choix",
             "complete the file name (export, scenario); a second Tab lists the choices", bar: ("Compléter", "Complete")),
        spec(.prompt, .cancel, [.escape, .interrupt], .other, "annuler (la recherche d’avant revient)", "cancel (the search from before comes back)",
             bar: ("Annuler", "Cancel")),
    ]

    private static let lineEditor: [ActionSpec] = [
        spec(.lineEditor, .cursorLeft, [.left, .control("b")], .move, "caractère précédent", "back one character"),
        spec(.lineEditor, .cursorRight, [.right, .control("f")], .move, "caractère suivant", "forward one character"),
        spec(.lineEditor, .lineStart, [.home, .control("a")], .move, "début de la ligne", "start of the line"),
        spec(.lineEditor, .lineEnd, [.end, .control("e")], .move, "fin de la ligne", "end of the line"),
        spec(.lineEditor, .deleteBackward, [.backspace], .other, "effacer le caractère avant le curseur", "delete the character before the cursor"),
        spec(.lineEditor, .deleteForward, [.delete, .control("d")], .other, "effacer le caractère sous le curseur", "delete the character under the cursor"),
        spec(.lineEditor, .deleteToStart, [.control("u")], .other, "effacer jusqu’au début", "delete to the start of the line"),
        spec(.lineEditor, .deleteWord, [.control("w")], .other, "effacer le mot avant le curseur (jusqu’à une espace ou un /)",
             "delete the word before the cursor (back to a space or a /)"),
        spec(.lineEditor, .deleteToEnd, [.control("k")], .other, "effacer jusqu’à la fin", "delete to the end of the line"),
    ]

    private static let question: [ActionSpec] = [
        spec(.question, .yes, [.character("y"), .character("o")], .other, "oui", "yes", bar: ("Oui", "Yes")),
        spec(.question, .no, [.character("n"), .escape], .other, "non (un export revient à son invite)", "no (an export goes back to its prompt)",
             bar: ("Non", "No")),
        spec(.question, .cancel, [.interrupt], .other, "non, et fermer l’invite", "no, and close the prompt too"),
    ]

    /// When the file changed on disk before a write (`W`): what vim offers.
    private static let fileChanged: [ActionSpec] = [
        spec(.fileChanged, .reloadFile, [.character("r")], .other, "relire le fichier, vos saisies non écrites remises par-dessus",
             "reload the file, your entries not written put back over it", bar: ("Relire", "Reload")),
        spec(.fileChanged, .overwriteFile, [.character("o"), .character("e")], .other, "écraser le fichier avec votre version", "overwrite the file with your version",
             bar: ("Écraser", "Overwrite")),
        spec(.fileChanged, .writeElsewhere, [.character("w"), .character("a")], .other, "écrire ailleurs (un autre fichier)", "write elsewhere (another file)",
             bar: ("Ailleurs", "Elsewhere")),
        spec(.fileChanged, .cancel, [.escape, .interrupt], .other, "ne rien écrire", "write nothing", bar: ("Annuler", "Cancel")),
    ]

    private static let byKey: [KeyContext: [Key: Action]] = {
        var map: [KeyContext: [Key: Action]] = [:]
        for spec in all {
            for key in spec.keys { map[spec.context, default: [:]][key] = spec.action }
        }
        return map
    }()

    /// The action a key stands for in the first of `contexts` that binds it.
    static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let action = byKey[context]?[key.binding] { return action }
        }
        return nil
    }

    static func action(for key: Key, in context: KeyContext = .main) -> Action? { byKey[context]?[key.binding] }

    /// How a message names the key of `action` in `context` (its first key), so that a key
    /// rebound here is named right everywhere: `+`, `⌫`, `Esc`.
    static func keyName(_ action: Action, in context: KeyContext = .main, _ language: Language) -> String {
        guard let key = specs(in: context).first(where: { $0.action == action })?.keys(language).first else { return "" }
        // Backspace as most keyboards label it: a message says it in a sentence.
        return key == .backspace ? "⌫" : key.name(language)
    }

    static func specs(in context: KeyContext) -> [ActionSpec] { all.filter { $0.context == context } }

    static func spec(for action: Action, in context: KeyContext = .main) -> ActionSpec {
        all.first { $0.action == action && $0.context == context }!
    }

    /// What the help and the README call each context.
    static func title(of context: KeyContext) -> LocalizedText {
        switch context {
        case .main: return LocalizedText(fr: "Écran principal", en: "Main screen")
        case .scrollBox: return LocalizedText(fr: "Dans l’aide, les détails et les simulations", en: "In the help, the details and the what-ifs")
        case .boxSearch: return LocalizedText(fr: "Dans la recherche de l’aide ou des détails (/)", en: "In the search of the help or the details (/)")
        case .details: return LocalizedText(fr: "Dans les détails d’une activité (Entrée)", en: "In the details of an activity (Enter)")
        case .whatIfs: return LocalizedText(fr: "Dans le panneau des simulations (w)", en: "In the what-if panel (w)")
        case .picker: return LocalizedText(fr: "Dans une liste de choix (r, a, t, p, C, P)", en: "In a picker (r, a, t, p, C, P)")
        case .pickerFilter: return LocalizedText(fr: "Dans la ligne de filtre d’une liste (/)", en: "In a picker’s filter line (/)")
        case .prompt: return LocalizedText(fr: "Dans une invite (/ recherche, e export, S scénario, % avancement)", en: "In a prompt (/ search, e export, S scenario, % progress)")
        case .lineEditor: return LocalizedText(fr: "Édition d’une ligne (invites, filtre d’une liste)", en: "Editing a line (prompts, a picker’s filter)")
        case .question: return LocalizedText(fr: "À une question (o/n)", en: "At a question (y/n)")
        case .fileChanged: return LocalizedText(fr: "Quand le fichier a changé sur le disque avant W", en: "When the file changed on disk before W")
        }
    }

    private static func spec(_ context: KeyContext, _ action: Action, _ keys: [Key], _ group: ActionSpec.Group,
                             _ fr: String, _ en: String, bar: (String, String)? = nil, on views: Set<ViewKind>? = nil) -> ActionSpec {
        ActionSpec(action: action, context: context, keys: keys, group: group, help: LocalizedText(fr: fr, en: en),
                   bar: bar.map { LocalizedText(fr: $0.0, en: $0.1) }, views: views)
    }

    /// The export formats by name, from the export table: every format (nil), or a view's.
    private static func formats(_ language: Language, of view: ViewKind? = nil) -> String {
        (view.map(Exporter.formats(of:)) ?? ExportFormat.allCases).map { $0.name(language) }.joined(separator: ", ")
    }
}
