import RoadmapModel

/// What the what-ifs changed: the delays in force, the finish before and after, every
/// activity whose dates moved (before → after, and whether a what-if moved it or a
/// dependency carried the move), the activities newly critical and those no longer critical.
/// "Before" is the schedule of the file's dates; "after" adds the what-ifs. The explorer shows
/// it in a panel (`w`); `roadmap export --view what-ifs` writes it. Rows are drawn on demand:
/// a what-if early in a large network moves tens of thousands of activities.
public enum WhatIfPage {
    enum Row: Sendable {
        case heading(String)
        case delay(Int, months: Int)
        case finish(String, late: Bool)
        case moved(ScheduleChange.Move)
        case movedDates(ScheduleChange.Move)
        case listed(Int)
        case text(String)
        /// A line of the comparison with the baseline version, at its depth.
        case compared(String, depth: Int)
        case blank
    }

    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let words = Vocabulary(state.language)
        let language = state.language
        let fr = language == .fr
        let header = PageHeader.make(scheduled, state, width: width, pageName: name(language))
        let roadmap = scheduled.roadmap
        let before = scheduled.baseline, after = scheduled.schedule
        var rows: [Row] = []
        var outline: [OutlineBlock] = []
        func wrapped(_ text: String) {
            outline.append(.paragraph(text, indent: 0, prefix: "", emphasis: false))
            for line in TextWidth.wrap(text, to: max(1, width)) { rows.append(.text(line)) }
        }
        func heading(_ text: String) {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.heading(text))
            outline.append(.heading(text, level: 2))
        }
        func item(_ text: String) { outline.append(.paragraph(text, indent: 2, prefix: "- ", emphasis: false)) }

        if scheduled.delays.isEmpty {
            // The same page is the explorer's panel and `roadmap export --view what-ifs`: both ways in.
            wrapped(fr ? "Aucune simulation : dans l’explorateur, + retarde l’activité choisie d’un mois, - l’avance ; en ligne de commande, --delay ID=MOIS."
                       : "No what-if: in the explorer, + delays the selected activity one month, - advances it; on the command line, --delay ID=MONTHS.")
        } else {
            let change = ScheduleChange(from: before, to: after)
            heading(fr ? "Simulations" : "What-ifs")
            for (activity, months) in scheduled.delays.sorted(by: { $0.key < $1.key }) {
                rows.append(.delay(activity, months: months))
                item(delayText(activity, months, scheduled, words))
            }
            heading(words.finish.capitalizedFirst)
            let delta = change.finishDelta
            var finish = "\(words.monthAndYear(before.projectFinishMonth)) → \(words.monthAndYear(after.projectFinishMonth))"
            finish += delta == 0 ? (fr ? " (inchangée)" : " (unchanged)") : " (\(delta > 0 ? "+" : "")\(words.months(delta)))"
            rows.append(.finish(finish, late: delta > 0))
            item(finish)
            heading((fr ? "Activités déplacées" : "Activities moved") + " (\(change.moved.count))")
            if change.moved.isEmpty { rows.append(.text("  " + words.nothing)); item(words.nothing) }
            for move in change.moved {
                rows.append(.moved(move))
                rows.append(.movedDates(move))
                item(movedName(move.activity, roadmap, language) + " — " + movedDates(move, scheduled, words))
            }
            for (title, activities) in [(fr ? "Devenues critiques" : "Newly critical", change.becameCritical),
                                        (fr ? "Plus critiques" : "No longer critical", change.leftCriticalPath)] {
                heading(title + " (\(activities.count))")
                if activities.isEmpty { rows.append(.text("  " + words.nothing)); item(words.nothing) }
                for i in activities {
                    rows.append(.listed(i))
                    item(movedName(i, roadmap, language))
                }
            }
            rows.append(.blank)
            wrapped(fr ? "Avant : le calendrier des dates du fichier et de ses dépendances ; après : le même avec les simulations (jamais enregistrées)."
                       : "Before: the schedule of the file’s dates and dependencies; after: the same with the what-ifs (never saved).")
        }

        if let version = scheduled.baselineVersion {
            // The differences with another version of the file, what-ifs included: the same
            // comparison as `roadmap diff`, the baseline as the old side.
            let report = DiffReport(RoadmapDiff(old: version.old, new: scheduled), oldName: version.name, newName: "", language: language)
            heading(words.againstBaseline(Sanitized.inline(version.name, limit: 60)))
            wrapped(report.summary)
            for (depth, text) in report.lines {
                let indent = depth * 2
                if depth == 0 {
                    rows.append(.blank)
                    outline.append(.heading(text, level: 3))
                } else {
                    outline.append(.paragraph(text, indent: indent, prefix: "- ", emphasis: false))
                }
                for (k, line) in TextWidth.wrap(text, to: max(1, width - indent - 2)).enumerated() {
                    rows.append(.compared((k == 0 ? "" : "  ") + line, depth: depth))
                }
            }
        }

        let finalRows = rows
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .heading(text):
                canvas.put(text, x: 0, y: y, style: .heading)
            case let .delay(activity, months):
                canvas.put(delayText(activity, months, scheduled, words), x: 2, y: y)
            case let .finish(text, late):
                canvas.put(text, x: 2, y: y, style: CellStyle(late ? .warning : .plain, bold: true))
            case let .moved(move):
                let critical = after.isCritical(move.activity)
                if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 2, y: y, style: CellStyle(.critical, bold: true)) }
                canvas.put(movedName(move.activity, roadmap, language), x: 4, y: y, style: CellStyle(critical ? .critical : .plain))
            case let .movedDates(move):
                canvas.put(movedDates(move, scheduled, words), x: 6, y: y, style: .muted)
            case let .listed(activity):
                canvas.put(movedName(activity, roadmap, language), x: 2, y: y)
            case let .text(line):
                canvas.put(line, x: 0, y: y, style: .muted)
            case let .compared(line, depth):
                canvas.put(line, x: depth * 2, y: y, style: depth == 0 ? CellStyle(.plain, bold: true) : .plain)
            case .blank:
                break
            }
        }, activityForRow: { row in
            switch finalRows[row] {
            case let .delay(activity, _), let .listed(activity): return activity
            case let .moved(move): return move.activity
            default: return nil
            }
        }, outline: outline)
    }

    public static func name(_ language: Language) -> String { language == .fr ? "Simulations" : "What-ifs" }

    private static func delayText(_ activity: Int, _ months: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let a = scheduled.roadmap.activities[activity]
        return "\(Sanitized.inline(a.id)) \(months > 0 ? "+" : "")\(words.months(months)) — \(Sanitized.inline(a.name[words.language], limit: 200))"
    }

    private static func movedName(_ i: Int, _ roadmap: Roadmap, _ language: Language) -> String {
        let activity = roadmap.activities[i]
        return "\(Sanitized.inline(activity.id)) — \(Sanitized.inline(activity.name[language], limit: 200))"
    }

    /// "2016-10 – 2018-03 → 2016-11 – 2018-04 (+1 month) · what-if +1".
    private static func movedDates(_ move: ScheduleChange.Move, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let i = move.activity
        let fr = words.language == .fr
        let cause = scheduled.delays[i].map { fr ? "simulation \($0 > 0 ? "+" : "")\($0)" : "what-if \($0 > 0 ? "+" : "")\($0)" }
            ?? (fr ? "par ses dépendances" : "through its dependencies")
        let delta = move.startDelta != 0 ? move.startDelta : move.finishDelta
        return "\(range(scheduled.baseline, i)) → \(range(scheduled.schedule, i)) (\(delta > 0 ? "+" : "")\(words.months(delta))) · \(cause)"
    }

    private static func range(_ schedule: Schedule, _ i: Int) -> String {
        "\(schedule.month(schedule.earlyStart[i])) – \(schedule.lastMonth(schedule.earlyFinish[i]))"
    }
}
