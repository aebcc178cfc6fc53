import RoadmapModel

/// The text of `roadmap schedule`: the table, the finish against the timeline, the critical
/// path and the teams on it, the slips, and with a what-if what it changed.
public struct ScheduleReport {
    let scheduled: ScheduledRoadmap
    /// The schedule without the delays, when there are some.
    let base: ScheduledRoadmap?
    let delays: [(activity: Int, months: Int)]
    /// The scenario the delays came from (`--scenario`), if any.
    var scenario: ScenarioInUse? = nil
    let language: Language

    public init(scheduled: ScheduledRoadmap, base: ScheduledRoadmap?, delays: [(activity: Int, months: Int)], scenario: ScenarioInUse? = nil, language: Language) {
        self.scheduled = scheduled
        self.base = base
        self.delays = delays
        self.scenario = scenario
        self.language = language
    }

    private var fr: Bool { language == .fr }
    private func t(_ french: String, _ english: String) -> String { fr ? french : english }

    public var text: String {
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let timeline = roadmap.meta.timeline
        var lines: [String] = []
        lines.append(Sanitized.text(roadmap.meta.title[language]))
        lines.append(t("Calendrier selon les dépendances (méthode du chemin critique, en mois), échéancier ",
                       "Schedule implied by the dependencies (critical path method, in months), timeline ")
                     + "\(timeline.start) – \(timeline.finish)")
        if scheduled.statedOnly {
            lines.append(Vocabulary(language).statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count).capitalizedFirst
                         + t(" (les dépendances inférées sont laissées de côté)", " (the inferred dependencies are left out)"))
        }
        if !delays.isEmpty || scenario != nil {
            let applied = delays.filter { $0.months != 0 }
            let list = applied.isEmpty ? t("aucun retard", "no delay")
                : applied.map { name($0.activity) + " " + signed($0.months) + " " + months($0.months).split(separator: " ").dropFirst().joined() }
                    .joined(separator: t(" ; ", "; "))
            if let scenario {
                let name = Sanitized.text(scenario.name)
                lines.append(scenario.isExactly(scheduled.delays) ? t("Scénario « \(name) » : ", "Scenario “\(name)”: ") + list
                             : t("Simulation, scénario « \(name) » et d’autres retards : ", "What-if, scenario “\(name)” and more delays: ") + list)
            } else {
                lines.append(t("Simulation : ", "What-if: ") + list)
            }
        }
        if let status = scheduled.statusDate, let planned = scheduled.plannedFinish {
            let words = Vocabulary(language)
            lines.append(words.statusAndForecast(status: status, forecast: schedule.projectFinishMonth, planned: planned) + " · "
                         + t("\(scheduled.behindCount) en retard", "\(scheduled.behindCount) behind")
                         + t(" (le calendrier est une prévision selon l’avancement)", " (the schedule is a forecast from the progress)"))
        }
        lines.append("")
        lines += table()
        lines.append("")

        // The finish against the timeline's end, the plan's finish: said as everywhere else.
        let words = Vocabulary(language)
        lines.append(words.finishChange(schedule.projectFinishMonth, by: scheduled.monthsPastTimeline).capitalizedFirst
                     + t(" (fin de l’échéancier : \(words.monthAndYear(timeline.finish))).", " (the timeline ends \(words.monthAndYear(timeline.finish)))."))
        lines.append("")

        // The critical path, then the chains that drive the finish.
        let critical = schedule.criticalPath
        lines.append(t("Chemin critique", "Critical path") + " (" + count(critical.count, "activité", "activities", "activity") + ")"
                     + (critical.isEmpty ? "" : t(" :", ":")))
        for activity in critical {
            lines.append("  " + dates(schedule.earlyStart[activity], schedule.earlyFinish[activity]) + "  " + name(activity))
        }
        lines.append("")
        lines += CriticalChainsText.lines(CriticalChainsReport(scheduled, language: language), scheduled, language)
        lines.append("")

        let slipping = schedule.earlyStart.indices.filter { schedule.slip($0) > 0 }
        if slipping.isEmpty {
            lines.append(t("Aucun glissement : chaque activité peut commencer à la date prévue.",
                           "No slip: every activity can start when planned."))
        } else {
            lines.append(t("Glissements (\(slipping.count)) : les dépendances repoussent le début (prévu, ou mis par la simulation).",
                           "Slips (\(slipping.count)): the dependencies push back the start (as planned, or as the what-if puts it)."))
            for activity in slipping.prefix(50) {
                let planned = scheduled.baseline.plannedStart[activity], delay = schedule.plannedStart[activity] - planned
                let whatIf = delay == 0 ? "" : t(" + simulation ", " + what-if ") + signed(delay)
                lines.append("  " + name(activity) + "  " + signed(schedule.slip(activity)) + " "
                             + t("mois", schedule.slip(activity) == 1 ? "month" : "months") + " ("
                             + t("prévu \(schedule.month(planned))\(whatIf), au plus tôt \(schedule.month(schedule.earlyStart[activity]))",
                                 "planned \(schedule.month(planned))\(whatIf), earliest \(schedule.month(schedule.earlyStart[activity]))")
                             + ")")
            }
            if slipping.count > 50 { lines.append("  " + t("(et \(slipping.count - 50) autres)", "(and \(slipping.count - 50) more)")) }
        }

