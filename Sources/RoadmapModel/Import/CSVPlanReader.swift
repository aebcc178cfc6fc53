import Foundation

/// Reads a spreadsheet's CSV (RFC 4180: quoted fields with commas, quotes and line breaks, CRLF
/// or LF, an optional UTF-8 byte order mark; `CSVRecords`), a header row naming the columns
/// `id,name,area,role,status,team,start,finish,predecessors` in any order (`name_fr` and
/// `name_en` for names in both languages), and for progress `percent_complete`, `actual_start`,
/// `actual_finish` and `status_date` (the same on every row that gives it: `roadmap export
/// --format csv` writes it on each). Every problem names its line and column.
///
/// It reads what `roadmap export --format csv` writes as well, so that a roadmap exported,
/// edited in a spreadsheet and imported is the same roadmap: `planned_start` and
/// `planned_finish` are `start` and `finish`; with `area_name` (or `area_name_fr`,
/// `area_name_en`) the `area` column is the area's id and those its names, and the same for
/// `team`; `role_as_printed` is the code as the file wrote it (Br for Int); `source`,
/// `inferred_fields`, `note_fr` and `note_en` (or `note`) the activity's provenance;
/// `inferred_predecessors` and `predecessor_notes_fr`/`_en` the links' (`CSVPredecessors`).
/// The export's other columns are the schedule, made again on import: read and left aside.
public enum CSVPlanReader {
    /// The columns read, the main ones first (as a message lists them).
    static let known = ["id", "name", "name_fr", "name_en", "area", "role", "status", "team", "start", "finish", "predecessors",
                        "area_name", "area_name_fr", "area_name_en", "team_name", "team_name_fr", "team_name_en", "team_role", "team_status", "role_as_printed",
                        "source", "inferred_fields", "note", "note_fr", "note_en",
                        "inferred_predecessors", "predecessor_notes_fr", "predecessor_notes_en",
                        "percent_complete", "actual_start", "actual_finish", "status_date"]
    /// Other names of a column: the export's.
    static let aliases = ["planned_start": "start", "planned_finish": "finish"]
    /// The export's columns that the schedule makes (and names in the view's language): known,
    /// so not warned about, and not read — the import schedules again.
    static let computed: Set<String> = [
        "role_name", "status_name", "early_start", "early_finish", "late_start", "late_finish", "total_float", "free_float",
        "slip", "critical", "schedule_dependencies", "delay", "baseline_start", "baseline_finish",
        "progress", "forecast_finish", "behind",
    ]
    static let main = "id, name (or name_fr and name_en), area, role, status, team, start, finish, predecessors"

    public static func read(_ bytes: [UInt8]) -> ImportedPlan { read(bytes, splitAt: nil) }

