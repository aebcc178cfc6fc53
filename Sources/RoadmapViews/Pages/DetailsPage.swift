import RoadmapModel

/// Everything about one activity: its team, role, status, periods, the schedule (ES/EF/LS/LF,
/// floats, slip), its predecessors and successors, and where each value comes from.
public enum DetailsPage {
    public static func make(_ scheduled: ScheduledRoadmap, activity i: Int, language: Language, width: Int) -> Canvas {
        let roadmap = scheduled.roadmap
        let words = Vocabulary(language)
        let activity = roadmap.activities[i]
        let s = scheduled.schedule
        // The box shows every reason under its value: it is where the reader asked for them.
        var writer = Writer(width: width)
        writer.language = language
        writer.names = NameLookup(scheduled, language)
        let colon = words.colon
        writer.paragraph(activity.name[language], style: .heading)
        writer.paragraph(activity.name[language.other], style: .muted)
        writer.blank()
        writer.field("id" + colon, activity.id)
        if let area = scheduled.areaIndex[activity.area] { writer.field(words.area.capitalizedFirst + colon, roadmap.areas[area].name[language]) }
        let role = roadmap.roles.first { $0.id == activity.role }
        // The code as the seed prints it (Br), and the role it means.
        var roleText = activity.roleAsPrinted + (role.map { " — " + $0.name[language] } ?? "")
        if activity.roleAsPrinted != activity.role { roleText += language == .fr ? " (autre code du rôle \(activity.role))" : " (another code for \(activity.role))" }
        writer.field(words.role.capitalizedFirst + colon, roleText)
        writer.field(words.status.capitalizedFirst + colon, words.status(activity.status))
        let team = activity.team.flatMap { scheduled.teamIndex[$0] }.map { roadmap.teams[$0] }
        writer.field(words.team.capitalizedFirst + colon, team.map { "\($0.name[language]) (\($0.role))" } ?? words.noTeam)
        if let t = activity.team.flatMap({ scheduled.teamIndex[$0] }) {
            let neighbours = scheduled.teams.neighbours()[t]
            let teamNames = { (teams: [Int]) in teams.map { roadmap.teams[$0].name[language] }.joined(separator: ", ") }
            // The team's links, by direction: an exchange both ways is not a cycle.
            let fr = language == .fr
            if !neighbours.waitsFor.isEmpty { writer.field((fr ? "L’équipe attend" : "The team waits for") + colon, teamNames(neighbours.waitsFor), indent: 2, style: .muted) }
            if !neighbours.feeds.isEmpty { writer.field((fr ? "L’équipe alimente" : "The team feeds") + colon, teamNames(neighbours.feeds), indent: 2, style: .muted) }
            if !neighbours.bothWays.isEmpty { writer.field(words.bothWays + colon, teamNames(neighbours.bothWays), indent: 2, style: .muted) }
        }
        if !activity.supportingTeams.isEmpty {
            let names = NameLookup(scheduled, language)
            writer.field(words.supportingTeams + colon, activity.supportingTeams.map(names.team).joined(separator: "; "))
        }
        if !activity.alternateNames.isEmpty {
            writer.field(words.alsoNamed + colon, activity.alternateNames.map { $0[language] }.joined(separator: "; "))
        }
        if let position = activity.gridOrder { writer.field(words.gridPosition + colon, String(position)) }
        let periods = roadmap.meta.periods.filter { $0.start <= activity.finish && $0.finish >= activity.start }.map { $0.label[language] }
        if !periods.isEmpty { writer.field((language == .fr ? "Périodes" : "Periods") + colon, periods.joined(separator: ", ")) }
        writer.blank()
        writer.field(words.planned.capitalizedFirst + colon, "\(activity.start) – \(activity.finish)")
        // Planned stays the plan as drawn; a what-if's months are said on a line of their own.
        if let delay = scheduled.delays[i], delay != 0 {
            writer.field(words.whatIf.capitalizedFirst + colon, (delay > 0 ? "+" : "") + words.months(delay))
        }
        if let state = scheduled.progressState(i) { progressLines(scheduled, i, state, words, &writer) }
        writer.field(words.early.capitalizedFirst + colon, "\(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i]))  (ES – EF)")
        writer.field(words.late.capitalizedFirst + colon, "\(s.month(s.lateStart[i])) – \(s.lastMonth(s.lateFinish[i]))  (LS – LF)")
        writer.field(words.totalFloat.capitalizedFirst + colon, words.months(s.totalFloat[i]))
        writer.field(words.freeFloat.capitalizedFirst + colon, words.months(s.freeFloat[i]))
        writer.field(words.slip.capitalizedFirst + colon, words.months(s.slip(i)))
        writer.field(words.critical.capitalizedFirst + colon, s.isCritical(i) ? (language == .fr ? "oui" : "yes") : (language == .fr ? "non" : "no"))
        writer.blank()
        // Each link: the other activity, the type and lag, and ▶ when it binds.
        func link(_ k: Int, other: Int) -> String {
            let edge = scheduled.graph.edges[k]
            let lag = edge.lag != 0 ? " \(edge.lag > 0 ? "+" : "")\(edge.lag)" : ""
            return roadmap.activities[other].name[language] + " (\(edge.type.rawValue)\(lag))" + (s.binding[k] ? " ▶" : "")
                + (s.counts(k) ? "" : " — " + words.leftOut)
        }
        let predecessors = scheduled.graph.predecessors(of: i).map { link($0, other: scheduled.graph.edges[$0].from) }
        let successors = scheduled.graph.successors(of: i).map { link($0, other: scheduled.graph.edges[$0].to) }
        writer.field(words.waitsFor + colon, predecessors.isEmpty ? words.nothing : predecessors.joined(separator: "; "))
        writer.field(words.waitedOnBy + colon, successors.isEmpty ? words.nothing : successors.joined(separator: "; "))
        writer.blank()
        if activity.provenance.hasInference {
            let fields = activity.provenance.inferredFields.isEmpty ? "" : " (" + activity.provenance.inferredFields.map(words.fieldName).joined(separator: ", ") + ")"
            writer.field(words.inferredNote + fields + colon, activity.provenance.note.map { ProvenanceText.readable($0[language], words, writer.names) } ?? "—", style: .muted)
        } else {
            writer.paragraph(words.fromSeed.capitalizedFirst, style: .muted)
            if let note = activity.provenance.note { writer.field(words.noteOnSource + colon, ProvenanceText.readable(note[language], words, writer.names), style: .muted) }
        }
        return writer.canvas
    }

