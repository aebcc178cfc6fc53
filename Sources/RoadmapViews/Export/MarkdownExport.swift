import RoadmapModel

/// Markdown of the roadmap view for a wiki or a briefing note: a title, the filters, the finish
/// date, the critical chains and how much rests on inference, then a heading and a table per
/// area of interest. Each inferred value is marked † and each row's note is a numbered footnote.
public enum MarkdownExport {
    /// The Markdown, handed to `sink` in chunks of about 64 KB.
    static func write(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language, words = input.words
        var out: [UInt8] = []
        out.append(title(input))
        // Each area's activities, counted once for its heading.
        let visible = input.state.filter.apply(to: scheduled)
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: input.state.order)
        let shown = byArea.reduce(0) { $0 + $1.count }
        out.append("\n_\(cell(PageHeader.filterLine(scheduled, input.state, shown: shown)))_\n\n")
        out.append("**\(words.finish.capitalizedFirst)\(words.colon)** \(words.monthAndYear(scheduled.schedule.projectFinishMonth))")
        if !scheduled.delays.isEmpty {
            // The finish without the what-ifs the filter line lists.
            out.append(" (\(words.baseline) \(words.monthAndYear(scheduled.baseline.projectFinishMonth)))")
        }
        let critical = scheduled.schedule.criticalPath.count
        out.append(" · **\(words.criticalPath)\(words.colon)** " + words.shown(critical, of: roadmap.activities.count) + "\n")
        // With a status date, where the work stands: its own line, and columns of its own below.
        let progress = ProgressColumns.summary(scheduled, words)
        if let progress { out.append("\n**\(words.progressWord.capitalizedFirst)\(words.colon)** \(cell(progress))\n") }
        let shownSet = input.state.filter.isEmpty ? nil : Set(byArea.joined())
        try MarkdownCriticalChains.write(scheduled, input.state, visible: shownSet, into: &out, sink: sink)
        if input.state.view == .criticalPath { return try sink(out) }
        // How much of the tables below rests on inference, just above them.
        out.append("\n**\(words.provenanceLegend)\(words.colon)** \(words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible)))\n")
        var notes = 0, anyInferred = false, entered = false
        let areaOrder = input.state.order.areaOrder(roadmap.areas)
        for area in areaOrder where !byArea[area].isEmpty {
            let activities = byArea[area]
            out.append("\n## \(cell(roadmap.areas[area].name[language])) (\(activities.count))\n\n")
            out.append("| " + (headCells(words) + (progress == nil ? [] : ProgressColumns.headCells(words))).joined(separator: " | ") + " |\n")
            out.append("|---|---|---|---|---|---|---|---:|---:|:---:|---|" + (progress == nil ? "" : "---:|---|---|:---:|") + "\n")
            for i in activities {
                let row = ActivityRow.make(i, scheduled, language, words)
                let p = row.provenance
                anyInferred = anyInferred || p.isInferred
                var note: Int?
                if p.note != nil { notes += 1; note = notes }
                let progressCells = progress == nil ? [] : ProgressColumns.cells(row, words).map(cell)
                entered = entered || progressCells.first?.hasSuffix("✎") == true
                out.append("| " + (rowCells(row, note: note, words, escape: cell, noteReference: { " [^\($0)]" }) + progressCells).joined(separator: " | ") + " |\n")
                try out.flush(to: sink)
            }
        }
        if shown == 0 { out.append("\n" + words.noActivityMatches + "\n") }
        // The notes in the order of their numbers: the rows again, in the same order.
        try ProvenanceText.writeLegend(words, anyInferred: anyInferred, notes: [], into: &out, sink)
        if entered { out.append("\n" + cell(ProgressColumns.enteredLegend(words)) + "\n") }
        if notes > 0 { out.append("\n") }
        var number = 0
        for area in areaOrder {
            for i in byArea[area] {
                guard let note = roadmap.activities[i].provenance.note else { continue }
                number += 1
                out.append(ProvenanceText.footnote(number, note, language))
                try out.flush(to: sink)
            }
        }
        try sink(out)
    }

    /// The columns of an area's table, shared with the HTML export.
    static func headCells(_ words: Vocabulary) -> [String] {
        [words.activityHead, words.role.capitalizedFirst, words.statusHead, words.team.capitalizedFirst,
         words.planned.capitalizedFirst, words.early.capitalizedFirst, words.late.capitalizedFirst,
         words.totalFloat.capitalizedFirst, words.freeFloat.capitalizedFirst, words.critical.capitalizedFirst, words.source]
    }

    /// An activity's cells, each value from the file made safe by `escape` and marked † where
    /// inferred; `noteReference` writes the number of the row's note (Markdown `[^3]`).
    static func rowCells(_ row: ActivityRow, note: Int?, _ words: Vocabulary, escape: (String) -> String,
                         noteReference: (Int) -> String) -> [String] {
        let p = row.provenance
        return [
            ProvenanceText.marked(escape(row.name), p, "name"), ProvenanceText.marked(escape(row.roleAsPrinted), p, "role"),
            ProvenanceText.marked(escape(row.statusName), p, "status"), ProvenanceText.marked(escape(row.teamName), p, "team"),
            ProvenanceText.marked("\(row.plannedStart) – \(row.plannedFinish)", p, "start", "finish", "period"),
            "\(row.earlyStart) – \(row.earlyFinish)", "\(row.lateStart) – \(row.lateFinish)",
            "\(row.totalFloat)", "\(row.freeFloat)", row.critical ? "◆" : "",
            ProvenanceText.sourceCell(p, note: note, words, escape: escape, noteReference: noteReference),
        ]
    }

    /// "# Title — Page name", the first line of every Markdown export.
    static func title(_ input: ExportInput) -> String {
        "# " + cell(PageHeader.title(input.roadmap, input.language, pageName: PageBuilder.name(of: input.state.view, input.language))) + "\n"
    }

    /// A value safe inside a table cell: no control characters, no line breaks, every
    /// character Markdown gives a meaning to escaped.
    static func cell(_ text: String) -> String { MarkdownText.cell(text) }
}
