import RoadmapModel

/// The words of `roadmap diff` and of the baseline comparison, in both languages.
extension Vocabulary {
    private func say(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public var diffTitle: String { say("Comparaison de deux versions de la feuille de route", "Comparison of two versions of the roadmap") }
    public var diffOld: String { say("Ancienne version", "Old version") }
    public var diffNew: String { say("Nouvelle version", "New version") }
    public var diffSame: String {
        say("Aucune différence : mêmes activités, mêmes dépendances, même calendrier.",
            "No difference: the same activities, dependencies and schedule.")
    }
    public func diffSummary(added: Int, removed: Int, changed: Int, links: Int) -> String {
        say("Activités : \(added) ajoutée\(added > 1 ? "s" : ""), \(removed) retirée\(removed > 1 ? "s" : ""), \(changed) modifiée\(changed > 1 ? "s" : "") · dépendances : \(links) différence\(links > 1 ? "s" : "")",
            "Activities: \(added) added, \(removed) removed, \(changed) changed · dependencies: \(links) difference\(links == 1 ? "" : "s")")
    }
    public var diffAdded: String { say("Activités ajoutées", "Activities added") }
    public var diffRemoved: String { say("Activités retirées", "Activities removed") }
    public var diffChanged: String { say("Activités modifiées", "Activities changed") }
    public var diffDependencies: String { say("Dépendances", "Dependencies") }
    public var diffDependencyAdded: String { say("ajoutée", "added") }
    public var diffDependencyRemoved: String { say("retirée", "removed") }
    public var diffDependencyChanged: String { say("modifiée", "changed") }
    public var diffSchedule: String { say("Calendrier", "Schedule") }
    public var diffMoved: String { say("Activités dont les dates au plus tôt bougent", "Activities whose early dates moved") }
    public var diffNewlyCritical: String { say("Devenues critiques", "Newly critical") }
    /// Not "Plus critiques", which reads as "more critical".
    public var diffNoLongerCritical: String { say("Ne sont plus critiques", "No longer critical") }
    public var diffTeamCriticalPath: String { say("Équipes sur le chemin critique", "Teams on the critical path") }
    public var diffUnchanged: String { say("inchangé", "unchanged") }
    public var diffJoined: String { say("s’ajoutent", "joined") }
    public var diffLeft: String { say("en sortent", "left") }
    public var diffStart: String { say("début", "start") }
    public var diffCritical: String { say("critique", "critical") }
    public func diffMore(_ n: Int) -> String {
        say("(et \(n) autre\(n > 1 ? "s" : "") ; --format json les donne toutes)", "(and \(n) more; --format json lists them all)")
    }
    /// The schedule's scope: what "moved" compares.
    public var diffScheduleNote: String {
        say("Les dates au plus tôt de chaque version, selon ses propres dépendances (méthode du chemin critique) ; seules les activités présentes dans les deux versions sont comparées.",
            "Each version's early dates, by its own dependencies (critical path method); only the activities in both versions are compared.")
    }

    public func diffField(_ field: RoadmapDiff.Field) -> String {
        switch field {
        case .nameFr: return say("nom (fr)", "name (fr)")
        case .nameEn: return say("nom (en)", "name (en)")
        case .area: return area
        case .role: return role
        case .status: return status
        case .team: return team
        case .start: return say("début prévu", "planned start")
        case .finish: return say("fin prévue", "planned finish")
        case .percentComplete: return say("pourcentage achevé", "percent complete")
        case .actualStart: return say("début réel", "actual start")
        case .actualFinish: return say("fin réelle", "actual finish")
        }
    }
    public var diffProgress: String { say("Avancement", "Progress") }
    public func diffProgressCount(_ n: Int) -> String {
        say("avancement : \(n) activité\(n > 1 ? "s" : "")", "progress: \(n) activit\(n == 1 ? "y" : "ies")")
    }
    public var diffStarted: String { say("commencée", "started") }
    public var diffFinished: String { say("terminée", "finished") }
    public var diffWas: String { say("auparavant", "was") }
    public var diffStartRemoved: String { say("début réel retiré", "actual start removed") }
    public var diffFinishRemoved: String { say("fin réelle retirée", "actual finish removed") }
    public var diffNone: String { say("(aucune)", "(none)") }

    // The baseline (`--baseline OLD.json`).
    /// "the baseline's bar, v1.json (w lists the differences)".
    public func legendBaseline(_ name: String, screen: Bool = true) -> String {
        say("barre de la version de référence, \(name), là où elle diffère", "the baseline's bar, \(name), where it differs")
            + (screen ? say(" (w liste les différences)", " (w lists the differences)") : "")
    }
    public func againstBaseline(_ name: String) -> String {
        say("Par rapport à la version de référence (\(name))", "Against the baseline (\(name))")
    }
}
