import RoadmapModel

/// What the explorer says on its status line, its boxes' titles and its questions, in both
/// languages. The keys a message names are given by the caller, as the explorer's action table
/// writes them (this layer knows no keys), so that a key rebound there is named right here too.
extension Vocabulary {
    private func plural(_ n: Int, _ fr: String, _ en: String) -> String { n > 1 ? fr : en }

    // MARK: Selection

    public var noTeamSelected: String { t("Aucune équipe choisie.", "No team selected.") }
    public var noActivitySelected: String { t("Aucune activité choisie.", "No activity selected.") }
    /// No activity row left by the filters; `clear` is the key that clears them.
    public func noActivityShown(clear: String) -> String {
        t("Aucune activité affichée : rien n’est choisi (\(clear) efface les filtres).", "No activity shown: nothing is selected (\(clear) clears the filters).")
    }
    /// A page without activity rows; `roadmap` is the key of the roadmap view.
    public func noActivityInThisView(roadmap: String) -> String {
        t("Aucune activité choisie dans cette vue (\(roadmap) : la feuille de route).", "No activity selected in this view (\(roadmap): the roadmap).")
    }

    // MARK: Order, months, folds

    public var orderNotRecorded: String { t(" (le fichier n’enregistre pas cet ordre)", " (the file does not record this order)") }
    public func monthsScrollOnlyInRoadmap(back: String, forward: String, roadmap: String) -> String {
        t("\(back) \(forward) font défiler les mois de la feuille de route (\(roadmap)).", "\(back) \(forward) scroll the months of the roadmap view (\(roadmap)).")
    }
    public func everyMonthShown(wider: String) -> String {
        t("Tous les mois sont affichés ; \(wider) les élargit.", "Every month is shown; \(wider) makes them wider.")
    }
    public func zoomOnlyInRoadmap(narrower: String, wider: String, roadmap: String) -> String {
        t("\(narrower) \(wider) règlent la largeur des mois de la feuille de route (\(roadmap)).", "\(narrower) \(wider) set the width of the roadmap view's months (\(roadmap)).")
    }
    public var monthsWidest: String { t("Mois déjà au plus large.", "Months already at their widest.") }
    public var monthsCompressed: String { t("Mois déjà comprimés.", "Months already compressed.") }
    /// After `<` or `>`: the months' width now (nil: as wide as the screen allows), and the keys
    /// for the months that do not show.
    public func monthsWidth(columns: Int?, compressed: Bool, others: (back: String, forward: String)?) -> String {
        var width = ""
        if compressed { width = t("comprimés", "compressed") }
        else if let n = columns { width = t("\(n) colonne\(n > 1 ? "s" : "") par mois", "\(n) column\(n > 1 ? "s" : "") a month") }
        let rest = others.map { t(" · \($0.back) \($0.forward) pour les autres", " · \($0.back) \($0.forward) for the others") } ?? ""
        return t("Mois : ", "Months: ") + width + rest
    }
    /// `f` where nothing folds; the keys of the pages whose headings fold.
    public func nothingToFold(areas: String, subcommittees: [String]) -> String {
        let list = subcommittees.joined(separator: ", ")
        return t("Rien à plier ici : les domaines (\(areas)) et les sous-comités (\(list)) se plient.",
                   "Nothing to fold here: areas (\(areas)) and sub-committees (\(list)) fold.")
    }

    // MARK: Search

    public func noSearch(search: String) -> String { t("Aucune recherche : tapez \(search) d’abord.", "No search: type \(search) first.") }
    public var noMatch: String { t("Aucun résultat.", "No match.") }

    // MARK: Dependencies

    public func backOnlyInDependencies(back: String, dependencies: String) -> String {
        t("\(back) revient en arrière dans la vue des dépendances (\(dependencies)).", "\(back) goes back in the dependencies view (\(dependencies)).")
    }
    public var startOfHistory: String { t("Début de l’historique : rien avant.", "Start of the history: nothing before.") }
    public var allDependencies: String { t("Toutes les dépendances", "All dependencies") }
    public func criticalCount(_ n: Int) -> String { t("\(n) critique\(n > 1 ? "s" : "")", "\(n) critical") }

    // MARK: Filters and what-ifs

    public var filtersCleared: String { t("Filtres effacés.", "Filters cleared.") }
    public var noFilterToClear: String { t("Aucun filtre à effacer.", "No filter to clear.") }
    public func whatIfsStay(reset: String) -> String {
        t("Les simulations restent (\(reset) les retire).", "The what-ifs stay (\(reset) removes them).")
    }
    public var noWhatIfToRemove: String { t("Aucune simulation à retirer.", "No what-if to remove.") }
    public func whatIfsRemoved(_ n: Int, undo: String) -> String {
        n > 1 ? t("\(n) simulations retirées (\(undo) les rétablit).", "\(n) what-ifs removed (\(undo) brings them back).")
            : t("1 simulation retirée (\(undo) la rétablit).", "1 what-if removed (\(undo) brings it back).")
    }
    public var nothingToUndo: String { t("Rien à annuler.", "Nothing to undo.") }
    public var whatIfUndone: String { t("Simulation annulée.", "What-if undone.") }
    public func whatIfsBroughtBack(_ n: Int) -> String {
        t("\(n) simulation\(n > 1 ? "s rétablies" : " rétablie").", "\(n) what-if\(n == 1 ? "" : "s") brought back.")
    }
    public func activitiesMoved(_ n: Int) -> String {
        t("\(n) activité\(plural(n, "s", "")) déplacée\(plural(n, "s", ""))", "\(n) activit\(n == 1 ? "y" : "ies") moved")
    }
    public var criticalPathChanged: String { t("chemin critique modifié", "critical path changed") }
    /// The reminder at the head of the status line while a what-if can be taken back.
    public func whatIfReminder(undo: String) -> String { t("[simulation, \(undo) annule] ", "[what-if, \(undo) undoes] ") }

