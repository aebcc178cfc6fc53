import RoadmapModel

/// The one entry point from a view state to a page: the explorer draws what this returns,
/// and the text export prints it.
public enum PageBuilder {
    public static func page(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        switch state.view {
        case .roadmap: return RoadmapPage.make(scheduled, state, width: width)
        case .teams: return TeamsPage.make(scheduled, state, width: width)
        case .dependencies: return DependenciesPage.make(scheduled, state, width: width)
        case .transition: return TransitionPage.make(scheduled, state, width: width)
        case .strategy: return StrategyPage.make(scheduled, state, width: width)
        case .glossary: return GlossaryPage.make(scheduled, state, width: width)
        case .criticalPath: return CriticalPathPage.make(scheduled, state, width: width)
        case .currentState: return CurrentStatePage.make(scheduled, state, width: width)
        case .teamGantt: return TeamGanttPage.make(scheduled, state, width: width)
        case .whatIfs: return WhatIfPage.make(scheduled, state, width: width)
        }
    }

    public static func name(of view: ViewKind, _ language: Language) -> String {
        let words = Vocabulary(language)
        switch view {
        case .roadmap: return words.roadmapView
        case .teams: return words.teamsView
        case .dependencies: return words.dependenciesView
        case .transition: return words.transitionView
        case .strategy: return words.strategyView
        case .glossary: return words.glossaryView
        case .criticalPath: return words.criticalPathView
        case .currentState: return words.currentStateView
        case .teamGantt: return language == .fr ? "Gantt des équipes" : "Team Gantt"
        case .whatIfs: return WhatIfPage.name(language)
        }
    }
}

/// Builds a page's rows top to bottom: headings, wrapped paragraphs, indented items. For the
/// pages whose length does not grow with the number of activities, or only modestly.
struct Writer {
    var canvas: Canvas
    /// The activity each row is about, for selection and mouse clicks.
    var rowActivities: [Int?] = []
    /// What was written, before it was laid out: the structure the Markdown export keeps.
    var outline: [OutlineBlock] = []
    /// Names for the ids the file's notes mention, where the page knows the roadmap.
    var names: NameLookup?
    /// The language of the program's own words the writer adds (the notes' labels).
    var language: Language = .en
    /// The reasons behind the provenance marks, written as the state asks (`PageNotes`).
    var notes = PageNotes(.inline)
    /// Whether the page is a document, where nothing is cut (a label too long to stand beside
    /// its value goes above it).
    var medium = Medium.screen

    init(width: Int) { canvas = Canvas(width: width) }

    /// A writer for a page of `state`: its language, and its notes numbered in a document,
    /// shown or hidden on the screen.
    init(width: Int, _ state: ViewState) {
        canvas = Canvas(width: width)
        language = state.language
        notes = PageNotes(state)
        medium = state.medium
    }

    var width: Int { canvas.width }

    mutating func row(activity: Int? = nil) -> Int {
        rowActivities.append(activity)
        return canvas.addRow()
    }

    mutating func blank() { _ = row() }

    /// `remark` follows the title as written (not in capitals): "FORCES (titre inféré)".
    mutating func heading(_ text: String, level: Int = 1, remark: String? = nil) {
        outline.append(.heading(text + (remark.map { " (\($0))" } ?? ""), level: level))
        if canvas.height > 0 { blank() }
        let title = (level == 1 ? text.uppercasedIfShort : text) + (remark.map { " (\($0))" } ?? "")
        // Wrapped rather than cut: a heading is words like any other.
        let lines = Self.wrap(title, to: max(1, width))
        for line in lines { canvas.put(line, x: 0, y: row(), style: .heading) }
        if level == 1 { canvas.fill("─", x: 0, y: row(), count: min(width, lines.map(TextWidth.of).max() ?? 0), style: .muted) }
    }

    /// A paragraph wrapped to the width, indented; a first-line prefix such as "• " hangs.
    /// A line break in the text starts a new line.
    mutating func paragraph(_ text: String, indent: Int = 0, prefix: String = "", style: CellStyle = .plain, activity: Int? = nil) {
        outline.append(.paragraph(text, indent: indent, prefix: prefix, emphasis: style.tone == .heading || style.bold))
        let prefixWidth = TextWidth.of(prefix)
        let lines = Self.wrap(text, to: max(1, width - indent - prefixWidth))
        for (k, line) in lines.enumerated() {
            let y = row(activity: activity)
            if k == 0 && !prefix.isEmpty { canvas.put(prefix, x: indent, y: y, style: style) }
            canvas.put(line, x: indent + prefixWidth, y: y, style: style)
        }
    }

    /// A label in bold followed by its value on the same line, wrapped.
    mutating func field(_ label: String, _ value: String, indent: Int = 0, style: CellStyle = .plain) {
        outline.append(.field(label: label, value: value, indent: indent))
        let labelWidth = TextWidth.of(label)
        guard medium == .document ? labelWidth <= (width - indent) / 2 : labelWidth + 1 < width - indent else {
            // A label too long to stand beside its value: wrapped, the value below it.
            for line in Self.wrap(label, to: max(1, width - indent)) { canvas.put(line, x: indent, y: row(), style: .heading) }
            for line in Self.wrap(value, to: max(1, width - indent - 2)) { canvas.put(line, x: indent + 2, y: row(), style: style) }
            return
        }
        let y = row()
        let used = canvas.put(label, x: indent, y: y, style: .heading)
        let lines = Self.wrap(value, to: max(1, width - indent - used - 1))
        for (k, line) in lines.enumerated() {
            let y2 = k == 0 ? y : row()
            canvas.put(line, x: indent + used + 1, y: y2, style: style)
        }
    }

    /// Text from the file cut into lines: at its own line breaks (LF, CR LF, CR, and the
    /// Unicode line and paragraph separators), then wrapped to `width`. The breaks are taken
    /// out before the text is sanitised, which would otherwise show them as ␊ and ␍; every
    /// other control character still becomes its visible placeholder.
    static func wrap(_ text: String, to width: Int) -> [String] {
        // Most texts have no line break: looked for in the bytes (CR, LF, and E2 80 A8/A9 for
        // the separators) before the text is cut Character by Character.
        guard hasLineBreak(text) else { return TextWidth.wrap(Sanitized.text(text), to: width) }
        return text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak).flatMap { line in
            TextWidth.wrap(Sanitized.text(String(line)), to: width)
        }
    }

    /// LF, CR, U+2028 or U+2029 (E2 80 A8, E2 80 A9) among the bytes.
    static func hasLineBreak(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices {
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D { return true }
                if byte == 0xA8 || byte == 0xA9, i >= 2, bytes[i - 1] == 0x80, bytes[i - 2] == 0xE2 { return true }
            }
            return false
        }
    }

    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r" || character == "\u{2028}" || character == "\u{2029}"
    }

    /// The page, its notes finished first: numbered at the end of a document, counted on a
    /// line of the header where the screen hides them.
    func page(header: Canvas) -> Page {
        var writer = self
        var header = header
        writer.finishNotes(header: &header)
        return Page(width: width, header: header, body: writer.canvas, activityForRow: writer.rowActivities, outline: writer.outline)
    }
}

extension String {
    /// Section titles in capitals, as the seed's posters set them — unless that makes them long.
    var uppercasedIfShort: String { TextWidth.of(self) <= 40 ? uppercased() : self }
}
