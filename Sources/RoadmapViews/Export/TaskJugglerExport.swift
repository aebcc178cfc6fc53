import RoadmapModel

/// A TaskJuggler 3 project (`.tjp`) of the roadmap view, which `tj3` schedules to the same early
/// dates as ours (tested with the real tj3 3.7.1):
///
/// - The areas of interest are parent tasks; under each, one task per activity in the view, in
///   the view's order and language. Task teams are resources, `responsible` for the activities
///   they carry (not `allocate`d: TaskJuggler books an allocated resource to one task at a time,
///   so a team carrying three activities at once would be left off two of them, with a warning
///   each). Role, status and provenance are custom attributes (`Role`, `Status`, `Provenance`,
///   `ProvenanceNote`).
/// - A roadmap counts whole months and TaskJuggler counts time: each task lasts the calendar
///   days of its months on its early dates (`duration 182d` for October to March), from the
///   first of its first month at midnight, in UTC (no daylight saving moves a day).
/// - The planned month (with the what-ifs) is a start bound: `start` for a task without links;
///   for a task with links, a link to a milestone of that month under `StartBounds`, because
///   TaskJuggler's `start` is a fixed date that a link may not push.
/// - FS and SS links with a lag of 0 or more are `depends`, the lag a `gapduration` of the
///   calendar days of those months. FF, SF and negative lags are written in the nearest form
///   TaskJuggler has (`TaskJugglerLink`), each with a comment in the file and a warning. A link
///   from an activity outside the view becomes the start bound it allows, with a comment.
/// - Names that TaskJuggler cannot read back as written, and dates outside its years, are
///   refused before anything is written (`ExportDataRefusal`), each with its place in the data.
enum TaskJugglerExport {
    static func write(_ input: ExportInput, warn: (String) -> Void, to sink: ([UInt8]) throws -> Void) throws {
        let plan = try TaskJugglerPlan(input)
        for warning in plan.warnings { warn(warning) }
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language
        let schedule = scheduled.schedule
        let fr = language == .fr
        var out: [UInt8] = []
        func line(_ text: String) { out.append(text); out.append(UInt8(ascii: "\n")) }

        // The head: what the file is, in the view's language, as comments.
        let title = roadmap.meta.title[language]
        let pageName = PageBuilder.name(of: input.state.view, language)
        line("# " + Sanitized.inline(PageHeader.title(roadmap, language, pageName: pageName), limit: .max))
        line("# " + Sanitized.inline(PageHeader.filterLine(scheduled, input.state, shown: plan.visible.count), limit: .max))
        line("# " + (fr ? "Noms en français (fr)" : "Names in English (en)"))
        for text in fr ? Self.legendFR : Self.legendEN { line("# " + text) }
        if scheduled.statedOnly {
            let left = scheduled.graph.edges.count - scheduled.dependenciesCounted
            line(fr ? "# Dépendances énoncées seulement : les \(left) inférées sont laissées de côté, comme dans le calendrier."
                    : "# Stated dependencies only: the \(left) inferred ones are left out, as the schedule leaves them.")
        }
        line("")
        line("project roadmap \(TaskJugglerText.quoted(title.isEmpty ? pageName : title)) \(TaskJugglerText.date(plan.projectStart)) - \(TaskJugglerText.date(plan.projectEnd)) {")
        line("  timezone \"UTC\"")
        line("  extend task {")
        line("    text Role \(TaskJugglerText.quoted(fr ? "Rôle" : "Role"))")
        line("    text Status \(TaskJugglerText.quoted(fr ? "État" : "Status"))")
        line("    text Provenance \"Provenance\"")
        line("    text ProvenanceNote \(TaskJugglerText.quoted(fr ? "Raison de l’inférence" : "Why inferred"))")
        line("  }")
        line("}")

        if !plan.teams.isEmpty { line("") }
        for t in plan.teams {
            let team = roadmap.teams[t]
            line("resource \(TaskJugglerText.identifier(team.id)) \(TaskJugglerText.quoted(team.name[language]))  # "
                 + Sanitized.inline(scheduled.roleName(team.role, language), limit: .max) + " (\(team.role))")
        }
        try out.flush(to: sink)

        if !plan.boundMonths.isEmpty {
            line("")
            line(fr ? "# Les mois avant lesquels une tâche à liens ne commence pas (un « start » de TaskJuggler serait une date fixe, que les liens ne pourraient pas repousser)."
                    : "# The months before which a task with links does not start (a TaskJuggler \"start\" would be a fixed date, which its links could not push).")
            line("task StartBounds \(TaskJugglerText.quoted(fr ? "Bornes de début" : "Start bounds")) {")
            for offset in plan.boundMonths {
                let month = schedule.month(offset)
                let name = (fr ? "Pas avant " : "Not before ") + input.words.monthAndYear(month)
                line("  task \(Self.milestone(month)) \(TaskJugglerText.quoted(name)) { start \(TaskJugglerText.date(month)) milestone }")
            }
            line("}")
        }

        for area in plan.areaOrder {
            let a = roadmap.areas[area]
            let areaID = TaskJugglerText.identifier(a.id)
            line("")
            line("task \(areaID) \(TaskJugglerText.quoted(a.name[language])) {")
            attributes(provenance: a.provenance, language, indent: "  ", line)
            for i in plan.byArea[area] {
                let activity = roadmap.activities[i]
                let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i]
                line("  task \(TaskJugglerText.identifier(activity.id)) \(TaskJugglerText.quoted(activity.name[language])) {")
                line("    # " + Self.datesComment(i, scheduled, input.words))
                let bound = plan.bound[i]
                let boundNote = Self.boundComment(i, bound: bound, scheduled, fr: fr)
                let links = plan.links[i]
                if links.contains(where: { if case .depends = $0.form { return true } else { return false } }) {
                    line("    depends StartBounds.\(Self.milestone(schedule.month(bound)))  # \(boundNote)")
                } else {
                    line("    start \(TaskJugglerText.date(schedule.month(bound)))  # \(boundNote)")
                }
                for link in links {
                    let edge = scheduled.graph.edges[link.edge]
                    if let explanation = link.explanation(scheduled, language: language) {
                        line("    # " + explanation.comment)
                    }
                    guard case .depends(let afterEnd, let gap) = link.form else { continue }
                    let p = edge.from
                    let predecessor = TaskJugglerText.identifier(roadmap.areas[scheduled.areaIndex[roadmap.activities[p].area]!].id)
                        + "." + TaskJugglerText.identifier(roadmap.activities[p].id)
                    // The gap in the calendar days of the months it spans, from the predecessor's
                    // end (or start) on its early dates.
                    let from = schedule.month(afterEnd ? schedule.earlyFinish[p] : schedule.earlyStart[p])
                    let days = TaskJugglerText.days(from: from, to: from + gap)
                    var options: [String] = []
                    if !afterEnd { options.append("onstart") }
                    if days > 0 { options.append("gapduration \(days)d") }
                    let written = options.isEmpty ? "" : " { " + options.joined(separator: " ") + " }"
                    line("    depends \(predecessor)\(written)  # \(TaskJugglerLink.typeAndLag(edge)) — \(Sanitized.inline(roadmap.activities[p].name[language], limit: .max))")
                }
                let days = TaskJugglerText.days(from: schedule.month(es), to: schedule.month(ef))
                line("    duration \(days)d  # " + (fr ? "\(ef - es) mois" : "\(ef - es) month\(ef - es == 1 ? "" : "s")"))
                if let team = activity.team {
                    line("    responsible \(TaskJugglerText.identifier(team))")
                }
                line("    Role \(TaskJugglerText.quoted(activity.role))")
                line("    Status \(TaskJugglerText.quoted(activity.status.rawValue))")
                attributes(provenance: activity.provenance, language, indent: "    ", line)
                line("  }")
                try out.flush(to: sink)
            }
            line("}")
        }
        try sink(out)
    }

    /// The provenance as custom attributes: its code, and its note when there is one.
    private static func attributes(provenance: Provenance, _ language: Language, indent: String, _ line: (String) -> Void) {
        line(indent + "Provenance \(TaskJugglerText.quoted(MSProjectExport.provenanceValue(provenance)))")
        if let note = provenance.note?[language], !note.isEmpty {
            line(indent + "ProvenanceNote \(TaskJugglerText.quoted(note))")
        }
    }

    /// The milestone of a start bound's month: `m2017_04`.
    static func milestone(_ month: Month) -> String {
        "m" + String(TaskJugglerText.date(month).prefix(7)).replacingAll("-", with: "_")
    }

    /// "early 2016-10 – 2017-03 · total float 0 months · critical".
    private static func datesComment(_ i: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let s = scheduled.schedule
        let fr = words.language == .fr
        var text = (fr ? "au plus tôt " : "early ") + "\(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i]))"
        text += fr ? " · marge totale \(s.totalFloat[i]) mois" : " · total float \(s.totalFloat[i]) month\(s.totalFloat[i] == 1 ? "" : "s")"
        if s.isCritical(i) { text += " · " + words.critical }
        return text
    }

    /// Where the start bound comes from: the planned month (with its what-if), or a link.
    private static func boundComment(_ i: Int, bound: Int, _ scheduled: ScheduledRoadmap, fr: Bool) -> String {
        let s = scheduled.schedule
        let planned = s.plannedStart[i], drawn = scheduled.baseline.plannedStart[i]
        var text = (fr ? "pas avant \(s.month(bound)) : " : "not before \(s.month(bound)): ")
        if bound == planned {
            text += fr ? "le mois prévu" : "the planned month"
        } else {
            text += fr ? "ce qu’un lien écrit comme borne permet (mois prévu \(s.month(planned)))"
                : "what a link written as a bound allows (planned month \(s.month(planned)))"
        }
        if planned != drawn {
            let delay = planned - drawn
            text += fr ? ", le plan dessiné \(s.month(drawn)) décalé de \(delay > 0 ? "+" : "−")\(abs(delay)) mois par une simulation"
                : ", the plan as drawn \(s.month(drawn)) moved \(delay > 0 ? "+" : "−")\(abs(delay)) month\(abs(delay) == 1 ? "" : "s") by a what-if"
        }
        return text
    }

    static let legendEN = [
        "Written by `roadmap export --format tjp`; `tj3` schedules it to the roadmap's early dates.",
        "Areas of interest are parent tasks, activities their tasks, task teams resources responsible for them.",
        "A task lasts the calendar days of its months on its early dates, from the first of its first month (UTC).",
        "Its planned month is a start bound; FS and SS links are depends, a lag the calendar days of its months.",
        "Ids are the roadmap's with \"_\" for \"-\" (and a leading \"_\" before a digit).",
    ]
    static let legendFR = [
        "Écrit par `roadmap export --format tjp` ; `tj3` le calcule aux dates au plus tôt de la feuille de route.",
        "Les domaines d’intérêt sont des tâches parentes, les activités leurs tâches, les équipes spéciales des ressources responsables.",
        "Une tâche dure les jours civils de ses mois aux dates au plus tôt, depuis le premier de son premier mois (UTC).",
        "Son mois prévu est une borne de début ; les liens FS et SS sont des depends, un délai les jours civils de ses mois.",
        "Les identifiants sont ceux de la feuille de route, « _ » pour « - » (et un « _ » devant un chiffre initial).",
    ]
}
