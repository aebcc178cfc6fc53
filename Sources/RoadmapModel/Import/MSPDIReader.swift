#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// Reads MS Project's XML format (MSPDI, the namespace http://schemas.microsoft.com/project),
/// which MS Project, ProjectLibre, GanttProject and MPXJ write, with Foundation's XMLParser
/// (libxml2 underneath): tasks with their outline, dates, links and extended attributes, the
/// resources and their assignments. Only what the roadmap has a place for is kept.
public enum MSPDIReader {
    public static let namespace = "http://schemas.microsoft.com/project"

    public static func read(_ bytes: [UInt8]) -> ImportedPlan {
        let handler = MSPDIHandler()
        // From a stream, which XMLParser feeds to libxml2 a chunk at a time: given the whole
        // document at once, libxml2 stops past 10 MB ("huge input lookup", its error 1).
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let parsed = parser.parse()
        if !parsed || handler.failure != nil {
            let place = handler.failure?.place ?? SourcePlace(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
            let message = handler.failure?.message ?? "the XML is not well formed (\(describe(parser.parserError)))"
            return ImportedPlan(format: .msproject, diagnostics: [Diagnostic(.error, at: .document, message, line: place.line, column: place.column)])
        }
        return handler.plan()
    }

    static func describe(_ error: Error?) -> String {
        guard let error = error as NSError? else { return "the parser stopped" }
        return libxmlMessages[error.code] ?? "libxml2 error \(error.code)"
    }

    /// The commonest of libxml2's error codes (xmlParserErrors), which XMLParser passes on
    /// without their text on Linux.
    static let libxmlMessages: [Int: String] = [
        1: "libxml2's internal error (a document too large for it?)", 2: "unknown encoding", 4: "the document is empty or is not XML", 5: "the document ends too soon",
        6: "an unexpected character where a name was due", 9: "a character that XML forbids",
        23: "a reference (&…;) without its ';'", 24: "an unknown entity", 26: "an undeclared entity",
        27: "an unknown entity", 38: "an attribute value without quotes", 39: "an unfinished attribute value",
        41: "a '<' in an attribute value", 43: "an unexpected end of the attribute list", 45: "an unfinished comment",
        62: "an unfinished CDATA section", 63: "an unfinished CDATA section", 64: "an XML declaration in the wrong place",
        65: "no whitespace where one is due", 68: "a '<' where a name was due", 73: "'>' expected", 76: "an end tag that does not match its start tag",
        77: "an unfinished element", 5034: "the document has no root element",
    ]
}

/// What one element of interest has gathered so far.
private final class MSPDIHandler: NSObject, XMLParserDelegate {
    struct Failure { var message: String; var place: SourcePlace }
    struct Task {
        var uid = "", wbs: String?, name: String?, outlineLevel = 1, summary: Bool?, milestone = false, isNull = false
        var start: Month?, finish: Month?
        var links: [ImportedLink] = []
        var attributes: [(field: String, value: String)] = []
        var place: SourcePlace
    }
    struct Link { var predecessor = "", type = 1, lag = 0.0, format = 7, place: SourcePlace }

    var failure: Failure?
    private var path: [String] = []
    private var text = ""
    private var capturing = false
    private var title: String?, name: String?
    private var minutesPerDay = 480.0, daysPerMonth = 20.0
    /// Extended attribute definitions: FieldID → Alias (else FieldName).
    private var attributeNames: [String: String] = [:]
    private var definition: (id: String, name: String, alias: String) = ("", "", "")
    private var tasks: [Task] = []
    private var task: Task?
    private var link: Link?
    private var attribute: (field: String, value: String) = ("", "")
    private var resources: [String: (name: String, code: String)] = [:]
    private var resource: (uid: String, name: String, code: String) = ("", "", "")
    private var assignments: [(task: String, resource: String)] = []
    private var assignment: (task: String, resource: String) = ("", "")
    private var warnings: [Diagnostic] = []
    private weak var parser: XMLParser?

    static let leaves: Set<String> = [
        "Title", "Name", "MinutesPerDay", "DaysPerMonth", "FieldID", "FieldName", "Alias", "UID", "OutlineLevel", "Summary", "Milestone",
        "IsNull", "Start", "Finish", "PredecessorUID", "Type", "LinkLag", "LagFormat", "Value", "TaskUID", "ResourceUID", "WBS", "Code",
    ]

    private var place: SourcePlace {
        SourcePlace(line: max(1, parser?.lineNumber ?? 1), column: max(1, parser?.columnNumber ?? 1))
    }

