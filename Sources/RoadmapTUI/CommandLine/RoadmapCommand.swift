import ArgumentParser

@main
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Explore the pan-Canadian digital government roadmap (2016), or any roadmap in the same format.",
        discussion: """
        With no subcommand, opens the explorer on FILE (./roadmap.json, or the roadmap shipped \
        with the program when there is none). When standard output is not a terminal, prints \
        the text export of the view the flags describe instead.
        """,
        version: RoadmapVersion.current,
        subcommands: [ExploreCommand.self, ValidateCommand.self, SummaryCommand.self, ScheduleCommand.self, DiffCommand.self, ExportCommand.self, ImportCommand.self, GenerateCommand.self, BenchCommand.self, FmtCommand.self],
        defaultSubcommand: ExploreCommand.self
    )

    static func main() {
        TimingLog.markProcessStart()
        if let shell = CompletionScript.requestedShell(Array(CommandLine.arguments.dropFirst())) {
            print(CompletionScript.script(for: shell))
            return
        }
        main(nil)
    }
}
