import RoadmapModel

/// The shapes real roadmap files have, by name: what `roadmap generate --profile` writes and what
/// `roadmap bench` measures side by side. Each changes one thing from `clean` (the generator's
/// default, pretty-printed, without a warning) but `minified-warnings`, the combination that
/// once made locating warnings quadratic. The cost of every profile is compared with `clean` at
/// the same number of activities.
public enum SyntheticProfile: String, CaseIterable, Sendable {
    case clean
    /// The same roadmap on one line.
    case minified
    /// A third of the activities with a role that differs from their team's, and 2 % planned
    /// too early for their dependencies: a warning for each.
    case warnings
    case minifiedWarnings = "minified-warnings"
    /// One task team per 20 activities, however many that makes.
    case manyTeams = "many-teams"
    /// A final milestone with 10,000 predecessors (every activity, for smaller roadmaps).
    case fanIn = "fan-in"
    /// Long names mixing accents, CJK, emoji and combining marks.
    case longNames = "long-names"
    /// One chain through every activity.
    case deepChain = "deep-chain"

    public func options(activities: Int, seed: UInt64) -> SyntheticRoadmap.Options {
        var options = SyntheticRoadmap.Options(activities: activities, seed: seed)
        switch self {
        case .clean: break
        case .minified: options.layout = .minified
        case .warnings:
            options.roleWarnings = 1.0 / 3
            options.slips = 0.02
        case .minifiedWarnings:
            options.roleWarnings = 1.0 / 3
            options.slips = 0.02
            options.layout = .minified
        case .manyTeams: options.activitiesPerTeam = 20
        case .fanIn: options.fanIn = 10_000
        case .longNames: options.names = .long
        case .deepChain: options.shape = .chain
        }
        return options
    }
}