        if let base { lines.append(""); lines += whatIf(base) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table() -> [String] {
        let schedule = scheduled.schedule
        let order = schedule.earlyStart.indices.sorted {
            (schedule.earlyStart[$0], schedule.earlyFinish[$0], $0) < (schedule.earlyStart[$1], schedule.earlyFinish[$1], $1)
        }
        // Planned is the plan as drawn; with what-ifs, a column says each activity's months.
        let plan = scheduled.baseline.plannedStart
        let withDelays = !scheduled.delays.isEmpty
        var headers = [t("activité", "activity"), t("prévu", "planned"), t("au plus tôt", "early"), t("au plus tard", "late"),
                       t("marge tot.", "total float"), t("marge libre", "free float"), t("critique", "critical"), t("glissement", "slip")]
        if withDelays { headers.append(t("simulation", "what-if")) }
        // With a status date: where each activity stands, and whether it is behind.
        let progress = scheduled.hasProgress
        if progress { headers += [t("achevé", "done"), t("réel", "actual"), t("retard", "behind")] }
        var rows: [[String]] = [headers]
        for i in order {
            let delay = schedule.plannedStart[i] - plan[i]
            rows.append([
                name(i),
                dates(plan[i], plan[i] + schedule.duration[i]),
                dates(schedule.earlyStart[i], schedule.earlyFinish[i]),
                dates(schedule.lateStart[i], schedule.lateFinish[i]),
                String(schedule.totalFloat[i]),
                String(schedule.freeFloat[i]),
                schedule.isCritical(i) ? "*" : "",
                schedule.slip(i) == 0 ? "0" : signed(schedule.slip(i)),
            ] + (withDelays ? [delay == 0 ? "0" : signed(delay)] : []) + (progress ? progressCells(i) : []))
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], TextWidth.of(cell)) } }
        // A name longer than the column goes on below, on lines of its own: never cut.
        widths[0] = min(widths[0], 40)
        // Numbers to the right, the rest to the left.
        let right: Set<Int> = [4, 5, 7, 8]
        return rows.flatMap { row -> [String] in
            let nameLines = TextWidth.wrap(row[0], to: widths[0])
            var line = ""
            for (k, cell) in row.enumerated() {
                if k > 0 { line += "  " }
                let text = k == 0 ? nameLines.first ?? "" : cell
                let padding = String(repeating: " ", count: max(0, widths[k] - TextWidth.of(text)))
                line += right.contains(k) ? padding + text : text + padding
            }
            return ([line] + nameLines.dropFirst().map { "  " + $0 }).map { $0.trimmingTrailingSpaces }
        }
    }

    /// "40 %", "2016-11 –" or "2016-11 – 2017-03", "!" when behind.
    private func progressCells(_ i: Int) -> [String] {
        let activity = scheduled.roadmap.activities[i]
        let state = scheduled.progressState(i) ?? .notStarted
        let percent = activity.percentComplete ?? (state == .finished ? 100 : 0)
        let actual = activity.actualStart.map { "\($0) –" + (activity.actualFinish.map { " \($0)" } ?? "") } ?? ""
        return [Vocabulary(language).percent(percent), actual, scheduled.isBehind(i) ? String(RoadmapPage.Mark.behind) : ""]
    }

    private func whatIf(_ base: ScheduledRoadmap) -> [String] {
        let change = ScheduleChange(from: base.schedule, to: scheduled.schedule)
        var lines: [String] = []
        lines.append(t("Effet de la simulation :", "What the what-if changes:"))
        if change.moved.isEmpty {
            lines.append("  " + t("Aucune activité ne bouge.", "No activity moves."))
        } else {
            lines.append("  " + t("Activités déplacées (\(change.moved.count)) :", "Activities that move (\(change.moved.count)):"))
            for move in change.moved.prefix(50) {
                let s = scheduled.schedule
                lines.append("    " + name(move.activity) + "  " + t("début", "start") + " " + signed(move.startDelta)
                             + ", " + t("fin", "finish") + " " + signed(move.finishDelta) + "  → "
                             + dates(s.earlyStart[move.activity], s.earlyFinish[move.activity]))
            }
            if change.moved.count > 50 { lines.append("    " + t("(et \(change.moved.count - 50) autres)", "(and \(change.moved.count - 50) more)")) }
        }
        lines.append("  " + Vocabulary(language).finishChange(scheduled.schedule.projectFinishMonth, by: change.finishDelta).capitalizedFirst + ".")
        if !change.criticalPathChanged {
            lines.append("  " + t("Le chemin critique ne change pas.", "The critical path does not change."))
        } else {
            lines.append("  " + t("Le chemin critique change.", "The critical path changes."))
            if !change.becameCritical.isEmpty {
                lines.append("    " + t("Devenues critiques (\(change.becameCritical.count)) :", "Now critical (\(change.becameCritical.count)):"))
                lines += change.becameCritical.map { "      " + name($0) }
            }
            if !change.leftCriticalPath.isEmpty {
                lines.append("    " + t("Ne sont plus critiques (\(change.leftCriticalPath.count)) :", "No longer critical (\(change.leftCriticalPath.count)):"))
                lines += change.leftCriticalPath.map { "      " + name($0) }
            }
        }
        return lines
    }

    // MARK: - Pieces

    /// An activity by its name in the report's language, on one line.
    private func name(_ activity: Int) -> String { DiffReport.oneLine(scheduled.roadmap.activities[activity].name[language]) }

    /// "2016-10 – 2017-03" from a start offset and an exclusive finish offset.
    private func dates(_ start: Int, _ exclusiveFinish: Int) -> String {
        "\(scheduled.schedule.month(start)) – \(scheduled.schedule.lastMonth(exclusiveFinish))"
    }

    /// "1 activité", "2 activités", "1 activity", "2 activities".
    private func count(_ n: Int, _ french: String, _ englishPlural: String, _ englishSingular: String) -> String {
        fr ? "\(n) " + french + (n > 1 ? "s" : "") : "\(n) " + (n == 1 ? englishSingular : englishPlural)
    }

    private func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

    private func months(_ n: Int) -> String { fr ? "\(n) mois" : (n == 1 ? "1 month" : "\(n) months") }

}
