import RoadmapModel

/// The formats a view exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json, mermaid

    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .json: return "json"
        case .mermaid: return "mmd"
        }
    }

    /// The format a file name's extension asks for (the explorer's export prompt).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[fileName.index(after: dot)...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        case "mmd", "mermaid": self = .mermaid
        default: return nil
        }
    }
}

/// One function from a view to the bytes of an export, shared by `roadmap export`, the text
/// `roadmap` prints into a pipe and the explorer's `e`: the same view, filters, language and
/// width give the same bytes.
public enum Exporter {
    /// Writes the export to `sink` a chunk at a time (the text export a few hundred rows at a
    /// time), so that its cost in memory does not grow with the number of rows. The width
    /// follows `ExportWidth`; the commands refuse one outside it before they get here.
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, format: ExportFormat, width: Int,
                             to sink: ([UInt8]) throws -> Void) rethrows {
        let width = ExportWidth.clamped(width)
        switch format {
        case .text:
            try PageBuilder.page(scheduled, state, width: width).writeText(to: sink)
        case .markdown:
            try MarkdownExport.write(scheduled, state, width: width, to: sink)
        case .csv:
            try CSVExport.write(scheduled, state, to: sink)
        case .json:
            let activities = state.filter.isEmpty ? nil : state.filter.apply(to: scheduled)
            try sink(ScheduleJSON.bytes(scheduled, activities: activities, language: state.language))
        case .mermaid:
            try MermaidExport.write(scheduled, state, to: sink)
        }
    }

    /// The whole export in memory: for tests and small views.
    public static func render(_ scheduled: ScheduledRoadmap, _ state: ViewState, format: ExportFormat, width: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        write(scheduled, state, format: format, width: width) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
