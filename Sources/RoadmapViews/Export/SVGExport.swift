import RoadmapModel

/// The roadmap grid as an SVG picture, for a briefing note or a wiki: the same page as the
/// screen and the text export — title, filters and inferred counts, period and month heads,
/// one row per activity under its area, the legend — laid out once (`RoadmapPage.grid`, on
/// `GanttLayout`) and drawn with shapes instead of characters. Bars are coloured by role as on
/// the screen (blue, green, magenta, cyan), solid for new work and light for work under way;
/// a critical bar has a red outline and its name is red, after ◆; the float is a thin grey
/// line, the plan a what-if moved away from a dashed amber line, the months before the
/// what-ifs a pale dashed box, the `--baseline` version's bar (where it differs) a thin grey
/// outline under the row. Text is real `<text>`, in the view's language, with a
/// `<title>` and `<desc>` for screen readers.
///
/// Sizes are in terminal columns, the page's own unit: a column is 0.6 em of a 13 px
/// monospace font (7.8 px, DejaVu Sans Mono's advance), a row 18 px; a wide character takes two
/// columns, as `TextWidth` counts them. Each text says its width in columns (`textLength`), so
/// that a font whose advance differs still ends where the grid expects.
///
/// Written a row at a time (`--width`, default 100, sets the columns).
enum SVGExport {
    /// Lengths in tenths of a pixel, so that every coordinate is an integer until written.
    static let column = 78, row = 180, margin = 120, fontSize = 13

    /// The screen's role colours (Palette: blue, green, magenta, cyan), dark enough for white paper.
    static let roleColours = ["#1f5fbf", "#2e8b3a", "#a0309a", "#00838f"]
    static let critical = "#c62828", muted = "#6b6b6b", warning = "#b7791f", text = "#1a1a1a", accent = "#1565c0"

    static func write(_ input: ExportInput, standalone: Bool = true, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = scheduled.roadmap, language = input.language
        let grid = RoadmapPage.grid(scheduled, input.state, width: input.width)
        let layout = grid.layout
        let header = grid.header
        let words = input.words
        let lines = header.height + grid.rows.count + max(1, roleColourLines(roadmap, words, width: input.width).lines.count) + 1
        let width = 2 * margin + input.width * column
        let height = 2 * margin + lines * row

        var out: [UInt8] = []
        out.reserveCapacity(Array.exportChunk + 8192)
        if standalone { out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""); out.tenths(width)
        out.raw("\" height=\""); out.tenths(height)
        out.raw("\" viewBox=\"0 0 "); out.tenths(width); out.raw(" "); out.tenths(height)
        out.append("\" role=\"img\" aria-labelledby=\"roadmap-title roadmap-desc\" xml:lang=\"\(language.rawValue)\"")
        out.append(" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"\(fontSize)\">\n")
        let pageName = PageBuilder.name(of: input.state.view, language)
        out.raw("<title id=\"roadmap-title\">")
        XMLText.append(PageHeader.title(roadmap, language, pageName: pageName), to: &out)
        out.raw("</title>\n<desc id=\"roadmap-desc\">")
        let shown = grid.rows.reduce(0) { if case .activity = $1 { return $0 + 1 } else { return $0 } }
        XMLText.append(description(words) + " " + PageHeader.filterLine(scheduled, input.state, shown: shown), to: &out)
        out.raw("</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")

        for y in 0..<header.height { appendCells(header, y, line: y, to: &out) }
        try out.flush(to: sink)

        // The period separators run down the grid, from the heads to the last area's row.
        let firstLine = header.height
        let gridRows = grid.rows.lastIndex { if case .blank = $0 { return false }; if case .legend = $0 { return false }; if case .message = $0 { return false }; return true }.map { $0 + 1 } ?? 0
        if gridRows > 0 {
            for x in layout.separatorX where x < input.width {
                out.raw("<line x1=\""); out.tenths(margin + x * column + column / 2)
                out.raw("\" y1=\""); out.tenths(margin + firstLine * row)
                out.raw("\" x2=\""); out.tenths(margin + x * column + column / 2)
                out.raw("\" y2=\""); out.tenths(margin + (firstLine + gridRows) * row)
                out.raw("\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>\n")
            }
            // The status date, as the screen's ┊ column: a dashed line down the grid.
            if let x = layout.statusDateX, x < input.width {
                out.raw("<line x1=\""); out.tenths(margin + x * column + column)
                out.raw("\" y1=\""); out.tenths(margin + firstLine * row)
                out.raw("\" x2=\""); out.tenths(margin + x * column + column)
                out.raw("\" y2=\""); out.tenths(margin + (firstLine + gridRows) * row)
                out.append("\" stroke=\"\(accent)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n")
            }
        }

        let search = TextFolding.fold(input.state.filter.search)
        try sink(out)
        out.removeAll(keepingCapacity: true)
        let rows = grid.rows, columns = input.width, schedule = scheduled.schedule
        try ParallelRows.write(count: rows.count, to: sink) { k, out in
            let line = firstLine + k
            switch rows[k] {
            case let .area(area, count, folded):
                let name = roadmap.areas[area].name[language]
                appendText("\(Fold.mark(folded: folded)) \(name) (\(count))", x: 0, line: line, columns: layout.gridX - 1,
                           fill: text, bold: true, to: &out)
                out.raw("\n")
            case let .activity(i):
                appendActivity(i, scheduled, roadmap, schedule, layout, language, line: line, search: search, to: &out)
            case .blank:
                break
            case let .message(message):
                appendText(message, x: GanttLayout.nameX, line: line, columns: columns - GanttLayout.nameX, fill: muted, to: &out)
                out.raw("\n")
            case let .legend(legend):
                appendText(legend, x: 0, line: line, columns: columns, fill: muted, to: &out)
                out.raw("\n")
            }
        }
        appendRoleColours(roadmap, words, line: firstLine + grid.rows.count, width: input.width, to: &out)
        out.raw("</svg>\n")
        try sink(out)
    }

