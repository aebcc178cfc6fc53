import RoadmapModel

/// The words of progress: the status date, done, under way, behind, the forecast — on the
/// pages, in the exports and in the explorer's prompts.
extension Vocabulary {

    public var statusDate: String { t("date d’état", "status date") }
    public var forecast: String { t("prévision", "forecast") }
    public var forecastFinish: String { t("fin prévue selon l’avancement", "forecast finish") }
    public var plannedFinish: String { t("fin prévue au plan", "planned finish") }
    public var actual: String { t("réel", "actual") }
    public var progressWord: String { t("avancement", "progress") }
    public var behind: String { t("en retard", "behind") }
    public var behindOnly: String { t("en retard seulement", "behind only") }
    public var percentComplete: String { t("achevé", "complete") }

    public func progressState(_ state: ScheduleProgress.State) -> String {
        switch state {
        case .notStarted: return t("pas commencée", "not started")
        case .started: return t("en marche", "under way")
        case .finished: return t("terminée", "finished")
        }
    }

    /// "40 %", with the space French and English style guides both take before the sign here.
    public func percent(_ value: Int) -> String { t("\(value) %", "\(value) %") }

    /// The header's progress: "status date Mar 2017 · forecast finish Jun 2018 (+3 months on the plan)".
    public func statusAndForecast(status: Month, forecast: Month, planned: Month) -> String {
        let delta = forecast - planned
        let drift = delta == 0 ? t(" (comme au plan)", " (as planned)")
            : t(" (\(delta > 0 ? "+" : "")\(months(delta)) sur le plan)", " (\(delta > 0 ? "+" : "")\(months(delta)) on the plan)")
        return statusDate.capitalizedFirst + " " + monthAndYear(status) + " · " + forecastFinish + " " + monthAndYear(forecast) + drift
    }

    /// A short form when room is short: "Status Mar 2017 · forecast Jun 2018".
    public func statusAndForecastShort(status: Month, forecast: Month) -> String {
        t("État ", "Status ") + monthAndYear(status) + " · " + self.forecast + " " + monthAndYear(forecast)
    }

    /// The legend's entries for the marks progress brings.
    public var legendDone: String { t("fait (l’avancement déclaré)", "done (the progress reported)") }
    public var legendStatusDate: String { t("date d’état", "status date") }
    public var legendBehind: String { t("en retard : fin prévue après celle du plan, ou pas commencée à la date d’état",
                                        "behind: forecast finish after the planned one, or not started by the status date") }

    /// "entered by a person on 2017-04-03 14:05 UTC".
    public func enteredByAPerson(_ time: String?) -> String {
        guard let time, time.count >= 16 else { return t("saisi par une personne", "entered by a person") }
        let shown = String(time.prefix(10)) + " " + String(time.dropFirst(11).prefix(5)) + " UTC"
        return t("saisi par une personne le \(shown)", "entered by a person on \(shown)")
    }

    /// What an activity's progress says in a line: "40 % · started Nov 2016 · under way".
    public func progressSummary(_ activity: Activity, state: ScheduleProgress.State) -> String {
        var parts: [String] = []
        parts.append(percent(activity.percentComplete ?? (state == .finished ? 100 : 0)) + " " + percentComplete)
        if let start = activity.actualStart { parts.append(t("commencée ", "started ") + monthAndYear(start)) }
        if let finish = activity.actualFinish { parts.append(t("terminée ", "finished ") + monthAndYear(finish)) }
        if state != .finished { parts.append(progressState(state)) }
        return parts.joined(separator: " · ")
    }

    // MARK: - The explorer's progress

    /// The status line's reminder while the last step `u` takes back is a progress entry.
    public func progressReminder(undo: String, write: String) -> String {
        t("[avancement non écrit : \(undo) annule, \(write) écrit] ", "[progress not written: \(undo) undoes, \(write) writes] ")
    }

