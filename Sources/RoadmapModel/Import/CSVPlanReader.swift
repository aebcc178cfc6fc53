/// Reads a spreadsheet's CSV (RFC 4180: quoted fields with commas, quotes and line breaks, CRLF
/// or LF, an optional UTF-8 byte order mark; `CSVRecords`), a header row naming the columns
/// `id,name,area,role,status,team,start,finish,predecessors` in any order (`name_fr` and
/// `name_en` for names in both languages), and for progress `percent_complete`, `actual_start`,
/// `actual_finish` and `status_date` (the same on every row that gives it: `roadmap export
/// --format csv` writes it on each). Every problem names its line and column.
public enum CSVPlanReader {
    static let known = ["id", "name", "name_fr", "name_en", "area", "role", "status", "team", "start", "finish", "predecessors",
                        "percent_complete", "actual_start", "actual_finish", "status_date"]

    public static func read(_ bytes: [UInt8]) -> ImportedPlan {
        var plan = ImportedPlan(format: .csv)
        func fail(_ line: Int, _ column: String?, _ message: String) -> ImportedPlan {
            plan.diagnostics.append(Diagnostic(.error, at: column.map { .named("column \"\($0)\"") } ?? .document, message, line: line))
            return plan
        }
        if String(validating: bytes, as: UTF8.self) == nil, let bad = firstInvalidUTF8Line(bytes) {
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
        for (k, name) in names.enumerated() {
            if !known.contains(name) {
                plan.diagnostics.append(Diagnostic(.warning, at: .named("column \"\(Sanitized.inline(name))\""),
                                                   "unknown column, ignored (the columns are \(known.joined(separator: ", ")))", line: 1))
            } else if column[name] != nil {
                return fail(1, name, "the column is named twice")
            } else {
                column[name] = k
            }
        }
        for needed in ["id", "start", "finish"] where column[needed] == nil {
            return fail(1, needed, "the header has no \(needed) column (the columns are \(known.joined(separator: ", ")))")
        }
        if column["name"] == nil && column["name_fr"] == nil && column["name_en"] == nil {
            return fail(1, "name", "the header has no name column (name, or name_fr and name_en)")
        }
        // The columns' positions, looked up once rather than on every row.
        let idColumn = column["id"], nameColumn = column["name"], frColumn = column["name_fr"], enColumn = column["name_en"]
        let areaColumn = column["area"], roleColumn = column["role"], statusColumn = column["status"], teamColumn = column["team"]
        let startColumn = column["start"], finishColumn = column["finish"], predecessorsColumn = column["predecessors"]
        let percentColumn = column["percent_complete"], actualStartColumn = column["actual_start"], actualFinishColumn = column["actual_finish"]
        let statusDateColumn = column["status_date"]
        var statusDateLine = 0
        while true {
            guard let next = nextRecord() else { return plan }
            guard let record = next else { break }
            let fields = record.fields, here = record.line
            if fields.allSatisfy(\.isEmpty) { continue } // a blank line
            if fields.count < names.count || fields[names.count...].contains(where: { !$0.isEmpty }) {
                return fail(here, nil, "the row has \(fields.count) fields where the header has \(names.count) (a comma too many, or too few?)")
            }
            func value(_ k: Int?) -> String? {
                guard let k else { return nil }
                let text = fields[k].trimmingSpaces
                return text.isEmpty ? nil : text
            }
            let place = SourcePlace(line: here)
            guard let id = value(idColumn) else { return fail(here, "id", "the id is empty; every row needs one") }
            var task = ImportedTask(key: id, id: id, area: value(areaColumn), role: value(roleColumn), status: value(statusColumn), team: value(teamColumn), place: place)
            let fr = value(frColumn), en = value(enColumn)
            if let name = value(nameColumn) {
                task.name = LocalizedText(name)
            } else if fr != nil || en != nil {
                task.name = LocalizedText(fr: fr ?? en!, en: en ?? fr!)
            }
            for (name, k) in [("start", startColumn), ("finish", finishColumn)] {
                guard let text = value(k) else { continue }
                guard let month = month(text) else {
                    return fail(here, name, "\"\(Sanitized.inline(text))\" is not a month (YYYY-MM, or a date YYYY-MM-DD)")
                }
                if name == "start" { task.start = month } else { task.finish = month }
            }
            for (name, k) in [("actual_start", actualStartColumn), ("actual_finish", actualFinishColumn), ("status_date", statusDateColumn)] {
                guard let text = value(k) else { continue }
                guard let month = month(text) else {
                    return fail(here, name, "\"\(Sanitized.inline(text))\" is not a month (YYYY-MM, or a date YYYY-MM-DD)")
                }
                switch name {
                case "actual_start": task.actualStart = month
                case "actual_finish": task.actualFinish = month
                default:
                    if let earlier = plan.statusDate, earlier != month {
                        return fail(here, name, "the status date \(month) differs from \(earlier) on line \(statusDateLine): a plan has one status date")
                    }
                    plan.statusDate = month
                    statusDateLine = here
                }
            }
            if let text = value(percentColumn) {
                switch PercentText.parse(text) {
                case .success(let number): task.percentComplete = number
                case .failure(let problem): return fail(here, "percent_complete", problem.message)
                }
            }
            for item in (value(predecessorsColumn) ?? "").split(separator: ";") {
                let text = item.trimmingSpaces
                if text.isEmpty { continue }
                guard let link = predecessor(text, place: place) else {
                    return fail(here, "predecessors", "\"\(Sanitized.inline(text))\" is not a predecessor: an id, then FS, SS, FF or SF, then a lag in months (a1, a1SS, a1FF+2, a1SF-1)")
                }
                task.links.append(link)
            }
            plan.tasks.append(task)
        }
        return plan
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

private extension StringProtocol {
    /// Without the spaces and tabs a spreadsheet leaves around a value.
    var trimmingSpaces: String {
        if let first = utf8.first, first != 0x20, first != 0x09, let last = last, last != " ", last != "\t" { return String(self) }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
