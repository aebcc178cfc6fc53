import RoadmapModel

/// How today's working groups become tomorrow's task teams: the change analysis, one block per
/// disposition (Phase 1, Phase 2, continued, sunset), each group with the team it becomes and
/// the rationale; then the task teams no working group becomes.
public enum TransitionPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.transitionView)
        var writer = Writer(width: width)
        for disposition in WorkingGroup.Disposition.allCases {
            let groups = roadmap.workingGroups.filter { $0.disposition == disposition }
            guard !groups.isEmpty else { continue }
            writer.heading("\(words.disposition(disposition)) (\(groups.count))")
            for group in groups {
                writer.blank()
                var title = group.name[language]
                if let council = group.council { title += " [\(council)]" }
                writer.paragraph(title, prefix: "• ", style: .heading)
                if let team = group.becomes, let t = scheduled.teamIndex[team] {
                    let name = roadmap.teams[t].name[language]
                    writer.paragraph("→ \(words.becomes)\(words.colon) \(name) (\(roadmap.teams[t].role))", indent: 2, style: .accent)
                }
                if let work = group.currentWork { writer.field(words.currentWork + words.colon, work[language], indent: 2) }
                if let rationale = group.rationale { writer.field(words.rationale + words.colon, rationale[language], indent: 2) }
                if group.provenance.isInferred {
                    let note = group.provenance.note.map { words.colon + " " + $0[language] } ?? ""
                    writer.paragraph(words.inferredNote + note, indent: 2, style: .muted)
                }
            }
        }
        let becoming = Set(roadmap.workingGroups.compactMap(\.becomes))
        let others = roadmap.teams.filter { !becoming.contains($0.id) }
        if !others.isEmpty {
            writer.heading(language == .fr ? "Équipes spéciales sans groupe de travail d’origine (\(others.count))"
                                           : "Task teams no working group becomes (\(others.count))")
            for team in others {
                writer.paragraph("\(team.name[language]) (\(team.role)) · \(words.teamStatus(team.status))", prefix: "• ")
            }
        }
        return writer.page(header: header)
    }
}
