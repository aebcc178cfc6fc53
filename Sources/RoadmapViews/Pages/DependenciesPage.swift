import RoadmapModel

/// One activity's dependencies: what it waits for and what waits for it, with the type and lag
/// of each and whether it binds (decides the successor's early dates).
public enum DependenciesPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        if state.dependencyScope == .network { return NetworkPage.make(scheduled, state, width: width) }
        let chosen = state.selectedActivity.map(scheduled.roadmap.activities.indices.contains) ?? false
        // A document without an activity lists what it can: every link, and says so.
        if state.medium == .document && !chosen { return NetworkPage.make(scheduled, state, width: width) }
        let words = Vocabulary(state.language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.dependenciesView, qualifier: trailText(scheduled, state))
        var writer = Writer(width: width, state)
        guard let i = state.selectedActivity, chosen else {
            writer.paragraph(words.selectActivity, style: .muted)
            return writer.page(header: header)
        }
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let graph = scheduled.graph
        let activity = roadmap.activities[i]
        let critical = schedule.isCritical(i)
        writer.paragraph(activity.name[state.language], prefix: critical ? "\(RoadmapPage.Mark.critical) " : "", style: CellStyle(critical ? .critical : .heading, bold: true), activity: i)
        writer.paragraph(ScheduleText.dates(i, scheduled, words), indent: 2, style: .muted)

        writer.heading(words.waitsFor, level: 2)
        let predecessors = graph.predecessors(of: i)
        if predecessors.isEmpty { writer.paragraph(words.nothing, indent: 2, style: .muted) }
        for k in predecessors {
            link(&writer, edge: k, other: graph.edges[k].from, scheduled, words)
        }
        writer.heading(words.waitedOnBy, level: 2)
        let successors = graph.successors(of: i)
        if successors.isEmpty { writer.paragraph(words.nothing, indent: 2, style: .muted) }
        for k in successors {
            link(&writer, edge: k, other: graph.edges[k].to, scheduled, words)
        }
        return writer.page(header: header)
    }

    private static func link(_ writer: inout Writer, edge k: Int, other: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) {
        let roadmap = scheduled.roadmap
        let edge = scheduled.graph.edges[k]
        let dependency = roadmap.dependencies[edge.dependencyIndex]
        let critical = scheduled.schedule.isCritical(other)
        let mark = critical ? "\(RoadmapPage.Mark.critical) " : "  "
        writer.paragraph(roadmap.activities[other].name[words.language], indent: 2, prefix: mark, style: CellStyle(critical ? .critical : .plain), activity: other)
        var facts = ["\(edge.type.rawValue) (\(words.dependencyType(edge.type)))"]
        facts.append("\(words.lag) \(words.months(edge.lag))")
        if scheduled.schedule.binding[k] { facts.append(words.binds) }
        if !scheduled.schedule.counts(k) { facts.append(words.leftOut) }
        facts.append(dependency.provenance.isInferred ? words.inferred : words.fromSeed)
        // How much the link rests on: said beside where it comes from.
        if let strength = dependency.strength { facts.append(words.reading(strength)) }
        // Only the name's row stands for the activity, so that the cursor moves link by link.
        writer.paragraph(facts.joined(separator: " · "), indent: 6, style: scheduled.schedule.binding[k] ? .accent : .muted)
        if let note = dependency.provenance.note {
            writer.note(dependency.provenance.isInferred ? words.inferredNote : words.noteOnSource, note[words.language], indent: 6)
        }
    }

    /// Where the view is in its history: "step 3 · ⌫ back to Cloud architecture"; nil at its
    /// start, and in a document (a key to go back means nothing on paper).
    static func trailText(_ scheduled: ScheduledRoadmap, _ state: ViewState) -> String? {
        guard state.medium == .screen else { return nil }
        let place: String
        switch state.trail.last {
        case nil: return nil
        case .network?: place = state.language == .fr ? "tout le réseau" : "whole network"
        case let .activity(previous)?:
            guard scheduled.roadmap.activities.indices.contains(previous) else { return nil }
            // By its name, in the view's language, shortened so that the title keeps it at 80
            // columns (the status line says the selection's name whole).
            place = TextWidth.truncate(Sanitized.text(scheduled.roadmap.activities[previous].name[state.language]), to: 24)
        }
        return state.language == .fr ? "étape \(state.trail.count + 1) · ⌫ retour à \(place)" : "step \(state.trail.count + 1) · ⌫ back to \(place)"
    }
}

/// The schedule of one activity in words, shared by the dependency and details pages.
public enum ScheduleText {
    public static func dates(_ i: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let s = scheduled.schedule
        // Planned is the plan as drawn; a what-if's months are said apart.
        let planned = scheduled.baseline.plannedStart[i], delay = s.plannedStart[i] - planned
        var parts = [
            "\(words.planned) \(s.month(planned)) – \(s.lastMonth(planned + s.duration[i]))"
                + (delay == 0 ? "" : " (\(words.whatIf) \(delay > 0 ? "+" : "")\(words.months(delay)))"),
            "\(words.early) \(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i]))",
            "\(words.late) \(s.month(s.lateStart[i])) – \(s.lastMonth(s.lateFinish[i]))",
            "\(words.totalFloat) \(words.months(s.totalFloat[i]))",
            "\(words.freeFloat) \(words.months(s.freeFloat[i]))",
        ]
        if s.slip(i) != 0 { parts.append("\(words.slip) \(words.months(s.slip(i)))") }
        return parts.joined(separator: " · ")
    }
}
