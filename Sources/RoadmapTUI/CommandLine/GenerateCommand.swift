import ArgumentParser
import RoadmapModel

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic roadmap of any size, in the same format, for measurements and tests.",
        discussion: """
        The same seed always gives the same file. Each activity depends on about \
        --dependencies-per-activity earlier ones (so there is no cycle), with planned dates that \
        follow the dependencies, so that the file loads without a warning; --slips plants some \
        that do not. --shape chain makes one long chain instead.
        """
    )

    @Option(help: "How many activities.")
    var activities: Int

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "The average number of predecessors of an activity (network shape).")
    var dependenciesPerActivity: Double = 1.5

    @Option(help: "network (random dependencies on earlier activities) or chain (one long chain).")
    var shape: SyntheticRoadmap.Shape = .network

    @Option(help: "The share of activities planned a month or two too early for their dependencies, which `validate` then warns about (0 to 1).")
    var slips: Double = 0

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    func validate() throws {
        guard activities >= 0, activities <= 10_000_000 else { throw ValidationError("--activities must be between 0 and 10,000,000") }
        guard (0...1).contains(slips) else { throw ValidationError("--slips must be between 0 and 1") }
        guard dependenciesPerActivity >= 0, dependenciesPerActivity <= 50 else {
            throw ValidationError("--dependencies-per-activity must be between 0 and 50")
        }
    }

    func run() throws {
        let options = SyntheticRoadmap.Options(activities: activities, seed: seed,
                                               dependenciesPerActivity: dependenciesPerActivity, shape: shape, slips: slips)
        try OutputFile.writeOrExit(SyntheticRoadmap.bytes(options), to: output, command: "generate")
    }
}

extension SyntheticRoadmap.Shape: ExpressibleByArgument {}
