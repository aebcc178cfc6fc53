/// `teams`: each team's role (resolved to its canonical code), sub-committee, area and phase.
extension ValidationState {
    mutating func checkTeams() {
        for i in roadmap.teams.indices {
            let team = roadmap.teams[i]
            var name: String { Sanitized.inline(team.id) }
            if !team.role.isEmpty, findings.follows(.roleCode, team.role, .element("teams", i, "role"), id: name) {
                if let role = canonicalRole(team.role) {
                    roadmap.teams[i].role = role
                } else {
                    findings.error(.teamRole, .element("teams", i, "role"), id: name, "unknown role \"\(Sanitized.inline(team.role))\"\(knownRoles.suffix)")
                }
            }
            if let subcommittee = team.subcommittee {
                findings.resolve(.id, subcommittee, in: subcommitteeIDs, .element("teams", i, "subcommittee"), id: name,
                                 .teamSubcommittee, unknown: "unknown sub-committee \"\(Sanitized.inline(subcommittee))\"\(knownSubcommittees.suffix)")
            }
            if let area = team.area {
                findings.resolve(.id, area, in: areaIDs, .element("teams", i, "area"), id: name,
                                 .teamArea, unknown: "unknown area of interest \"\(Sanitized.inline(area))\"\(knownAreas.suffix)")
            }
            if let phase = team.phase {
                findings.resolve(.key, phase, in: phaseIDs, .element("teams", i, "phase"), id: name,
                                 .teamPhase, unknown: "unknown phase \"\(Sanitized.inline(phase))\"\(knownPhases.suffix)")
            }
        }
    }
}
