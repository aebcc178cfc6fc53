/// The rules a roadmap must follow beyond its shape: references that resolve, ids that are
/// unique, dates that make sense, a dependency graph without cycles — and, as warnings, what is
/// legal but suspicious. Every finding names the path in the data and the object's id.
public enum Validator {
    /// Checks the roadmap and resolves role aliases in place (Br becomes Int).
    /// - Parameter structureIsComplete: false when decoding already found problems; the
    ///   schedule-based warnings are then skipped, as they would rest on placeholder values.
    public static func validate(_ roadmap: inout Roadmap, structureIsComplete: Bool = true) -> [Diagnostic] {
        var graph: DependencyGraph?
        return validate(&roadmap, structureIsComplete: structureIsComplete, graph: &graph)
    }

    /// The same, handing back the dependency graph it built, so that the schedule need not
    /// build it again.
    public static func validate(_ roadmap: inout Roadmap, structureIsComplete: Bool, graph graphOut: inout DependencyGraph?) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let timeline = roadmap.meta.timeline

        if timeline.start.isValid, timeline.finish.isValid, timeline.finish < timeline.start {
            findings.append(.error("meta.timeline.finish", "the timeline ends (\(timeline.finish)) before it starts (\(timeline.start))"))
        }

        // Roles first: every other list refers to them, through their ids or their aliases.
        let roleOf = resolveRoles(roadmap.roles, &findings)
        // The same few codes come back on every activity: remember the last answers rather
        // than lower-casing each code again.
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

        let periodIDs = uniqueIDTable(roadmap.meta.periods.map(\.id), list: "meta.periods", &findings)
        for (i, period) in roadmap.meta.periods.enumerated() where period.start.isValid && period.finish.isValid {
            let path = "meta.periods[\(i)]"
            if period.finish < period.start {
                findings.append(.error(path + ".finish", id: period.id, "the period ends (\(period.finish)) before it starts (\(period.start))"))
            } else if timeline.start.isValid, timeline.finish.isValid, !(timeline.contains(period.start) && timeline.contains(period.finish)) {
                findings.append(.error(path, id: period.id, "the period \(period.start) – \(period.finish) lies outside the timeline \(timeline.start) – \(timeline.finish)"))
            }
        }

        let areaIDs = uniqueIDTable(roadmap.areas.map(\.id), list: "areas", &findings)
        let subcommitteeIDs = uniqueIDs(roadmap.subcommittees.map(\.id), list: "subcommittees", &findings)
        let teamIDs = uniqueIDTable(roadmap.teams.map(\.id), list: "teams", &findings)
        _ = uniqueIDs(roadmap.principles.map(\.id), list: "principles", &findings)
        _ = uniqueIDs(roadmap.workingGroups.map(\.id), list: "workingGroups", &findings)
        // Activities can number a million: their ids go to a table of our own rather than a
        // Dictionary (same findings, a fraction of the hashing and of the memory).
        let activityIDs = uniqueIDTable(roadmap.activities.map(\.id), list: "activities", &findings)

        for i in roadmap.teams.indices {
            let team = roadmap.teams[i]
            let path = "teams[\(i)]"
            if !team.role.isEmpty {
                if let role = canonicalRole(team.role) {
                    roadmap.teams[i].role = role
                } else {
                    findings.append(.error(path + ".role", id: team.id, "unknown role \"\(Sanitized.inline(team.role))\"\(known(roadmap.roles.map(\.id)))"))
                }
            }
            if let subcommittee = team.subcommittee, subcommitteeIDs[subcommittee] == nil {
                findings.append(.error(path + ".subcommittee", id: team.id, "unknown sub-committee \"\(Sanitized.inline(subcommittee))\"\(known(roadmap.subcommittees.map(\.id)))"))
            }
        }

        for i in roadmap.activities.indices {
            // Read in place rather than copied, and the path made only for a finding: this loop
            // runs once per activity, a million times for the largest roadmaps.
            let area = roadmap.activities[i].area, role = roadmap.activities[i].role
            let team = roadmap.activities[i].team, period = roadmap.activities[i].period
            let start = roadmap.activities[i].start, finish = roadmap.activities[i].finish
            var id: String { roadmap.activities[i].id }
            var path: String { "activities[\(i)]" }
            if !area.isEmpty, areaIDs[area] == nil {
                findings.append(.error(path + ".area", id: id, "unknown area of interest \"\(Sanitized.inline(area))\"\(known(roadmap.areas.map(\.id)))"))
            }
            if !role.isEmpty {
                if let canonical = canonicalRole(role) {
                    // Written only when it changes: a write into an array still shared with the
                    // caller's copy of the roadmap copies all of it.
                    if canonical != role { roadmap.activities[i].role = canonical }
                } else {
                    findings.append(.error(path + ".role", id: id, "unknown role \"\(Sanitized.inline(role))\"\(known(roadmap.roles.map(\.id)))"))
                }
            }
            if let team, teamIDs[team] == nil {
                findings.append(.error(path + ".team", id: id, "unknown task team \"\(Sanitized.inline(team))\""))
            }
            if let period, periodIDs[period] == nil {
                findings.append(.error(path + ".period", id: id, "unknown period \"\(Sanitized.inline(period))\"\(known(roadmap.meta.periods.map(\.id)))"))
            }
            guard start.isValid, finish.isValid else { continue }
            if finish < start {
                findings.append(.error(path + ".finish", id: id, "the activity finishes (\(finish)) before it starts (\(start))"))
            } else if timeline.start.isValid, timeline.finish.isValid {
                if start < timeline.start {
                    findings.append(.error(path + ".start", id: id, "starts \(start), before the timeline begins (\(timeline.start))"))
                }
                if finish > timeline.finish {
                    findings.append(.error(path + ".finish", id: id, "finishes \(finish), after the timeline ends (\(timeline.finish))"))
                }
            }
        }

