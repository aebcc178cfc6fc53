import ArgumentParser
import RoadmapModel
import RoadmapViews

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print what a roadmap holds: periods, areas with their activities, roles, teams, counts."
    )

    @Argument(help: FileArgument.help(scenario: false), completion: FileArgument.roadmap)
    var file: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let preferences = try Preferences.loadOrExit()
        let loaded = try RoadmapSource.resolve(file).loadOrExit()
        let language = self.language.language(preferences)
        let text = RoadmapSummary(roadmap: loaded.roadmap, language: language).text + "\n"
        try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "summary")
    }
}
