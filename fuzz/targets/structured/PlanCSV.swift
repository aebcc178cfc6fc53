import RoadmapModel

/// A roadmap as a spreadsheet's CSV plan, in the columns `roadmap import` reads (README,
/// "Spreadsheet CSV"): what a planner who keeps the plan in a sheet saves. The program has no
/// export of this shape — `roadmap export --format csv` is a report of the schedule, without
/// the predecessors — so the structure-aware target writes it here, to check that the CSV
/// import gives the schedule back.
enum PlanCSV {
    static let header = ["id", "name_fr", "name_en", "area", "role", "status", "team", "start", "finish", "predecessors",
                         "status_date", "percent_complete", "actual_start", "actual_finish"]

    static func bytes(_ roadmap: Roadmap) -> [UInt8] {
        var predecessors = [[String]](repeating: [], count: roadmap.activities.count)
        var index: [String: Int] = [:]
        for (i, activity) in roadmap.activities.enumerated() { index[activity.id] = i }
        for dependency in roadmap.dependencies {
            guard let to = index[dependency.to] else { continue }
            // `a1FS+2`, `a1SF-1`: the id, the type, the signed lag in months.
            predecessors[to].append("\(dependency.from)\(dependency.type.rawValue)\(dependency.lag < 0 ? "-" : "+")\(abs(dependency.lag))")
        }
        var text = header.joined(separator: ",") + "\r\n"
        for (i, activity) in roadmap.activities.enumerated() {
            let fields = [
                activity.id, activity.name.fr, activity.name.en, activity.area, activity.role, activity.status.rawValue, activity.team ?? "",
                activity.start.description, activity.finish.description, predecessors[i].joined(separator: ";"),
                // Progress, in the columns the import reads (the status date on every row).
                roadmap.statusDate?.description ?? "", activity.percentComplete.map(String.init) ?? "",
                activity.actualStart?.description ?? "", activity.actualFinish?.description ?? "",
            ]
            text += fields.map(quoted).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    /// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
