import ArgumentParser
import RoadmapModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a roadmap file and report every problem at once.",
        discussion: """
        Each problem is one line: file:line:column for a syntax error, the path in the data \
        (activities[3].finish) and the object's id for the rest. Warnings point at what is \
        legal but suspicious. Exits 0 when the file is valid, 1 when it is not.
        """
    )

    @Argument(help: FileArgument.help(scenario: false), completion: FileArgument.roadmap)
    var file: String?

    func run() throws {
        let source = RoadmapSource.resolve(file)
        let result = source.load()
        for diagnostic in result.diagnostics {
            print(diagnostic.formatted(file: source.displayName))
        }
        guard let roadmap = result.roadmap else {
            let errors = result.errors.count, warnings = result.warnings.count
            print("\(source.displayName): invalid: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        let warnings = result.warnings.count
        print("\(source.displayName): valid: \(roadmap.activities.count) activities in \(roadmap.areas.count) areas, "
            + "\(roadmap.teams.count) task teams, \(roadmap.dependencies.count) dependencies, "
            + "\(roadmap.meta.periods.count) periods \(roadmap.meta.timeline.start) – \(roadmap.meta.timeline.finish)"
            + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
    }
}
