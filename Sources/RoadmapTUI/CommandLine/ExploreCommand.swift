import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import RoadmapModel
import RoadmapViews

struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the explorer (the default). Into a pipe, print the text export of the view instead.",
        discussion: """
        The flags set the explorer's starting view and filters. When standard output is not a \
        terminal, the same flags describe the view printed as text, as `roadmap export --format \
        text` would (as `git log` does into a pipe). When the roadmap comes from a pipe, the keys \
        are read from the terminal (/dev/tty). Colours follow --color/--no-color, else the \
        configuration file, else NO_COLOR (set and not empty: no colours); the language \
        --lang, else the configuration file, else LC_ALL, LC_MESSAGES or LANG. The keys are in \
        the help screen (?) and in `man roadmap`.
        """
    )

    @Argument(help: FileArgument.help(scenario: true), completion: FileArgument.roadmap)
    var file: String?

    @OptionGroup var viewOptions: ViewOptions

    /// The width of the text printed into a pipe.
    @OptionGroup var width: WidthOption

    /// The byte order mark of the CSV files the explorer's export (e) writes.
    @OptionGroup var bom: ByteOrderMarkOption

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let timing = TimingLog.fromEnvironment(ProcessInfoEnvironment.current)
        let preferences = try Preferences.loadOrExit()
        let (source, state, scheduled) = try viewOptions.open(file: file, command: "explore", preferences: preferences, timing: timing)
        guard isatty(1) == 1 else {
            // The same bytes as `roadmap export --format text`, by the same function.
            try OutputFile.writeOrExit(to: nil, command: "explore") { sink in
                try Exporter.write(scheduled, state, format: .text, width: width.setting(preferences).value, to: sink)
            }
            return
        }
        // The data may have come from a pipe: the keys then come from the terminal itself.
        guard StandardInput.reattachTerminal() else {
            printError("roadmap: error: the explorer reads keys from a terminal, and this process has none; use `roadmap export` to print the view")
            throw ExitCode(1)
        }
        do {
            try ExplorerLoop.run(scheduled, state: state, roadmapPath: source.path, exportOptions: ExportOptions(csvByteOrderMark: bom.setting(preferences).value, stamp: .now(source: source.stampName)),
                                 mouse: terminal.mouseSetting(preferences).value, colors: terminal.colorSetting(preferences).value,
                                 environment: ProcessInfoEnvironment.current)
        } catch let failure as Terminal.Failure {
            printError("roadmap: error: \(failure.description)")
            throw ExitCode(1)
        }
    }
}