    /// Planned, actual and forecast, as of the status date: what a monthly review asks of one
    /// activity. Each value says whether a person entered it.
    static func progressLines(_ scheduled: ScheduledRoadmap, _ i: Int, _ state: ScheduleProgress.State, _ words: Vocabulary, _ writer: inout Writer) {
        let activity = scheduled.roadmap.activities[i]
        let s = scheduled.schedule
        let colon = words.colon
        let provenance = activity.provenance
        let entered = RoadmapFormat.progressFields.contains(where: provenance.entered)
            ? " (" + words.enteredByAPerson(provenance.enteredAt) + ")" : ""
        let inferred = RoadmapFormat.progressFields.contains(where: provenance.infers) ? " (" + words.inferred + ")" : ""
        writer.field(words.actual.capitalizedFirst + colon, words.progressSummary(activity, state: state) + entered + inferred)
        if let status = scheduled.statusDate {
            var forecast = words.monthAndYear(s.lastMonth(s.earlyFinish[i]))
            let late = s.earlyFinish[i] - (activity.finish - s.timelineStart + 1)
            if late != 0 { forecast += " (\(late > 0 ? "+" : "")\(words.months(late)) " + (words.language == .fr ? "sur le plan)" : "on the plan)") }
            if scheduled.isBehind(i) { forecast += " — " + words.behind }
            writer.field(words.forecastFinish.capitalizedFirst + colon, forecast + " · " + words.statusDate + " " + words.monthAndYear(status))
        }
    }
}
