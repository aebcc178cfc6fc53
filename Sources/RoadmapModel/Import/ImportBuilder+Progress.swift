/// The progress an imported plan states, made a roadmap's: the same rules as the format's
/// (`Validator+Progress.swift`), with what MS Project fills in itself filled in the same way and
/// marked inferred with a note, so that a plan another tool tracked opens rather than fails.
extension ImportBuilder {
    /// The task's progress on its activity. Nothing reported (0 % and no actual date, as MS
    /// Project writes every task not started) stays nothing. Work done without an actual start
    /// started at its planned start; 100 % without an actual finish ended at its planned finish;
    /// an actual finish without a percentage is 100 %.
    static func applyProgress(_ task: ImportedTask, to activity: inout Activity, inferred: inout [String], notes: inout [LocalizedText]) {
        let percent = task.percentComplete
        guard (percent ?? 0) != 0 || task.actualStart != nil || task.actualFinish != nil else { return }
        activity.percentComplete = percent
        activity.actualStart = task.actualStart
        activity.actualFinish = task.actualFinish
        if activity.actualFinish != nil, percent == nil {
            activity.percentComplete = 100
            inferred.append("percentComplete")
            notes.append(LocalizedText(fr: "Le fichier donne une fin réelle sans pourcentage : 100 %.",
                                       en: "The file gives an actual finish and no percentage: 100 %."))
        }
        if activity.percentComplete == 100, activity.actualFinish == nil {
            activity.actualFinish = activity.finish
            inferred.append("actualFinish")
            notes.append(LocalizedText(fr: "Achevée à 100 % sans fin réelle dans le fichier : la fin prévue, comme MS Project la remplit.",
                                       en: "100 % complete with no actual finish in the file: the planned finish, as MS Project fills it in."))
        }
        if activity.actualStart == nil {
            activity.actualStart = min(activity.start, activity.actualFinish ?? activity.start)
            inferred.append("actualStart")
            notes.append(LocalizedText(fr: "Du travail fait sans début réel dans le fichier : le début prévu, comme MS Project le remplit.",
                                       en: "Work done with no actual start in the file: the planned start, as MS Project fills it in."))
        }
    }

    /// The plan's status date; when it states none but reports progress, the latest actual
    /// month, said in a warning (located at the first task with progress) and in the source
    /// note, since a forecast needs one.
    static func statusDate(_ plan: ImportedPlan, _ activities: [Activity], _ tasks: [ImportedTask], meta: inout Meta,
                           findings: inout [Diagnostic]) -> Month? {
        if let stated = plan.statusDate { return stated }
        guard let first = activities.firstIndex(where: \.hasProgress) else { return nil }
        var latest = activities[first].actualStart ?? activities[first].start
        for activity in activities {
            if let start = activity.actualStart { latest = max(latest, start) }
            if let finish = activity.actualFinish { latest = max(latest, finish) }
        }
        let what = plan.format == .csv ? "column \"status_date\"" : "StatusDate"
        findings.append(Diagnostic(.warning, at: .named(what),
                                   "the file reports progress but gives no status date: \(latest), its latest actual month, is taken as one",
                                   line: tasks[first].place.line, column: tasks[first].place.column))
        let source = meta.source ?? LocalizedText("")
        meta.source = LocalizedText(
            fr: source.fr + " ; le fichier ne donne pas de date d’état : \(latest), son dernier mois réel, en tient lieu (par inférence)",
            en: source.en + "; the file gives no status date: \(latest), its latest actual month, stands for it (inferred)")
        return latest
    }
}
