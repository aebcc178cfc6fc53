import ArgumentParser
import RoadmapModel

struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the explorer (the default), or print a summary when output is not a terminal."
    )

    @Argument(help: "The roadmap file (default: ./roadmap.json, else the shipped roadmap).")
    var file: String?

    func run() throws {
        let source = RoadmapSource.resolve(file)
        let roadmap = try source.loadOrExit()
        print(RoadmapSummary(roadmap: roadmap, language: Language.fromEnvironment(ProcessInfoEnvironment.current)).text)
    }
}
