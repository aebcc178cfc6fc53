/// `workingGroups` and the change analysis: each group's council and the team it becomes, and
/// the teams the analysis did not consider.
extension ValidationState {
    mutating func checkWorkingGroups() {
        // Council ids are checked against the list when the file has one; a file without
        // councils keeps its council ids as plain labels (the pattern still applies).
        let knownCouncils = Known(roadmap.councils.map(\.id))
        for (i, group) in roadmap.workingGroups.enumerated() {
            var name: String { Sanitized.inline(group.id) }
            if let council = group.council {
                if roadmap.councils.isEmpty {
                    findings.follows(.id, council, .element("workingGroups", i, "council"), id: name)
                } else {
                    findings.resolve(.id, council, in: councilIDs, .element("workingGroups", i, "council"), id: name,
                                     .workingGroupCouncil, unknown: "unknown council \"\(Sanitized.inline(council))\"\(knownCouncils.suffix)")
                }
            }
            if let team = group.becomes {
                findings.resolve(.id, team, in: teamIDs, .element("workingGroups", i, "becomes"), id: name,
                                 .workingGroupTeam, unknown: "unknown task team \"\(Sanitized.inline(team))\"")
            }
        }
        if let teams = roadmap.changeAnalysis?.teamsNotConsidered?.teams {
            for (i, team) in teams.enumerated() where !team.isEmpty {
                findings.resolve(.id, team, in: teamIDs, .element("changeAnalysis.teamsNotConsidered.teams", i), id: Sanitized.inline(team),
                                 .teamNotConsidered, unknown: "unknown task team \"\(Sanitized.inline(team))\"")
            }
        }
    }
}
