import RoadmapModel

/// The roadmap grid as a chart for a briefing note or a deck — drawn for a page, not copied
/// from the terminal (`ChartLayout` places everything): the title and what the view is; the
/// periods with their dates over the months, and a gridline between every two months; a band
/// per area of interest; one row per activity with its name whole (wrapped, never cut), its
/// role code, and its bar over its early months, coloured by role, solid for new work and
/// light for work under way; the critical path marked by a red outline and a red diamond
/// (the names stay black: red must single something out); the float a grey line to the late
/// finish; the plan the dependencies move a dashed amber line, the months before a what-if a
/// pale dashed box, another version's bar (`--baseline`) a thin outline under the row; a line
/// for today where today falls on the chart. Then a key with real swatches, and a footer with
/// the filters, the day of the export, the source file and the program.
///
/// Set in a proportional sans-serif (`ChartText`), every text real `<text>` in the view's
/// language; a `<title>` and `<desc>` for screen readers, a `<title>` per row with its name
/// and dates. `--width` sets the width: eight pixels a column.
enum SVGExport {
    static let roleColours = ["#1f5fbf", "#2e8b3a", "#a0309a", "#00838f"]
    static let critical = "#c62828", muted = "#5f6368", warning = "#b7791f", text = "#1a1a1a"
    static let gridline = "#e4e4e4", periodLine = "#b5b5b5", band = "#f1f3f5", neutral = "#4a4a4a", accent = "#1565c0"

