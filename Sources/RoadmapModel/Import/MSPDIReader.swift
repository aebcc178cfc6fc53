import CLibXML2
import Foundation

/// Reads MS Project's XML format (MSPDI, the namespace http://schemas.microsoft.com/project),
/// which MS Project, ProjectLibre, GanttProject and MPXJ write, with libxml2's SAX2 push parser:
/// tasks with their outline, dates, links and extended attributes, the resources and their
/// assignments. Only what the roadmap has a place for is kept.
///
/// libxml2 directly rather than through Foundation's XMLParser (which is libxml2 underneath):
/// XMLParser made an NSString and a dictionary for every element and every run of text, and
/// took 1.6 s on 49 MB with an empty delegate where libxml2's own SAX2 takes 0.25 s — 5 times
/// the JSON export of the same roadmap where the import is to stay within 2 (docs/performance.md).
/// The parser never loads external entities or a DTD from the network, and entities declared in
/// the document are not expanded (no handler stores them): a reference to one is an error.
public enum MSPDIReader {
    public static let namespace = "http://schemas.microsoft.com/project"

    /// libxml2 asks for one initialisation before use from several threads; a static `let`
    /// runs it once.
    private static let libxml2Ready: Void = { xmlInitParser() }()

    public static func read(_ bytes: [UInt8]) -> ImportedPlan {
        _ = libxml2Ready
        let box = MSPDIHandlerBox()
        // Room for a task per 400 bytes, more than any writer's tasks take (MPXJ's about 600,
        // MS Project's more): the list is not moved as it grows, and room never written to
        // costs address space only.
        box.handler.reserveTasks(bytes.count / 400)
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, localname, prefix, uri, _, _, _, _, _ in
            guard let user, let localname else { return }
            MSPDIHandlerBox.from(user).handler.start(MSPDITag(localname), name: localname, namespace: uri, prefix: prefix)
        }
        sax.endElementNs = { user, localname, _, _ in
            guard let user, let localname else { return }
            MSPDIHandlerBox.from(user).handler.end(MSPDITag(localname))
        }
        sax.characters = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            MSPDIHandlerBox.from(user).handler.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        sax.cdataBlock = sax.characters
        // Errors are read from the context once the parser stops; without this libxml2 would
        // print them to standard error itself.
        sax.serror = { _, _ in }
        let user = Unmanaged.passUnretained(box).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&sax, user, nil, 0, nil) else {
            return failed("libxml2 could not start (out of memory?)", SourcePlace(line: 1, column: 1))
        }
        defer {
            // An entity declared in the file's own DTD makes libxml2 build a document of its
            // own (`myDoc`), which freeing the context leaves behind (found by the fuzzer: 13 KB
            // lost for each such file).
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
        // HUGE: no 10 MB limit on a text node or the document's depth of lookahead (a plan of
        // 100,000 tasks is 50 MB); NONET: never fetch anything.
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: XML_PARSE_HUGE.rawValue | XML_PARSE_NONET.rawValue))
        box.handler.position = {
            SourcePlace(line: max(1, Int(xmlSAX2GetLineNumber(context))), column: max(1, Int(xmlSAX2GetColumnNumber(context))))
        }
        box.handler.stop = { xmlStopParser(context) }

        var status: Int32 = 0
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // A chunk at a time, as a file would be read: libxml2 keeps only what it has not parsed.
                let chunk = 1 << 16
                var offset = 0
                while status == 0, box.handler.failure == nil, offset < chars.count {
                    let count = min(chunk, chars.count - offset)
                    status = xmlParseChunk(context, chars.baseAddress! + offset, Int32(count), 0)
                    offset += count
                }
                if status == 0, box.handler.failure == nil { status = xmlParseChunk(context, nil, 0, 1) }
            }
        }
        if let failure = box.handler.failure { return failed(failure.message, failure.place) }
        if status != 0 || context.pointee.wellFormed == 0 {
            let error = xmlCtxtGetLastError(context)
            let code = error.map { Int($0.pointee.code) } ?? Int(status)
            let place = error.map { SourcePlace(line: max(1, Int($0.pointee.line)), column: max(1, Int($0.pointee.int2))) }
                ?? box.handler.position?() ?? SourcePlace(line: 1, column: 1)
            return failed("the XML is not well formed (\(describe(code: code, libxml2: error?.pointee.message)))", place)
        }
        return box.handler.plan()
    }

    private static func failed(_ message: String, _ place: SourcePlace) -> ImportedPlan {
        ImportedPlan(format: .msproject, diagnostics: [Diagnostic(.error, at: .document, message, line: place.line, column: place.column)])
    }

    /// Our words for the commonest errors, libxml2's own message for the others.
    static func describe(code: Int, libxml2 message: UnsafeMutablePointer<CChar>?) -> String {
        if let known = libxmlMessages[code] { return known }
        let text = message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        return text.isEmpty ? "libxml2 error \(code)" : Sanitized.inline(text)
    }

    /// The commonest of libxml2's error codes (xmlParserErrors), said plainly.
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

