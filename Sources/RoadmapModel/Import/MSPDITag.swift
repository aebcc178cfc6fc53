#if canImport(Glibc)
import Glibc
#endif

/// The MSPDI elements the import reads, told from libxml2's name bytes without making a
/// String: the reader sees four and a half million elements in a plan of 100,000 tasks, and a
/// String and a hash for each cost more than libxml2's whole parse (docs/performance.md).
enum MSPDITag: UInt8 {
    case other
    case project, title, name, minutesPerDay, daysPerMonth
    case extendedAttributes, extendedAttribute, fieldID, fieldName, alias, value
    case tasks, task, uid, wbs, outlineLevel, summary, milestone, isNull, start, finish
    case predecessorLink, predecessorUID, type, linkLag, lagFormat
    case resources, resource, code, assignments, assignment, taskUID, resourceUID
    case statusDate, percentComplete, actualStart, actualFinish
    case baseline, number

    /// The element's name as MSPDI spells it.
    var name: String {
        switch self {
        case .other: return ""
        case .project: return "Project"
        case .title: return "Title"
        case .name: return "Name"
        case .minutesPerDay: return "MinutesPerDay"
        case .daysPerMonth: return "DaysPerMonth"
        case .extendedAttributes: return "ExtendedAttributes"
        case .extendedAttribute: return "ExtendedAttribute"
        case .fieldID: return "FieldID"
        case .fieldName: return "FieldName"
        case .alias: return "Alias"
        case .value: return "Value"
        case .tasks: return "Tasks"
        case .task: return "Task"
        case .uid: return "UID"
        case .wbs: return "WBS"
        case .outlineLevel: return "OutlineLevel"
        case .summary: return "Summary"
        case .milestone: return "Milestone"
        case .isNull: return "IsNull"
        case .start: return "Start"
        case .finish: return "Finish"
        case .predecessorLink: return "PredecessorLink"
        case .predecessorUID: return "PredecessorUID"
        case .type: return "Type"
        case .linkLag: return "LinkLag"
        case .lagFormat: return "LagFormat"
        case .resources: return "Resources"
        case .resource: return "Resource"
        case .code: return "Code"
        case .assignments: return "Assignments"
        case .assignment: return "Assignment"
        case .taskUID: return "TaskUID"
        case .resourceUID: return "ResourceUID"
        case .statusDate: return "StatusDate"
        case .percentComplete: return "PercentComplete"
        case .actualStart: return "ActualStart"
        case .actualFinish: return "ActualFinish"
        case .baseline: return "Baseline"
        case .number: return "Number"
        }
    }

    /// The leaves whose text the reader keeps; every other element's text is skipped.
    var isLeafRead: Bool {
        switch self {
        case .other, .project, .extendedAttributes, .extendedAttribute, .tasks, .task, .predecessorLink,
             .resources, .resource, .assignments, .assignment, .baseline: return false
        default: return true
        }
    }

    /// The tags by the length of their names, each with its name's bytes.
    private static let byLength: [[(tag: MSPDITag, bytes: [UInt8])]] = {
        var table = [[(tag: MSPDITag, bytes: [UInt8])]](repeating: [], count: 20)
        var raw: UInt8 = 1
        while let tag = MSPDITag(rawValue: raw) {
            let bytes = Array(tag.name.utf8)
            table[bytes.count].append((tag, bytes))
            raw += 1
        }
        return table
    }()

    /// The tag of a NUL-terminated element name (`.other` for any element the reader skips).
    init(_ name: UnsafePointer<UInt8>) {
        let length = strlen(name)
        guard length < Self.byLength.count else {
            self = .other
            return
        }
        for candidate in Self.byLength[length] where candidate.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, name, length) == 0 }) {
            self = candidate.tag
            return
        }
        self = .other
    }
}
