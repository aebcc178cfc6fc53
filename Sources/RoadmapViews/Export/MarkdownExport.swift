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
        out.append("\n" + emphasized(PageHeader.filterLine(scheduled, input.state, shown: shown)) + "\n\n")
        out.append(finishLine(scheduled, words) + "\n")
        // With a status date, where the work stands: a line of its own, and in each row's status cell.
        let progress = ProgressColumns.summary(scheduled, words)
        if let progress {
            out.append("\n" + MarkdownText.softWrapped("**\(words.progressWord.capitalizedFirst)\(words.colon)** \(cell(progress))").joined(separator: "\n") + "\n")
        }
        let shownSet = input.state.filter.isEmpty ? nil : Set(byArea.joined())
        try MarkdownCriticalChains.write(scheduled, input.state, visible: shownSet, into: &out, sink: sink)
        if input.state.view == .criticalPath { return try sink(out) }
        // How much of the tables below rests on inference, just above them.
        out.append("\n**\(words.provenanceLegend)\(words.colon)** \(words.inferredCounts(ProvenanceText.counts(scheduled, visible: visible)))\n")
        // The tables, written on every processor for a large view, in order; what the legend
        // and the notes need first.
        let areaOrder = input.state.order.areaOrder(roadmap.areas)
        let tables = ActivityTables(scheduled, byArea: byArea, areaOrder: areaOrder, language, words) { row in
            progress != nil && ProgressColumns.inline(row, words)?.contains("✎") == true
        }
        let (parts, notes, anyInferred, anyCritical, entered) = (tables.parts, tables.notes, tables.anyInferred, tables.anyCritical, tables.entered)
        try sink(out)
        out.removeAll(keepingCapacity: true)
        try ParallelRows.write(count: parts.count, to: sink) { [parts] k, out in
            switch parts[k] {
            case let .head(area, count):
                out.append("\n## \(cell(roadmap.areas[area].name[language])) (\(count))\n\n")
                out.append("| " + headCells(words).joined(separator: " | ") + " |\n")
                out.append("|---|---|---|---|---|---|---:|\n")
            case let .row(i, note):
                let row = ActivityRow.make(i, scheduled, language, words)
                var cells = rowCells(row, note: note, words, escape: cell, noteReference: { " [^\($0)]" })
                // Progress joins the status cell, so that the table keeps its seven columns.
                if progress != nil, let said = ProgressColumns.inline(row, words) { cells[2] += " · " + cell(said) }
                out.append("| " + cells.joined(separator: " | ") + " |\n")
            case .end:
                break
            }
        }
        if shown == 0 { out.append("\n" + words.noActivityMatches + "\n") }
        let legend = legend(words, anyInferred: anyInferred, anyCritical: anyCritical)
        if !legend.isEmpty { out.append("\n" + legend + "\n") }
        // The notes in the order of their numbers: the rows again, in the same order.
        if entered { out.append("\n" + cell(ProgressColumns.enteredLegend(words)) + "\n") }
        if notes > 0 { out.append("\n") }
        var number = 0
        let names = NameLookup(scheduled, language)
        for area in areaOrder {
            for i in byArea[area] {
                guard let text = ProvenanceText.noteText(roadmap.activities[i].provenance, words) else { continue }
                number += 1
                out.append(ProvenanceText.footnote(number, text, words: words, names: names))
                try out.flush(to: sink)
            }
        }
        try sink(out)
    }

    /// "**Finish:** Mar 2018 · **Critical path:** 26 of 29 activities", the finish said as
    /// everywhere else when the what-ifs move it.
    static func finishLine(_ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let schedule = scheduled.schedule
        let delta = schedule.projectFinish - scheduled.baseline.projectFinish
        let finish = scheduled.delays.isEmpty ? words.monthAndYear(schedule.projectFinishMonth)
            : String(words.finishChange(schedule.projectFinishMonth, by: delta).drop { $0 != " " }.dropFirst())
        return "**\(words.finish.capitalizedFirst)\(words.colon)** \(finish) · **\(words.criticalPath)\(words.colon)** "
            + words.shown(schedule.criticalPath.count, of: scheduled.roadmap.activities.count)
    }

    /// What the marks of the tables mean, under them.
    static func legend(_ words: Vocabulary, anyInferred: Bool, anyCritical: Bool) -> String {
        legendLines(words, anyInferred: anyInferred, anyCritical: anyCritical).joined(separator: "\n\n")
    }

    /// Each mark of the tables and what it means, a paragraph each.
    static func legendLines(_ words: Vocabulary, anyInferred: Bool, anyCritical: Bool) -> [String] {
        (anyCritical ? ["\(RoadmapPage.Mark.critical) \(words.legendCritical)"] : [])
            + (anyInferred ? ["\(ProvenanceText.mark) \(words.markdownInferredLegend)"] : [])
    }

    /// A line of the page in italics, on lines of the Markdown's length.
    static func emphasized(_ text: String) -> String {
        MarkdownText.softWrapped("_" + cell(text) + "_").joined(separator: "\n")
    }

    /// The columns of an area's table, shared with the HTML export: seven, so that the table
    /// pastes into Word and a wiki. The critical path is a mark before the name, the two
    /// floats one column, and where each row comes from a numbered note.
    static func headCells(_ words: Vocabulary) -> [String] {
        [words.activityHead, words.role.capitalizedFirst, words.statusHead, words.team.capitalizedFirst,
         words.planned.capitalizedFirst, words.early.capitalizedFirst + " / " + words.late,
         words.float.capitalizedFirst + " (" + words.totalShort + " / " + words.freeShort + ")"]
    }

    /// An activity's cells, each value from the file made safe by `escape` and marked † where
    /// inferred; ◆ before a critical activity's name; `noteReference` writes the number of
    /// the row's note after its name (Markdown `[^3]`).
    static func rowCells(_ row: ActivityRow, note: Int?, _ words: Vocabulary, escape: (String) -> String,
                         noteReference: (Int) -> String) -> [String] {
        let p = row.provenance
        return [
            (row.critical ? "\(RoadmapPage.Mark.critical) " : "") + ProvenanceText.marked(escape(row.name), p, "name") + (note.map(noteReference) ?? ""),
            ProvenanceText.marked(escape(row.roleAsPrinted), p, "role"),
            ProvenanceText.marked(escape(row.statusName), p, "status"), ProvenanceText.marked(escape(row.teamName), p, "team"),
            ProvenanceText.marked("\(row.plannedStart) – \(row.plannedFinish)", p, "start", "finish", "period"),
            "\(row.earlyStart) – \(row.earlyFinish) / \(row.lateStart) – \(row.lateFinish)",
            "\(row.totalFloat) / \(row.freeFloat)",
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
