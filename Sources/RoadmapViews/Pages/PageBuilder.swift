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

    init(width: Int) { canvas = Canvas(width: width) }

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
        let y = row()
        let title = (level == 1 ? text.uppercasedIfShort : text) + (remark.map { " (\($0))" } ?? "")
        canvas.put(title, x: 0, y: y, style: .heading)
        if level == 1 { canvas.fill("─", x: 0, y: row(), count: min(width, TextWidth.of(title)), style: .muted) }
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
        text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak).flatMap { line in
            TextWidth.wrap(Sanitized.text(String(line)), to: width)
        }
    }

    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r" || character == "\u{2028}" || character == "\u{2029}"
    }

    func page(header: Canvas) -> Page {
        Page(width: width, header: header, body: canvas, activityForRow: rowActivities, outline: outline)
    }
}

extension String {
    /// Section titles in capitals, as the seed's posters set them — unless that makes them long.
    var uppercasedIfShort: String { TextWidth.of(self) <= 40 ? uppercased() : self }
}
