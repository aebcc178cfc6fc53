import RoadmapModel

/// How today's working groups become tomorrow's task teams: the change analysis, one block per
/// disposition (Phase 1, Phase 2, continued, sunset), each group with its council, the team it
/// becomes, its current work, the current-state poster's assessment and the rationale, each
/// value marked where it is a reading; then the task teams the analysis says it did not
/// consider, and those no working group becomes.
public enum TransitionPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let names = NameLookup(scheduled, language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.transitionView)
        var writer = Writer(width: width, state)
        writer.names = NameLookup(scheduled, state.language)
        let analysis = roadmap.changeAnalysis
        // The poster's table headings, where the file records them: current state, proposed
        // future state, rationale.
        let tableHeadings = analysis?.tableHeadings.map { $0[language] } ?? []
        let futureLabel = tableHeadings.count > 1 ? tableHeadings[1] : words.becomes
        let rationaleLabel = tableHeadings.count > 2 ? tableHeadings[2] : words.rationale

        if let heading = analysis?.heading { writer.heading(heading[language]) }
        for disposition in WorkingGroup.Disposition.allCases {
            let groups = roadmap.workingGroups.filter { $0.disposition == disposition }
            guard !groups.isEmpty else { continue }
            let column = analysis?.columns.first { $0.id == disposition.rawValue }?.label[language]
            let title = words.disposition(disposition)
            // The seed's label of the column leads where it is not already the program's.
            let shown = column.map { title.hasPrefix($0) ? title : "\($0) — \(title)" } ?? title
            writer.heading("\(shown) (\(groups.count))")
            for group in groups {
                writer.blank()
                var title = group.name[language]
                if let council = group.council {
                    let name = names.council(council) ?? words.council + " " + council
                    title += " — " + words.label(name, inferred: group.provenance.infers("council"))
                }
                writer.paragraph(title, prefix: "• ", style: .heading)
                if let team = group.becomes, let t = scheduled.teamIndex[team] {
                    let name = roadmap.teams[t].name[language]
                    let label = words.label(futureLabel, inferred: group.provenance.infers("becomes"))
                    writer.paragraph("→ \(label)\(words.colon) \(name) (\(roadmap.teams[t].role))", indent: 2, style: .accent)
                }
                if let work = group.currentWork {
                    writer.field(words.label(words.currentWork, inferred: group.provenance.infers("currentWork")) + words.colon, work[language], indent: 2)
                }
                if let assessment = group.assessment {
                    writer.field(words.label(words.assessment, inferred: group.provenance.infers("assessment")) + words.colon, assessment[language], indent: 2)
                }
                if let rationale = group.rationale {
                    writer.field(words.label(rationaleLabel, inferred: group.provenance.infers("rationale")) + words.colon, rationale[language], indent: 2)
                }
                writer.provenance(group.provenance, words, indent: 2)
            }
        }
        if let notConsidered = analysis?.teamsNotConsidered, !notConsidered.teams.isEmpty {
            writer.heading("\(words.teamsNotConsidered) (\(notConsidered.teams.count))")
            if let intro = notConsidered.intro { writer.paragraph(intro[language]) }
            for id in notConsidered.teams {
                let role = scheduled.teamIndex[id].map { " (\(roadmap.teams[$0].role))" } ?? ""
                writer.paragraph(names.team(id) + role, prefix: "• ")
            }
        }
        if let analysis {
            writer.blank()
            writer.provenance(analysis.provenance, words)
        }
        let becoming = Set(roadmap.workingGroups.compactMap(\.becomes))
        let others = roadmap.teams.filter { !becoming.contains($0.id) }
        if !others.isEmpty {
            writer.heading(words.teamsWithoutGroup, remark: "\(others.count), \(words.computed)")
            for team in others {
                writer.paragraph("\(team.name[language]) (\(team.role)) · \(words.teamStatus(team.status))", prefix: "• ")
            }
        }
        return writer.page(header: header)
    }
}
