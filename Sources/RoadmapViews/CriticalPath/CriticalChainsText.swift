import RoadmapModel

/// The critical chains as plain lines, for `roadmap schedule`: the same report as the
/// critical-path page, activities and teams by their names in the report's language (the
/// table above names them so too).
public enum CriticalChainsText {
    /// Paragraphs are wrapped to this many columns; chains are one line each, whatever their length.
    static let paragraphWidth = 100

    public static func lines(_ report: CriticalChainsReport, _ scheduled: ScheduledRoadmap, _ language: Language) -> [String] {
        let roadmap = scheduled.roadmap
        let words = Vocabulary(language)
        func name(_ activity: Int) -> String { DiffReport.oneLine(roadmap.activities[activity].name[language]) }
        func team(_ team: Int?) -> String { team.map { DiffReport.oneLine(roadmap.teams[$0].name[language]) } ?? "(" + words.noTeam + ")" }
        var lines: [String] = []
        for block in report.blocks {
            switch block {
            case let .heading(text):
                lines.append("")
                lines.append(Sanitized.text(text) + words.colon)
            case let .paragraph(text):
                lines += TextWidth.wrap(Sanitized.text(text), to: paragraphWidth)
            case let .chain(chain):
                let label = chain.label.first?.isNumber == true ? chain.label + "." : chain.label
                let indent = String(repeating: " ", count: 2 + label.count + 1)
                lines.append("  " + label + " " + chain.activities.map(name).joined(separator: " → "))
                lines.append(indent + CriticalChainsReport.teamsWord(chain.teams.count, language) + words.colon + " " + chain.teams.map(team).joined(separator: " → "))
                if let links = chain.links { lines.append(indent + links) }
            case let .finisher(activity, text):
                lines.append("  " + name(activity) + words.colon + " " + text)
            case let .teams(teams):
                for t in teams { lines.append("  " + team(t)) }
            }
        }
        return lines
    }
}
