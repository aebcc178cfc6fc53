/// The lists of named things: principles, roles, councils, sub-committees, areas, task teams,
/// working groups and the glossary.
extension RoadmapDecoder {
    mutating func decodePrinciple(_ path: Path) throws(JSONSyntaxError) -> Principle {
        var principle = Principle(id: "", name: LocalizedText(""))
        try fields(path(), RoadmapFormat.principle) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": principle.id = try d.identifier(path().member("id")) ?? ""
            case "name": principle.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": principle.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &principle.provenance)
            }
            return true
        }
        return principle
    }

    mutating func decodeRole(_ path: Path) throws(JSONSyntaxError) -> Role {
        var role = Role(id: "", name: LocalizedText(""))
        try fields(path(), RoadmapFormat.role) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": role.id = try d.identifier(path().member("id")) ?? ""
            case "name": role.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "aliases": role.aliases = try d.list(path().member("aliases")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
            case "alternateNames": role.alternateNames = try d.list(path().member("alternateNames")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "description": role.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &role.provenance)
            }
            return true
        }
        return role
    }

    mutating func decodeSubcommittee(_ path: Path) throws(JSONSyntaxError) -> Subcommittee {
        var subcommittee = Subcommittee(id: "", name: LocalizedText(""))
        try fields(path(), RoadmapFormat.subcommittee) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": subcommittee.id = try d.identifier(path().member("id")) ?? ""
            case "name": subcommittee.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": subcommittee.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &subcommittee.provenance)
            }
            return true
        }
        return subcommittee
    }

    mutating func decodeArea(_ path: Path) throws(JSONSyntaxError) -> AreaOfInterest {
        var area = AreaOfInterest(id: "", name: LocalizedText(""))
        try fields(path(), RoadmapFormat.area) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": area.id = try d.identifier(path().member("id")) ?? ""
            case "name": area.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "initiatives": area.initiatives = try d.list(path().member("initiatives")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "coverage": area.coverage = try d.localized(path().member("coverage"))
            case "considerations": area.considerations = try d.texts(path().member("considerations"))
            case "challenges": area.challenges = try d.texts(path().member("challenges"))
            case "alternateNames": area.alternateNames = try d.texts(path().member("alternateNames"))
            case "posterOrder": area.posterOrder = try d.optionalInteger(path().member("posterOrder"), range: 1...Int(Int32.max))
            case "gridRow": area.gridRow = try d.optionalInteger(path().member("gridRow"), range: 1...Int(Int32.max))
            default: return try d.provenanceField(key, path(), &area.provenance)
            }
            return true
        }
        return area
    }

    mutating func decodeTeam(_ path: Path) throws(JSONSyntaxError) -> TaskTeam {
        var team = TaskTeam(id: "", name: LocalizedText(""), role: "")
        try fields(path(), RoadmapFormat.team) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": team.id = try d.identifier(path().member("id")) ?? ""
            case "name": team.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "role":
                team.role = try d.identifier(path().member("role")) ?? ""
                team.roleAsWritten = team.role
            case "subcommittee": team.subcommittee = try d.optionalIdentifier(path().member("subcommittee"))
            case "status": team.status = try d.enumeration(path().member("status"), TaskTeam.Status.self) ?? .new
            case "alternateNames": team.alternateNames = try d.texts(path().member("alternateNames"))
            case "listedActivities":
                team.listedActivities = try d.texts(path().member("listedActivities"))
                team.isInTeamList = true
            case "area": team.area = try d.optionalIdentifier(path().member("area"))
            case "phase": team.phase = try d.optionalIdentifier(path().member("phase"))
            default: return try d.provenanceField(key, path(), &team.provenance)
            }
            return true
        }
        return team
    }
    mutating func decodeCouncil(_ path: Path) throws(JSONSyntaxError) -> Council {
        var council = Council(id: "", name: LocalizedText(""))
        try fields(path(), RoadmapFormat.council) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": council.id = try d.identifier(path().member("id")) ?? ""
            case "name": council.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "abbreviation": council.abbreviation = try d.localized(path().member("abbreviation"))
            case "description": council.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &council.provenance)
            }
            return true
        }
        return council
    }
    mutating func decodeWorkingGroup(_ path: Path) throws(JSONSyntaxError) -> WorkingGroup {
        var group = WorkingGroup(id: "", name: LocalizedText(""), disposition: .continued)
        try fields(path(), RoadmapFormat.workingGroup) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": group.id = try d.identifier(path().member("id")) ?? ""
            case "name": group.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "council": group.council = try d.optionalIdentifier(path().member("council"))
            case "disposition": group.disposition = try d.enumeration(path().member("disposition"), WorkingGroup.Disposition.self) ?? .continued
            case "becomes": group.becomes = try d.optionalIdentifier(path().member("becomes"))
            case "rationale": group.rationale = try d.localized(path().member("rationale"))
            case "currentWork": group.currentWork = try d.localized(path().member("currentWork"))
            case "assessment": group.assessment = try d.localized(path().member("assessment"))
            default: return try d.provenanceField(key, path(), &group.provenance)
            }
            return true
        }
        return group
    }

    mutating func decodeGlossaryEntry(_ path: Path) throws(JSONSyntaxError) -> GlossaryEntry {
        var entry = GlossaryEntry(term: LocalizedText(""), definition: LocalizedText(""))
        try fields(path(), RoadmapFormat.glossaryEntry) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "term": entry.term = try d.localized(path().member("term")) ?? LocalizedText("")
            case "definition": entry.definition = try d.localized(path().member("definition")) ?? LocalizedText("")
            default: return try d.provenanceField(key, path(), &entry.provenance)
            }
            return true
        }
        return entry
    }
}
