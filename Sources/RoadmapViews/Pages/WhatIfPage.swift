import RoadmapModel

/// What the what-ifs changed: the delays in force, the finish before and after, every
/// activity whose dates moved (before → after, and whether a what-if moved it or a
/// dependency carried the move), the activities newly critical and those no longer critical.
/// "Before" is the schedule of the file's dates; "after" adds the what-ifs. The explorer shows
/// it in a panel (`w`); `roadmap export --view what-ifs` writes it.
public enum WhatIfPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let words = Vocabulary(state.language)
        let fr = state.language == .fr
        let header = PageHeader.make(scheduled, state, width: width, pageName: name(state.language))
        var writer = Writer(width: width)
        let roadmap = scheduled.roadmap
        let before = scheduled.baseline, after = scheduled.schedule
        guard !scheduled.delays.isEmpty else {
            writer.paragraph(fr ? "Aucune simulation : + retarde l’activité choisie d’un mois, - l’avance."
                                : "No what-if: + delays the selected activity one month, - advances it.", style: .muted)
            return writer.page(header: header)
        }
        let change = ScheduleChange(from: before, to: after)

        writer.heading(fr ? "Simulations" : "What-ifs", level: 2)
        for (activity, months) in scheduled.delays.sorted(by: { $0.key < $1.key }) {
            let id = roadmap.activities[activity].id
            writer.paragraph("\(id) \(months > 0 ? "+" : "")\(words.months(months)) — \(roadmap.activities[activity].name[state.language])",
                             indent: 2, activity: activity)
        }

        writer.heading(words.finish.capitalizedFirst, level: 2)
        let delta = change.finishDelta
        var finish = "\(words.monthAndYear(before.projectFinishMonth)) → \(words.monthAndYear(after.projectFinishMonth))"
        finish += delta == 0 ? (fr ? " (inchangée)" : " (unchanged)") : " (\(delta > 0 ? "+" : "")\(words.months(delta)))"
        writer.paragraph(finish, indent: 2, style: CellStyle(delta > 0 ? .warning : .plain, bold: true))

        writer.heading((fr ? "Activités déplacées" : "Activities moved") + " (\(change.moved.count))", level: 2)
        if change.moved.isEmpty { writer.paragraph(words.nothing, indent: 2, style: .muted) }
        for move in change.moved {
            let i = move.activity
            let activity = roadmap.activities[i]
            let cause = scheduled.delays[i].map { fr ? "simulation \($0 > 0 ? "+" : "")\($0)" : "what-if \($0 > 0 ? "+" : "")\($0)" }
                ?? (fr ? "par ses dépendances" : "through its dependencies")
            let dates = "\(range(before, i)) → \(range(after, i)) (\(move.startDelta > 0 ? "+" : "")\(words.months(move.startDelta)))"
            writer.paragraph("\(activity.id) — \(activity.name[state.language])", indent: 2,
                             prefix: after.isCritical(i) ? "\(RoadmapPage.Mark.critical) " : "  ",
                             style: CellStyle(after.isCritical(i) ? .critical : .plain), activity: i)
            writer.paragraph(dates + " · " + cause, indent: 6, style: .muted, activity: i)
        }

        list(&writer, fr ? "Devenues critiques" : "Newly critical", change.becameCritical, scheduled, state.language, words)
        list(&writer, fr ? "Plus critiques" : "No longer critical", change.leftCriticalPath, scheduled, state.language, words)

        writer.blank()
        writer.paragraph(fr ? "Avant : le calendrier des dates du fichier et de ses dépendances ; après : le même avec les simulations (jamais enregistrées)."
                            : "Before: the schedule of the file’s dates and dependencies; after: the same with the what-ifs (never saved).",
                         style: .muted)
        return writer.page(header: header)
    }

    public static func name(_ language: Language) -> String { language == .fr ? "Simulations" : "What-ifs" }

    private static func range(_ schedule: Schedule, _ i: Int) -> String {
        "\(schedule.month(schedule.earlyStart[i])) – \(schedule.lastMonth(schedule.earlyFinish[i]))"
    }

    private static func list(_ writer: inout Writer, _ title: String, _ activities: [Int], _ scheduled: ScheduledRoadmap,
                             _ language: Language, _ words: Vocabulary) {
        writer.heading(title + " (\(activities.count))", level: 2)
        if activities.isEmpty { writer.paragraph(words.nothing, indent: 2, style: .muted) }
        for i in activities {
            let activity = scheduled.roadmap.activities[i]
            writer.paragraph("\(activity.id) — \(activity.name[language])", indent: 2, activity: i)
        }
    }
}
