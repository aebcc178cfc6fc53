/// The current-state and change-analysis posters' own parts.
extension RoadmapDecoder {
    mutating func decodeCurrentState() throws(JSONSyntaxError) -> CurrentState? {
        let path = DataLocation.named("currentState")
        guard try expectObject(path) else { return nil }
        var state = CurrentState()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let at = path.member(key)
            switch key {
            case "heading": state.heading = try localized(at)
            case "subheading": state.subheading = try localized(at)
            case "considerationsHeading": state.considerationsHeading = try localized(at)
            case "coverageHeading": state.coverageHeading = try localized(at)
            case "strengths": state.strengths = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePoint(p) } ?? []
            case "difficulties": state.difficulties = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePoint(p) } ?? []
            case "unattributedWork": state.unattributedWork = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            default:
                if try !provenanceField(key, path, &state.provenance) { try unknownKey(key, of: RoadmapFormat.currentState, path) }
            }
        }
        return state
    }

    mutating func decodePoint(_ path: Path) throws(JSONSyntaxError) -> CurrentState.Point {
        var point = CurrentState.Point(name: LocalizedText(""), description: LocalizedText(""))
        try fields(path(), RoadmapFormat.point) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "name": point.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": point.description = try d.localized(path().member("description")) ?? LocalizedText("")
            default: return try d.provenanceField(key, path(), &point.provenance)
            }
            return true
        }
        return point
    }

    mutating func decodeChangeAnalysis() throws(JSONSyntaxError) -> ChangeAnalysis? {
        let path = DataLocation.named("changeAnalysis")
        guard try expectObject(path) else { return nil }
        var analysis = ChangeAnalysis()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let at = path.member(key)
            switch key {
            case "heading": analysis.heading = try localized(at)
            case "columns": analysis.columns = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeLegendEntry(p) } ?? []
            case "tableHeadings": analysis.tableHeadings = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "teamsNotConsidered":
                var teams = ChangeAnalysis.TeamsNotConsidered()
                try fields(at, RoadmapFormat.teamsNotConsidered) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                    switch key {
                    case "intro": teams.intro = try d.localized(at.member("intro"))
                    case "teams": teams.teams = try d.list(at.member("teams")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
                    default: return false
                    }
                    return true
                }
                analysis.teamsNotConsidered = teams
            default:
                if try !provenanceField(key, path, &analysis.provenance) { try unknownKey(key, of: RoadmapFormat.changeAnalysis, path) }
            }
        }
        return analysis
    }
}
