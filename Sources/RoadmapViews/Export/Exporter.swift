import RoadmapModel

/// The formats a view exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json, mermaid, msproject, tjp, svg, html, png, pdf

    /// The formats drawn from the SVG picture by a renderer (`PictureRenderer`).
    public var isRenderedPicture: Bool { self == .png || self == .pdf }

    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .json: return "json"
        case .mermaid: return "mmd"
        case .msproject: return "xml"
        case .tjp: return "tjp"
        case .svg: return "svg"
        case .html: return "html"
        case .png: return "png"
        case .pdf: return "pdf"
        }
    }

    /// The format's name in a sentence.
    public func name(_ language: Language) -> String {
        switch self {
        case .text: return language == .fr ? "texte" : "text"
        case .markdown: return "Markdown"
        case .csv: return "CSV"
        case .json: return "JSON"
        case .mermaid: return "Mermaid"
        case .msproject: return "MS Project XML"
        case .tjp: return "TaskJuggler"
        case .svg: return "SVG"
        case .html: return "HTML"
        case .png: return "PNG"
        case .pdf: return "PDF"
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
        case "xml", "mspdi": self = .msproject
        case "tjp": self = .tjp
        case "svg": self = .svg
        case "html", "htm": self = .html
        case "png": self = .png
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

/// Choices that change an export's bytes but not its content.
public struct ExportOptions: Hashable, Sendable {
    /// A UTF-8 byte order mark before a CSV, so that a spreadsheet which guesses the encoding
    /// (Excel on Windows) reads the accents right. CSV only: JSON forbids one (RFC 8259) and
    /// the other formats have no reader that needs it; `roadmap export` refuses the pair.
    public var csvByteOrderMark: Bool
    /// Where a picture says it comes from, in its footer: the file, the program, the day.
    public var stamp: ExportStamp

    public init(csvByteOrderMark: Bool = false, stamp: ExportStamp = ExportStamp()) {
        self.csvByteOrderMark = csvByteOrderMark
        self.stamp = stamp
    }

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// One function from a view to the bytes of an export, shared by `roadmap export`, the text
/// `roadmap` prints into a pipe and the explorer's `e`: the same view, filters, language and
/// width give the same bytes. Which formats each view has, and what each is made of, is
/// declared in `ViewExports`.
public enum Exporter {
    /// The formats `view` exports to, the preferred first (text, which every page has).
    public static func formats(of view: ViewKind) -> [ExportFormat] {
        ViewExports.entry(for: view).formats
    }

    /// Why `view` has no export in `format`; nil when it has one.
    /// Whether `format` of `view` shows the version given with `--baseline`; an export that
    /// does not says so (a warning) rather than dropping it silently.
    public static func showsBaseline(_ format: ExportFormat, of view: ViewKind) -> Bool {
        ViewExports.entry(for: view).showingBaseline.contains(format)
    }

    public static func refusal(of format: ExportFormat, for view: ViewKind) -> ExportRefusal? {
        let entry = ViewExports.entry(for: view)
        guard entry.writer(for: format) == nil else { return nil }
        return ExportRefusal(view: view, format: format, reason: entry.refusals[format], supported: entry.formats)
    }

    /// Writes the export to `sink` a chunk at a time (the text export a few hundred rows at a
    /// time), so that its cost in memory does not grow with the number of rows. The width
    /// follows `ExportWidth`; the commands refuse one outside it before they get here. A
    /// format the view has no meaning in throws its `ExportRefusal` before any byte is written,
    /// and values the format cannot carry (TaskJuggler) an `ExportDataRefusal`, also before.
    /// `warn` hears what the format says in another way than the roadmap (a TaskJuggler
    /// finish-to-finish link), which the file also says in a comment. `renderer` draws the PNG
    /// and PDF formats from the SVG; without one they throw `PictureRenderingError.noRenderer`
    /// (this layer runs no program).
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, format: ExportFormat, width: Int,
                             options: ExportOptions = ExportOptions(), renderer: (any PictureRenderer)? = nil,
                             warn: (String) -> Void = { _ in },
                             to sink: ([UInt8]) throws -> Void) throws {
        guard let write = ViewExports.entry(for: state.view).writer(for: format) else {
            throw refusal(of: format, for: state.view)!
        }
        if format == .csv && options.csvByteOrderMark { try sink(ExportOptions.byteOrderMark) }
        // Every export is a document: names whole, no key named, the notes numbered at the end.
        var document = state
        document.medium = .document
        try withoutActuallyEscaping(warn) { warn in
            try write(ExportInput(scheduled: scheduled, state: document, width: ExportWidth.clamped(width), warn: warn, stamp: options.stamp,
                                  renderer: renderer), sink)
        }
    }

    /// The whole export in memory: for tests and small views.
    public static func render(_ scheduled: ScheduledRoadmap, _ state: ViewState, format: ExportFormat, width: Int,
                              options: ExportOptions = ExportOptions(), renderer: (any PictureRenderer)? = nil) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write(scheduled, state, format: format, width: width, options: options, renderer: renderer) { bytes.append(contentsOf: $0) }
        return bytes
    }
}

/// What an export is made from.
struct ExportInput {
    let scheduled: ScheduledRoadmap
    let state: ViewState
    let width: Int
    /// Where a writer says what its format could not say as the roadmap does.
    var warn: (String) -> Void = { _ in }
    var stamp = ExportStamp()
    var renderer: (any PictureRenderer)?

    var roadmap: Roadmap { scheduled.roadmap }
    var language: Language { state.language }
    var words: Vocabulary { Vocabulary(state.language) }
}
