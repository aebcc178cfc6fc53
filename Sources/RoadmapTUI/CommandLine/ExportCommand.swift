import ArgumentParser
import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the current view of a roadmap as text, Markdown, CSV, JSON, Mermaid, MS Project XML, TaskJuggler, SVG, HTML, PNG or PDF.",
        discussion: """
        Each view exports its own content: the roadmap its activities (a table per area, one \
        CSV row per activity, the schedule as JSON, a Mermaid gantt chart, an MS Project plan \
        (msproject: MSPDI XML for MS Project, ProjectLibre, GanttProject), a TaskJuggler 3 \
        project (tjp) that tj3 schedules to the same early dates, the grid as a chart \
        for a page or a deck (svg; png and pdf drawn from it by rsvg-convert, Debian package \
        librsvg2-bin), a self-contained HTML page of the chart and the tables); teams the task \
        teams; dependencies the links (of --activity, else all); transition the working \
        groups; glossary the terms; strategy its text. text is exactly the page the explorer \
        draws, those filters and that width, without colours. A format a view has no meaning \
        in (a glossary as a chart) is refused, exit 1. Every format says which values are \
        inferred rather than read from the seed. A file is a document: names whole in the \
        view's language, no key to press, the reasons behind the provenance marks in \
        numbered notes at the end. Written to standard output, or with --output to a file, atomically (a temporary file \
        then renamed), never over the roadmap being read. The text is written a few hundred \
        rows at a time, so its memory does not grow with the roadmap.
        """
    )

    @Argument(help: FileArgument.help(scenario: true), completion: FileArgument.roadmap)
    var file: String?

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"), completion: FileArgument.output)
    var output: String?

    @OptionGroup var width: WidthOption

    @OptionGroup var bom: ByteOrderMarkOption

    @OptionGroup var viewOptions: ViewOptions

    func run() throws {
        let preferences = try Preferences.loadOrExit()
        // Only a --bom given here is refused; the configuration's applies to CSV alone.
        if bom.bom == true && format != .csv {
            printError("roadmap export: error: --bom applies to --format csv only (a byte order mark is for spreadsheets; JSON forbids one)")
            throw ExitCode(1)
        }
        if let refusal = Exporter.refusal(of: format, for: viewOptions.view) {
            printError("roadmap export: error: \(refusal.message(.en))")
            throw ExitCode(1)
        }
        if viewOptions.baseline != nil, !Exporter.showsBaseline(format, of: viewOptions.view) {
            // Not silently dropped: the user asked for a comparison this output has no place for.
            printError("roadmap export: warning: --baseline is drawn by the roadmap grid (--format text, svg or html) and listed by the what-if view (--view what-ifs); this export leaves it out — `roadmap diff OLD FILE --format json` gives the differences as data")
        }
        var renderer: RSVGConvert?
        if format.isRenderedPicture {
            // Said before the roadmap is read: the picture cannot be made without it.
            renderer = RSVGConvert()
            guard renderer?.executable != nil else {
                printError("roadmap export: error: \(RSVGConvert.missing)")
                throw ExitCode(1)
            }
            if output == nil || output == "-", isatty(1) != 0 {
                printError("roadmap export: error: --format \(format.rawValue) is an image, not text for the terminal: write it to a file with --output chart.\(format.fileExtension), or pipe it")
                throw ExitCode(1)
            }
        }
        let (source, state, scheduled) = try viewOptions.open(file: file, command: "export", preferences: preferences)
        let options = ExportOptions(csvByteOrderMark: format == .csv && bom.setting(preferences).value, stamp: .now(source: source.stampName))
        do {
            try OutputFile.writeOrExit(to: output, protecting: source.path, command: "export") { sink in
                try Exporter.write(scheduled, state, format: format, width: width.setting(preferences).value, options: options, renderer: renderer,
                                   warn: { printError("roadmap export: warning: \($0)") }, to: sink)
            }
        } catch let refusal as ExportDataRefusal {
            // Found before any byte was written: nothing was.
            refusal.lines(file: source.displayName).forEach(printError)
            printError("roadmap export: error: \(refusal.problems.count) value\(refusal.problems.count == 1 ? "" : "s") that \(refusal.format.name(.en)) cannot carry; nothing written")
            throw ExitCode(1)
        } catch let failure as PictureRenderingError {
            printError("roadmap export: error: \(failure.description)")
            throw ExitCode(1)
        }
        exitLeavingMemory(scheduled)
    }
}
