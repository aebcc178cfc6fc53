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
        text` would (as `git log` does into a pipe).
        """
    )

    @Argument(help: "The roadmap file (default: the --scenario's roadmap, else ./roadmap.json, else the shipped roadmap).")
    var file: String?

    @OptionGroup var viewOptions: ViewOptions

    /// The width of the text printed into a pipe.
    @OptionGroup var width: WidthOption

    @Flag(help: "Begin the CSV files the explorer's export (e) writes with a UTF-8 byte order mark, for spreadsheets.")
    var bom = false

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse, so that the terminal's own selection (copy and paste) works; clicks and the wheel then do nothing in the explorer.")
    var noMouse = false

    func run() throws {
        let timing = TimingLog.fromEnvironment(ProcessInfoEnvironment.current)
        let (source, state, scheduled) = try viewOptions.open(file: file, command: "explore", timing: timing)
        guard isatty(0) == 1, isatty(1) == 1 else {
            // The same bytes as `roadmap export --format text`, by the same function.
            try OutputFile.writeOrExit(to: nil, command: "explore") { sink in
                try Exporter.write(scheduled, state, format: .text, width: width.width, to: sink)
            }
            return
        }
        do {
            try ExplorerLoop.run(scheduled, state: state, roadmapPath: source.path, exportOptions: ExportOptions(csvByteOrderMark: bom),
                                 mouse: !noMouse, environment: ProcessInfoEnvironment.current)
        } catch let failure as Terminal.Failure {
            printError("roadmap: error: \(failure.description)")
            throw ExitCode(1)
        }
    }
}
