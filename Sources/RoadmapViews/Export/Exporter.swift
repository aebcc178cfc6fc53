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

/// One function from a view to the bytes of an export, shared by `roadmap export` and the
/// explorer's `e`: the same view, filters, language and width give the same bytes.
public enum Exporter {
    public static func render(_ scheduled: ScheduledRoadmap, _ state: ViewState, format: ExportFormat, width: Int) -> [UInt8] {
        switch format {
        case .text:
            return Array(PageBuilder.page(scheduled, state, width: width).text.utf8)
        case .markdown:
            return Array(MarkdownExport.make(scheduled, state, width: width).utf8)
        case .csv:
            return Array(CSVExport.make(scheduled, state).utf8)
        case .json:
            let activities = state.filter.isEmpty ? nil : state.filter.apply(to: scheduled)
            return ScheduleJSON.bytes(scheduled, activities: activities, language: state.language)
        case .mermaid:
            return Array(MermaidExport.make(scheduled, state).utf8)
        }
    }
}