        let (duplicateOf, fromIndex, toIndex) = firstDuplicates(roadmap.dependencies, activityIDs, activityCount: roadmap.activities.count)
        // The graph's edges, found on the way (the same as `DependencyGraph(roadmap:)` finds).
        var edges: [DependencyGraph.Edge] = []
        edges.reserveCapacity(roadmap.dependencies.count)
        for i in roadmap.dependencies.indices {
            let fromID = roadmap.dependencies[i].from, toID = roadmap.dependencies[i].to
            // The path and the name are made only for a finding (most dependencies have none).
            var path: String { "dependencies[\(i)]" }
            var name: String { "\(fromID) → \(toID)" }
            let from = fromIndex[i], to = toIndex[i]
            if let from, let to, from != to {
                edges.append(DependencyGraph.Edge(from: from, to: to, type: roadmap.dependencies[i].type, lag: roadmap.dependencies[i].lag, dependencyIndex: i))
            }
            if !fromID.isEmpty, from == nil {
                findings.append(.error(path + ".from", id: Sanitized.inline(name), "unknown activity \"\(Sanitized.inline(fromID))\""))
            }
            if !toID.isEmpty, to == nil {
                findings.append(.error(path + ".to", id: Sanitized.inline(name), "unknown activity \"\(Sanitized.inline(toID))\""))
            }
            if !fromID.isEmpty, fromID == toID {
                findings.append(.error(path, id: Sanitized.inline(name), "an activity cannot depend on itself"))
            }
            if let first = duplicateOf[i] {
                findings.append(.warning(path, id: Sanitized.inline(name), "the same two activities are already linked by dependencies[\(first)]"))
            }
        }

        for (i, group) in roadmap.workingGroups.enumerated() {
            if let team = group.becomes, teamIDs[team] == nil {
                findings.append(.error("workingGroups[\(i)].becomes", id: group.id, "unknown task team \"\(Sanitized.inline(team))\""))
            }
        }

        // The ids looked up above are those of the graph, unless an activity has an empty id
        // (already an error), which only `DependencyGraph(roadmap:)` indexes.
        let graph = roadmap.activities.contains(where: { $0.id.isEmpty })
            ? DependencyGraph(roadmap: roadmap)
            : DependencyGraph(activityCount: roadmap.activities.count, edges: edges)
        graphOut = graph
        if graph.topologicalOrder == nil {
            for cycle in graph.cycles() {
                let names = cycle.map { Sanitized.inline(roadmap.activities[$0].id) }.joined(separator: " → ")
                let firstEdge = graph.successors(of: cycle[0]).first { graph.edges[$0].to == cycle[1] }
                let path = firstEdge.map { "dependencies[\(graph.edges[$0].dependencyIndex)]" } ?? "dependencies"
                findings.append(.error(path, "dependency cycle: \(names)"))
            }
        }

        guard structureIsComplete, !findings.contains(where: \.isError) else { return findings }

