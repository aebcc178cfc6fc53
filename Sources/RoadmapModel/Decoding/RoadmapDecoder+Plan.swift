/// The plan itself: activities and dependencies, nearly all of a large file (see the fast paths
/// in RoadmapDecoder+FastPath.swift, tried first).
extension RoadmapDecoder {
    mutating func decodeActivity(_ path: Path) throws(JSONSyntaxError) -> Activity {
        var activity = Activity(id: "", name: LocalizedText(""), area: "", role: "", start: .invalid, finish: .invalid)
        try fields(path(), RoadmapFormat.activity) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": activity.id = try d.identifier(path().member("id")) ?? ""
            case "name": activity.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "area": activity.area = try d.identifier(path().member("area")) ?? ""
            case "role":
                activity.role = try d.identifier(path().member("role")) ?? ""
                activity.roleAsWritten = activity.role
            case "status": activity.status = try d.enumeration(path().member("status"), Activity.Status.self) ?? .new
            case "team": activity.team = try d.optionalIdentifier(path().member("team"))
            case "start": activity.start = try d.month(path().member("start")) ?? .invalid
            case "finish": activity.finish = try d.month(path().member("finish")) ?? .invalid
            case "period": activity.period = try d.optionalIdentifier(path().member("period"))
            case "gridOrder": activity.gridOrder = try d.optionalInteger(path().member("gridOrder"), range: 1...Int(Int32.max))
            case "alternateNames": activity.alternateNames = try d.texts(path().member("alternateNames"))
            case "supportingTeams":
                activity.supportingTeams = try d.list(path().member("supportingTeams")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
            case "percentComplete": activity.percentComplete = try d.percent(path().member("percentComplete"))
            case "actualStart": activity.actualStart = try d.month(path().member("actualStart"))
            case "actualFinish": activity.actualFinish = try d.month(path().member("actualFinish"))
            case "enteredFields", "enteredAt": try d.enteredField(key, path(), &activity.provenance)
            default: return try d.provenanceField(key, path(), &activity.provenance)
            }
            return true
        }
        return activity
    }

    mutating func decodeDependency(_ path: Path) throws(JSONSyntaxError) -> Dependency {
        var dependency = Dependency(from: "", to: "")
        let diagnosticsBefore = diagnostics.count
        defer {
            if !dependency.from.isEmpty, !dependency.to.isEmpty {
                for k in diagnosticsBefore..<diagnostics.count where diagnostics[k].objectID == nil {
                    diagnostics[k].objectID = Sanitized.inline("\(dependency.from) → \(dependency.to)")
                }
            }
        }
        try fields(path(), RoadmapFormat.dependency) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "from": dependency.from = try d.identifier(path().member("from")) ?? ""
            case "to": dependency.to = try d.identifier(path().member("to")) ?? ""
            case "type":
                if let kind = try d.enumeration(path().member("type"), Dependency.Kind.self, describe: "a dependency type") {
                    dependency.type = kind
                } else {
                    dependency.type = .FS
                }
            case "lag": dependency.lag = try d.integer(path().member("lag"), range: Dependency.lagRange) ?? 0
            case "strength": dependency.strength = try d.enumeration(path().member("strength"), Dependency.Strength.self, describe: "a dependency strength")
            default: return try d.provenanceField(key, path(), &dependency.provenance)
            }
            return true
        }
        return dependency
    }
}
