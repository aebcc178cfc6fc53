import ArgumentParser
import RoadmapModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn an MS Project XML (MSPDI) or spreadsheet CSV plan into a roadmap file.",
        discussion: """
        The format is told by the content: an XML document whose root is MSPDI's <Project> is MS \
        Project XML, anything else is read as CSV with a header row. Summary tasks become areas \
        of interest, leaf tasks activities (months from their dates; a milestone is a one-month \
        activity), links dependencies (lags rounded to whole months, with a warning), resources \
        task teams; role and status come from the extended attributes Role and Status. Whatever \
        the file does not state is made up and marked inferred, with a note. The roadmap is \
        validated as any roadmap file is: warnings go to standard error; an error names the \
        file, line and column, exits 1 and writes nothing.
        """
    )

    @Argument(help: "The plan: MS Project XML (.xml) or CSV; `-` or a pipe for standard input.",
              completion: .file(extensions: ["xml", "csv"]))
    var file: String?

    @Option(name: [.short, .long], help: ArgumentHelp("The roadmap file to write (default: standard output).", valueName: "path"), completion: FileArgument.output)
    var output: String?

    @Option(help: "The language the plan's names are written in (fr or en), for the roadmap's language note.")
    var lang: Language?

    @Option(help: "The length of the roadmap's periods, in months, counted from the first month of the plan.")
    var periodMonths = 6

    func validate() throws {
        guard (1...120).contains(periodMonths) else {
            throw ValidationError("--period-months must be between 1 and 120, not \(periodMonths)")
        }
    }

    func run() throws {
        // ROADMAP_TIMING=FILE: each step's time since the start, as the explorer's opening.
        let timing = TimingLog.fromEnvironment(ProcessInfoEnvironment.current)
        let given = file ?? (StandardInput.holdsData ? "-" : nil)
        guard let given else {
            printError("roadmap import: error: give the plan to import: a FILE, `-`, or a pipe on standard input")
            throw ExitCode(64)
        }
        // The name messages give it, and the name of the roadmap it becomes.
        let file = given == "-" ? StandardInput.displayName : given
        let bytes: [UInt8]
        switch StandardInput.readFileOrInput(given, for: "FILE") {
        case .success(let read): bytes = read
        case .failure(let failure):
            printError("\(file): error: \(failure.message)")
            throw ExitCode(1)
        }
        let format = PlanImport.format(of: bytes)
        if format == nil, bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{") {
            printError("\(file): error: this is a roadmap file already (JSON); `roadmap import` reads MS Project XML and CSV")
            throw ExitCode(1)
        }
        let name = given == "-" ? "stdin" : String(given.split(separator: "/").last ?? Substring(given))
        timing?.step("read")
        let plan = PlanImport.read(bytes: bytes, format: format ?? .csv)
        timing?.step("parsed")
        let result = ImportBuilder.build(plan, options: ImportOptions(language: lang, periodMonths: periodMonths, fileName: name))
        timing?.step("built")
        for diagnostic in result.diagnostics {
            printError(diagnostic.formatted(file: file))
        }
        guard let validated = result.validated else {
            let count = result.errors.count
            printError("\(file): \(count) error\(count == 1 ? "" : "s"); nothing written")
            throw ExitCode(1)
        }
        try OutputFile.writeOrExit(to: output, protecting: given == "-" ? nil : given, command: "import") { sink in
            try RoadmapJSON.write(validated.roadmap, to: sink)
        }
        timing?.step("written")
        // The plan's rows and the roadmap are not released one object at a time: the process
        // ends, and the kernel takes the memory back at once.
        exitLeavingMemory((plan, validated))
    }
}
