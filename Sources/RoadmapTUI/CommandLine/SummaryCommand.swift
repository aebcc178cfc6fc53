import ArgumentParser
import RoadmapModel

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print what a roadmap holds: periods, areas with their activities, roles, teams, counts."
    )

    @Argument(help: "The roadmap file (default: ./roadmap.json, else the shipped roadmap).")
    var file: String?

    @Option(help: "fr or en (default: French when LC_ALL, LC_MESSAGES or LANG begins with \"fr\").")
    var lang: Language?

    func run() throws {
        let loaded = try RoadmapSource.resolve(file).loadOrExit()
        let language = lang ?? Language.fromEnvironment(ProcessInfoEnvironment.current)
        let text = RoadmapSummary(roadmap: loaded.roadmap, language: language).text + "\n"
        try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "summary")
    }
}