/// The handler as libxml2's callbacks reach it. The state is a struct inside one box, so that
/// a callback is one exclusive access to it; as a class's properties, each of the dozens a
/// callback touches was checked on its own (a tenth of the parse).
private final class MSPDIHandlerBox {
    var handler = MSPDIHandler()
    static func from(_ pointer: UnsafeMutableRawPointer) -> MSPDIHandlerBox { Unmanaged<MSPDIHandlerBox>.fromOpaque(pointer).takeUnretainedValue() }
}

/// What one element of interest has gathered so far.
private struct MSPDIHandler {
    /// Where the parser is, and how to stop it: given by the driver.
    var position: (() -> SourcePlace)?
    var stop: (() -> Void)?
    struct Failure { var message: String; var place: SourcePlace }
    struct Task {
        var uid = "", wbs: String?, name: String?, outlineLevel = 1, summary: Bool?, milestone = false, isNull = false
        var start: MSPDIDate?, finish: MSPDIDate?, finishText = "", startText = ""
        var percent: Int?, actualStart: MSPDIDate?, actualFinish: MSPDIDate?
        /// The plan, where the file keeps it apart from the schedule: baseline 0's Start and
        /// Finish (MS Project's, and ours with progress, whose Start and Finish are the forecast).
        var baselineStart: MSPDIDate?, baselineFinish: MSPDIDate?
        var links: [ImportedLink] = []
        var attributes: [(field: String, value: String)] = []
        var place: SourcePlace
    }
    struct Link { var predecessor = "", type = 1, lag = 0.0, format = 7, place: SourcePlace }

    var failure: Failure?
    private var path: [MSPDITag] = []
    private var text = ""
    /// The bytes of the element being read, kept only for the leaves read (`capturing`).
    private var textBytes: [UInt8] = []
    private var capturing = false
    private var title: String?, name: String?
    private var statusDate: Month?
    private var minutesPerDay = 480.0, daysPerMonth = 20.0
    /// Extended attribute definitions: FieldID → Alias (else FieldName), lower-cased.
    private var attributeNames: [String: String] = [:]
    private var definition: (id: String, name: String, alias: String) = ("", "", "")
    private var tasks: [Task] = []
    private var task: Task?
    private var link: Link?
    private var attribute: (field: String, value: String) = ("", "")
    private var baseline: (number: String?, start: MSPDIDate?, finish: MSPDIDate?) = (nil, nil, nil)
    private var resources: [String: (name: String, code: String)] = [:]
    private var resource: (uid: String, name: String, code: String) = ("", "", "")
    private var assignments: [(task: String, resource: String)] = []
    private var assignment: (task: String, resource: String) = ("", "")
    private var warnings: [Diagnostic] = []

    private var place: SourcePlace { position?() ?? SourcePlace(line: 1, column: 1) }

    mutating func reserveTasks(_ count: Int) { tasks.reserveCapacity(count) }

