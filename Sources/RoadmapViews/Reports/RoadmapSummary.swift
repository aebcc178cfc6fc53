import RoadmapModel

/// A plain-text overview of a roadmap: its periods, areas, roles and teams, with counts.
public struct RoadmapSummary {
    let roadmap: Roadmap
    let language: Language

    public init(roadmap: Roadmap, language: Language) {
        self.roadmap = roadmap
        self.language = language
    }

    public var text: String {
        let fr = language == .fr
        let colon = fr ? " :" : ":"
        var lines: [String] = []
        let meta = roadmap.meta
        lines.append(meta.title[language])
        if let status = meta.status { lines.append(status[language]) }
        lines.append("")
        lines.append((fr ? "Périodes" : "Periods") + " (\(meta.timeline.start) – \(meta.timeline.finish))")
        for period in meta.periods {
            lines.append("  \(period.id)  \(period.label[language])  \(period.start) – \(period.finish)")
        }
        lines.append("")
        lines.append((fr ? "Domaines d’intérêt" : "Areas of interest") + " (\(roadmap.areas.count)), " + (fr ? "activités par domaine" : "activities per area"))
        var perArea: [String: Int] = [:]
        for activity in roadmap.activities { perArea[activity.area, default: 0] += 1 }
        for area in roadmap.areas {
            lines.append("  " + pad(String(perArea[area.id] ?? 0), 3) + "  " + area.name[language])
        }
        lines.append("")
        lines.append((fr ? "Activités par rôle" : "Activities per role") + " (\(roadmap.activities.count))")
        var perRole: [String: Int] = [:]
        for activity in roadmap.activities { perRole[activity.role, default: 0] += 1 }
        for role in roadmap.roles {
            let aliases = role.aliases.isEmpty ? "" : " (" + role.aliases.joined(separator: ", ") + ")"
            lines.append("  " + pad(String(perRole[role.id] ?? 0), 3) + "  \(role.id)\(aliases)  \(role.name[language])")
        }
        var newCount = 0
        for activity in roadmap.activities where activity.status == .new { newCount += 1 }
        lines.append("  " + (fr ? "nouvelles : \(newCount), en cours : \(roadmap.activities.count - newCount)"
                                : "new: \(newCount), ongoing: \(roadmap.activities.count - newCount)"))
        lines.append("")
        var perStatus: [TaskTeam.Status: Int] = [:]
        for team in roadmap.teams { perStatus[team.status, default: 0] += 1 }
        let statusWords: [TaskTeam.Status: (String, String)] = [.existing: ("existantes", "existing"), .new: ("nouvelles", "new"), .external: ("externes", "external")]
        let statusText = TaskTeam.Status.allCases.map { status in
            "\(perStatus[status] ?? 0) " + (fr ? statusWords[status]!.0 : statusWords[status]!.1)
        }.joined(separator: ", ")
        lines.append((fr ? "Équipes spéciales" : "Task teams") + colon + " \(roadmap.teams.count) (\(statusText))")
        lines.append((fr ? "Sous-comités" : "Sub-committees") + colon + " \(roadmap.subcommittees.count)")
        lines.append((fr ? "Groupes de travail actuels" : "Current working groups") + colon + " \(roadmap.workingGroups.count)")
        lines.append((fr ? "Dépendances" : "Dependencies") + colon + " \(roadmap.dependencies.count)")
        lines.append((fr ? "Glossaire" : "Glossary") + colon + " \(roadmap.glossary.count) " + (fr ? "termes" : "terms"))
        return lines.map(Sanitized.text).joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