    /// `read`, the second half of the rows read on another processor from `splitAt` when told
    /// (the tests try every byte), from about the middle of a sheet of a megabyte or more
    /// otherwise.
    static func read(_ bytes: [UInt8], splitAt: Int?) -> ImportedPlan {
        var plan = ImportedPlan(format: .csv)
        func fail(_ line: Int, _ column: String?, _ message: String) -> ImportedPlan {
            plan.diagnostics.append(Diagnostic(.error, at: column.map { .named("column \"\($0)\"") } ?? .document, message, line: line))
            return plan
        }
        func warn(_ line: Int, _ column: String, _ message: String) {
            plan.diagnostics.append(Diagnostic(.warning, at: .named("column \"\(column)\""), message, line: line))
        }
        // Checked in place: `String(validating:)` copied the whole file into a string that was
        // then thrown away, a tenth of the reading (perf).
        if (try? UTF8Span(validating: bytes.span)) == nil, let bad = firstInvalidUTF8Line(bytes) {
            return fail(bad, nil, "the file is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")")
        }
        var records = CSVRecords(bytes)
        func nextRecord() -> CSVRecords.Record?? {
            do {
                return .some(try records.next())
            } catch {
                plan.diagnostics.append(Diagnostic(.error, at: .document, error.message, line: error.line, column: error.column))
                return nil
            }
        }
        guard let first = nextRecord() else { return plan }
        guard let header = first?.fields else { return fail(1, nil, "the file is empty; a header row naming the columns is due") }
        let names = header.map { $0.trimmingSpaces.lowercased() }
        var column: [String: Int] = [:]
        for (k, written) in names.enumerated() {
            let name = aliases[written] ?? written
            if computed.contains(name) { continue }
            if !known.contains(name) {
                warn(1, Sanitized.inline(written), "unknown column, ignored (the columns are \(main); see the guide for the others)")
            } else if column[name] != nil {
                let also = aliases.first { $0.value == name }.map { " (\($0.value) and \($0.key) are one column)" } ?? ""
                return fail(1, written, "the column is named twice\(also)")
            } else {
                column[name] = k
            }
        }
        for needed in ["id", "start", "finish"] where column[needed] == nil {
            return fail(1, needed, "the header has no \(needed) column (the columns are \(main))")
        }
        if column["name"] == nil && column["name_fr"] == nil && column["name_en"] == nil {
            return fail(1, "name", "the header has no name column (name, or name_fr and name_en)")
        }
        let rows = CSVRows(names: names, column: column)
        var state = CSVRows.State()
        func finished() -> ImportedPlan {
            plan.statusDate = state.statusDate
            return plan
        }
        // Room for a task a line, so that the list of tasks is not moved as it grows (perf).
        plan.tasks.reserveCapacity(bytes.withUnsafeBufferPointer { $0.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } })
        // A long sheet's second half read on another processor (`CSVSecondHalf`), taken when
        // this reading reaches its start at a row's start.
        var second = CSVSecondHalf.start(bytes, after: records.position, rows: rows, at: splitAt)
        defer { second?.finish(abandon: true) }
        while true {
            if let half = second, records.position >= half.start {
                second = nil
                half.finish(abandon: records.position != half.start)
                if records.position == half.start, half.agrees(with: state) {
                    half.move(into: &plan, state: &state)
                    records.continueAt(half.resumeAt, line: half.resumeLine)
                }
            }
            guard let next = nextRecord() else { return finished() }
            guard let record = next else { break }
            switch rows.read(record, diagnostics: &plan.diagnostics, state: &state) {
            case .task(let task): plan.tasks.append(task)
            case .blank: continue
            case .failed: return finished()
            }
        }
        return finished()
    }

    /// The export writes `'` before a cell a spreadsheet would run as a formula
    /// (`CSVFormulaGuard`); the import takes it away again.
    static func unguarded(_ text: String) -> String {
        // The first byte alone for every value of every row; the rest only after a quote.
        guard text.utf8.first == UInt8(ascii: "'") else { return text }
        return CSVFormulaGuard.isNeeded(text.dropFirst()) ? String(text.dropFirst()) : text
    }

    /// Marks the row's links that `inferred_predecessors` names as inferred, with the notes of
    /// the notes columns; an entry that names no link of the row is said, and left aside.
    static func linkProvenance(_ task: inout ImportedTask, inferred: String?, notes: (fr: String?, en: String?),
                                       warn: (Int, String, String) -> Void) {
        guard inferred != nil || notes.fr != nil || notes.en != nil else { return }
        let written = task.links.map { CSVPredecessors.entry($0.predecessor, $0.type, $0.lag) }.joined(separator: ";")
        func index(_ key: CSVPredecessors.Key?, _ text: String, column: String) -> Int? {
            if let key, let k = task.links.firstIndex(where: { CSVPredecessors.Key($0) == key }) { return k }
            warn(task.place.line, column, "\"\(Sanitized.inline(text))\" is not one of the row's predecessors (\(written.isEmpty ? "none" : Sanitized.inline(written))): left aside, and the link as it now is is taken as stated")
            return nil
        }
        for entry in CSVPredecessors.inferred(inferred ?? "", place: task.place) {
            guard let k = index(entry.key, entry.text, column: "inferred_predecessors") else { continue }
            task.links[k].provenance = Provenance(source: .inferred, inferredFields: entry.fields)
        }
        for (language, cell) in [(Language.fr, notes.fr), (Language.en, notes.en)] {
            for line in CSVPredecessors.notes(cell ?? "", place: task.place) {
                guard let k = index(line.key, line.text, column: "predecessor_notes_\(language.rawValue)") else { continue }
                var provenance = task.links[k].provenance ?? .seed
                var note = provenance.note ?? LocalizedText(fr: "", en: "")
                if language == .fr { note.fr = line.note } else { note.en = line.note }
                provenance.note = note
                task.links[k].provenance = provenance
            }
        }
    }

    /// Why a predecessor does not read, the lag said apart when it is what is wrong.
    static func predecessorProblem(_ text: String) -> String {
        let shown = Sanitized.inline(text)
        for type in Dependency.Kind.allCases {
            for sign in ["+", "-"] {
                if let range = text.range(of: type.rawValue + sign) {
                    let lag = text[range.upperBound...]
                    if !lag.isEmpty, !lag.allSatisfy(\.isASCII) || Int(lag) == nil {
                        return "\"\(shown)\": the lag \"\(Sanitized.inline(String(lag)))\" is not a whole number of months (a1FF+2, a1SF-1)"
                    }
                }
            }
        }
        return "\"\(shown)\" is not a predecessor: an id, then FS, SS, FF or SF, then a lag in months (a1, a1SS, a1FF+2, a1SF-1)"
    }

    /// "2017-04" or "2017-04-03" (the day is dropped).
    static func month(_ text: String) -> Month? {
        if text.utf8.count == 7 { return Month(text) }
        guard text.utf8.count == 10, let month = Month(String(text.prefix(7))) else { return nil }
        let day = text.suffix(3)
        guard day.first == "-", let d = Int(day.dropFirst()), (1...31).contains(d) else { return nil }
        return month
    }

    /// `a1`, `a1SS`, `a1FF+2`, `a1SF-1`, `a1+2` (`a1 SS` too): MS Project's way of writing a predecessor, the
    /// lag in months. Ids are lower-case and the types upper-case, so `a1SS` reads one way only;
    /// a lag without a type needs its `+` (`a1-2` is the id "a1-2").
    static func predecessor(_ text: String, place: SourcePlace) -> ImportedLink? {
        // On the bytes: every character that matters is ASCII, and this runs once per link.
        let bytes = Array(text.utf8)
        var end = bytes.count
        var lag = 0
        func typeBefore(_ end: Int) -> Dependency.Kind? {
            guard end > 2 else { return nil }
            switch (bytes[end - 2], bytes[end - 1]) {
            case (0x46, 0x53): return .FS
            case (0x53, 0x53): return .SS
            case (0x46, 0x46): return .FF
            case (0x53, 0x46): return .SF
            default: return nil
            }
        }
        var digits = end
        while digits > 0, bytes[digits - 1] >= 0x30, bytes[digits - 1] <= 0x39 { digits -= 1 }
        if digits < end, digits > 0, bytes[digits - 1] == UInt8(ascii: "+") || bytes[digits - 1] == UInt8(ascii: "-") {
            let sign = digits - 1
            if bytes[sign] == UInt8(ascii: "+") || typeBefore(sign) != nil {
                guard end - digits <= 6 else { return nil } // beyond any calendar
                let amount = bytes[digits..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                lag = bytes[sign] == UInt8(ascii: "-") ? -amount : amount
                end = sign
            }
        }
        var type = Dependency.Kind.FS
        if let kind = typeBefore(end) {
            type = kind
            end -= 2
        }
        // A space may part the id from its type ("a1 SS"), as some sheets write it.
        var start = 0
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end, !bytes[start..<end].contains(UInt8(ascii: "+")) else { return nil }
        return ImportedLink(predecessor: String(decoding: bytes[start..<end], as: UTF8.self), type: type, lag: lag, place: place)
    }

    /// The line of the first byte that is not UTF-8, nil when all of it is.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
