/// One row of a spreadsheet read into a task, by the columns its header names: the same
/// reading for the rows from the file's start (`CSVPlanReader`) and for those the other
/// processor reads from the middle of a long sheet (`CSVSecondHalf`). What a row says wrong
/// goes to `diagnostics`; a row that cannot be read is an error there, and the reading stops.
struct CSVRows: Sendable {
    /// What a row's reading leaves to the next rows: the plan's status date, which every row
    /// that gives one must give alike, and the last line that gave it (for the message).
    struct State: Sendable {
        var statusDate: Month?
        var statusDateLine = 0
    }

    enum Outcome {
        case task(ImportedTask)
        /// A line without a value.
        case blank
        /// An error, said in the diagnostics: the reading stops there.
        case failed
    }

    /// The header's column names, lower-cased.
    let names: [String]
    // The columns' positions, looked up once rather than on every row.
    let idColumn: Int?
    let nameColumn: Int?
    let frColumn: Int?
    let enColumn: Int?
    let areaColumn: Int?
    let roleColumn: Int?
    let statusColumn: Int?
    let teamColumn: Int?
    let startColumn: Int?
    let finishColumn: Int?
    let predecessorsColumn: Int?
    let areaNames: (Int?, Int?, Int?)
    let teamNames: (Int?, Int?, Int?)
    let hasAreaNames: Bool
    let hasTeamNames: Bool
    let teamRoleColumn: Int?
    let teamStatusColumn: Int?
    let printedColumn: Int?
    let sourceColumn: Int?
    let fieldsColumn: Int?
    let noteColumns: (Int?, Int?, Int?)
    let inferredLinksColumn: Int?
    // A sheet of one's own has none of the export's own columns: no row looks for them.
    let readsExported: Bool
    let linkNotesColumns: (Int?, Int?)
    let percentColumn: Int?
    let actualStartColumn: Int?
    let actualFinishColumn: Int?
    let statusDateColumn: Int?

    init(names: [String], column: [String: Int]) {
        self.names = names
        idColumn = column["id"]
        nameColumn = column["name"]
        frColumn = column["name_fr"]
        enColumn = column["name_en"]
        areaColumn = column["area"]
        roleColumn = column["role"]
        statusColumn = column["status"]
        teamColumn = column["team"]
        startColumn = column["start"]
        finishColumn = column["finish"]
        predecessorsColumn = column["predecessors"]
        areaNames = (column["area_name"], column["area_name_fr"], column["area_name_en"])
        teamNames = (column["team_name"], column["team_name_fr"], column["team_name_en"])
        hasAreaNames = areaNames.0 != nil || areaNames.1 != nil || areaNames.2 != nil
        hasTeamNames = teamNames.0 != nil || teamNames.1 != nil || teamNames.2 != nil
        teamRoleColumn = column["team_role"]
        teamStatusColumn = column["team_status"]
        printedColumn = column["role_as_printed"]
        sourceColumn = column["source"]
        fieldsColumn = column["inferred_fields"]
        noteColumns = (column["note"], column["note_fr"], column["note_en"])
        inferredLinksColumn = column["inferred_predecessors"]
        readsExported = hasAreaNames || hasTeamNames || [teamRoleColumn, teamStatusColumn, printedColumn, sourceColumn].contains { $0 != nil }
        linkNotesColumns = (column["predecessor_notes_fr"], column["predecessor_notes_en"])
        percentColumn = column["percent_complete"]
        actualStartColumn = column["actual_start"]
        actualFinishColumn = column["actual_finish"]
        statusDateColumn = column["status_date"]
    }

