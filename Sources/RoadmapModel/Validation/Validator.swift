/// The rules a roadmap must follow beyond its shape: references that resolve, ids that are
/// unique, dates that make sense, a dependency graph without cycles — and, as warnings, what is
/// legal but suspicious. Every finding names the path in the data and the object's id.
public enum Validator {
    /// Checks the roadmap and resolves role aliases in place (Br becomes Int).
    /// - Parameter structureIsComplete: false when decoding already found problems; the
    ///   schedule-based warnings are then skipped, as they would rest on placeholder values.
    public static func validate(_ roadmap: inout Roadmap, structureIsComplete: Bool = true) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let timeline = roadmap.meta.timeline

        if timeline.start.isValid, timeline.finish.isValid, timeline.finish < timeline.start {
            findings.append(.error("meta.timeline.finish", "the timeline ends (\(timeline.finish)) before it starts (\(timeline.start))"))
        }

        // Roles first: every other list refers to them, through their ids or their aliases.
        let roleOf = resolveRoles(roadmap.roles, &findings)
        func canonicalRole(_ code: String) -> String? { roleOf[code.lowercased()] }

        let periodIDs = uniqueIDs(roadmap.meta.periods.map(\.id), list: "meta.periods", &findings)
        for (i, period) in roadmap.meta.periods.enumerated() where period.start.isValid && period.finish.isValid {
            let path = "meta.periods[\(i)]"
            if period.finish < period.start {
                findings.append(.error(path + ".finish", id: period.id, "the period ends (\(period.finish)) before it starts (\(period.start))"))
            } else if timeline.start.isValid, timeline.finish.isValid, !(timeline.contains(period.start) && timeline.contains(period.finish)) {
                findings.append(.error(path, id: period.id, "the period \(period.start) – \(period.finish) lies outside the timeline \(timeline.start) – \(timeline.finish)"))
            }
        }

        let areaIDs = uniqueIDs(roadmap.areas.map(\.id), list: "areas", &findings)
        let subcommitteeIDs = uniqueIDs(roadmap.subcommittees.map(\.id), list: "subcommittees", &findings)
        let teamIDs = uniqueIDs(roadmap.teams.map(\.id), list: "teams", &findings)
        _ = uniqueIDs(roadmap.principles.map(\.id), list: "principles", &findings)
        _ = uniqueIDs(roadmap.workingGroups.map(\.id), list: "workingGroups", &findings)
        let activityIDs = uniqueIDs(roadmap.activities.map(\.id), list: "activities", &findings)

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
            let activity = roadmap.activities[i]
            let path = "activities[\(i)]"
            if !activity.area.isEmpty, areaIDs[activity.area] == nil {
                findings.append(.error(path + ".area", id: activity.id, "unknown area of interest \"\(Sanitized.inline(activity.area))\"\(known(roadmap.areas.map(\.id)))"))
            }
            if !activity.role.isEmpty {
                if let role = canonicalRole(activity.role) {
                    roadmap.activities[i].role = role
                } else {
                    findings.append(.error(path + ".role", id: activity.id, "unknown role \"\(Sanitized.inline(activity.role))\"\(known(roadmap.roles.map(\.id)))"))
                }
            }
            if let team = activity.team, teamIDs[team] == nil {
                findings.append(.error(path + ".team", id: activity.id, "unknown task team \"\(Sanitized.inline(team))\""))
            }
            if let period = activity.period, periodIDs[period] == nil {
                findings.append(.error(path + ".period", id: activity.id, "unknown period \"\(Sanitized.inline(period))\"\(known(roadmap.meta.periods.map(\.id)))"))
            }
            guard activity.start.isValid, activity.finish.isValid else { continue }
            if activity.finish < activity.start {
                findings.append(.error(path + ".finish", id: activity.id, "the activity finishes (\(activity.finish)) before it starts (\(activity.start))"))
            } else if timeline.start.isValid, timeline.finish.isValid {
                if activity.start < timeline.start {
                    findings.append(.error(path + ".start", id: activity.id, "starts \(activity.start), before the timeline begins (\(timeline.start))"))
                }
                if activity.finish > timeline.finish {
                    findings.append(.error(path + ".finish", id: activity.id, "finishes \(activity.finish), after the timeline ends (\(timeline.finish))"))
                }
            }
        }

        var seenEdges: [String: Int] = [:]
        for (i, dependency) in roadmap.dependencies.enumerated() {
            let path = "dependencies[\(i)]"
            let name = "\(dependency.from) → \(dependency.to)"
            if !dependency.from.isEmpty, activityIDs[dependency.from] == nil {
                findings.append(.error(path + ".from", id: Sanitized.inline(name), "unknown activity \"\(Sanitized.inline(dependency.from))\""))
            }
            if !dependency.to.isEmpty, activityIDs[dependency.to] == nil {
                findings.append(.error(path + ".to", id: Sanitized.inline(name), "unknown activity \"\(Sanitized.inline(dependency.to))\""))
            }
            if !dependency.from.isEmpty, dependency.from == dependency.to {
                findings.append(.error(path, id: Sanitized.inline(name), "an activity cannot depend on itself"))
            }
            let key = dependency.from + "\u{0}" + dependency.to
            if let first = seenEdges[key] {
                findings.append(.warning(path, id: Sanitized.inline(name), "the same two activities are already linked by dependencies[\(first)]"))
            } else {
                seenEdges[key] = i
            }
        }

        for (i, group) in roadmap.workingGroups.enumerated() {
            if let team = group.becomes, teamIDs[team] == nil {
                findings.append(.error("workingGroups[\(i)].becomes", id: group.id, "unknown task team \"\(Sanitized.inline(team))\""))
            }
        }

        let graph = DependencyGraph(roadmap: roadmap)
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
        for (i, activity) in roadmap.activities.enumerated() {
            guard let teamID = activity.team, let team = teamIDs[teamID].map({ roadmap.teams[$0] }) else { continue }
            if team.role != activity.role {
                findings.append(.warning("activities[\(i)].role", id: activity.id, "the activity's role \(activity.role) differs from its task team's (\(team.id): \(team.role))"))
            }
        }
        let scheduled = ScheduledRoadmap(roadmap: roadmap, graph: graph)
        for i in roadmap.activities.indices where scheduled.schedule.slip(i) > 0 {
            let activity = roadmap.activities[i]
            let early = scheduled.schedule.month(scheduled.schedule.earlyStart[i])
            findings.append(.warning("activities[\(i)].start", id: activity.id, "planned to start \(activity.start), but its dependencies allow \(early) at the earliest (\(scheduled.schedule.slip(i)) month(s) of slip)"))
        }
        return findings
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
