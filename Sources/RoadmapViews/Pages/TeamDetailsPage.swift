import RoadmapModel

/// Everything about one task team, for Enter on the team Gantt: its role, status and
/// sub-committee, its span and float, its activities with their dates, the teams it waits for
/// and those it feeds — a pair linked both ways said as an exchange, not read as a cycle — and
/// where its values come from.
public enum TeamDetailsPage {
    public static func make(_ scheduled: ScheduledRoadmap, team t: Int, language: Language, width: Int) -> Canvas {
        let roadmap = scheduled.roadmap
        let team = roadmap.teams[t]
        let words = Vocabulary(language)
        let s = scheduled.schedule
        let fr = language == .fr
        let colon = words.colon
        // The box shows every reason under its value: it is where the reader asked for them.
        var writer = Writer(width: width)
        writer.language = language
        writer.names = NameLookup(scheduled, language)
        let critical = scheduled.teams.criticalPath.contains(t)
        writer.paragraph(team.name[language], prefix: critical ? "\(RoadmapPage.Mark.critical) " : "", style: CellStyle(critical ? .critical : .heading, bold: true))
        writer.paragraph(team.name[language.other], style: .muted)
        writer.blank()
        writer.field("id" + colon, team.id)
        let role = roadmap.roles.first { $0.id == team.role }
        writer.field(words.role.capitalizedFirst + colon, team.role + (role.map { " — " + $0.name[language] } ?? ""))
        writer.field(words.status.capitalizedFirst + colon, words.teamStatus(team.status))
        let subcommittee = team.subcommittee.flatMap { id in roadmap.subcommittees.first { $0.id == id } }
        writer.field((fr ? "Sous-comité" : "Sub-committee") + colon, subcommittee?.name[language] ?? words.noSubcommittee)
        if let span = scheduled.teams.spans[t] {
            writer.field(words.span.capitalizedFirst + colon, "\(s.month(span.earlyStart)) – \(s.lastMonth(span.earlyFinish))")
            writer.field(words.float.capitalizedFirst + colon, words.months(span.float) + (critical ? " · " + words.critical : ""))
        } else {
            writer.field(words.span.capitalizedFirst + colon, words.noActivities)
        }

        let neighbours = scheduled.teams.neighbours()[t]
        let names = { (teams: [Int]) in teams.isEmpty ? words.nothing : teams.map { roadmap.teams[$0].name[language] }.joined(separator: ", ") }
        writer.blank()
        writer.field(words.waitsFor + colon, names(neighbours.waitsFor))
        writer.field(words.feeds + colon, names(neighbours.feeds))
        if !neighbours.bothWays.isEmpty {
            writer.field(words.bothWays + colon, names(neighbours.bothWays))
            writer.paragraph(fr ? "Un échange dans les deux sens : chacune attend une activité de l’autre ; ce n’est pas un cycle entre activités."
                                : "An exchange both ways: each waits for one of the other’s activities; it is not a cycle between activities.",
                             indent: 2, style: .muted)
        }

        let activities = scheduled.teams.spans[t]?.activities ?? []
        writer.heading((fr ? "Activités" : "Activities") + " (\(activities.count))", level: 2)
        if activities.isEmpty { writer.paragraph(words.nothing, indent: 2, style: .muted) }
        for a in activities {
            let activity = roadmap.activities[a]
            let mark = s.isCritical(a) ? "\(RoadmapPage.Mark.critical) " : "  "
            writer.paragraph("\(activity.name[language]) (\(activity.roleAsPrinted))", indent: 2, prefix: mark,
                             style: CellStyle(s.isCritical(a) ? .critical : .plain))
            writer.paragraph("\(s.month(s.earlyStart[a])) – \(s.lastMonth(s.earlyFinish[a])) · \(words.totalFloat) \(words.months(s.totalFloat[a]))",
                             indent: 6, style: .muted)
        }
        writer.blank()
        if team.provenance.hasInference || team.provenance.note != nil {
            writer.provenance(team.provenance, words)
        } else {
            writer.paragraph(words.fromSeed.capitalizedFirst, style: .muted)
        }
        writer.paragraph(fr ? "Durée et marge déduites du calendrier de ses activités." : "Span and float follow from the schedule of its activities.",
                         style: .muted)
        return writer.canvas
    }
}