    /// `fitToPage`: the picture takes the width of the page it is in (the HTML export) rather
    /// than its own size in pixels.
    static func write(_ input: ExportInput, standalone: Bool = true, fitToPage: Bool = false, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = scheduled.roadmap, language = input.language, words = input.words
        let visible = input.state.filter.apply(to: scheduled)
        let layout = ChartLayout(input, visible: visible)

        var out: [UInt8] = []
        out.reserveCapacity(Array.exportChunk + 8192)
        if standalone { out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        if fitToPage {
            out.raw(" width=\"100%\" style=\"height: auto; max-width: 100%\"")
        } else {
            out.raw(" width=\""); out.px(layout.width); out.raw("\" height=\""); out.px(layout.height); out.raw("\"")
        }
        out.raw(" viewBox=\"0 0 "); out.px(layout.width); out.raw(" "); out.px(layout.height)
        out.append("\" role=\"img\" aria-labelledby=\"roadmap-title roadmap-desc\" xml:lang=\"\(language.rawValue)\"")
        out.append(" font-family=\"\(ChartText.fontFamily)\" font-size=\"\(Int(ChartLayout.textSize))\">\n")
        let pageName = PageBuilder.name(of: input.state.view, language)
        out.raw("<title id=\"roadmap-title\">")
        XMLText.append(PageHeader.title(roadmap, language, pageName: pageName), to: &out)
        out.raw("</title>\n<desc id=\"roadmap-desc\">")
        XMLText.append(description(words) + " " + PageHeader.filterLine(scheduled, input.state, shown: visible.count), to: &out)
        out.raw("</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")

        // Title and subtitle.
        var y = ChartLayout.margin
        for line in layout.titleLines {
            appendText(line, x: ChartLayout.margin, baseline: y + 16, size: ChartLayout.titleSize, fill: text, bold: true, to: &out)
            y += ChartLayout.titleLine
        }
        let late = scheduled.monthsPastTimeline > 0 || scheduled.schedule.projectFinish > scheduled.baseline.projectFinish
        for line in layout.subtitleLines {
            appendText(line, x: ChartLayout.margin, baseline: y + 11, size: ChartLayout.textSize, fill: late ? warning : muted, to: &out)
            y += ChartLayout.line
        }

        appendHeads(layout, words, to: &out)
        appendGridlines(layout, to: &out)
        try out.flush(to: sink)

        // The rows: bands and names, then bars over the gridlines; each row drawn on its own,
        // so on every processor for a large view.
        try sink(out)
        out.removeAll(keepingCapacity: true)
        try ParallelRows.write(count: layout.rows.count, to: sink) { k, out in
            let row = layout.rows[k]
            switch row.kind {
            case let .area(area, _, folded):
                appendArea(row, area: area, folded: folded, layout, scheduled, visible: visible, to: &out)
            case let .activity(i):
                appendActivity(row, i, layout, scheduled, language, to: &out)
            }
        }
        if layout.rows.allSatisfy({ if case .area = $0.kind { return true } else { return false } }) {
            appendText(words.noActivityMatches, x: layout.nameX, baseline: layout.gridBottom + 14, size: ChartLayout.textSize, fill: muted, to: &out)
        }
        appendStatusDate(layout, scheduled.statusDate, words, to: &out)
        appendToday(layout, input.stamp.date, words, to: &out)
        appendLegend(layout, to: &out)
        appendFooter(layout, to: &out)
        out.raw("</svg>\n")
        try sink(out)
    }

    /// What the picture is, for a screen reader, before the filter line.
    static func description(_ words: Vocabulary) -> String {
        words.language == .fr
            ? "Diagramme de Gantt de la feuille de route : une ligne par activité sous son domaine d’intérêt, une barre sur ses mois au plus tôt, colorée selon le rôle ; les marges en gris ; le chemin critique marqué d’un contour et d’un losange rouges."
            : "Gantt chart of the roadmap: one row per activity under its area of interest, a bar over its early months, coloured by role; floats in grey; the critical path marked by a red outline and a red diamond."
    }

    // MARK: - Heads and gridlines

    private static func appendHeads(_ layout: ChartLayout, _ words: Vocabulary, to out: inout [UInt8]) {
        for head in layout.periodHeads {
            var y = layout.headTop
            for line in head.label {
                appendText(line, x: head.x + 4, baseline: y + 11, size: ChartLayout.textSize, fill: head.beyond ? warning : text, bold: true, to: &out)
                y += ChartLayout.line
            }
            for line in head.dates {
                appendText(line, x: head.x + 4, baseline: y + 10, size: ChartLayout.smallSize, fill: muted, to: &out)
                y += ChartLayout.smallLine
            }
        }
        let baseline = layout.monthTop + 11
        if layout.monthLabels.contains(where: { $0 != nil }) {
            for (month, label) in layout.monthLabels.enumerated() {
                guard let label else { continue }
                let width = ChartText.width(label, size: ChartLayout.smallSize)
                appendText(label, x: layout.x(ofMonth: month) + (layout.monthWidth - width) / 2, baseline: baseline,
                           size: ChartLayout.smallSize, fill: muted, to: &out)
            }
        } else {
            // Months too narrow for their names: each year where it begins, where there is room.
            var free = layout.gridX
            for month in 0..<layout.monthCount where month == 0 || (layout.firstMonth + month).month == 1 {
                let x = layout.x(ofMonth: month) + 2
                let label = String((layout.firstMonth + month).year)
                guard x >= free else { continue }
                appendText(label, x: x, baseline: baseline, size: ChartLayout.smallSize, fill: muted, to: &out)
                free = x + ChartText.width(label, size: ChartLayout.smallSize) + 6
            }
        }
        appendText(words.activityHead, x: layout.nameX, baseline: baseline, size: ChartLayout.smallSize, fill: muted, bold: true, to: &out)
        appendText(words.role.capitalizedFirst, x: layout.roleX, baseline: baseline, size: ChartLayout.smallSize, fill: muted, bold: true, to: &out)
        out.raw("\n")
    }

    /// A line between every two months (a year's where months are too narrow to tell apart),
    /// a darker one between periods, from the heads to the last row.
    private static func appendGridlines(_ layout: ChartLayout, to out: inout [UInt8]) {
        let periodEdges = Set(layout.periodHeads.flatMap { [$0.x, $0.x + $0.width] }.map { Int(($0 * 10).rounded()) })
        let everyMonth = layout.monthWidth >= 4
        for month in 0...layout.monthCount {
            let x = layout.x(ofMonth: month)
            let edge = periodEdges.contains(Int((x * 10).rounded())) || month == 0 || month == layout.monthCount
            guard edge || everyMonth || (layout.firstMonth + month).month == 1 else { continue }
            out.raw("<line x1=\""); out.px(x); out.raw("\" y1=\""); out.px(edge ? layout.headTop : layout.monthTop)
            out.raw("\" x2=\""); out.px(x); out.raw("\" y2=\""); out.px(layout.gridBottom)
            out.append("\" stroke=\"\(edge ? periodLine : gridline)\" stroke-width=\"1\"/>\n")
        }
        // The rule under the heads.
        out.raw("<line x1=\""); out.px(ChartLayout.margin); out.raw("\" y1=\""); out.px(layout.gridTop - 2)
        out.raw("\" x2=\""); out.px(layout.width - ChartLayout.margin); out.raw("\" y2=\""); out.px(layout.gridTop - 2)
        out.append("\" stroke=\"\(periodLine)\" stroke-width=\"1\"/>\n")
    }

    // MARK: - Rows

    private static func appendArea(_ row: ChartLayout.Row, area: Int, folded: Bool, _ layout: ChartLayout, _ scheduled: ScheduledRoadmap,
                                   visible: [Int], to out: inout [UInt8]) {
        out.raw("<rect x=\""); out.px(ChartLayout.margin); out.raw("\" y=\""); out.px(row.top + 2)
        out.raw("\" width=\""); out.px(layout.contentWidth); out.raw("\" height=\""); out.px(row.height - 3)
        out.append("\" fill=\"\(band)\" fill-opacity=\"0.85\"/>\n")
        var y = row.top + 4
        for line in row.lines {
            appendText(line, x: ChartLayout.margin + 4, baseline: y + 11, size: ChartLayout.textSize, fill: text, bold: true, to: &out)
            y += ChartLayout.line
        }
        guard folded else { return }
        // A folded area's summary bar: the early months of the activities it hides.
        let schedule = scheduled.schedule
        let areaID = scheduled.roadmap.areas[area].id
        let hidden = visible.filter { scheduled.roadmap.activities[$0].area == areaID }
        guard let start = hidden.map({ schedule.earlyStart[$0] }).min(), let end = hidden.map({ schedule.earlyFinish[$0] }).max(), start < end else { return }
        appendSpan(max(0, start)..<min(layout.monthCount, end), layout, top: row.top + 7, height: 6, to: &out) { out in
            out.append(" fill=\"\(neutral)\"/>")
        }
    }

    private static func appendActivity(_ row: ChartLayout.Row, _ i: Int, _ layout: ChartLayout, _ scheduled: ScheduledRoadmap,
                                       _ language: Language, to out: inout [UInt8]) {
        let roadmap = scheduled.roadmap, schedule = scheduled.schedule
        let activity = roadmap.activities[i]
        let isCritical = schedule.isCritical(i)
        let roleIndex = roadmap.roles.firstIndex { $0.id == activity.role } ?? 0
        let colour = roleColours[roleIndex % roleColours.count]
        // The whole name and dates: a tooltip, and what a screen reader says.
        out.raw("<g><title>")
        XMLText.append(activity.name[language], to: &out)
        out.raw(" · "); out.month(schedule.month(schedule.earlyStart[i])); out.raw(" – "); out.month(schedule.lastMonth(schedule.earlyFinish[i]))
        if isCritical { out.append(language == .fr ? " · chemin critique" : " · critical path") }
        if let state = scheduled.progressState(i) {
            let words = Vocabulary(language)
            out.raw(" · "); XMLText.append(words.progressSummary(activity, state: state), to: &out)
            if scheduled.isBehind(i) { out.raw(" · "); XMLText.append(words.behind, to: &out) }
        }
        out.raw("</title>")

        let barTop = row.top + 5, barHeight = 11.0, middle = barTop + barHeight / 2
        let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i], lf = schedule.lateFinish[i]
        let ghost = RoadmapPage.ghostMonths(i, scheduled)
        let other = RoadmapPage.baselineVersionMonths(i, scheduled)
        if !ghost.isEmpty {
            appendSpan(ghost, layout, top: barTop, height: barHeight, to: &out) { out in
                out.raw(" fill=\"#e3e3e3\" stroke=\"#8a8a8a\" stroke-dasharray=\"3 2\"/>")
            }
        }
        if let moved = ChartMarks.movedPlan(i, scheduled) {
            appendLine(moved, layout, y: barTop + barHeight + 2.5, to: &out) { out in
                out.append(" stroke=\"\(warning)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>")
            }
        }
        if !other.isEmpty {
            appendSpan(other, layout, top: barTop + barHeight + 1, height: 3, to: &out) { out in
                out.raw(" fill=\"none\" stroke=\"#5a5a5a\" stroke-width=\"1\"/>")
            }
        }
        if ef < lf {
            appendLine(ef..<lf, layout, y: middle, to: &out) { out in out.raw(" stroke=\"#8d8d8d\" stroke-width=\"1.5\"/>") }
            if lf <= layout.monthCount {
                let x = layout.x(ofMonth: lf)
                out.raw("<line x1=\""); out.px(x); out.raw("\" y1=\""); out.px(middle - 3); out.raw("\" x2=\""); out.px(x)
                out.raw("\" y2=\""); out.px(middle + 3); out.raw("\" stroke=\"#8d8d8d\" stroke-width=\"1.5\"/>")
            }
        }
        if es < ef {
            appendSpan(es..<ef, layout, top: barTop, height: barHeight, to: &out) { out in
                out.append(" rx=\"2\" fill=\"\(colour)\"")
                if activity.status == .ongoing { out.raw(" fill-opacity=\"0.38\"") }
                out.append(isCritical ? " stroke=\"\(critical)\" stroke-width=\"2\"/>" : " stroke=\"\(colour)\" stroke-width=\"1\"/>")
            }
        }
        let done = scheduled.doneMonths(i)
        if !done.isEmpty {
            // The done part, as MS Project's tracking Gantt draws it: a dark band inside the bar.
            appendSpan(done, layout, top: middle - 2, height: 4, to: &out) { out in
                out.append(" fill=\"\(text)\"/>")
            }
        }
        if min(es, scheduled.baseline.plannedStart[i]) < 0 {
            // Begins before the timeline: an arrow at its edge.
            let x = layout.gridX
            out.raw("<path d=\"M"); out.px(x + 1); out.raw(" "); out.px(middle); out.raw(" L"); out.px(x + 7); out.raw(" "); out.px(middle - 4)
            out.raw(" L"); out.px(x + 7); out.raw(" "); out.px(middle + 4); out.append(" Z\" fill=\"\(warning)\"/>")
        }
        if scheduled.isBehind(i) {
            // Behind as of the status date: the mark the grid puts before the role.
            appendText(String(RoadmapPage.Mark.behind), x: layout.roleX - 8, baseline: row.top + 15, size: ChartLayout.smallSize,
                       fill: warning, bold: true, to: &out)
        }
        if isCritical { appendDiamond(x: ChartLayout.margin + 6, y: middle, size: 4.5, to: &out) }
        var y = row.top + 4
        for line in row.lines {
            appendText(line, x: layout.nameX, baseline: y + 11, size: ChartLayout.textSize, fill: text, to: &out)
            y += ChartLayout.line
        }
        appendText(activity.roleAsPrinted, x: layout.roleX, baseline: row.top + 15, size: ChartLayout.smallSize, fill: colour, bold: true, to: &out)
        // A faint line under the row, so that the eye follows a name to its bar.
        out.raw("<line x1=\""); out.px(layout.nameX); out.raw("\" y1=\""); out.px(row.top + row.height)
        out.raw("\" x2=\""); out.px(layout.width - ChartLayout.margin); out.raw("\" y2=\""); out.px(row.top + row.height)
        out.append("\" stroke=\"\(gridline)\" stroke-width=\"0.5\"/>")
        out.raw("</g>\n")
    }

