import ArgumentParser
import RoadmapModel
import RoadmapSynthetic

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic roadmap of any size, in the same format, for measurements and tests.",
        discussion: """
        The same options always give the same file. Each activity depends on about \
        --dependencies-per-activity earlier ones (so there is no cycle), with planned dates that \
        follow the dependencies, so that the file loads without a warning; --slips and \
        --role-warnings plant some that do not. --shape chain makes one long chain instead. \
        --profile starts from one of the shapes `roadmap bench` measures (clean, minified, \
        warnings, minified-warnings, many-teams, fan-in, long-names, deep-chain); the other \
        options given then change it.
        """
    )

    @Option(help: "How many activities.")
    var activities: Int

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "A named shape to start from: \(SyntheticProfile.allCases.map(\.rawValue).joined(separator: ", ")).")
    var profile: SyntheticProfile = .clean

    @Option(help: "The average number of predecessors of an activity (network shape).")
    var dependenciesPerActivity: Double?

    @Option(help: "network (random dependencies on earlier activities) or chain (one long chain).")
    var shape: SyntheticRoadmap.Shape?

    @Option(help: "The share of activities planned a month or two too early for their dependencies, which `validate` then warns about (0 to 1).")
    var slips: Double?

    @Option(help: "The share of activities whose role differs from their task team's, which `validate` then warns about (0 to 1).")
    var roleWarnings: Double?

    @Option(help: "One task team per this many activities (default: one per 25, at most 5,000 teams).")
    var activitiesPerTeam: Int?

    @Option(help: "The number of predecessors of the last activity (a wide fan-in, network shape); 0 for none.")
    var fanIn: Int?

    @Option(help: "short, or long names mixing accents, CJK, emoji and combining marks.")
    var names: SyntheticRoadmap.Names?

    @Option(help: "pretty (one member per line) or minified (the whole file on one line).")
    var layout: SyntheticRoadmap.Layout?

    @Flag(help: "Make up progress as of a status date two fifths into the timeline: work finished, under way, some behind (the file's meta says it is made up).")
    var progress = false

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"), completion: FileArgument.output)
    var output: String?

    func validate() throws {
        guard activities >= 0, activities <= 10_000_000 else { throw ValidationError("--activities must be between 0 and 10,000,000") }
        for (name, share) in [("--slips", slips), ("--role-warnings", roleWarnings)] {
            if let share, !(0...1).contains(share) { throw ValidationError("\(name) must be between 0 and 1") }
        }
        if let dependenciesPerActivity, !(0...50).contains(dependenciesPerActivity) {
            throw ValidationError("--dependencies-per-activity must be between 0 and 50")
        }
        if let activitiesPerTeam, !(1...10_000_000).contains(activitiesPerTeam) {
            throw ValidationError("--activities-per-team must be between 1 and 10,000,000")
        }
        if let fanIn, !(0...10_000_000).contains(fanIn) { throw ValidationError("--fan-in must be between 0 and 10,000,000") }
    }

    func run() throws {
        var options = profile.options(activities: activities, seed: seed)
        if let dependenciesPerActivity { options.dependenciesPerActivity = dependenciesPerActivity }
        if let shape { options.shape = shape }
        if let slips { options.slips = slips }
        if let roleWarnings { options.roleWarnings = roleWarnings }
        if let activitiesPerTeam { options.activitiesPerTeam = activitiesPerTeam }
        if let fanIn { options.fanIn = fanIn }
        if let names { options.names = names }
        if let layout { options.layout = layout }
        options.progress = progress
        try OutputFile.writeOrExit(SyntheticRoadmap.bytes(options), to: output, command: "generate")
    }
}

extension SyntheticRoadmap.Shape: ExpressibleByArgument {}
extension SyntheticRoadmap.Names: ExpressibleByArgument {}
extension SyntheticRoadmap.Layout: ExpressibleByArgument {}
extension SyntheticProfile: ExpressibleByArgument {}
