import RoadmapModel

/// The critical chains in Markdown: the report the critical-path page shows, with activities
/// by name, one list item a chain (every → a dependency that binds) and the teams it runs
/// through under it. The Markdown export calls it at one spot, for every activity view.
enum MarkdownCriticalChains {
    static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, visible: Set<Int>?,
                      into out: inout [UInt8], sink: ([UInt8]) throws -> Void) rethrows {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let cell = MarkdownExport.cell
        func teamName(_ team: Int?) -> String { cell(team.map { roadmap.teams[$0].name[language] } ?? words.noTeam) }
        var inList = false
        // Each block ends its last line; the next one starts with the blank line it needs.
        for block in CriticalChainsReport(scheduled, language: language, visible: visible).blocks {
            let isItem: Bool
            switch block {
            case .chain, .finisher, .teams: isItem = true
            case .heading, .paragraph: isItem = false
            }
            // A blank line before each block, but between the items of one list.
            if !(inList && isItem) { out.append("\n") }
            inList = isItem
            switch block {
            case let .heading(text):
                // Under the export's title (`#`): a section, not a sub-section.
                out.append("## \(cell(text))\n")
            case let .paragraph(text):
                out.append(MarkdownText.softWrapped(cell(text)).joined(separator: "\n") + "\n")
            case let .chain(chain):
                let label = chain.label.first?.isNumber == true ? "\(chain.label)." : "- **\(chain.label)**"
                let indent = String(repeating: " ", count: chain.label.first?.isNumber == true ? chain.label.count + 2 : 2)
                // The steps on lines of the Markdown's length, continued inside the list item.
                let steps = chain.activities.map { cell(roadmap.activities[$0].name[language]) }.joined(separator: " → ")
                out.append(MarkdownText.softWrapped(label + " " + steps, indent: indent.count).joined(separator: "\n"))
                try out.flush(to: sink)
                out.append("  \n\(indent)_" + CriticalChainsReport.teamsWord(chain.teams.count, language) + words.colon + " ")
                out.append(chain.teams.map(teamName).joined(separator: " → ") + "_")
                if let links = chain.links { out.append("  \n\(indent)_\(cell(links))_") }
                out.append("\n")
            case let .finisher(activity, text):
                out.append(MarkdownText.softWrapped("- \(cell(roadmap.activities[activity].name[language])) — \(cell(text))", indent: 2).joined(separator: "\n") + "\n")
            case let .teams(teams):
                for team in teams { out.append("- \(teamName(team))\n") }
            }
            try out.flush(to: sink)
        }
    }
}
