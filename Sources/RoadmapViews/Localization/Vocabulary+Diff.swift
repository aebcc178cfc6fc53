import RoadmapModel

/// The words of `roadmap diff` and of the baseline comparison, in both languages.
extension Vocabulary {

    public var diffTitle: String { t("Comparaison de deux versions de la feuille de route", "Comparison of two versions of the roadmap") }
    public var diffOld: String { t("Ancienne version", "Old version") }
    public var diffNew: String { t("Nouvelle version", "New version") }
    public var diffSame: String {
        t("Aucune différence : mêmes activités, mêmes dépendances, même calendrier.",
            "No difference: the same activities, dependencies and schedule.")
    }
    public func diffSummary(added: Int, removed: Int, changed: Int, links: Int) -> String {
        t("Activités : \(added) ajoutée\(added > 1 ? "s" : ""), \(removed) retirée\(removed > 1 ? "s" : ""), \(changed) modifiée\(changed > 1 ? "s" : "") · dépendances : \(links) différence\(links > 1 ? "s" : "")",
            "Activities: \(added) added, \(removed) removed, \(changed) changed · dependencies: \(links) difference\(links == 1 ? "" : "s")")
    }
    public var diffAdded: String { t("Activités ajoutées", "Activities added") }
    public var diffRemoved: String { t("Activités retirées", "Activities removed") }
    public var diffChanged: String { t("Activités modifiées", "Activities changed") }
    public var diffDependencies: String { t("Dépendances", "Dependencies") }
    public var diffDependencyAdded: String { t("ajoutée", "added") }
    public var diffDependencyRemoved: String { t("retirée", "removed") }
    public var diffDependencyChanged: String { t("modifiée", "changed") }
    public var diffSchedule: String { t("Calendrier", "Schedule") }
    public var diffMoved: String { t("Activités dont les dates au plus tôt bougent", "Activities whose early dates moved") }
    public var diffNewlyCritical: String { t("Devenues critiques", "Newly critical") }
    /// Not "Plus critiques", which reads as "more critical".
    public var diffNoLongerCritical: String { t("Ne sont plus critiques", "No longer critical") }
    public var diffTeamCriticalPath: String { t("Équipes sur le chemin critique", "Teams on the critical path") }
    public var diffUnchanged: String { t("inchangé", "unchanged") }
    public var diffJoined: String { t("s’ajoutent", "joined") }
    public var diffLeft: String { t("en sortent", "left") }
    public var diffStart: String { t("début", "start") }
    public var diffCritical: String { t("critique", "critical") }
    public func diffMore(_ n: Int) -> String {
        t("(et \(n) autre\(n > 1 ? "s" : "") ; --format json les donne toutes)", "(and \(n) more; --format json lists them all)")
    }
    /// The schedule's scope: what "moved" compares.
    public var diffScheduleNote: String {
        t("Les dates au plus tôt de chaque version, selon ses propres dépendances (méthode du chemin critique) ; seules les activités présentes dans les deux versions sont comparées.",
            "Each version's early dates, by its own dependencies (critical path method); only the activities in both versions are compared.")
    }

    public func diffField(_ field: RoadmapDiff.Field) -> String {
        switch field {
        case .nameFr: return t("nom (fr)", "name (fr)")
        case .nameEn: return t("nom (en)", "name (en)")
        case .area: return area
        case .role: return role
        case .status: return status
        case .team: return team
        case .start: return t("début prévu", "planned start")
        case .finish: return t("fin prévue", "planned finish")
        case .percentComplete: return t("pourcentage achevé", "percent complete")
        case .actualStart: return t("début réel", "actual start")
        case .actualFinish: return t("fin réelle", "actual finish")
        }
    }
    public var diffProgress: String { t("Avancement", "Progress") }
    public func diffProgressCount(_ n: Int) -> String {
        t("avancement : \(n) activité\(n > 1 ? "s" : "")", "progress: \(n) activit\(n == 1 ? "y" : "ies")")
    }
    public var diffStarted: String { t("commencée", "started") }
    public var diffFinished: String { t("terminée", "finished") }
    public var diffWas: String { t("auparavant", "was") }
    public var diffStartRemoved: String { t("début réel retiré", "actual start removed") }
    public var diffFinishRemoved: String { t("fin réelle retirée", "actual finish removed") }
    public var diffNone: String { t("(aucune)", "(none)") }

    // The baseline (`--baseline OLD.json`).
    /// "the baseline's bar, v1.json (w lists the differences)".
    public func legendBaseline(_ name: String, screen: Bool = true) -> String {
        t("barre de la version de référence, \(name), là où elle diffère", "the baseline's bar, \(name), where it differs")
            + (screen ? t(" (w liste les différences)", " (w lists the differences)") : "")
    }
    public func againstBaseline(_ name: String) -> String {
        t("Par rapport à la version de référence (\(name))", "Against the baseline (\(name))")
    }
}