    /// "Progress of Cloud as of Jun 2017 (PERCENT [START [FINISH]], YYYY-MM): ".
    public func progressPromptLabel(_ name: String, status: Month) -> String {
        t("Avancement de \(name) au \(monthAndYear(status)) (POURCENT [DÉBUT [FIN]] réels, AAAA-MM) : ",
          "Progress of \(name) as of \(monthAndYear(status)) (PERCENT [START [FINISH]] actual, YYYY-MM): ")
    }
    public var statusDatePromptLabel: String { t("Date d’état, le mois où l’avancement est arrêté (AAAA-MM) : ", "Status date, the month progress is reported to (YYYY-MM): ") }
    public var noStatusDateYet: String {
        t("La feuille de route n’a pas de date d’état : l’avancement se déclare à une date ; tapez-la d’abord.",
          "The roadmap has no status date: progress is reported as of one; type it first.")
    }
    public func notAMonth(_ text: String) -> String {
        t("« \(text) » n’est pas un mois : AAAA-MM (p. ex. 2017-03).", "\"\(text)\" is not a month: YYYY-MM (e.g. 2017-03).")
    }
    /// "actual start taken as 2016-10, the planned start".
    public func filledIn(_ field: String, _ month: Month, _ reason: String) -> String {
        field == "actualStart" ? t("début réel pris à \(month), \(reason)", "actual start taken as \(month), \(reason)")
            : t("fin réelle prise à \(month), \(reason)", "actual finish taken as \(month), \(reason)")
    }
    public func behindCount(_ n: Int) -> String { t("\(n) en retard", "\(n) behind") }
    /// "not written: 2 entries (W writes them)", or "written" when none waits.
    public func notWritten(_ n: Int, write: String) -> String {
        n == 0 ? t("tout est écrit", "all written")
            : t("non écrit : \(n) saisie\(n > 1 ? "s" : "") (\(write) écrit)", "not written: \(n) entr\(n == 1 ? "y" : "ies") (\(write) writes)")
    }
    public var progressUndone: String { t("Saisie d’avancement annulée", "Progress entry taken back") }
    public var cannotUndoProgress: String { t("Impossible d’annuler cette saisie : ", "Cannot take this entry back: ") }
    public func nothingBehindWithoutStatusDate(_ key: String) -> String {
        t("Sans date d’état, rien n’est en retard (\(key) saisit l’avancement).", "Without a status date nothing is behind (\(key) enters progress).")
    }
    public func noProgressToWrite(_ key: String) -> String {
        t("Aucun avancement à écrire (\(key) en saisit).", "No progress to write (\(key) enters some).")
    }
    public var noFileToWriteProgress: String {
        t("La feuille de route ne vient pas d’un fichier de feuille de route : écrivez-la ailleurs.",
          "The roadmap did not come from a roadmap file: write it elsewhere.")
    }
    public var typeAFileName: String { t("Tapez un nom de fichier.", "Type a file name.") }
    public var thatIsTheFileRead: String {
        t("C’est le fichier lu : W l’écrit ; ici, un autre nom.", "That is the file read: W writes it; here, another name.")
    }
    public var notRewritten: String {
        t("Rien d’écrit : le fichier n’est pas sous sa forme canonique (roadmap fmt --write la lui donne).",
          "Nothing written: the file is not in canonical form (roadmap fmt --write puts it so).")
    }
    /// "2 progress entries written to plan.json", "… to other.json (plan.json unchanged)".
    public func progressWritten(_ n: Int, to path: String, elsewhere: Bool, read: String?) -> String {
        let what = t("\(n) saisie\(n > 1 ? "s" : "") d’avancement écrite\(n > 1 ? "s" : "") dans \(path)", "\(n) progress entr\(n == 1 ? "y" : "ies") written to \(path)")
        guard elsewhere, let read else { return what }
        return what + t(" (\(read) est inchangé)", " (\(read) unchanged)")
    }
    public func entryActivityGone(_ id: String) -> String {
        t("l’activité \(id) d’une saisie n’est plus dans le fichier", "the activity \(id) of an entry is no longer in the file")
    }
    public var fileChangedUnderProgress: String {
        t("le fichier a changé sur le disque ; votre avancement n’est pas écrit : W demande quoi faire",
          "the file changed on disk; your progress is not written: W asks what to do")
    }
    public func reloadedKeeping(_ n: Int, _ file: String) -> String {
        t("\(file) relu ; \(n) saisie\(n > 1 ? "s" : "") remise\(n > 1 ? "s" : "") par-dessus, non écrite\(n > 1 ? "s" : "")",
          "\(file) read again; \(n) entr\(n == 1 ? "y" : "ies") put back over it, not written")
    }
    public func cannotReapply(_ why: String) -> String {
        t("Vos saisies ne s’appliquent pas à la nouvelle version (\(why)) : rien n’est relu ; o écrase, w écrit ailleurs.",
          "Your entries do not apply to the new version (\(why)): nothing reloaded; o overwrites, w writes elsewhere.")
    }
}
