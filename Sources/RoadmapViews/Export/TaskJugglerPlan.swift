import RoadmapModel

/// What the TaskJuggler export works out before it writes a byte: the activities of the view
/// by area, each one's links as TaskJuggler can say them and its start bound, the months the
/// bounds need, the project's span, the warnings — and every value TaskJuggler cannot carry,
/// which refuses the export (`ExportDataRefusal`) with its place in the data.
struct TaskJugglerPlan {
    let visible: [Int]
    let byArea: [[Int]]
    /// The areas with an activity in the view, in the view's order.
    let areaOrder: [Int]
    /// By activity index (empty for one outside the view): its links as written.
    let links: [[TaskJugglerLink]]
    /// By activity index: the month offset it does not start before.
    let bound: [Int]
    /// The month offsets that some task with links is bound by, in order.
    let boundMonths: [Int]
    /// The teams carrying an activity in the view, in the file's order.
    let teams: [Int]
    /// The first day of `projectStart` to the first day of `projectEnd`.
    let projectStart: Month
    let projectEnd: Month
    let warnings: [String]

    init(_ input: ExportInput) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language
        let schedule = scheduled.schedule, graph = scheduled.graph
        visible = input.state.filter.apply(to: scheduled)
        byArea = ActivityRow.byArea(scheduled, visible: visible, order: input.state.order)
        let byArea = self.byArea
        areaOrder = input.state.order.areaOrder(roadmap.areas).filter { !byArea[$0].isEmpty }
        var shown = [Bool](repeating: false, count: roadmap.activities.count)
        for i in visible { shown[i] = true }

        var links = [[TaskJugglerLink]](repeating: [], count: roadmap.activities.count)
        var bound = schedule.plannedStart
        var needed = Set<Int>()
        var warnings: [String] = []
        var teamUsed = [Bool](repeating: false, count: roadmap.teams.count)
        for i in visible {
            for k in graph.predecessors(of: i) where schedule.counts(k) {
                let link = TaskJugglerLink(edge: k, scheduled, shown: shown)
                links[i].append(link)
                if case .bound(let month) = link.form { bound[i] = max(bound[i], month) }
                if !link.isExact, !link.predecessorHidden, let explanation = link.explanation(scheduled, language: language) {
                    warnings.append(explanation.warning)
                }
            }
            if links[i].contains(where: { if case .depends = $0.form { return true } else { return false } }) { needed.insert(bound[i]) }
            if let team = roadmap.activities[i].team.flatMap({ scheduled.teamIndex[$0] }) { teamUsed[team] = true }
        }
        self.links = links
        self.bound = bound
        boundMonths = needed.sorted()
        teams = teamUsed.indices.filter { teamUsed[$0] }
        self.warnings = warnings

        let first = visible.min { bound[$0] < bound[$1] }
        let last = visible.max { schedule.earlyFinish[$0] < schedule.earlyFinish[$1] }
        projectStart = first.map { schedule.month(bound[$0]) } ?? roadmap.meta.timeline.start
        // The end is the first day after the last month: exclusive, as TaskJuggler's is.
        projectEnd = last.map { schedule.month(schedule.earlyFinish[$0]) } ?? (roadmap.meta.timeline.finish + 1)

        var problems: [Diagnostic] = []
        let lang = language.rawValue
        func check(_ text: String, _ location: DataLocation, id: String?) {
            guard let problem = TaskJugglerText.problem(text) else { return }
            problems.append(Diagnostic(.error, at: location, objectID: id, "TaskJuggler cannot read this text back as written: " + problem.en))
        }
        let range = "TaskJuggler 3 reads the years \(TaskJugglerText.firstYear) to \(TaskJugglerText.lastYear) only"
        if let first, !TaskJugglerText.holds(projectStart) {
            problems.append(Diagnostic(.error, at: .element("activities", first), objectID: roadmap.activities[first].id,
                                       "it starts no earlier than \(projectStart), and \(range)"))
        }
        if let last, !TaskJugglerText.holds(projectEnd) {
            problems.append(Diagnostic(.error, at: .element("activities", last), objectID: roadmap.activities[last].id,
                                       "its early dates end in \(schedule.lastMonth(schedule.earlyFinish[last])), and \(range) (the project must end by \(TaskJugglerText.lastYear)-12-31)"))
        }
        check(roadmap.meta.title[language], .named("meta.title.\(lang)"), id: nil)
        for area in areaOrder {
            check(roadmap.areas[area].name[language], .element("areas", area, "name.\(lang)"), id: roadmap.areas[area].id)
            check(roadmap.areas[area].provenance.note?[language] ?? "", .element("areas", area, "note.\(lang)"), id: roadmap.areas[area].id)
        }
        for i in visible {
            let activity = roadmap.activities[i]
            check(activity.name[language], .element("activities", i, "name.\(lang)"), id: activity.id)
            check(activity.provenance.note?[language] ?? "", .element("activities", i, "note.\(lang)"), id: activity.id)
        }
        for t in teams {
            check(roadmap.teams[t].name[language], .element("teams", t, "name.\(lang)"), id: roadmap.teams[t].id)
        }
        if !problems.isEmpty { throw ExportDataRefusal(format: .tjp, problems: problems) }
    }
}