        // Warnings: legal, but worth a second look.
        for i in roadmap.activities.indices {
            guard let teamID = roadmap.activities[i].team, let t = teamIDs[teamID] else { continue }
            if roadmap.teams[t].role != roadmap.activities[i].role {
                let activity = roadmap.activities[i], team = roadmap.teams[t]
                findings.append(.warning("activities[\(i)].role", id: activity.id, "the activity's role \(activity.role) differs from its task team's (\(team.id): \(team.role))"))
            }
        }
        // Only the schedule's dates are needed here, not the team-level reading of it.
        // Slips need only the schedule's forward pass (the early starts), by its own rule.
        let origin = timeline.start
        let planned = roadmap.activities.map { $0.start - origin }
        let duration = roadmap.activities.map(\.duration)
        var earlyStart = planned
        if let order = graph.topologicalOrder {
            for node in order {
                var start = earlyStart[node]
                for k in graph.predecessors(of: node) {
                    let edge = graph.edges[k]
                    start = max(start, Schedule.earliestStart(edge, earlyStart[edge.from], earlyStart[edge.from] + duration[edge.from], duration[node]))
                }
                earlyStart[node] = start
            }
        }
        for i in roadmap.activities.indices where earlyStart[i] > planned[i] {
            let activity = roadmap.activities[i]
            let early = origin + earlyStart[i]
            findings.append(.warning("activities[\(i)].start", id: activity.id, "planned to start \(activity.start), but its dependencies allow \(early) at the earliest (\(earlyStart[i] - planned[i]) month(s) of slip)"))
        }
        return findings
    }

    /// `uniqueIDs` into an `IDTable`, for the lists looked up once or more per activity.
    private static func uniqueIDTable(_ ids: [String], list: String, _ findings: inout [Diagnostic]) -> IDTable {
        var table = IDTable(ids: ids)
        for i in ids.indices where !ids[i].isEmpty {
            if let earlier = table.insert(i) {
                findings.append(.error("\(list)[\(i)].id", id: Sanitized.inline(ids[i]), "duplicate id, first used by \(list)[\(earlier)]"))
            }
        }
        return table
    }

    /// For each dependency, the first earlier one between the same two activities (as written),
    /// if any. Dependencies between known activities are grouped by their first activity's
    /// index rather than hashed by their two ids: a large roadmap has hundreds of thousands.
    /// Also gives the index of each dependency's two activities, where their ids are known.
    private static func firstDuplicates(_ dependencies: [Dependency], _ activityIDs: IDTable, activityCount: Int)
        -> (duplicateOf: [Int?], from: [Int?], to: [Int?]) {
        var result = [Int?](repeating: nil, count: dependencies.count)
        var fromIndex = [Int?](repeating: nil, count: dependencies.count)
        var toIndex = [Int?](repeating: nil, count: dependencies.count)
        var from = [Int](repeating: -1, count: dependencies.count)
        var to = [Int](repeating: -1, count: dependencies.count)
        struct Pair: Hashable { let from: String, to: String }
        var unresolved: [Pair: Int] = [:]
        for i in dependencies.indices {
            let f = activityIDs[dependencies[i].from], t = activityIDs[dependencies[i].to]
            fromIndex[i] = f
            toIndex[i] = t
            if let f, let t {
                from[i] = f
                to[i] = t
            } else {
                // An unknown id (already an error): compare as written.
                let key = Pair(from: dependencies[i].from, to: dependencies[i].to)
                if let first = unresolved[key] { result[i] = first } else { unresolved[key] = i }
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
    private static func resolveRoles(_ roles: [Role], _ findings: inout [Diagnostic]) -> [String: String] {
        var map: [String: String] = [:]
        var owner: [String: String] = [:]
        for (i, role) in roles.enumerated() {
            for (j, code) in ([role.id] + role.aliases).enumerated() where !code.isEmpty {
                let key = code.lowercased()
                let path = j == 0 ? "roles[\(i)].id" : "roles[\(i)].aliases[\(j - 1)]"
                if let other = owner[key] {
                    findings.append(.error(path, id: role.id, "duplicate role code \"\(Sanitized.inline(code))\", already used by \(other)"))
                    continue
                }
                owner[key] = j == 0 ? "roles[\(i)]" : "roles[\(i)] as an alias"
                map[key] = role.id
            }
        }
        return map
    }

    /// Reports duplicate ids and returns each id's first index.
    private static func uniqueIDs(_ ids: [String], list: String, _ findings: inout [Diagnostic]) -> [String: Int] {
        var first: [String: Int] = [:]
        first.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where !id.isEmpty {
            if let earlier = first[id] {
                findings.append(.error("\(list)[\(i)].id", id: Sanitized.inline(id), "duplicate id, first used by \(list)[\(earlier)]"))
            } else {
                first[id] = i
            }
        }
        return first
    }

    private static func known(_ ids: [String]) -> String {
        var seen: Set<String> = []
        let ids = ids.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !ids.isEmpty, ids.count <= 12 else { return "" }
        return " (known: " + ids.map { Sanitized.inline($0) }.joined(separator: ", ") + ")"
    }
}

/// Ids to the index of the first object with each: open addressing over 32-bit slots, with a
/// cheap hash of the bytes (FNV-1a). Lookups compare with the ids themselves.
struct IDTable {
    private let ids: [String]
    private var slots: [Int32]
    private let mask: Int

    init(ids: [String]) {
        self.ids = ids
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func hash(_ id: String) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Adds `ids[index]`; returns the index already holding that id instead, if any.
    mutating func insert(_ index: Int) -> Int? {
        let id = ids[index]
        var slot = Self.hash(id) & mask
        while true {
            let held = Int(slots[slot])
            if held < 0 {
                slots[slot] = Int32(truncatingIfNeeded: index)
                return nil
            }
            if ids[held] == id { return held }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the first object with this id (empty ids are never added).
    subscript(id: String) -> Int? {
        var slot = Self.hash(id) & mask
        while true {
            let held = Int(slots[slot])
            if held < 0 { return nil }
            if ids[held] == id { return held }
            slot = (slot + 1) & mask
        }
    }
}
