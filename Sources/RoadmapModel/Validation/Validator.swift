/// The rules a roadmap must follow beyond its shape: ids and references written as the schema
/// says, references that resolve, ids that are unique, dates that make sense, a dependency
/// graph without cycles — and, as warnings, what is legal but suspicious. Every finding names
/// its place in the data and the object's id.
///
/// The checks are passes, one per list, in Passes/Validator+*.swift, run in the order below
/// (which is the order of the findings); each finding is made through its rule
/// (`ValidationRule`), with its message beside it.
///
/// Validation is the only way to a `ValidatedRoadmap`: what the rest of the program needs to
/// hold (a graph with its order, the id indices) comes out of it, not out of a promise.
public enum Validator {
    /// The roadmap checked: valid, with its warnings, or every finding. Role aliases come back
    /// resolved (Br becomes Int).
    public static func validate(_ roadmap: consuming Roadmap) -> LoadResult {
        let (findings, validated) = check(roadmap, structureIsComplete: true)
        if let validated { return .valid(validated) }
        return .invalid(findings)
    }

    /// Every finding, and the validated roadmap when there is no error.
    /// - Parameter structureIsComplete: false when decoding already found problems: the
    ///   roadmap is then never valid, and the schedule-based warnings are skipped, as they
    ///   would rest on placeholder values.
    static func check(_ roadmap: consuming Roadmap, structureIsComplete: Bool) -> (findings: [Diagnostic], validated: ValidatedRoadmap?) {
        var v = ValidationState(roadmap)
        v.checkTimeline()
        // Roles first: every other list refers to them, through their ids or their aliases.
        v.checkRoles()
        v.checkPeriodsPhasesAndLegends()
        v.checkStrategy()
        v.checkIdentifiers()
        v.checkTeams()
        v.checkActivities()
        v.checkProgress()
        v.checkDependencies()
        v.checkWorkingGroups()
        v.checkGraph()
        guard structureIsComplete, !v.findings.hasErrors, let graph = v.graph else { return (v.findings.list, nil) }
        // Warnings: legal, but worth a second look.
        v.checkWarnings(graph)
        let validated = ValidatedRoadmap(roadmap: v.roadmap, graph: graph, activityIndex: v.activityIDs, teamIndex: v.teamIDs,
                                         areaIndex: v.areaIDs, warnings: v.findings.list, activityTeams: v.teamOf)
        return (v.findings.list, validated)
    }
}

/// What the passes share: the roadmap (its role codes resolved as they go), the findings, and
/// what earlier passes established (each list's id index, each activity's team, the graph).
struct ValidationState {
    var roadmap: Roadmap
    var findings = Findings()

    /// Every role code and alias (lower-cased) → the role's id.
    var roleOf: [String: String] = [:]
    // The same few codes come back on every activity: the last answers are remembered rather
    // than lower-casing each code again. Only codes that passed the role-code pattern come
    // here, all ASCII, for which `==` is equality of bytes.
    private var memoCodes: [String] = [], memoRoles: [String?] = []

    var periodIDs = IDIndex(), phaseIDs = IDIndex(), areaIDs = IDIndex(), subcommitteeIDs = IDIndex()
    var teamIDs = IDIndex(), councilIDs = IDIndex(), activityIDs = IDIndex()
    /// Each activity's team, found once by the activities pass for the warnings.
    var teamOf: [Int32] = []
    /// The graph's edges, found by the dependencies pass.
    var edges: [DependencyGraph.Edge] = []
    /// The graph, when it has no cycle.
    var graph: DependencyGraph?

    // The lists a message names in full, made once each, and only for a finding.
    let knownRoles: Known, knownAreas: Known, knownSubcommittees: Known, knownPeriods: Known, knownPhases: Known

    init(_ roadmap: consuming Roadmap) {
        knownRoles = Known(roadmap.roles.map(\.id))
        knownAreas = Known(roadmap.areas.map(\.id))
        knownSubcommittees = Known(roadmap.subcommittees.map(\.id))
        knownPeriods = Known(roadmap.meta.periods.map(\.id))
        knownPhases = Known(roadmap.meta.phases.map(\.id))
        self.roadmap = roadmap
    }

    mutating func canonicalRole(_ code: String) -> String? {
        if let k = memoCodes.firstIndex(of: code) { return memoRoles[k] }
        let role = roleOf[code.lowercased()]
        if memoCodes.count < 16 {
            memoCodes.append(code)
            memoRoles.append(role)
        }
        return role
    }
}
