import ArgumentParser
import RoadmapModel

/// `roadmap textconv FILE`: the roadmap as stable, line-by-line text (`RoadmapLines`) for git's
/// textconv, so that `git diff`, `git log -p` and `git show` show a roadmap's changes as
/// readable lines — each value with the ids of the objects it is in, then the schedule.
struct TextconvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textconv",
        abstract: "Print a roadmap as stable, line-by-line text, for git diff's textconv.",
        discussion: """
        Every value of the file on a line of its own, named by its path and the ids of the \
        objects it is in (activities[cloud].finish: 2018-03), a reference followed by the name \
        it points to; then one line per activity of the schedule it gives (early and late dates, \
        float, critical). The same file always gives the same text. With `git config \
        diff.roadmap.textconv "roadmap textconv"` and `roadmap.json diff=roadmap` in \
        .gitattributes, git diff shows a roadmap's changes this way. An MS Project XML or CSV \
        plan is shown as the roadmap it imports to. An invalid roadmap gives its located \
        errors and exit 1 (git diff --no-textconv shows the raw file).
        """
    )

    @Argument(help: ArgumentHelp("The roadmap file (git passes a temporary copy); `-` for standard input.", valueName: "file"),
              completion: FileArgument.roadmap)
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let preferences = try Preferences.loadOrExit()
        let source = RoadmapSource.resolve(file)
        let bytes: [UInt8]
        switch source.bytes() {
        case .success(let read): bytes = read
        case .failure(let failure):
            printError("\(source.displayName): error: \(failure.message)")
            throw ExitCode(1)
        }
        let validated = try source.loadOrExit()
        // A plan in another format is shown as the roadmap file it imports to.
        let json = PlanImport.format(of: bytes) == nil ? bytes : RoadmapJSON.bytes(validated.roadmap)
        let lines: [String]
        do {
            lines = try RoadmapLines.lines(json: json, ScheduledRoadmap(validated), language: language.language(preferences))
        } catch {
            printError("\(source.displayName): error: the JSON could not be read as a tree of values (\(error))")
            throw ExitCode(1)
        }
        try OutputFile.writeOrExit(Array((lines.joined(separator: "\n") + "\n").utf8), to: nil, command: "textconv")
    }
}
