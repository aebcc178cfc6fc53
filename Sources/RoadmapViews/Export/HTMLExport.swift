import RoadmapModel

/// One self-contained HTML page of the roadmap view, to mail or put on an intranet: the SVG
/// picture inline, then the Markdown export's tables (a heading and a table per area, the same
/// columns and † marks) as HTML tables, and the provenance notes. No script, no stylesheet or
/// font from elsewhere, no external resource of any kind: the page works offline and in a mail.
/// Every value from the file is escaped as in the other XML exports (`XMLText`).
enum HTMLExport {
    static func write(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language, words = input.words
        let pageName = PageBuilder.name(of: input.state.view, language)
        let title = PageHeader.title(roadmap, language, pageName: pageName)
        var out: [UInt8] = []
        // Polyglot markup: HTML5 that is also well-formed XML, so that an XML parser checks it.
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\" xml:lang=\"\(language.rawValue)\">\n")
        out.append("<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"roadmap export --format html\"/>\n<title>")
        XMLText.append(title, to: &out)
        out.append("</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<h1>")
        XMLText.append(title, to: &out)
        out.append("</h1>\n")

        let visible = input.state.filter.apply(to: scheduled)
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: input.state.order)
        let shown = byArea.reduce(0) { $0 + $1.count }
        paragraph(PageHeader.filterLine(scheduled, input.state, shown: shown), to: &out)
        let critical = scheduled.schedule.criticalPath.count
        paragraph("\(words.finish.capitalizedFirst)\(words.colon) \(words.monthAndYear(scheduled.schedule.projectFinishMonth)) · "
                  + "\(words.criticalPath)\(words.colon) " + words.shown(critical, of: roadmap.activities.count), to: &out)
        let progress = ProgressColumns.summary(scheduled, words)
        if let progress { paragraph(words.progressWord.capitalizedFirst + words.colon + " " + progress, to: &out) }
        out.append("<figure>\n")
        try sink(out)
        out.removeAll(keepingCapacity: true)
        try SVGExport.write(input, standalone: false, to: sink)
        out.append("</figure>\n")
        paragraph("\(words.provenanceLegend)\(words.colon) \(words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible)))", to: &out)

        var notes = 0, anyInferred = false, entered = false
        let areaOrder = input.state.order.areaOrder(roadmap.areas)
        for area in areaOrder where !byArea[area].isEmpty {
            let activities = byArea[area]
            out.append("<h2>")
            XMLText.append("\(roadmap.areas[area].name[language]) (\(activities.count))", to: &out)
            out.append("</h2>\n<table>\n<thead><tr>")
            for head in MarkdownExport.headCells(words) + (progress == nil ? [] : ProgressColumns.headCells(words)) {
                out.append("<th>"); XMLText.append(head, to: &out); out.append("</th>")
            }
            out.append("</tr></thead>\n<tbody>\n")
            for i in activities {
                let row = ActivityRow.make(i, scheduled, language, words)
                anyInferred = anyInferred || row.provenance.isInferred
                var note: Int?
                if row.provenance.note != nil { notes += 1; note = notes }
                // The cells arrive escaped; the note's number is a link to it.
                let cells = MarkdownExport.rowCells(row, note: note, words, escape: XMLText.escaped,
                                                    noteReference: { " <a href=\"#note-\($0)\">[\($0)]</a>" })
                let progressCells = progress == nil ? [] : ProgressColumns.cells(row, words)
                entered = entered || progressCells.first?.hasSuffix("✎") == true
                out.append(row.critical ? "<tr class=\"critical\">" : "<tr>")
                for (k, cell) in cells.enumerated() {
                    // The three numbers (floats, critical) align right.
                    out.append(k >= 7 && k <= 9 ? "<td class=\"number\">" : "<td>")
                    out.append(cell)
                    out.append("</td>")
                }
                for cell in progressCells {
                    out.append("<td>"); XMLText.append(cell, to: &out); out.append("</td>")
                }
                out.append("</tr>\n")
                try out.flush(to: sink)
            }
            out.append("</tbody>\n</table>\n")
        }
        if shown == 0 { paragraph(words.noActivityMatches, to: &out) }
        if anyInferred { paragraph("\(ProvenanceText.mark) \(words.markdownInferredLegend)", to: &out) }
        if entered { paragraph(ProgressColumns.enteredLegend(words), to: &out) }
        if notes > 0 {
            out.append("<ol class=\"notes\">\n")
            var number = 0
            for area in areaOrder {
                for i in byArea[area] {
                    guard let note = roadmap.activities[i].provenance.note else { continue }
                    number += 1
                    out.append("<li id=\"note-\(number)\">")
                    XMLText.append(note[language], to: &out)
                    out.append("</li>\n")
                    try out.flush(to: sink)
                }
            }
            out.append("</ol>\n")
        }
        out.append("</body>\n</html>\n")
        try sink(out)
    }

    private static func paragraph(_ text: String, to out: inout [UInt8]) {
        out.append("<p>")
        XMLText.append(text, to: &out)
        out.append("</p>\n")
    }

    /// The page's own look, inline: nothing is fetched.
    static let style = """
        body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; }
        figure { margin: 1em 0; overflow-x: auto; }
        table { border-collapse: collapse; margin-bottom: 1.5em; font-size: 0.9em; }
        th, td { border: 1px solid #c8c8c8; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        td.number { text-align: right; }
        tr.critical td:first-child { color: #c62828; font-weight: bold; }
        ol.notes { font-size: 0.9em; }

        """
}