    /// Today, where it falls on the chart: a dashed line through the rows, labelled.
    /// The status date, as the screen's ┊ column: a dashed line down the grid at the end of
    /// its month (progress is reported as of the month's end), named under the grid.
    private static func appendStatusDate(_ layout: ChartLayout, _ status: Month?, _ words: Vocabulary, to out: inout [UInt8]) {
        guard let status else { return }
        let offset = status - layout.firstMonth
        guard offset >= 0, offset < layout.monthCount else { return }
        let x = layout.x(ofMonth: offset) + layout.monthWidth
        out.raw("<line x1=\""); out.px(x); out.raw("\" y1=\""); out.px(layout.gridTop - 2); out.raw("\" x2=\""); out.px(x)
        out.raw("\" y2=\""); out.px(layout.gridBottom); out.append("\" stroke=\"\(accent)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n")
        appendText(words.legendStatusDate.capitalizedFirst + " " + words.monthAndYear(status), x: x + 3, baseline: layout.gridBottom + 22,
                   size: ChartLayout.smallSize, fill: accent, to: &out)
    }

    private static func appendToday(_ layout: ChartLayout, _ date: ExportDate?, _ words: Vocabulary, to out: inout [UInt8]) {
        guard let date, let month = Month(year: date.year, month: date.month) else { return }
        let offset = month - layout.firstMonth
        guard offset >= 0, offset < layout.monthCount else { return }
        let x = layout.x(ofMonth: offset) + layout.monthWidth * Double(max(0, min(30, date.day - 1))) / 31
        out.raw("<line x1=\""); out.px(x); out.raw("\" y1=\""); out.px(layout.gridTop - 2); out.raw("\" x2=\""); out.px(x)
        out.raw("\" y2=\""); out.px(layout.gridBottom); out.append("\" stroke=\"\(critical)\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n")
        appendText(words.language == .fr ? "aujourd’hui" : "today", x: x + 3, baseline: layout.gridBottom + 11, size: ChartLayout.smallSize,
                   fill: critical, to: &out)
    }