    // MARK: Files

    public func viewExported(to path: String) -> String { t("Vue exportée dans ", "View exported to ") + path }
    public var isOpenRoadmap: String { t("c’est la feuille de route ouverte ; choisissez un autre nom", "that is the open roadmap; choose another name") }
    public var scenarioNotSaved: String { t("Scénario non enregistré : ", "Scenario not saved: ") }
    public func scenarioSaved(_ name: String, to path: String) -> String {
        t("Scénario « \(name) » enregistré dans \(path)", "Scenario “\(name)” saved to \(path)")
    }
    public func reloaded(_ file: String) -> String { t("\(file) rechargé.", "\(file) reloaded.") }
    public func whatIfsDropped(_ n: Int) -> String {
        t("Simulation\(plural(n, "s", "")) retirée\(plural(n, "s", "")) (activité disparue du fichier) : ",
            "What-if\(plural(n, "s", "")) dropped (activity no longer in the file): ")
    }
    public var builtInRoadmap: String { t("feuille de route intégrée", "built-in roadmap") }

    // MARK: Screen

    public func terminalTooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int, quit: String) -> String {
        t("Terminal trop petit (\(width)×\(height)) : il faut au moins \(minimumWidth)×\(minimumHeight). \(quit) pour quitter.",
            "Terminal too small (\(width)×\(height)): needs at least \(minimumWidth)×\(minimumHeight). \(quit) to quit.")
    }
    /// The title of a box, with the keys that close it and, when it has one, what else it does.
    public func boxTitle(_ name: String, close: String, also: String? = nil) -> String {
        t("\(name) — \(close) pour fermer", "\(name) — \(close) to close") + (also.map { ", " + $0 } ?? "")
    }
    public var helpTitle: String { t("Aide", "Help") }
    public var detailsTitle: String { t("Détails", "Details") }
    public var teamTitle: String { t("Équipe", "Team") }
    public var whatIfsTitle: String { t("Simulations", "What-ifs") }
    public func keyFor(_ key: String, _ what: String) -> String { t("\(key) pour \(what)", "\(key) \(what)") }
    public var forDependencies: String { t("les dépendances", "for dependencies") }
    public var toExport: String { t("exporter", "to export") }
    public var moreKeys: String { t("Autres", "More") }
}

extension Vocabulary {
    /// The label of the help's and the details' search line.
    public var searchBox: String { language == .fr ? "Rechercher dans le texte : " : "Search the text: " }
}

extension Vocabulary {
    /// `S` with no what-if in force.
    public func noWhatIfToSave(delay: String, advance: String) -> String {
        language == .fr ? "Aucune simulation à enregistrer : \(delay) et \(advance) en font une sur l’activité choisie."
            : "No what-if to save: \(delay) and \(advance) make one on the selected activity."
    }

    /// The roadmap file changed on disk and no longer loads: how many errors, the first one
    /// located (nil when unknown), and that the last good version stays on screen.
    public func reloadProblem(_ file: String, errors: Int, first: String?) -> String {
        let fr = language == .fr
        let count = fr ? "\(errors) erreur\(errors > 1 ? "s" : "")" : "\(errors) error\(errors > 1 ? "s" : "")"
        guard let first else {
            return fr ? "\(file) modifié : \(count) (roadmap validate) ; la dernière version valide reste affichée."
                : "\(file) changed: \(count) (roadmap validate); the last good version stays on screen."
        }
        let which = errors > 1 ? (fr ? "la première : " : "the first: ") : ""
        return fr ? "\(file) modifié : \(count), \(which)\(first) — la dernière version valide reste affichée."
            : "\(file) changed: \(count), \(which)\(first) — the last good version stays on screen."
    }
}

extension Vocabulary {
    /// After `y`/`Y`: what went to the terminal's clipboard.
    public func copiedToClipboard(lines: Int, format: String) -> String {
        language == .fr
            ? "\(lines) ligne\(lines > 1 ? "s" : "") copiée\(lines > 1 ? "s" : "") dans le presse-papiers (\(format), OSC 52 ; dans tmux : set-clipboard on)."
            : "\(lines) line\(lines == 1 ? "" : "s") copied to the clipboard (\(format), OSC 52; in tmux: set-clipboard on)."
    }
}

extension Vocabulary {
    /// After the notes key.
    public func notesShownNow(key: String) -> String {
        language == .fr ? "Notes de provenance affichées sous les valeurs (\(key) les masque)." : "Provenance notes shown under the values (\(key) hides them)."
    }
    public func notesHiddenNow(key: String) -> String {
        language == .fr ? "Notes de provenance masquées (\(key) les affiche)." : "Provenance notes hidden (\(key) shows them)."
    }
}
