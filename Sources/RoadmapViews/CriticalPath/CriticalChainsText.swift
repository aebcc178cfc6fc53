import RoadmapModel

/// The critical chains as plain lines with activity and team ids, for `roadmap schedule`:
/// the same report as the critical-path page, where ids are what a script or a reader of the
/// table above looks for.
public enum CriticalChainsText {
    /// Paragraphs are wrapped to this many columns; chains are one line each, whatever their length.
    static let paragraphWidth = 100

    public static func lines(_ report: CriticalChainsReport, _ scheduled: ScheduledRoadmap, _ language: Language) -> [String] {
        let roadmap = scheduled.roadmap
        let words = Vocabulary(language)
        func id(_ activity: Int) -> String { Sanitized.text(roadmap.activities[activity].id) }
        func team(_ team: Int?) -> String { team.map { Sanitized.text(roadmap.teams[$0].id) } ?? "(" + words.noTeam + ")" }
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
                lines.append("  " + label + " " + chain.activities.map(id).joined(separator: " → "))
                lines.append(indent + CriticalChainsReport.teamsWord(chain.teams.count, language) + words.colon + " " + chain.teams.map(team).joined(separator: " → "))
                if let links = chain.links { lines.append(indent + links) }
            case let .finisher(activity, text):
                lines.append("  " + id(activity) + words.colon + " " + text)
            case let .teams(teams):
                let width = teams.map { TextWidth.of(team($0)) }.max() ?? 0
                for t in teams {
                    lines.append("  " + TextWidth.pad(team(t), to: width) + "  " + Sanitized.text(roadmap.teams[t].name[language]))
                }
            }
        }
        return lines
    }
}
