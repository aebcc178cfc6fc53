/// The rules a roadmap must follow beyond its shape: ids and references written as the schema
/// says, references that resolve, ids that are unique, dates that make sense, a dependency
/// graph without cycles — and, as warnings, what is legal but suspicious. Every finding names
/// its place in the data and the object's id.
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
        var findings = Findings()
        let timeline = roadmap.meta.timeline

        if timeline.start.isValid, timeline.finish.isValid, timeline.finish < timeline.start {
            findings.error(.named("meta.timeline.finish"), "the timeline ends (\(timeline.finish)) before it starts (\(timeline.start))")
        }

        // Roles first: every other list refers to them, through their ids or their aliases.
        let roleOf = resolveRoles(roadmap.roles, &findings)
        // The same few codes come back on every activity: remember the last answers rather
        // than lower-casing each code again. Only codes that passed the role-code rule come
        // here, all ASCII, for which `==` is equality of bytes.
        var memoCodes: [String] = [], memoRoles: [String?] = []
        func canonicalRole(_ code: String) -> String? {
            if let k = memoCodes.firstIndex(of: code) { return memoRoles[k] }
            let role = roleOf[code.lowercased()]
            if memoCodes.count < 16 {
                memoCodes.append(code)
                memoRoles.append(role)
            }
            return role
        }
        // The lists a message names in full, made once each, and only for a finding.
        let knownRoles = Known(roadmap.roles.map(\.id))
        let knownAreas = Known(roadmap.areas.map(\.id))
        let knownSubcommittees = Known(roadmap.subcommittees.map(\.id))
        let knownPeriods = Known(roadmap.meta.periods.map(\.id))

        let periodIDs = uniqueIDs(roadmap.meta.periods.map(\.id), list: "meta.periods", rule: .key, &findings)
        for (i, period) in roadmap.meta.periods.enumerated() where period.start.isValid && period.finish.isValid {
            if period.finish < period.start {
                findings.error(.element("meta.periods", i, "finish"), id: Sanitized.inline(period.id), "the period ends (\(period.finish)) before it starts (\(period.start))")
            } else if timeline.start.isValid, timeline.finish.isValid, !(timeline.contains(period.start) && timeline.contains(period.finish)) {
                findings.error(.element("meta.periods", i), id: Sanitized.inline(period.id), "the period \(period.start) – \(period.finish) lies outside the timeline \(timeline.start) – \(timeline.finish)")
            }
        }
        let phaseIDs = uniqueIDs(roadmap.meta.phases.map(\.id), list: "meta.phases", rule: .key, &findings)
        let knownPhases = Known(roadmap.meta.phases.map(\.id))
        checkLegend(roadmap.meta.activityStatuses, list: "meta.activityStatuses", values: Activity.Status.allCases.map(\.rawValue), what: "activity status", &findings)
        checkLegend(roadmap.meta.teamStatuses, list: "meta.teamStatuses", values: TaskTeam.Status.allCases.map(\.rawValue), what: "team status", &findings)
        if let analysis = roadmap.changeAnalysis {
            checkLegend(analysis.columns, list: "changeAnalysis.columns", values: WorkingGroup.Disposition.allCases.map(\.rawValue), what: "disposition", &findings)
        }
        if let strategy = roadmap.strategy {
            for (i, outcome) in strategy.outcomes.enumerated() {
                findings.follows(.id, outcome.id, .element("strategy.outcomes", i, "id"), id: Sanitized.inline(outcome.id))
            }
            let horizonIDs = uniqueIDs(strategy.horizons.map(\.id), list: "strategy.horizons", rule: .id, &findings)
            let knownHorizons = Known(strategy.horizons.map(\.id))
            for (i, box) in strategy.resultBoxes.enumerated() {
                if let horizon = box.horizon {
                    findings.resolve(.id, horizon, in: horizonIDs, .element("strategy.resultBoxes", i, "horizon"), id: nil,
                                     unknown: "unknown horizon \"\(Sanitized.inline(horizon))\"\(knownHorizons.suffix)")
                }
            }
            if strategy.resultBoxes.count > strategy.immediateResults.count {
                findings.error(.element("strategy.resultBoxes", strategy.immediateResults.count), "there are \(strategy.resultBoxes.count) result boxes described but only \(strategy.immediateResults.count) in strategy.immediateResults: box i describes immediateResults[i]")
            }
        }

        let areaIDs = uniqueIDs(roadmap.areas.map(\.id), list: "areas", rule: .id, &findings)
        let subcommitteeIDs = uniqueIDs(roadmap.subcommittees.map(\.id), list: "subcommittees", rule: .id, &findings)
        let teamIDs = uniqueIDs(roadmap.teams.map(\.id), list: "teams", rule: .id, &findings)
        _ = uniqueIDs(roadmap.principles.map(\.id), list: "principles", rule: .id, &findings)
        _ = uniqueIDs(roadmap.workingGroups.map(\.id), list: "workingGroups", rule: .id, &findings)
        let councilIDs = uniqueIDs(roadmap.councils.map(\.id), list: "councils", rule: .id, &findings)
        let activityIDs = uniqueIDs(roadmap.activities.map(\.id), list: "activities", rule: .id, &findings)

        for i in roadmap.teams.indices {
            let team = roadmap.teams[i]
            var name: String { Sanitized.inline(team.id) }
            if !team.role.isEmpty, findings.follows(.roleCode, team.role, .element("teams", i, "role"), id: name) {
                if let role = canonicalRole(team.role) {
                    roadmap.teams[i].role = role
                } else {
                    findings.error(.element("teams", i, "role"), id: name, "unknown role \"\(Sanitized.inline(team.role))\"\(knownRoles.suffix)")
                }
            }
            if let subcommittee = team.subcommittee {
                findings.resolve(.id, subcommittee, in: subcommitteeIDs, .element("teams", i, "subcommittee"), id: name,
                                 unknown: "unknown sub-committee \"\(Sanitized.inline(subcommittee))\"\(knownSubcommittees.suffix)")
            }
            if let area = team.area {
                findings.resolve(.id, area, in: areaIDs, .element("teams", i, "area"), id: name,
                                 unknown: "unknown area of interest \"\(Sanitized.inline(area))\"\(knownAreas.suffix)")
            }
            if let phase = team.phase {
                findings.resolve(.key, phase, in: phaseIDs, .element("teams", i, "phase"), id: name,
                                 unknown: "unknown phase \"\(Sanitized.inline(phase))\"\(knownPhases.suffix)")
            }
        }

        // Each activity's team, found once here for the warnings below.
        var teamOf = [Int32](repeating: -1, count: roadmap.activities.count)
        for i in roadmap.activities.indices {
            // Read in place rather than copied, and the location made only for a finding: this
            // loop runs once per activity, a million times for the largest roadmaps.
            let area = roadmap.activities[i].area, role = roadmap.activities[i].role
            let team = roadmap.activities[i].team, period = roadmap.activities[i].period
            let start = roadmap.activities[i].start, finish = roadmap.activities[i].finish
            let rawID = roadmap.activities[i].id
            var id: String { Sanitized.inline(rawID) }
            func at(_ field: String) -> DataLocation { .element("activities", i, field) }
            if !area.isEmpty {
                findings.resolve(.id, area, in: areaIDs, at("area"), id: id,
                                 unknown: "unknown area of interest \"\(Sanitized.inline(area))\"\(knownAreas.suffix)")
            }
            if !role.isEmpty, findings.follows(.roleCode, role, at("role"), id: id) {
                if let canonical = canonicalRole(role) {
                    // Written only when it changes: a write into an array still shared with the
                    // caller's copy of the roadmap copies all of it.
                    if canonical != role { roadmap.activities[i].role = canonical }
                } else {
                    findings.error(at("role"), id: id, "unknown role \"\(Sanitized.inline(role))\"\(knownRoles.suffix)")
                }
            }
            if let team, let t = findings.resolve(.id, team, in: teamIDs, at("team"), id: id, unknown: "unknown task team \"\(Sanitized.inline(team))\"") {
                teamOf[i] = Int32(truncatingIfNeeded: t)
            }
            if let period {
                findings.resolve(.key, period, in: periodIDs, at("period"), id: id,
                                 unknown: "unknown period \"\(Sanitized.inline(period))\"\(knownPeriods.suffix)")
            }
            if !roadmap.activities[i].supportingTeams.isEmpty {
                for (k, supporting) in roadmap.activities[i].supportingTeams.enumerated() where !supporting.isEmpty {
                    findings.resolve(.id, supporting, in: teamIDs, at("supportingTeams[\(k)]"), id: id,
                                     unknown: "unknown task team \"\(Sanitized.inline(supporting))\"")
                }
            }
            guard start.isValid, finish.isValid else { continue }
            if finish < start {
                findings.error(at("finish"), id: id, "the activity finishes (\(finish)) before it starts (\(start))")
            } else if timeline.start.isValid, timeline.finish.isValid {
                if start < timeline.start {
                    findings.error(at("start"), id: id, "starts \(start), before the timeline begins (\(timeline.start))")
                }
                if finish > timeline.finish {
                    findings.error(at("finish"), id: id, "finishes \(finish), after the timeline ends (\(timeline.finish))")
                }
            }
        }

        let (duplicateOf, fromIndex, toIndex) = firstDuplicates(roadmap.dependencies, activityIDs, activityCount: roadmap.activities.count)
        // The graph's edges, found on the way.
        var edges: [DependencyGraph.Edge] = []
        edges.reserveCapacity(roadmap.dependencies.count)
        for i in roadmap.dependencies.indices {
            let fromID = roadmap.dependencies[i].from, toID = roadmap.dependencies[i].to
            // The name is made only for a finding (most dependencies have none).
            var name: String { Sanitized.inline("\(fromID) → \(toID)") }
            let from = fromIndex[i], to = toIndex[i]
            if let from, let to, from != to {
                edges.append(DependencyGraph.Edge(from: from, to: to, type: roadmap.dependencies[i].type, lag: roadmap.dependencies[i].lag, dependencyIndex: i))
            }
            if !fromID.isEmpty, from == nil {
                findings.unresolved(.id, fromID, .element("dependencies", i, "from"), id: name, unknown: "unknown activity \"\(Sanitized.inline(fromID))\"")
            }
            if !toID.isEmpty, to == nil {
                findings.unresolved(.id, toID, .element("dependencies", i, "to"), id: name, unknown: "unknown activity \"\(Sanitized.inline(toID))\"")
            }
            if !fromID.isEmpty, sameID(fromID, toID) {
                findings.error(.element("dependencies", i), id: name, "an activity cannot depend on itself")
            }
            if let first = duplicateOf[i] {
                findings.warning(.element("dependencies", i), id: name, "the same two activities are already linked by dependencies[\(first)]")
            }
        }

        // Council ids are checked against the list when the file has one; a file without
        // councils keeps its council ids as plain labels (the rule still applies).
        let knownCouncils = Known(roadmap.councils.map(\.id))
        for (i, group) in roadmap.workingGroups.enumerated() {
            var name: String { Sanitized.inline(group.id) }
            if let council = group.council {
                if roadmap.councils.isEmpty {
                    findings.follows(.id, council, .element("workingGroups", i, "council"), id: name)
                } else {
                    findings.resolve(.id, council, in: councilIDs, .element("workingGroups", i, "council"), id: name,
                                     unknown: "unknown council \"\(Sanitized.inline(council))\"\(knownCouncils.suffix)")
                }
            }
            if let team = group.becomes {
                findings.resolve(.id, team, in: teamIDs, .element("workingGroups", i, "becomes"), id: name,
                                 unknown: "unknown task team \"\(Sanitized.inline(team))\"")
            }
        }

        if let teams = roadmap.changeAnalysis?.teamsNotConsidered?.teams {
            for (i, team) in teams.enumerated() where !team.isEmpty {
                findings.resolve(.id, team, in: teamIDs, .element("changeAnalysis.teamsNotConsidered.teams", i), id: Sanitized.inline(team),
                                 unknown: "unknown task team \"\(Sanitized.inline(team))\"")
            }
        }

        var graph: DependencyGraph?
        switch DependencyGraph.acyclic(activityCount: roadmap.activities.count, edges: edges) {
        case .success(let acyclic): graph = acyclic
        case .failure(let cycles):
            for cycle in cycles.cycles {
                let names = cycle.activities.map { Sanitized.inline(roadmap.activities[$0].id) }.joined(separator: " → ")
                findings.error(.element("dependencies", cycle.dependencies[0]), "dependency cycle: \(names)")
            }
        }

        guard structureIsComplete, !findings.hasErrors, let graph else { return (findings.list, nil) }

        // Warnings: legal, but worth a second look.
        for i in roadmap.activities.indices where teamOf[i] >= 0 {
            let t = Int(teamOf[i])
            if roadmap.teams[t].role != roadmap.activities[i].role {
                let activity = roadmap.activities[i], team = roadmap.teams[t]
                // A team the file infers is a reading, not the source's pairing: say so, so
                // that the mismatch is not taken for one the source prints.
                let inferred = activity.provenance.infers("team") ? "; its team is inferred, not stated by the source" : ""
                findings.warning(.element("activities", i, "role"), id: activity.id, "the activity's role \(activity.role) differs from its task team's (\(team.id): \(team.role))" + inferred)
            }
        }
        // Slips need only the schedule's forward pass (the early starts), by its own rule.
        let origin = timeline.start
        let planned = roadmap.activities.map { $0.start - origin }
        let duration = roadmap.activities.map(\.duration)
        var earlyStart = planned
        for node in graph.topologicalOrder {
            var start = earlyStart[node]
            for k in graph.predecessors(of: node) {
                let edge = graph.edges[k]
                start = max(start, Schedule.earliestStart(edge, earlyStart[edge.from], earlyStart[edge.from] + duration[edge.from], duration[node]))
            }
            earlyStart[node] = start
        }
        for i in roadmap.activities.indices where earlyStart[i] > planned[i] {
            let activity = roadmap.activities[i]
            let early = origin + earlyStart[i]
            findings.warning(.element("activities", i, "start"), id: activity.id, "planned to start \(activity.start), but its dependencies allow \(early) at the earliest (\(earlyStart[i] - planned[i]) month(s) of slip)")
        }
        let validated = ValidatedRoadmap(roadmap: roadmap, graph: graph, activityIndex: activityIDs, teamIndex: teamIDs,
                                         areaIndex: areaIDs, warnings: findings.list, activityTeams: teamOf)
        return (findings.list, validated)
    }

    /// A legend names values the program knows (the statuses, the dispositions): each entry's
    /// id must be one of them, and be given once.
    private static func checkLegend(_ entries: [LegendEntry], list: String, values: [String], what: String, _ findings: inout Findings) {
        var seen = IDIndex()
        for (i, entry) in entries.enumerated() where !entry.id.isEmpty {
            let name = Sanitized.inline(entry.id)
            guard values.contains(where: { sameID($0, entry.id) }) else {
                findings.error(.element(list, i, "id"), id: name, "\"\(name)\" is not a \(what) this program knows; expected one of " + values.map { "\"\($0)\"" }.joined(separator: ", "))
                continue
            }
            if let earlier = seen.insert(entry.id, at: i) {
                findings.error(.element(list, i, "id"), id: name, "duplicate id, first used by \(list)[\(earlier)]")
            }
        }
    }

    /// Checks each id against its rule, reports the second use of an id, and returns each
    /// id's first index.
    private static func uniqueIDs(_ ids: [String], list: String, rule: IDRule, _ findings: inout Findings) -> IDIndex {
        var index = IDIndex(capacity: ids.count)
        for i in ids.indices where !ids[i].isEmpty {
            findings.follows(rule, ids[i], .element(list, i, "id"), id: Sanitized.inline(ids[i]))
            if let earlier = index.insert(ids[i], at: i) {
                findings.error(.element(list, i, "id"), id: Sanitized.inline(ids[i]), "duplicate id, first used by \(list)[\(earlier)]")
            }
        }
        return index
    }

    /// For each dependency, the first earlier one between the same two activities (as written),
    /// if any. Dependencies between known activities are grouped by their first activity's
    /// index rather than hashed by their two ids: a large roadmap has hundreds of thousands.
    /// Also gives the index of each dependency's two activities, where their ids are known.
    private static func firstDuplicates(_ dependencies: [Dependency], _ activityIDs: IDIndex, activityCount: Int)
        -> (duplicateOf: [Int?], from: [Int?], to: [Int?]) {
        var result = [Int?](repeating: nil, count: dependencies.count)
        var fromIndex = [Int?](repeating: nil, count: dependencies.count)
        var toIndex = [Int?](repeating: nil, count: dependencies.count)
        var from = [Int](repeating: -1, count: dependencies.count)
        var to = [Int](repeating: -1, count: dependencies.count)
        // An unknown id (already an error) is compared as written, by bytes.
        var unresolved = IDIndex()
        for i in dependencies.indices {
            let f = activityIDs[dependencies[i].from], t = activityIDs[dependencies[i].to]
            fromIndex[i] = f
            toIndex[i] = t
            if let f, let t {
                from[i] = f
                to[i] = t
            } else if let first = unresolved.insert("\(dependencies[i].from.utf8.count):" + dependencies[i].from + dependencies[i].to, at: i) {
                result[i] = first
            }
        }
        // Dependencies by first activity, in file order within each (a stable counting sort).
        var start = [Int](repeating: 0, count: activityCount + 1)
        for i in dependencies.indices where from[i] >= 0 { start[from[i] + 1] += 1 }
        for a in 0..<activityCount { start[a + 1] += start[a] }
        var fill = start
        var grouped = [Int](repeating: 0, count: start[activityCount])
        for i in dependencies.indices where from[i] >= 0 {
            grouped[fill[from[i]]] = i
            fill[from[i]] += 1
        }
        // Within a group, the first dependency to each second activity; `stamp` says which
        // group the entry of `first` belongs to, so that it never needs clearing.
        var stamp = [Int](repeating: -1, count: activityCount)
        var first = [Int](repeating: 0, count: activityCount)
        for a in 0..<activityCount {
            for k in start[a]..<start[a + 1] {
                let i = grouped[k], t = to[i]
                if stamp[t] == a { result[i] = first[t] } else { stamp[t] = a; first[t] = i }
            }
        }
        return (result, fromIndex, toIndex)
    }

    /// The map from every role code and alias (lower-cased) to the role's id.
    private static func resolveRoles(_ roles: [Role], _ findings: inout Findings) -> [String: String] {
        var map: [String: String] = [:]
        var owner: [String: String] = [:]
        for (i, role) in roles.enumerated() {
            for (j, code) in ([role.id] + role.aliases).enumerated() where !code.isEmpty {
                let location: DataLocation = j == 0 ? .element("roles", i, "id") : .element("roles", i, "aliases[\(j - 1)]")
                let name = Sanitized.inline(role.id)
                // A code outside the rule is reported and left out, so that nothing resolves to it.
                guard findings.follows(.roleCode, code, location, id: name) else { continue }
                let key = code.lowercased()
                if let other = owner[key] {
                    findings.error(location, id: name, "duplicate role code \"\(Sanitized.inline(code))\", already used by \(other)")
                    continue
                }
                owner[key] = j == 0 ? "roles[\(i)]" : "roles[\(i)] as an alias"
                map[key] = role.id
            }
        }
        return map
    }

    /// The findings as they are made, and whether one is an error.
    struct Findings {
        private(set) var list: [Diagnostic] = []
        private(set) var hasErrors = false

        mutating func error(_ location: DataLocation, id: String? = nil, _ message: String) {
            list.append(.error(location, id: id, message))
            hasErrors = true
        }

        mutating func warning(_ location: DataLocation, id: String? = nil, _ message: String) {
            list.append(.warning(location, id: id, message))
        }

        /// The index of the id a reference names. A reference with the bytes of a defined id
        /// is as good as the id (whose own finding, if it breaks the rule, is at its
        /// definition); one that names nothing is reported by the rule when it breaks it —
        /// which character, where — and as `unknown` otherwise.
        @discardableResult
        mutating func resolve(_ rule: IDRule, _ text: String, in index: IDIndex, _ location: @autoclosure () -> DataLocation,
                              id: @autoclosure () -> String?, unknown: @autoclosure () -> String) -> Int? {
            if let found = index[text] { return found }
            unresolved(rule, text, location(), id: id(), unknown: unknown())
            return nil
        }

        /// Reports a reference that names nothing.
        mutating func unresolved(_ rule: IDRule, _ text: String, _ location: DataLocation, id: @autoclosure () -> String?, unknown: @autoclosure () -> String) {
            error(location, id: id(), rule.problem(text) ?? unknown())
        }

        /// Whether `text` follows `rule`; when not, reports what is wrong at `location`.
        @discardableResult
        mutating func follows(_ rule: IDRule, _ text: String, _ location: @autoclosure () -> DataLocation, id: @autoclosure () -> String?) -> Bool {
            guard let problem = rule.problem(text) else { return true }
            error(location(), id: id(), problem)
            return false
        }
    }

    /// The ids of a short list, for a message: " (known: a, b, c)", or nothing when there are
    /// none or too many to be of help. Made at most once per list, however many findings use it.
    final class Known {
        private let ids: [String]
        private var made: String?

        init(_ ids: [String]) { self.ids = ids }

        var suffix: String {
            if let made { return made }
            var seen = IDIndex()
            var unique: [String] = []
            for id in ids where !id.isEmpty && seen.insert(id, at: unique.count) == nil { unique.append(id) }
            let text = unique.isEmpty || unique.count > 12 ? "" : " (known: " + unique.map { Sanitized.inline($0) }.joined(separator: ", ") + ")"
            made = text
            return text
        }
    }
}