    private mutating func fail(_ message: String, at place: SourcePlace? = nil) {
        guard failure == nil else { return }
        failure = Failure(message: message, place: place ?? self.place)
        stop?()
    }

    mutating func start(_ element: MSPDITag, name: UnsafePointer<UInt8>, namespace uri: UnsafePointer<UInt8>?, prefix: UnsafePointer<UInt8>?) {
        if path.isEmpty {
            // The root's names as text: only here, once.
            let namespaceURI = uri.map { String(cString: $0) }
            guard element == .project, namespaceURI == MSPDIReader.namespace else {
                let local = String(cString: name)
                fail("not an MS Project XML file: the root element is <\(Sanitized.inline(prefix.map { "\(String(cString: $0)):\(local)" } ?? local))>"
                    + (namespaceURI.map { " in the namespace \(Sanitized.inline($0))" } ?? "")
                    + ", where MSPDI has <Project xmlns=\"\(MSPDIReader.namespace)\">")
                return
            }
        }
        path.append(element)
        capturing = false
        switch path.count {
        case 3 where element == .task && path[1] == .tasks: task = Task(place: place)
        case 4 where element == .predecessorLink && task != nil: link = Link(place: place)
        case 4 where element == .extendedAttribute && task != nil: attribute = ("", "")
        case 3 where element == .extendedAttribute: definition = ("", "", "")
        case 3 where element == .resource: resource = ("", "", "")
        case 3 where element == .assignment: assignment = ("", "")
        default:
            // Text is kept only for the leaves read below: MSPDI has hundreds of others.
            capturing = path.count >= 2 && element.isLeafRead
            textBytes.removeAll(keepingCapacity: true)
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capturing { textBytes.append(contentsOf: bytes) }
    }

    mutating func end(_ element: MSPDITag) {
        guard !path.isEmpty else { return }
        defer {
            path.removeLast()
            capturing = false
        }
        text = capturing ? String(decoding: textBytes, as: UTF8.self) : ""
        let depth = path.count
        let parent = depth >= 2 ? path[depth - 2] : .other
        switch (depth, parent, element) {
        case (2, .project, .title): title = text
        case (2, .project, .name): name = text
        case (2, .project, .minutesPerDay): minutesPerDay = Double(text).flatMap { $0 > 0 ? $0 : nil } ?? minutesPerDay
        case (2, .project, .daysPerMonth): daysPerMonth = Double(text).flatMap { $0 > 0 ? $0 : nil } ?? daysPerMonth
        case (2, .project, .statusDate): statusDate = date("StatusDate")
        case (4, .extendedAttribute, .fieldID) where path[1] == .extendedAttributes: definition.id = text
        case (4, .extendedAttribute, .fieldName) where path[1] == .extendedAttributes: definition.name = text
        case (4, .extendedAttribute, .alias) where path[1] == .extendedAttributes: definition.alias = text
        case (3, .extendedAttributes, .extendedAttribute):
            // Lower-cased once here, not at each of the tasks' attributes that name it.
            attributeNames[definition.id] = (definition.alias.isEmpty ? definition.name : definition.alias).lowercased()
        case (3, .tasks, .task):
            // Moved out and into the list, not copied (and the copy then destroyed): a tenth
            // of the reading (perf).
            if let task = task.take() {
                // To the second, so that a finish earlier the same month is seen too (the
                // builder compares months).
                if let start = task.start, let finish = task.finish, finish < start {
                    warnings.append(Diagnostic(.error, at: .named("Task UID \(Sanitized.inline(task.uid)) finish"),
                                               "finishes \(Sanitized.inline(task.finishText)), before it starts (\(Sanitized.inline(task.startText)))",
                                               line: task.place.line, column: task.place.column))
                }
                tasks.append(task)
            }
        case (5, .predecessorLink, _): linkField(element)
        case (4, .task, .predecessorLink):
            if let link {
                let made = imported(link)
                task?.links.append(made)
            }
            link = nil
        case (5, .extendedAttribute, .fieldID): attribute.field = text
        case (5, .extendedAttribute, .value): attribute.value = text
        case (4, .task, .extendedAttribute): task?.attributes.append(attribute)
        case (5, .baseline, .number): baseline.number = text.trimmed
        case (5, .baseline, .start): baseline.start = MSPDIDate(text.trimmed)
        case (5, .baseline, .finish): baseline.finish = MSPDIDate(text.trimmed)
        case (4, .task, .baseline):
            // Baseline 0 (or one that does not say) is the plan; the others are older plans.
            if baseline.number == nil || baseline.number == "0", let start = baseline.start, let finish = baseline.finish, start <= finish {
                task?.baselineStart = start
                task?.baselineFinish = finish
            }
            baseline = (nil, nil, nil)
        case (4, .task, _): taskField(element)
        case (4, .resource, .uid): resource.uid = text
        case (4, .resource, .name): resource.name = text
        case (4, .resource, .code): resource.code = text.trimmed
        case (3, .resources, .resource): if !resource.uid.isEmpty { resources[resource.uid] = (resource.name, resource.code) }
        case (4, .assignment, .taskUID): assignment.task = text
        case (4, .assignment, .resourceUID): assignment.resource = text
        case (3, .assignments, .assignment): assignments.append(assignment)
        default: break
        }
    }

    private mutating func taskField(_ element: MSPDITag) {
        guard task != nil else { return }
        switch element {
        case .uid: task!.uid = text.trimmed
        case .name: task!.name = text
        case .wbs: task!.wbs = text.trimmed
        case .outlineLevel: task!.outlineLevel = Int(text.trimmed) ?? 1
        case .summary: task!.summary = text.trimmed == "1"
        case .milestone: task!.milestone = text.trimmed == "1"
        case .isNull: task!.isNull = text.trimmed == "1"
        case .start, .finish:
            // 2016-10-03T08:00:00: the month is all the roadmap keeps, but the time says which
            // month a finish is in (`MSPDIDate`).
            let value = text.trimmed
            guard let date = MSPDIDate(value) else {
                fail("Task UID \(Sanitized.inline(task!.uid)) \(element.name): \"\(Sanitized.inline(value))\" is not a date (YYYY-MM-DDThh:mm:ss)")
                return
            }
            if element == .start {
                task!.start = date
                task!.startText = value
            } else {
                task!.finish = date
                task!.finishText = value
            }
        case .actualStart, .actualFinish:
            // Read to the second, as Start and Finish: TaskJuggler writes an actual finish at
            // the midnight the work is over, which belongs to the day (and month) before.
            let value = text.trimmed
            if value.isEmpty || value == "NA" { break }
            guard let date = MSPDIDate(value) else {
                fail("Task UID \(Sanitized.inline(task!.uid)) \(element.name): \"\(Sanitized.inline(value))\" is not a date (YYYY-MM-DDThh:mm:ss)")
                return
            }
            if element == .actualStart { task!.actualStart = date } else { task!.actualFinish = date }
        case .percentComplete:
            // MSPDI writes a whole percentage; a tool that writes a decimal is rounded, said by
            // the builder's validation if it is out of range.
            let value = text.trimmed
            guard let number = Double(value), number.isFinite else {
                fail("Task UID \(Sanitized.inline(task!.uid)) PercentComplete: \"\(Sanitized.inline(value))\" is not a number (0 to 100)")
                return
            }
            task!.percent = Int(number.rounded())
        default: break
        }
    }

    /// The month of a date element (2017-03-31T17:00:00), nil for an empty one (MS Project
    /// writes none rather than "NA"); a malformed date stops the reading, located.
    private mutating func date(_ what: String) -> Month? {
        let value = text.trimmed
        if value.isEmpty || value == "NA" { return nil }
        guard let month = Month(String(value.prefix(7))), value.count == 7 || value.dropFirst(7).first == "-" else {
            fail("\(what): \"\(Sanitized.inline(value))\" is not a date (YYYY-MM-DDThh:mm:ss)")
            return nil
        }
        return month
    }

    private mutating func linkField(_ element: MSPDITag) {
        guard link != nil else { return }
        let value = text.trimmed
        switch element {
        case .predecessorUID: link!.predecessor = value
        case .type:
            guard let type = Int(value), (0...3).contains(type) else {
                fail("PredecessorLink Type: \"\(Sanitized.inline(value))\" is not a link type (0 FF, 1 FS, 2 SF, 3 SS)")
                return
            }
            link!.type = type
        case .linkLag:
            guard let lag = Double(value), lag.isFinite else {
                fail("PredecessorLink LinkLag: \"\(Sanitized.inline(value))\" is not a number (tenths of a minute)")
                return
            }
            link!.lag = lag
        case .lagFormat: link!.format = Int(value) ?? 7
        default: break
        }
    }

    private mutating func imported(_ link: Link) -> ImportedLink {
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

    /// The tasks as rows: summary tasks become areas, leaf tasks activities.
    func plan() -> ImportedPlan {
        var teamOfTask: [String: (name: String, code: String)] = [:]
        teamOfTask.reserveCapacity(assignments.count)
        for assignment in assignments {
            // A task keeps its first team; MS Project's "unassigned" resource has no entry.
            if let team = resources[assignment.resource], !team.name.isEmpty, teamOfTask[assignment.task] == nil {
                teamOfTask[assignment.task] = team
            }
        }
        var result = ImportedPlan(format: .msproject, title: title ?? name, diagnostics: warnings)
        result.statusDate = statusDate
        // The outermost summary task above each task (its outline level 1 ancestor).
        var area: String?, areaCode: String?
        // MS Project's project summary task (UID 0, outline level 0) is the whole plan, not an
        // area. TaskJuggler writes no such task and puts its top tasks at level 0: those count
        // as level 1, the outermost. The tasks kept by index, read in place: copying each
        // task, twice, was a tenth of the reading (perf).
        let kept = tasks.indices.filter { !tasks[$0].isNull && !(tasks[$0].outlineLevel <= 0 && tasks[$0].uid == "0") }
        let shifted = kept.contains { tasks[$0].outlineLevel <= 0 }
        func level(_ k: Int) -> Int { shifted ? max(0, tasks[kept[k]].outlineLevel) + 1 : tasks[kept[k]].outlineLevel }
        result.tasks.reserveCapacity(kept.count)
        for k in kept.indices {
            let t = kept[k]
            let isSummary = tasks[t].summary ?? (k + 1 < kept.count && level(k + 1) > level(k))
            if level(k) == 1 {
                area = isSummary ? tasks[t].name : nil
                // The summary's own Area code (an export writes the area's id there) holds for
                // the tasks under it that do not state theirs.
                areaCode = isSummary ? tasks[t].attributes.first { attributeNames[$0.field] == "area" && !$0.value.isEmpty }?.value : nil
            }
            if isSummary { continue }
            let uid = tasks[t].uid, team = teamOfTask[uid]
            let start = tasks[t].start, baselineStart = tasks[t].baselineStart
            var row = ImportedTask(key: uid, label: "Task UID \(Sanitized.inline(uid))", name: tasks[t].name.map { LocalizedText($0) },
                                   area: area, team: team?.name,
                                   start: (baselineStart ?? start)?.month,
                                   finish: tasks[t].baselineFinish.map { $0.finishMonth(after: baselineStart) }
                                       ?? tasks[t].finish.map { $0.finishMonth(after: start) },
                                   isMilestone: tasks[t].milestone, links: tasks[t].links, place: tasks[t].place)
            row.code = tasks[t].wbs
            row.percentComplete = tasks[t].percent
            row.actualStart = tasks[t].actualStart?.month
            row.actualFinish = tasks[t].actualFinish.map { $0.finishMonth(after: tasks[t].actualStart ?? start) }
            row.areaCode = areaCode
            row.teamCode = team.flatMap { $0.code.isEmpty ? nil : $0.code }
            for (field, value) in tasks[t].attributes {
                switch attributeNames[field] {
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
