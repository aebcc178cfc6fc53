/// A roadmap that validation accepted, with what validation established about it: role
/// aliases resolved (each activity keeps `roleAsWritten`), the dependency graph in
/// topological order, and the indices from ids to positions. Only `Validator` makes one, so
/// holding one is the proof that the roadmap is valid — the schedule asks for nothing else.
public struct ValidatedRoadmap: Sendable {
    public let roadmap: Roadmap
    public let graph: DependencyGraph
    /// Activity id → index in `roadmap.activities`.
    public let activityIndex: IDIndex
    /// Task team id → index in `roadmap.teams`.
    public let teamIndex: IDIndex
    /// Area id → index in `roadmap.areas`.
    public let areaIndex: IDIndex
    /// What is legal but worth a second look (role differs from the team's, a start that
    /// slips, a dependency given twice).
    public internal(set) var warnings: [Diagnostic]
    /// Each activity's task team, an index into `roadmap.teams`, or -1 for none: found once by
    /// validation, so that the team schedule (rebuilt on every what-if) looks up no id.
    /// Empty when the maker did not give it; `team(of:)` then looks the id up.
    let activityTeams: [Int32]
    /// The progress the roadmap reports as of its status date, in the schedule's terms; nil
    /// without a status date. Made once here, with the graph, so that scheduling (redone on
    /// every what-if) reads it rather than walking the activities again.
    public let progress: ScheduleProgress?

    init(roadmap: Roadmap, graph: DependencyGraph, activityIndex: IDIndex, teamIndex: IDIndex, areaIndex: IDIndex, warnings: [Diagnostic],
         activityTeams: [Int32] = []) {
        self.progress = ScheduleProgress(roadmap)
        self.roadmap = roadmap
        self.graph = graph
        self.activityIndex = activityIndex
        self.teamIndex = teamIndex
        self.areaIndex = areaIndex
        self.warnings = warnings
        self.activityTeams = activityTeams.count == roadmap.activities.count ? activityTeams : []
    }

    /// The index in `roadmap.teams` of an activity's task team; nil when it has none.
    public func team(of activity: Int) -> Int? {
        if !activityTeams.isEmpty {
            let t = activityTeams[activity]
            return t >= 0 ? Int(t) : nil
        }
        return roadmap.activities[activity].team.flatMap { teamIndex[$0] }
    }

    /// Validates a roadmap built in code; throws every finding when it is not valid.
    public init(validating roadmap: Roadmap) throws(InvalidRoadmap) {
        self = try Validator.validate(roadmap).get()
    }
}

/// What loading or validating a roadmap gives: the validated roadmap, or every finding (at
/// least one of them an error).
public enum LoadResult: Sendable {
    case valid(ValidatedRoadmap)
    case invalid([Diagnostic])

    public var validated: ValidatedRoadmap? {
        if case .valid(let validated) = self { return validated }
        return nil
    }

    /// The roadmap, when it is valid.
    public var roadmap: Roadmap? { validated?.roadmap }

    /// Every finding: the warnings of a valid roadmap, everything found in an invalid one.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .valid(let validated): return validated.warnings
        case .invalid(let findings): return findings
        }
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }

    public func get() throws(InvalidRoadmap) -> ValidatedRoadmap {
        switch self {
        case .valid(let validated): return validated
        case .invalid(let findings): throw InvalidRoadmap(findings: findings)
        }
    }
}

/// The findings that make a roadmap invalid, as an error.
public struct InvalidRoadmap: Error, Sendable, CustomStringConvertible {
    public let findings: [Diagnostic]
    public var description: String {
        "the roadmap is invalid:\n" + findings.map { "  " + $0.description }.joined(separator: "\n")
    }
}