    func read(_ record: CSVRecords.Record, diagnostics: inout [Diagnostic], state: inout State) -> Outcome {
        func fail(_ line: Int, _ column: String?, _ message: String) -> Outcome {
            diagnostics.append(Diagnostic(.error, at: column.map { .named("column \"\($0)\"") } ?? .document, message, line: line))
            return .failed
        }
        func warn(_ line: Int, _ column: String, _ message: String) {
            diagnostics.append(Diagnostic(.warning, at: .named("column \"\(column)\""), message, line: line))
        }
        let fields = record.fields, here = record.line
        if fields.allSatisfy(\.isEmpty) { return .blank } // a blank line
        if fields.count < names.count || fields[names.count...].contains(where: { !$0.isEmpty }) {
            return fail(here, nil, "the row has \(fields.count) fields where the header has \(names.count) (a comma too many, or too few?)")
        }
        func value(_ k: Int?) -> String? {
            guard let k else { return nil }
            let text = CSVPlanReader.unguarded(fields[k].trimmingSpaces)
            return text.isEmpty ? nil : text
        }
        /// A text in both languages from its `_fr` and `_en` columns (one standing for both
        /// when the other is empty), else from the one column in the view's language.
        func both(_ columns: (Int?, Int?, Int?)) -> LocalizedText? {
            let fr = value(columns.1), en = value(columns.2)
            if fr != nil || en != nil { return LocalizedText(fr: fr ?? en!, en: en ?? fr!) }
            return value(columns.0).map { LocalizedText($0) }
        }
        let place = SourcePlace(line: here)
        guard let id = value(idColumn) else { return fail(here, "id", "the id is empty; every row needs one") }
        var task = ImportedTask(key: id, id: id, role: value(roleColumn), status: value(statusColumn), place: place)
        if let localized = both((nameColumn, frColumn, enColumn)) {
            task.name = localized
            // The export writes `name` (the view's language) beside `name_fr` and `name_en`:
            // an edit made there only would be lost without a word.
            if let name = value(nameColumn), frColumn != nil || enColumn != nil, name != localized.fr, name != localized.en {
                warn(here, "name", "\"\(Sanitized.inline(name))\" is neither name_fr nor name_en, which give the names; edit those")
            }
        }
        var exported = ExportedColumns()
        if readsExported, hasAreaNames, let code = value(areaColumn) {
            task.areaCode = code
            exported.areaNames = both(areaNames) ?? LocalizedText(code)
            task.area = exported.areaNames!.fr
        } else {
            task.area = value(areaColumn) ?? both(areaNames)?.fr
        }
        if hasTeamNames, let code = value(teamColumn) {
            task.teamCode = code
            exported.teamNames = both(teamNames) ?? LocalizedText(code)
            task.team = exported.teamNames!.fr
        } else {
            task.team = value(teamColumn)
        }
        if readsExported {
            exported.teamRole = value(teamRoleColumn)
            exported.teamStatus = value(teamStatusColumn)
            exported.roleAsPrinted = value(printedColumn)
        }
        for (name, k) in [("start", startColumn), ("finish", finishColumn)] {
            guard let text = value(k) else { continue }
            guard let month = CSVPlanReader.month(text) else {
                return fail(here, names[k!], "\"\(Sanitized.inline(text))\" is not a month (YYYY-MM, or a date YYYY-MM-DD)")
            }
            if name == "start" { task.start = month } else { task.finish = month }
        }
        if let source = value(sourceColumn) {
            guard let parsed = Provenance.Source(rawValue: source.lowercased()) else {
                return fail(here, "source", "unknown source \"\(Sanitized.inline(source))\"; it is seed or inferred")
            }
            let inferredFields = (value(fieldsColumn) ?? "").split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            exported.provenance = Provenance(source: parsed, note: both(noteColumns), inferredFields: inferredFields)
        }
        if readsExported, !exported.isEmpty { task.exported = exported }
        for (name, k) in [("actual_start", actualStartColumn), ("actual_finish", actualFinishColumn), ("status_date", statusDateColumn)] {
            guard let text = value(k) else { continue }
            guard let month = CSVPlanReader.month(text) else {
                return fail(here, name, "\"\(Sanitized.inline(text))\" is not a month (YYYY-MM, or a date YYYY-MM-DD)")
            }
            switch name {
            case "actual_start": task.actualStart = month
            case "actual_finish": task.actualFinish = month
            default:
                if let earlier = state.statusDate, earlier != month {
                    return fail(here, name, "the status date \(month) differs from \(earlier) on line \(state.statusDateLine): a plan has one status date")
                }
                state.statusDate = month
                state.statusDateLine = here
            }
        }
        if let text = value(percentColumn) {
            switch PercentText.parse(text) {
            case .success(let number): task.percentComplete = number
            case .failure(let problem): return fail(here, "percent_complete", problem.message)
            }
        }
        let cell = value(predecessorsColumn) ?? ""
        // Cut on the bytes when they are ASCII, as they are in every sheet (the same cut,
        // without finding each character's end: perf).
        let items = cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.split(separator: UInt8(ascii: ";")).map { Substring($0) } : cell.split(separator: ";")
        for item in items {
            let text = item.trimmingSpaces
            if text.isEmpty { continue }
            guard let link = CSVPlanReader.predecessor(text, place: place) else {
                return fail(here, "predecessors", CSVPlanReader.predecessorProblem(text))
            }
            task.links.append(link)
        }
        CSVPlanReader.linkProvenance(&task, inferred: value(inferredLinksColumn), notes: (value(linkNotesColumns.0), value(linkNotesColumns.1)), warn: warn)
        return .task(task)
    }
}