    private func fail(_ parser: XMLParser, _ message: String, at place: SourcePlace? = nil) {
        guard failure == nil else { return }
        failure = Failure(message: message, place: place ?? self.place)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        self.parser = parser
        if path.isEmpty {
            guard element == "Project", namespaceURI == MSPDIReader.namespace else {
                fail(parser, "not an MS Project XML file: the root element is <\(Sanitized.inline(qualifiedName ?? element))>"
                    + (namespaceURI.map { " in the namespace \(Sanitized.inline($0))" } ?? "")
                    + ", where MSPDI has <Project xmlns=\"\(MSPDIReader.namespace)\">")
                return
            }
        }
        path.append(element)
        capturing = false
        switch path.count {
        case 3 where element == "Task" && path[1] == "Tasks": task = Task(place: place)
        case 4 where element == "PredecessorLink" && task != nil: link = Link(place: place)
        case 4 where element == "ExtendedAttribute" && task != nil: attribute = ("", "")
        case 3 where element == "ExtendedAttribute": definition = ("", "", "")
        case 3 where element == "Resource": resource = ("", "", "")
        case 3 where element == "Assignment": assignment = ("", "")
        default:
            // Text is kept only for the leaves read below: MSPDI has hundreds of others.
            capturing = path.count >= 2 && Self.leaves.contains(element)
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
        if capturing { text += String(decoding: data, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            path.removeLast()
            capturing = false
        }
        let depth = path.count
        let parent = depth >= 2 ? path[depth - 2] : ""
        switch (depth, parent, element) {
        case (2, "Project", "Title"): title = text
        case (2, "Project", "Name"): name = text
        case (2, "Project", "MinutesPerDay"): minutesPerDay = Double(text).flatMap { $0 > 0 ? $0 : nil } ?? minutesPerDay
        case (2, "Project", "DaysPerMonth"): daysPerMonth = Double(text).flatMap { $0 > 0 ? $0 : nil } ?? daysPerMonth
        case (4, "ExtendedAttribute", "FieldID") where path[1] == "ExtendedAttributes": definition.id = text
        case (4, "ExtendedAttribute", "FieldName") where path[1] == "ExtendedAttributes": definition.name = text
        case (4, "ExtendedAttribute", "Alias") where path[1] == "ExtendedAttributes": definition.alias = text
        case (3, "ExtendedAttributes", "ExtendedAttribute"):
            attributeNames[definition.id] = definition.alias.isEmpty ? definition.name : definition.alias
        case (3, "Tasks", "Task"):
            if let task { tasks.append(task) }
            task = nil
        case (5, "PredecessorLink", _): linkField(parser, element)
        case (4, "Task", "PredecessorLink"):
            if let link {
                let made = imported(link)
                task?.links.append(made)
            }
            link = nil
        case (5, "ExtendedAttribute", "FieldID"): attribute.field = text
        case (5, "ExtendedAttribute", "Value"): attribute.value = text
        case (4, "Task", "ExtendedAttribute"): task?.attributes.append(attribute)
        case (4, "Task", _): taskField(parser, element)
        case (4, "Resource", "UID"): resource.uid = text
        case (4, "Resource", "Name"): resource.name = text
        case (4, "Resource", "Code"): resource.code = text.trimmed
        case (3, "Resources", "Resource"): if !resource.uid.isEmpty { resources[resource.uid] = (resource.name, resource.code) }
        case (4, "Assignment", "TaskUID"): assignment.task = text
        case (4, "Assignment", "ResourceUID"): assignment.resource = text
        case (3, "Assignments", "Assignment"): assignments.append(assignment)
        default: break
        }
    }

    private func taskField(_ parser: XMLParser, _ element: String) {
        guard task != nil else { return }
        switch element {
        case "UID": task!.uid = text.trimmed
        case "Name": task!.name = text
        case "WBS": task!.wbs = text.trimmed
        case "OutlineLevel": task!.outlineLevel = Int(text.trimmed) ?? 1
        case "Summary": task!.summary = text.trimmed == "1"
        case "Milestone": task!.milestone = text.trimmed == "1"
        case "IsNull": task!.isNull = text.trimmed == "1"
        case "Start", "Finish":
            // 2016-10-03T08:00:00: the month is all the roadmap keeps.
            let value = text.trimmed
            guard let month = Month(String(value.prefix(7))), value.count == 7 || value.dropFirst(7).first == "-" else {
                fail(parser, "Task UID \(Sanitized.inline(task!.uid)) \(element): \"\(Sanitized.inline(value))\" is not a date (YYYY-MM-DDThh:mm:ss)")
                return
            }
            if element == "Start" { task!.start = month } else { task!.finish = month }
        default: break
        }
    }

    private func linkField(_ parser: XMLParser, _ element: String) {
        guard link != nil else { return }
        let value = text.trimmed
        switch element {
        case "PredecessorUID": link!.predecessor = value
        case "Type":
            guard let type = Int(value), (0...3).contains(type) else {
                fail(parser, "PredecessorLink Type: \"\(Sanitized.inline(value))\" is not a link type (0 FF, 1 FS, 2 SF, 3 SS)")
                return
            }
            link!.type = type
        case "LinkLag":
            guard let lag = Double(value), lag.isFinite else {
                fail(parser, "PredecessorLink LinkLag: \"\(Sanitized.inline(value))\" is not a number (tenths of a minute)")
                return
            }
            link!.lag = lag
        case "LagFormat": link!.format = Int(value) ?? 7
        default: break
        }
    }

    private func imported(_ link: Link) -> ImportedLink {
        let type: Dependency.Kind = [.FF, .FS, .SF, .SS][link.type]
        let lag = MSPDILag(tenthsOfMinutes: link.lag, format: link.format, minutesPerDay: minutesPerDay, daysPerMonth: daysPerMonth)
        var result = ImportedLink(predecessor: link.predecessor, type: type, lag: lag.months, place: link.place)
        if let note = lag.roundingNote {
            result.lagNote = note
            warnings.append(Diagnostic(.warning, at: .named("Task UID \(Sanitized.inline(task?.uid ?? "")) PredecessorLink"), lag.roundingNote!.en,
                                       line: link.place.line, column: link.place.column))
        }
        return result
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        fail(parser, "the XML is not well formed: \(MSPDIReader.describe(error))")
    }

    /// The tasks as rows: summary tasks become areas, leaf tasks activities.
    func plan() -> ImportedPlan {
        var teamOfTask: [String: (name: String, code: String)] = [:]
        for assignment in assignments {
            // A task keeps its first team; MS Project's "unassigned" resource has no entry.
            if let team = resources[assignment.resource], !team.name.isEmpty, teamOfTask[assignment.task] == nil {
                teamOfTask[assignment.task] = team
            }
        }
        var result = ImportedPlan(format: .msproject, title: title ?? name, diagnostics: warnings)
        // The outermost summary task above each task (its outline level 1 ancestor).
        var area: String?, areaCode: String?
        let kept = tasks.filter { !$0.isNull && $0.outlineLevel > 0 }
        for (k, task) in kept.enumerated() {
            let isSummary = task.summary ?? (k + 1 < kept.count && kept[k + 1].outlineLevel > task.outlineLevel)
            if task.outlineLevel == 1 {
                area = isSummary ? task.name : nil
                // The summary's own Area code (an export writes the area's id there) holds for
                // the tasks under it that do not state theirs.
                areaCode = isSummary ? task.attributes.first { attributeNames[$0.field]?.lowercased() == "area" && !$0.value.isEmpty }?.value : nil
            }
            if isSummary { continue }
            var row = ImportedTask(key: task.uid, label: "Task UID \(Sanitized.inline(task.uid))", name: task.name.map { LocalizedText($0) },
                                   area: area, team: teamOfTask[task.uid]?.name, start: task.start, finish: task.finish,
                                   isMilestone: task.milestone, links: task.links, place: task.place)
            row.code = task.wbs
            row.areaCode = areaCode
            row.teamCode = teamOfTask[task.uid].flatMap { $0.code.isEmpty ? nil : $0.code }
            for (field, value) in task.attributes {
                switch attributeNames[field]?.lowercased() {
                case "role": row.role = value
                case "status": row.status = value
                case "area":
                    // A code (a roadmap exported before writes the area's id) under the
                    // summary task's name; the name itself when the file has no summary tasks.
                    if !value.isEmpty {
                        row.areaCode = value
                        if row.area == nil { row.area = value }
                    }
                case "provenance": row.provenance = value
                default: break
                }
            }
            result.tasks.append(row)
        }
        return result
    }
}

private extension String {
    /// Without the XML whitespace around a value; on the bytes, as it runs for every leaf
    /// (Foundation's trimmingCharacters(in:) took a sixth of the import's time).
    var trimmed: String {
        let bytes = utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return self }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(self[start..<end])
    }
}
