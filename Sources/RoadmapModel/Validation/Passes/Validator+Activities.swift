/// `activities`: each activity's area, role (resolved to its canonical code), team, period and
/// supporting teams, and its dates against each other and the timeline. Finds each activity's
/// team once, for the warnings.
extension ValidationState {
    mutating func checkActivities() {
        let timeline = roadmap.meta.timeline
        teamOf = [Int32](repeating: -1, count: roadmap.activities.count)
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
                                 .activityArea, unknown: "unknown area of interest \"\(Sanitized.inline(area))\"\(knownAreas.suffix)")
            }
            if !role.isEmpty, findings.follows(.roleCode, role, at("role"), id: id) {
                if let canonical = canonicalRole(role) {
                    // Written only when it changes: a write into an array still shared with the
                    // caller's copy of the roadmap copies all of it.
                    if canonical != role { roadmap.activities[i].role = canonical }
                } else {
                    findings.error(.activityRole, at("role"), id: id, "unknown role \"\(Sanitized.inline(role))\"\(knownRoles.suffix)")
                }
            }
            if let team, let t = findings.resolve(.id, team, in: teamIDs, at("team"), id: id,
                                                  .activityTeam, unknown: "unknown task team \"\(Sanitized.inline(team))\"") {
                teamOf[i] = Int32(truncatingIfNeeded: t)
            }
            if let period {
                findings.resolve(.key, period, in: periodIDs, at("period"), id: id,
                                 .activityPeriod, unknown: "unknown period \"\(Sanitized.inline(period))\"\(knownPeriods.suffix)")
            }
            if !roadmap.activities[i].supportingTeams.isEmpty {
                for (k, supporting) in roadmap.activities[i].supportingTeams.enumerated() where !supporting.isEmpty {
                    findings.resolve(.id, supporting, in: teamIDs, at("supportingTeams[\(k)]"), id: id,
                                     .supportingTeam, unknown: "unknown task team \"\(Sanitized.inline(supporting))\"")
                }
            }
            guard start.isValid, finish.isValid else { continue }
            if finish < start {
                findings.error(.activityOrder, at("finish"), id: id, "the activity finishes (\(finish)) before it starts (\(start))")
            } else if timeline.start.isValid, timeline.finish.isValid {
                if start < timeline.start {
                    findings.error(.activityInTimeline, at("start"), id: id, "starts \(start), before the timeline begins (\(timeline.start))")
                }
                if finish > timeline.finish {
                    findings.error(.activityInTimeline, at("finish"), id: id, "finishes \(finish), after the timeline ends (\(timeline.finish))")
                }
            }
        }
    }
}
