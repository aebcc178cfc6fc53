import ArgumentParser
import RoadmapModel
import RoadmapViews

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the current view of a roadmap as text, Markdown, CSV, JSON or Mermaid.",
        discussion: """
        text: exactly the grid the explorer draws for that view, those filters and that width, \
        without colours. markdown: a heading and a table per area of interest. csv: RFC 4180, \
        one row per activity in the view. json: the schedule of every activity in the view \
        (planned, early and late dates, floats, slip, critical or not) with the critical path \
        and the teams that carry it; the field names are a contract. mermaid: a gantt chart. \
        Written to standard output, or with --output to a file, atomically (a temporary file \
        then renamed), never over the roadmap being read. The text is written a few hundred \
        rows at a time, so its memory does not grow with the roadmap.
        """
    )

    @Argument(help: "The roadmap file (default: ./roadmap.json, else the shipped roadmap).")
    var file: String?

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    @OptionGroup var width: WidthOption

    @OptionGroup var viewOptions: ViewOptions

    func run() throws {
        let source = RoadmapSource.resolve(file)
        let loaded = try source.loadOrExit()
        let (state, delays) = try viewOptions.resolve(loaded)
        let scheduled = ScheduledRoadmap(loaded, delays: delays, statedOnly: viewOptions.statedOnly)
        try OutputFile.writeOrExit(to: output, protecting: source.path, command: "export") { sink in
            try Exporter.write(scheduled, state, format: format, width: width.width, to: sink)
        }
    }
}