    /// What the picture is, for a screen reader, before the filter line.
    static func description(_ words: Vocabulary) -> String {
        words.language == .fr
            ? "Diagramme de Gantt de la feuille de route : une ligne par activité sous son domaine d’intérêt, une barre sur ses mois au plus tôt, colorée selon le rôle ; les marges en gris, le chemin critique en rouge."
            : "Gantt chart of the roadmap: one row per activity under its area of interest, a bar over its early months, coloured by role; floats in grey, the critical path in red."
    }

    // The roadmap and schedule are passed in rather than read from `scheduled` on every row: a
    // copy of either is a dozen reference counts, which the processors drawing rows would share.
    private static func appendActivity(_ i: Int, _ scheduled: ScheduledRoadmap, _ roadmap: Roadmap, _ schedule: Schedule, _ layout: GanttLayout,
                                       _ language: Language, line: Int, search: String, to out: inout [UInt8]) {
        let activity = roadmap.activities[i]
        let isCritical = schedule.isCritical(i)
        let roleIndex = roadmap.roles.firstIndex { $0.id == activity.role } ?? 0
        let colour = roleColours[roleIndex % roleColours.count]
        let top = margin + line * row
        // The whole name and dates, which the row may cut: a tooltip, and what a screen reader says.
        out.raw("<g><title>")
        XMLText.append(activity.name[language], to: &out)
        out.raw(" · ")
        out.month(schedule.month(schedule.earlyStart[i]))
        out.raw(" – ")
        out.month(schedule.lastMonth(schedule.earlyFinish[i]))
        if isCritical { out.append(language == .fr ? " · chemin critique" : " · critical path") }
        if let state = scheduled.progressState(i) {
            let words = Vocabulary(language)
            out.raw(" · "); XMLText.append(words.progressSummary(activity, state: state), to: &out)
            if scheduled.isBehind(i) { out.raw(" · "); XMLText.append(words.behind, to: &out) }
        }
        out.raw("</title>")

        // The bars first, the text over them.
        let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i], lf = schedule.lateFinish[i]
        // The plan as drawn in the file, as the screen draws it (a what-if moves the bar, not the plan).
        let ps = scheduled.baseline.plannedStart[i], pf = ps + schedule.duration[i]
        let ghost = RoadmapPage.ghostMonths(i, scheduled)
        let other = RoadmapPage.baselineVersionMonths(i, scheduled)
        if ps < pf && (ps != es || pf != ef) {
            appendSpan(ps..<pf, layout, top: top, to: &out) { out, x, width in
                out.raw("<line x1=\""); out.tenths(x); out.raw("\" y1=\""); out.tenths(top + row / 2)
                out.raw("\" x2=\""); out.tenths(x + width); out.raw("\" y2=\""); out.tenths(top + row / 2)
                out.append("\" stroke=\"\(warning)\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>")
            }
        }
        if !ghost.isEmpty {
            appendSpan(ghost, layout, top: top, to: &out) { out, x, width in
                out.raw("<rect x=\""); out.tenths(x); out.raw("\" y=\""); out.tenths(top + 40)
                out.raw("\" width=\""); out.tenths(width); out.raw("\" height=\""); out.tenths(row - 80)
                out.raw("\" fill=\"#d9d9d9\" stroke=\"#8a8a8a\" stroke-dasharray=\"2 2\"/>")
            }
        }
        if !other.isEmpty {
            // The `--baseline` version's bar, a thin outline under the row, as `▁` on the screen.
            appendSpan(other, layout, top: top, to: &out) { out, x, width in
                out.raw("<rect x=\""); out.tenths(x); out.raw("\" y=\""); out.tenths(top + row - 30)
                out.raw("\" width=\""); out.tenths(width); out.raw("\" height=\"20\" fill=\"none\" stroke=\"#5a5a5a\" stroke-width=\"1\"/>")
            }
        }
        if ef < lf {
            appendSpan(ef..<lf, layout, top: top, to: &out) { out, x, width in
                out.raw("<rect x=\""); out.tenths(x); out.raw("\" y=\""); out.tenths(top + row / 2 - 10)
                out.raw("\" width=\""); out.tenths(width); out.raw("\" height=\"2\" fill=\"#9e9e9e\"/>")
            }
        }
        if es < ef {
            appendSpan(es..<ef, layout, top: top, to: &out) { out, x, width in
                out.raw("<rect x=\""); out.tenths(x); out.raw("\" y=\""); out.tenths(top + 30)
                out.raw("\" width=\""); out.tenths(width); out.raw("\" height=\""); out.tenths(row - 60)
                out.append("\" fill=\"\(colour)\"")
                if activity.status == .ongoing { out.raw(" fill-opacity=\"0.4\"") }
                out.append(isCritical ? " stroke=\"\(critical)\" stroke-width=\"2\"/>" : " stroke=\"\(colour)\"/>")
            }
        }
        let done = scheduled.doneMonths(i)
        if !done.isEmpty {
            // The done part, as MS Project's tracking Gantt draws it: a dark band inside the bar.
            appendSpan(done, layout, top: top, to: &out) { out, x, width in
                out.raw("<rect x=\""); out.tenths(x); out.raw("\" y=\""); out.tenths(top + row / 2 - 20)
                out.raw("\" width=\""); out.tenths(width); out.append("\" height=\"4\" fill=\"\(text)\"/>")
            }
        }
        if min(es, ps) < 0, !layout.monthX.isEmpty {
            appendText(String(RoadmapPage.Mark.clipped), x: layout.monthX[0], line: line, columns: 1, fill: warning, bold: true, to: &out)
        }
        if scheduled.isBehind(i) {
            appendText(String(RoadmapPage.Mark.behind), x: layout.roleX - 1, line: line, columns: 1, fill: warning, bold: true, to: &out)
        }

