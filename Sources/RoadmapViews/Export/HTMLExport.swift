import RoadmapModel

/// One self-contained HTML page of the roadmap view, to mail or put on an intranet: the SVG
/// chart inline at the page's width, then the Markdown export's tables (a heading and a table
/// per area, the same columns and † marks) as HTML tables with a caption and their heads
/// scoped, and the numbered notes. No script, no stylesheet or
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
        let progress = ProgressColumns.summary(scheduled, words)
        if let progress { paragraph(words.progressWord.capitalizedFirst + words.colon + " " + progress, to: &out) }
        out.append("<figure>\n")
        try sink(out)
        out.removeAll(keepingCapacity: true)
        // The chart at the width of the page it is read in, however wide the window.
        try SVGExport.write(input, standalone: false, fitToPage: true, to: sink)
        out.append("</figure>\n")
        paragraph("\(words.provenanceLegend)\(words.colon) \(words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible)))", to: &out)

        // The tables (an area's heading and head, its rows, its end), written on every
        // processor for a large view, in order; what the legend and the notes need first.
        let areaOrder = input.state.order.areaOrder(roadmap.areas)
        let tables = ActivityTables(scheduled, byArea: byArea, areaOrder: areaOrder, language, words) { row in
            progress != nil && ProgressColumns.cells(row, words).first?.hasSuffix("✎") == true
        }
        let (parts, notes, anyInferred, anyCritical, entered) = (tables.parts, tables.notes, tables.anyInferred, tables.anyCritical, tables.entered)
        try sink(out)
        out.removeAll(keepingCapacity: true)
        let withProgress = progress != nil
        try ParallelRows.write(count: parts.count, to: sink) { [parts] k, out in
            switch parts[k] {
            case let .head(area, count):
                let name = roadmap.areas[area].name[language]
                out.append("<h2>")
                XMLText.append("\(name) (\(count))", to: &out)
                // Each table says what it is and which cells head what, for a screen reader
                // (WCAG 2.1, 1.3.1): a caption, column heads, and each activity's name heading its row.
                out.append("</h2>\n<table>\n<caption>")
                XMLText.append(words.activitiesOf(name), to: &out)
                out.append("</caption>\n<thead><tr>")
                for head in MarkdownExport.headCells(words) + (withProgress ? ProgressColumns.headCells(words) : []) {
                    out.append("<th scope=\"col\">"); XMLText.append(head, to: &out); out.append("</th>")
                }
                out.append("</tr></thead>\n<tbody>\n")
            case let .row(i, note):
                let row = ActivityRow.make(i, scheduled, language, words)
                // The cells arrive escaped; the note's number is a link to it.
                let cells = MarkdownExport.rowCells(row, note: note, words, escape: XMLText.escaped,
                                                    noteReference: { " <a href=\"#note-\($0)\">[\($0)]</a>" })
                out.append(row.critical ? "<tr class=\"critical\">" : "<tr>")
                for (k, cell) in cells.enumerated() {
                    // The name heads its row; the floats align right.
                    out.append(k == 0 ? "<th scope=\"row\">" : k == cells.count - 1 ? "<td class=\"number\">" : "<td>")
                    out.append(cell)
                    out.append(k == 0 ? "</th>" : "</td>")
                }
                for cell in withProgress ? ProgressColumns.cells(row, words) : [] {
                    out.append("<td>"); XMLText.append(cell, to: &out); out.append("</td>")
                }
                out.append("</tr>\n")
            case .end:
                out.append("</tbody>\n</table>\n")
            }
        }
        if shown == 0 { paragraph(words.noActivityMatches, to: &out) }
        for line in MarkdownExport.legendLines(words, anyInferred: anyInferred, anyCritical: anyCritical) { paragraph(line, to: &out) }
        if entered { paragraph(ProgressColumns.enteredLegend(words), to: &out) }
        if notes > 0 {
            out.append("<h2>")
            XMLText.append(words.notesHeading, to: &out)
            out.append("</h2>\n<ol class=\"notes\">\n")
            var number = 0
            for area in areaOrder {
                for i in byArea[area] {
                    guard let text = ProvenanceText.noteText(roadmap.activities[i].provenance, words) else { continue }
                    number += 1
                    out.append("<li id=\"note-\(number)\">")
                    XMLText.append(ProvenanceText.readable(text, words, NameLookup(scheduled, language)), to: &out)
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
        figure { margin: 1em 0; }
        figure svg { display: block; width: 100%; height: auto; }
        table { border-collapse: collapse; margin-bottom: 1.5em; font-size: 0.9em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th, td { border: 1px solid #c8c8c8; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; }
        tbody th { font-weight: normal; }
        td.number { text-align: right; }
        ol.notes { font-size: 0.9em; }

        """
}
