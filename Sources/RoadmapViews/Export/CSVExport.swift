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
        + progressHeader + roundTripHeader

    /// What `roadmap import` needs to make the same roadmap again, after the columns a sheet
    /// reads: the names and notes in both languages, the team's role and status (codes), and
    /// the links into each activity from the
    /// other rows, in the import's own syntax (`CSVPredecessors`), with their provenance.
    public static let roundTripHeader = [
        "name_fr", "name_en", "area_name_fr", "area_name_en", "team_name_fr", "team_name_en", "team_role", "team_status", "note_fr", "note_en",
        "predecessors", "inferred_predecessors", "predecessor_notes_fr", "predecessor_notes_en",
    ]

    /// Progress as of the status date, empty where the roadmap has none (the status date is on
    /// every row, as CSV has no other place for it; `roadmap import` reads these columns back).
    /// `forecast_finish` is the early finish, said under its own name beside the planned one.
    static let progressHeader = ["status_date", "percent_complete", "actual_start", "actual_finish", "progress", "forecast_finish", "behind"]

    /// The CSV, handed to `sink` in chunks of about 64 KB.
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, to sink: ([UInt8]) throws -> Void) throws {
        let words = Vocabulary(state.language)
        // Which dependencies the dates honour: "all", or "stated" without the inferred ones.
        let dependencies = scheduled.statedOnly ? "stated" : "all"
        try sink(Array(record(header).utf8))
        let visible = state.filter.apply(to: scheduled)
        var shown = [Bool](repeating: false, count: scheduled.roadmap.activities.count)
        for i in visible { shown[i] = true }
        let ordered = ActivityRow.ordered(scheduled, visible: visible, order: state.order)
        let language = state.language
        // Rows are independent of each other: written on every processor for a large view.
        try ParallelRows.write(count: ordered.count, to: sink) { [shown] k, out in
            let i = ordered[k]
            let row = ActivityRow.make(i, scheduled, language, words)
            let values = [
                row.id, row.name, row.areaID, row.areaName, row.role, row.roleName, row.status, row.statusName, row.teamID, row.teamName,
                "\(row.plannedStart)", "\(row.plannedFinish)", "\(row.earlyStart)", "\(row.earlyFinish)",
                "\(row.lateStart)", "\(row.lateFinish)", "\(row.totalFloat)", "\(row.freeFloat)", "\(row.slip)",
                bool(row.critical),
            ] + ProvenanceText.csvFields(row.provenance, language) + [row.roleAsPrinted, dependencies,
                   "\(row.delay)", "\(row.baselineStart)", "\(row.baselineFinish)"] + progressFields(row, scheduled)
            // Each field written into the output as it is made: no String per field, none per row.
            for value in values {
                appendField(value, to: &out)
                out.append(0x2C)
            }
            for (k, ready) in roundTripFields(i, scheduled, shown: shown).enumerated() {
                if k > 0 { out.append(0x2C) }
                out.append(contentsOf: ready.utf8)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
    }

    static func progressFields(_ row: ActivityRow, _ scheduled: ScheduledRoadmap) -> [String] {
        guard let state = row.progress, let status = scheduled.statusDate else { return ["", "", "", "", "", "", ""] }
        return ["\(status)", row.percentComplete.map(String.init) ?? "", row.actualStart.map(\.description) ?? "",
                row.actualFinish.map(\.description) ?? "", state.rawValue, "\(row.earlyFinish)", bool(row.behind)]
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    /// The round-trip columns of activity `i`, each a CSV field already: the names and notes as
    /// the file has them in each language (not the other language's in place of an empty one),
    /// and the links from shown activities — those from an activity outside the rows would name
    /// no row on import. The notes of the inferred links are `entry: note`, parted by ` ¶ `.
    static func roundTripFields(_ i: Int, _ scheduled: ScheduledRoadmap, shown: [Bool]) -> [String] {
        let roadmap = scheduled.roadmap
        let activity = roadmap.activities[i]
        let area = scheduled.areaIndex[activity.area].map { roadmap.areas[$0].name }
        let team = activity.team.flatMap { scheduled.teamIndex[$0] }.map { roadmap.teams[$0] }
        var entries: [String] = [], inferred: [String] = [], notesFR: [String] = [], notesEN: [String] = []
        for k in scheduled.graph.predecessors(of: i) {
            let edge = scheduled.graph.edges[k]
            guard shown[edge.from] else { continue }
            let entry = CSVPredecessors.entry(roadmap.activities[edge.from].id, edge.type, edge.lag)
            entries.append(entry)
            let provenance = roadmap.dependencies[edge.dependencyIndex].provenance
            guard provenance.isInferred else { continue }
            inferred.append(CSVPredecessors.inferredEntry(entry, fields: provenance.inferredFields))
            if let note = provenance.note {
                if !note.fr.isEmpty { notesFR.append(entry + ": " + Sanitized.text(note.fr)) }
                if !note.en.isEmpty { notesEN.append(entry + ": " + Sanitized.text(note.en)) }
            }
        }
        let note = activity.provenance.note
        return [
            field(activity.name.fr), field(activity.name.en), field(area?.fr ?? ""), field(area?.en ?? ""),
            field(team?.name.fr ?? ""), field(team?.name.en ?? ""), field(team?.role ?? ""), field(team?.status.rawValue ?? ""),
            field(note?.fr ?? ""), field(note?.en ?? ""),
            field(entries.joined(separator: ";")), field(inferred.joined(separator: ";")),
            lines(notesFR), lines(notesEN),
        ]
    }

    /// The notes of several links in one field, parted by ` ¶ ` (`CSVPredecessors.noteSeparator`)
    /// rather than line breaks, so that a record stays one line for the tools that read the
    /// file line by line.
    static func lines(_ lines: [String]) -> String {
        field(lines.joined(separator: CSVPredecessors.noteSeparator))
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A value as a CSV field, added to `out`: sanitized, guarded against a spreadsheet's
    /// formulas (a leading = + - @), and quoted where it holds a comma, a quote or a line break
    /// — looked for in the bytes, as comparing Characters was a quarter of the export once.
    static func appendField(_ raw: String, to out: inout [UInt8]) {
        let guarded = CSVFormulaGuard.guarded(Sanitized.text(raw))
        guard guarded.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return out.append(contentsOf: guarded.utf8)
        }
        out.append(0x22)
        for byte in guarded.utf8 {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    static func field(_ raw: String) -> String {
        var bytes: [UInt8] = []
        appendField(raw, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
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