        if isCritical { appendText(String(RoadmapPage.Mark.critical), x: GanttLayout.markX, line: line, columns: 1, fill: critical, bold: true, to: &out) }
        if layout.nameWidth > 0 {
            let why = RoadmapPage.whyMatched(activity, language, search: search, room: layout.nameWidth - layout.nameWidth / 3 - 1)
            let whyWidth = why.map { TextWidth.of($0) + 1 } ?? 0
            let nameRoom = why == nil ? layout.nameWidth : max(layout.nameWidth / 3, layout.nameWidth - whyWidth)
            let used = appendText(activity.name[language], x: GanttLayout.nameX, line: line, columns: nameRoom,
                                  fill: isCritical ? critical : text, bold: isCritical, to: &out)
            if let why {
                let x = GanttLayout.nameX + used + 1
                appendText(why, x: x, line: line, columns: GanttLayout.nameX + layout.nameWidth - x, fill: muted, to: &out)
            }
        }
        appendText(activity.roleAsPrinted, x: layout.roleX, line: line, columns: GanttLayout.roleWidth, fill: colour, bold: true, to: &out)
        out.raw("</g>\n")
    }

    /// Calls `draw` with the x and width of `months` on the grid, cut to the months shown.
    private static func appendSpan(_ months: Range<Int>, _ layout: GanttLayout, top: Int, to out: inout [UInt8],
                                   draw: (inout [UInt8], Int, Int) -> Void) {
        let first = max(months.lowerBound, layout.shownMonths.lowerBound), last = min(months.upperBound, layout.shownMonths.upperBound) - 1
        guard first <= last, first < layout.monthX.count, last >= 0 else { return }
        let x = layout.monthX[first], end = layout.monthX[last] + layout.monthWidth
        guard end > x else { return }
        draw(&out, margin + x * column, (end - x) * column)
    }

    /// `text` at column `x`, cut to `columns` as the page cuts it; the columns it takes.
    @discardableResult
    static func appendText(_ raw: String, x: Int, line: Int, columns: Int, fill: String, bold: Bool = false, to out: inout [UInt8]) -> Int {
        guard columns > 0 else { return 0 }
        let fitted: String, used: Int
        if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII, most names: a column a byte, cut as `TextWidth.fit` cuts,
            // without breaking the text into grapheme clusters.
            let count = raw.utf8.count
            (fitted, used) = count <= columns ? (raw, count) : (String(decoding: raw.utf8.prefix(columns - 1), as: UTF8.self) + "…", columns)
        } else {
            fitted = TextWidth.truncate(Sanitized.text(raw), to: columns)
            used = TextWidth.of(fitted)
        }
        guard used > 0 else { return 0 }
        out.raw("<text x=\""); out.tenths(margin + x * column)
        out.raw("\" y=\""); out.tenths(margin + line * row + 130)
        out.raw("\" textLength=\""); out.tenths(used * column)
        out.raw("\" fill=\""); out.append(fill)
        out.append(bold ? "\" font-weight=\"bold\" xml:space=\"preserve\">" : "\" xml:space=\"preserve\">")
        XMLText.append(fitted, to: &out)
        out.raw("</text>")
        return used
    }

    /// One row of a canvas (the page's header): runs of text by style, the box-drawing rule as lines.
    static func appendCells(_ canvas: Canvas, _ y: Int, line: Int, to out: inout [UInt8]) {
        var x = 0
        while x < canvas.width {
            let cell = canvas[x, y]
            if cell.text == " " || cell.text.isEmpty { x += 1; continue }
            if let rule = Rule(cell.text) {
                let left = margin + x * column, mid = left + column / 2, top = margin + line * row
                if rule.horizontal {
                    out.raw("<line x1=\""); out.tenths(rule.fromLeft ? left : mid); out.raw("\" y1=\""); out.tenths(top + row / 2)
                    out.raw("\" x2=\""); out.tenths(rule.toRight ? left + column : mid); out.raw("\" y2=\""); out.tenths(top + row / 2)
                    out.raw("\" stroke=\"#c8c8c8\"/>")
                }
                if rule.vertical {
                    out.raw("<line x1=\""); out.tenths(mid); out.raw("\" y1=\""); out.tenths(top)
                    out.raw("\" x2=\""); out.tenths(mid); out.raw("\" y2=\""); out.tenths(top + row)
                    out.raw("\" stroke=\"#c8c8c8\"/>")
                }
                x += 1
                continue
            }
            // A run: cells of one style, up to two spaces in a row or a rule.
            let style = cell.style
            var end = x
            var runText = ""
            while end < canvas.width {
                let next = canvas[end, y]
                guard next.style == style, Rule(next.text) == nil else { break }
                if next.text == " ", end + 1 < canvas.width, canvas[end + 1, y].text == " " { break }
                runText += next.text
                end += 1
            }
            let trimmed = runText.trimmingTrailingSpaces
            appendText(trimmed, x: x, line: line, columns: end - x, fill: colour(style), bold: style.bold, to: &out)
            x = end
        }
        out.raw("\n")
    }

    /// Lines of swatches under the legend: which colour is which role (the screen colours the
    /// role codes; a picture needs the key said). Each line is the (column, role) of its swatches.
    static func roleColourLines(_ roadmap: Roadmap, _ words: Vocabulary, width: Int) -> (title: String, lines: [[(x: Int, role: Int)]]) {
        let title = words.language == .fr ? "Couleurs des rôles :" : "Role colours:"
        let indent = min(TextWidth.of(title) + 1, width / 3)
        var lines: [[(x: Int, role: Int)]] = []
        var line: [(x: Int, role: Int)] = []
        var x = indent
        for (k, role) in roadmap.roles.enumerated() {
            let needed = 3 + TextWidth.of(role.id + " " + role.name[words.language])
            if x + needed > width && !line.isEmpty {
                lines.append(line)
                line = []
                x = indent
            }
            line.append((x, k))
            x += needed + 2
        }
        if !line.isEmpty { lines.append(line) }
        return (title, lines)
    }

    private static func appendRoleColours(_ roadmap: Roadmap, _ words: Vocabulary, line first: Int, width: Int, to out: inout [UInt8]) {
        let (title, lines) = roleColourLines(roadmap, words, width: width)
        guard !lines.isEmpty else { return }
        appendText(title, x: 0, line: first, columns: width, fill: muted, to: &out)
        for (k, swatches) in lines.enumerated() {
            let line = first + k
            for (x, role) in swatches {
                out.raw("<rect x=\""); out.tenths(margin + x * column); out.raw("\" y=\""); out.tenths(margin + line * row + 30)
                out.raw("\" width=\""); out.tenths(2 * column); out.raw("\" height=\""); out.tenths(row - 60)
                out.append("\" fill=\"\(roleColours[role % roleColours.count])\"/>")
                let label = roadmap.roles[role].id + " " + roadmap.roles[role].name[words.language]
                appendText(label, x: x + 3, line: line, columns: width - x - 3, fill: muted, to: &out)
            }
            out.raw("\n")
        }
    }

    static func colour(_ style: CellStyle) -> String {
        switch style.tone {
        case .plain, .heading, .key: return text
        case .muted: return muted
        case let .role(k): return roleColours[k % roleColours.count]
        case .critical: return critical
        case .accent: return accent
        case .warning: return warning
        }
    }

    /// A box-drawing character of the page's rules: which of its arms it draws.
    struct Rule: Equatable {
        let horizontal: Bool, vertical: Bool, fromLeft: Bool, toRight: Bool
        init?(_ text: String) {
            switch text {
            case "─": (horizontal, vertical, fromLeft, toRight) = (true, false, true, true)
            case "│": (horizontal, vertical, fromLeft, toRight) = (false, true, false, false)
            case "┼": (horizontal, vertical, fromLeft, toRight) = (true, true, true, true)
            case "┤": (horizontal, vertical, fromLeft, toRight) = (true, true, true, false)
            case "├": (horizontal, vertical, fromLeft, toRight) = (true, true, false, true)
            default: return nil
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// "2016-10", as `Month.description` writes it, without making a String.
    mutating func month(_ month: Month) {
        padded(month.year, width: 4)
        append(UInt8(ascii: "-"))
        padded(month.month, width: 2)
    }

    /// A length in tenths of a pixel, in pixels: 1234 → "123.4", 1230 → "123".
    mutating func tenths(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = Int(value.magnitude)
        decimal(magnitude / 10)
        if magnitude % 10 != 0 {
            append(UInt8(ascii: "."))
            append(UInt8(48 + magnitude % 10))
        }
    }
}
