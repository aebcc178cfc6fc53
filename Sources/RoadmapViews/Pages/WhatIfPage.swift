import RoadmapModel

/// What the what-ifs changed: the delays in force, the finish before and after, every
/// activity whose dates moved (before → after, and whether a what-if moved it or a
/// dependency carried the move), the activities newly critical and those no longer critical —
/// each activity by its name in the view's language, every line wrapped rather than cut.
/// "Before" is the schedule of the file's dates; "after" adds the what-ifs. The explorer shows
/// it in a panel (`w`); `roadmap export --view what-ifs` writes it. Rows are drawn on demand:
/// a what-if early in a large network moves tens of thousands of activities.
public enum WhatIfPage {
    enum Row: Sendable {
        case heading(String)
        /// A line of text at `indent`, standing for `activity` where it names one (its first line).
        case line(String, indent: Int, style: CellStyle, activity: Int?)
        /// A moved activity: its name's lines, then its dates', made when drawn (a move of tens
        /// of thousands of activities makes no strings until they are on screen).
        case moved(ScheduleChange.Move, line: Int)
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
        func lines(_ text: String, indent: Int, style: CellStyle = .plain, activity: Int? = nil) {
            // Continuation lines hang two columns in: every line fits with that.
            for (k, line) in Writer.wrap(text, to: max(1, width - indent - 2)).enumerated() {
                rows.append(.line(line, indent: k == 0 ? indent : indent + 2, style: style, activity: k == 0 ? activity : nil))
            }
        }
        func wrapped(_ text: String) {
            outline.append(.paragraph(text, indent: 0, prefix: "", emphasis: false))
            lines(text, indent: 0, style: .muted)
        }
        func heading(_ text: String) {
            if !rows.isEmpty { rows.append(.blank) }
            rows += Writer.wrap(text, to: max(1, width)).map(Row.heading)
            outline.append(.heading(text, level: 2))
        }
        func item(_ text: String) { outline.append(.paragraph(text, indent: 2, prefix: "- ", emphasis: false)) }

        if scheduled.delays.isEmpty {
            // On the screen, the ways to make one; a document only says there is none.
            wrapped(state.medium == .document
                ? (fr ? "Aucune simulation : le calendrier est celui des dates du fichier." : "No what-if: the schedule is the one of the file’s dates.")
                : (fr ? "Aucune simulation : dans l’explorateur, + retarde l’activité choisie d’un mois, - l’avance ; en ligne de commande, --delay ID=MOIS."
                      : "No what-if: in the explorer, + delays the selected activity one month, - advances it; on the command line, --delay ID=MONTHS."))
        } else {
            let change = ScheduleChange(from: before, to: after)
            heading(fr ? "Simulations" : "What-ifs")
            for (activity, months) in scheduled.delays.sorted(by: { $0.key < $1.key }) {
                let text = delayText(activity, months, scheduled, words)
                lines(text, indent: 2, activity: activity)
                item(text)
            }
            heading(words.finish.capitalizedFirst)
            let finish = words.finishChange(after.projectFinishMonth, by: change.finishDelta).capitalizedFirst
            lines(finish, indent: 2, style: CellStyle(change.finishDelta > 0 ? .warning : .plain, bold: true))
            item(finish)
            heading((fr ? "Activités déplacées" : "Activities moved") + " (\(change.moved.count))")
            if change.moved.isEmpty { lines(words.nothing, indent: 2); item(words.nothing) }
            for move in change.moved {
                let count = movedLines(move, scheduled, words, width: width).count
                for k in 0..<count { rows.append(.moved(move, line: k)) }
                item(Sanitized.text(roadmap.activities[move.activity].name[language]) + " — " + movedDates(move, scheduled, words))
            }
            for (title, activities) in [(words.diffNewlyCritical, change.becameCritical), (words.diffNoLongerCritical, change.leftCriticalPath)] {
                heading(title + " (\(activities.count))")
                if activities.isEmpty { lines(words.nothing, indent: 2); item(words.nothing) }
                for i in activities {
                    let name = Sanitized.text(roadmap.activities[i].name[language])
                    lines(name, indent: 2, activity: i)
                    item(name)
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
            heading(words.againstBaseline(state.medium == .document ? Sanitized.text(version.name) : Sanitized.inline(version.name, limit: 60)))
            wrapped(report.summary)
            for (depth, text) in report.lines {
                let indent = depth * 2
                if depth == 0 {
                    rows.append(.blank)
                    outline.append(.heading(text, level: 3))
                } else {
                    outline.append(.paragraph(text, indent: indent, prefix: "- ", emphasis: false))
                }
                lines(text, indent: indent, style: depth == 0 ? CellStyle(.plain, bold: true) : .plain)
            }
        }

        let finalRows = rows
        return Page(width: width, header: header, rowCount: rows.count, drawRow: { row, canvas, y in
            switch finalRows[row] {
            case let .heading(text):
                canvas.put(text, x: 0, y: y, style: .heading)
            case let .line(text, indent, style, _):
                canvas.put(text, x: indent, y: y, style: style)
            case let .moved(move, line):
                let critical = after.isCritical(move.activity)
                let lines = movedLines(move, scheduled, words, width: width)
                guard line < lines.count else { return }
                if line == 0 && critical { canvas.put(String(RoadmapPage.Mark.critical), x: 2, y: y, style: CellStyle(.critical, bold: true)) }
                let (text, indent, isName) = lines[line]
                canvas.put(text, x: indent, y: y, style: isName ? CellStyle(critical ? .critical : .plain) : .muted)
            case .blank:
                break
            }
        }, activityForRow: { row in
            switch finalRows[row] {
            case let .line(_, _, _, activity): return activity
            case let .moved(move, line): return line == 0 ? move.activity : nil
            default: return nil
            }
        }, outline: outline)
    }

    public static func name(_ language: Language) -> String { language == .fr ? "Simulations" : "What-ifs" }

    /// "Cloud architecture: +3 months".
    private static func delayText(_ activity: Int, _ months: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        Sanitized.text(scheduled.roadmap.activities[activity].name[words.language]) + words.colon + " " + (months > 0 ? "+" : "") + words.months(months)
    }

    /// A moved activity's lines: its name at 4 (after the ◆ column), then its dates at 6.
    private static func movedLines(_ move: ScheduleChange.Move, _ scheduled: ScheduledRoadmap, _ words: Vocabulary, width: Int)
        -> [(String, Int, Bool)] {
        let name = Sanitized.text(scheduled.roadmap.activities[move.activity].name[words.language])
        return Writer.wrap(name, to: max(1, width - 4)).map { ($0, 4, true) }
            + Writer.wrap(movedDates(move, scheduled, words), to: max(1, width - 6)).map { ($0, 6, false) }
    }

    /// "2016-10 – 2018-03 → 2016-11 – 2018-04 (+1 month) · what-if +1 month".
    private static func movedDates(_ move: ScheduleChange.Move, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let i = move.activity
        let fr = words.language == .fr
        let cause = scheduled.delays[i].map { "\(words.whatIf) \($0 > 0 ? "+" : "")\(words.months($0))" }
            ?? (fr ? "par ses dépendances" : "through its dependencies")
        let delta = move.startDelta != 0 ? move.startDelta : move.finishDelta
        return "\(range(scheduled.baseline, i)) → \(range(scheduled.schedule, i)) (\(delta > 0 ? "+" : "")\(words.months(delta))) · \(cause)"
    }

    private static func range(_ schedule: Schedule, _ i: Int) -> String {
        "\(schedule.month(schedule.earlyStart[i])) – \(schedule.lastMonth(schedule.earlyFinish[i]))"
    }
}
