import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Explore the pan-Canadian digital government roadmap (2016), or any roadmap in the same format.",
        discussion: """
        With no subcommand, opens the explorer on FILE (- or a pipe: standard input; none: \
        ./roadmap.json, or the roadmap shipped with the program when there is none). When \
        standard output is not a terminal, prints the text export of the view the flags \
        describe instead. Preferences (lang, order, width, mouse, color, bom) are read from \
        $XDG_CONFIG_HOME/roadmap/config.toml: see `roadmap config`. The environment: LANG, \
        LC_ALL and LC_MESSAGES choose the language when neither --lang nor the configuration \
        does; NO_COLOR turns colours off; TERM must name a terminal that can move its cursor.
        """,
        version: RoadmapVersion.current,
        subcommands: [ExploreCommand.self, ValidateCommand.self, SummaryCommand.self, ScheduleCommand.self, DiffCommand.self, TextconvCommand.self, ExportCommand.self, ImportCommand.self, FmtCommand.self, ProgressCommand.self, ConfigCommand.self, GenerateCommand.self, BenchCommand.self, ReferenceCommand.self],
        defaultSubcommand: ExploreCommand.self
    )

    static func main() {
        // `roadmap bench`'s spawner never reaches the commands (BenchSpawner).
        BenchSpawner.serveIfAsked()
        TimingLog.markProcessStart()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let shell = CompletionScript.requestedShell(arguments) {
            print(CompletionScript.script(for: shell))
            return
        }
        if let typo = CommandTypo.message(for: arguments, commands: commandNames) {
            printError(typo)
            Glibc.exit(64)
        }
        main(nil)
    }

    /// The subcommands' names, and `help`, which the library adds.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }
}
