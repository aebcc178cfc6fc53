import RoadmapModel

/// RFC 4180 CSV: a header row and one row per activity in the view, CRLF line ends, fields
/// quoted when they hold a comma, a quote or a line break. UTF-8; a byte order mark only when
/// asked (`ExportOptions`). Codes (`role`, `status`) are the file's, the same in both
/// languages, so that a sheet can filter on them; names follow the view's language. The planned
/// dates are the plan as drawn; with what-ifs, `delay` is each activity's months and the
/// baseline dates are its early dates without any delay.
public enum CSVExport {
    public static let header = [
        "id", "name", "area", "area_name", "role", "role_name", "status", "status_name", "team", "team_name",
        "planned_start", "planned_finish", "early_start", "early_finish", "late_start", "late_finish",
        "total_float", "free_float", "slip", "critical",
    ] + ProvenanceText.csvHeader + ["role_as_printed", "schedule_dependencies", "delay", "baseline_start", "baseline_finish"]
        + progressHeader

    /// Progress as of the status date, empty where the roadmap has none (the status date is on
    /// every row, as CSV has no other place for it; `roadmap import` reads these columns back).
    /// `forecast_finish` is the early finish, said under its own name beside the planned one.
    static let progressHeader = ["status_date", "percent_complete", "actual_start", "actual_finish", "progress", "forecast_finish", "behind"]

    /// The CSV, handed to `sink` in chunks of about 64 KB.
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, to sink: ([UInt8]) throws -> Void) throws {
        let words = Vocabulary(state.language)
        // Which dependencies the dates honour: "all", or "stated" without the inferred ones.
        let dependencies = scheduled.statedOnly ? "stated" : "all"
        var out: [UInt8] = []
        out.append(record(header))
        for i in ActivityRow.ordered(scheduled, visible: state.filter.apply(to: scheduled), order: state.order) {
            let row = ActivityRow.make(i, scheduled, state.language, words)
            out.append(record([
                row.id, row.name, row.areaID, row.areaName, row.role, row.roleName, row.status, row.statusName, row.teamID, row.teamName,
                "\(row.plannedStart)", "\(row.plannedFinish)", "\(row.earlyStart)", "\(row.earlyFinish)",
                "\(row.lateStart)", "\(row.lateFinish)", "\(row.totalFloat)", "\(row.freeFloat)", "\(row.slip)",
                bool(row.critical),
            ] + ProvenanceText.csvFields(row.provenance, state.language) + [row.roleAsPrinted, dependencies,
                   "\(row.delay)", "\(row.baselineStart)", "\(row.baselineFinish)"] + progressFields(row, scheduled)))
            try out.flush(to: sink)
        }
        try sink(out)
    }

    static func progressFields(_ row: ActivityRow, _ scheduled: ScheduledRoadmap) -> [String] {
        guard let state = row.progress, let status = scheduled.statusDate else { return ["", "", "", "", "", "", ""] }
        return ["\(status)", row.percentComplete.map(String.init) ?? "", row.actualStart.map(\.description) ?? "",
                row.actualFinish.map(\.description) ?? "", state.rawValue, "\(row.earlyFinish)", bool(row.behind)]
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        let text = Sanitized.text(raw)
        // A leading = + - @ would make a spreadsheet read the cell as a formula.
        let guarded = text.first.map { "=+-@".contains($0) } == true && Int(text) == nil ? "'" + text : text
        guard guarded.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return guarded }
        return "\"" + guarded.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