    // MARK: - Key and footer

    private static func appendLegend(_ layout: ChartLayout, to out: inout [UInt8]) {
        let left = ChartLayout.margin, top = layout.legendTop
        appendText(layout.legend.title, x: left, baseline: top + 11, size: ChartLayout.textSize, fill: text, bold: true, to: &out)
        for item in layout.legend.items {
            let x = left + item.x, y = top + item.y
            let swatchTop = y + 2, swatchHeight = 10.0, w = ChartLegend.swatchWidth
            func rect(_ attributes: String) {
                out.raw("<rect x=\""); out.px(x); out.raw("\" y=\""); out.px(swatchTop); out.raw("\" width=\""); out.px(w)
                out.raw("\" height=\""); out.px(swatchHeight); out.append("\" \(attributes)/>")
            }
            func line(_ attributes: String) {
                out.raw("<line x1=\""); out.px(x); out.raw("\" y1=\""); out.px(swatchTop + 5); out.raw("\" x2=\""); out.px(x + w)
                out.raw("\" y2=\""); out.px(swatchTop + 5); out.append("\" \(attributes)/>")
            }
            switch item.swatch {
            case let .role(k): rect("rx=\"2\" fill=\"\(roleColours[k % roleColours.count])\"")
            case .new: rect("rx=\"2\" fill=\"\(neutral)\"")
            case .ongoing: rect("rx=\"2\" fill=\"\(neutral)\" fill-opacity=\"0.38\" stroke=\"\(neutral)\"")
            case .critical:
                rect("rx=\"2\" fill=\"#ffffff\" stroke=\"\(critical)\" stroke-width=\"2\"")
                appendDiamond(x: x + w / 2, y: swatchTop + 5, size: 3.5, to: &out)
            case .float: line("stroke=\"#8d8d8d\" stroke-width=\"1.5\"")
            case .moved: line("stroke=\"\(warning)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"")
            case .ghost: rect("fill=\"#e3e3e3\" stroke=\"#8a8a8a\" stroke-dasharray=\"3 2\"")
            case .baseline: rect("fill=\"none\" stroke=\"#5a5a5a\" stroke-width=\"1\"")
            case .done:
                rect("rx=\"2\" fill=\"\(neutral)\"")
                out.raw("<rect x=\""); out.px(x); out.raw("\" y=\""); out.px(swatchTop + 3); out.raw("\" width=\""); out.px(w * 0.6)
                out.append("\" height=\"4\" fill=\"\(text)\"/>")
            case .statusDate: line("stroke=\"\(accent)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"")
            case .behind:
                appendText(String(RoadmapPage.Mark.behind), x: x + w / 2 - 2, baseline: swatchTop + 10, size: ChartLayout.smallSize,
                           fill: warning, bold: true, to: &out)
            case .clipped:
                out.raw("<path d=\"M"); out.px(x + 2); out.raw(" "); out.px(swatchTop + 5); out.raw(" L"); out.px(x + 10); out.raw(" ")
                out.px(swatchTop); out.raw(" L"); out.px(x + 10); out.raw(" "); out.px(swatchTop + 10); out.append(" Z\" fill=\"\(warning)\"/>")
            }
            var baseline = y + 11
            for text in item.lines {
                appendText(text, x: x + w + ChartLegend.swatchGap, baseline: baseline, size: ChartLayout.smallSize, fill: Self.text, to: &out)
                baseline += ChartLayout.smallLine
            }
            out.raw("\n")
        }
    }

    private static func appendFooter(_ layout: ChartLayout, to out: inout [UInt8]) {
        out.raw("<line x1=\""); out.px(ChartLayout.margin); out.raw("\" y1=\""); out.px(layout.footerTop - 5)
        out.raw("\" x2=\""); out.px(layout.width - ChartLayout.margin); out.raw("\" y2=\""); out.px(layout.footerTop - 5)
        out.append("\" stroke=\"\(gridline)\" stroke-width=\"1\"/>\n")
        var y = layout.footerTop
        for line in layout.footerLines {
            appendText(line, x: ChartLayout.margin, baseline: y + 10, size: ChartLayout.smallSize, fill: muted, to: &out)
            y += ChartLayout.smallLine
        }
        for line in layout.provenanceLines {
            appendText(line, x: ChartLayout.margin, baseline: y + 9, size: ChartLayout.footSize, fill: muted, to: &out)
            y += ChartLayout.footLine
        }
    }

    // MARK: - Shapes

    /// A rectangle over the months `months` (cut to the chart); `finish` writes its attributes
    /// after x, y, width and height, and closes it.
    private static func appendSpan(_ months: Range<Int>, _ layout: ChartLayout, top: Double, height: Double, to out: inout [UInt8],
                                   finish: (inout [UInt8]) -> Void) {
        let first = max(0, months.lowerBound), end = min(layout.monthCount, months.upperBound)
        guard first < end else { return }
        out.raw("<rect x=\""); out.px(layout.x(ofMonth: first) + 0.5); out.raw("\" y=\""); out.px(top)
        out.raw("\" width=\""); out.px(max(1, Double(end - first) * layout.monthWidth - 1)); out.raw("\" height=\""); out.px(height)
        out.raw("\"")
        finish(&out)
    }

    private static func appendLine(_ months: Range<Int>, _ layout: ChartLayout, y: Double, to out: inout [UInt8],
                                   finish: (inout [UInt8]) -> Void) {
        let first = max(0, months.lowerBound), end = min(layout.monthCount, months.upperBound)
        guard first < end else { return }
        out.raw("<line x1=\""); out.px(layout.x(ofMonth: first)); out.raw("\" y1=\""); out.px(y)
        out.raw("\" x2=\""); out.px(layout.x(ofMonth: end)); out.raw("\" y2=\""); out.px(y); out.raw("\"")
        finish(&out)
    }

    private static func appendDiamond(x: Double, y: Double, size: Double, to out: inout [UInt8]) {
        out.raw("<path d=\"M"); out.px(x); out.raw(" "); out.px(y - size); out.raw(" L"); out.px(x + size); out.raw(" "); out.px(y)
        out.raw(" L"); out.px(x); out.raw(" "); out.px(y + size); out.raw(" L"); out.px(x - size); out.raw(" "); out.px(y)
        out.append(" Z\" fill=\"\(critical)\"/>")
    }

    /// Text at `x` on `baseline`, whole (the layout wrapped it to fit).
    static func appendText(_ raw: String, x: Double, baseline: Double, size: Double, fill: String, bold: Bool = false, to out: inout [UInt8]) {
        guard !raw.isEmpty else { return }
        out.raw("<text x=\""); out.px(x); out.raw("\" y=\""); out.px(baseline)
        if size != ChartLayout.textSize { out.raw("\" font-size=\""); out.px(size) }
        out.raw("\" fill=\""); out.append(fill)
        out.append(bold ? "\" font-weight=\"bold\" xml:space=\"preserve\">" : "\" xml:space=\"preserve\">")
        XMLText.append(raw, to: &out)
        out.raw("</text>")
    }
}

extension Array where Element == UInt8 {
    /// "2016-10", as `Month.description` writes it, without making a String.
    mutating func month(_ month: Month) {
        padded(month.year, width: 4)
        append(UInt8(ascii: "-"))
        padded(month.month, width: 2)
    }

    /// A length in pixels to a tenth: 123.44 → "123.4", 123.0 → "123".
    mutating func px(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { append(UInt8(ascii: "-")) }
        let magnitude = Int(tenths.magnitude)
        decimal(magnitude / 10)
        if magnitude % 10 != 0 {
            append(UInt8(ascii: "."))
            append(UInt8(48 + magnitude % 10))
        }
    }
}
