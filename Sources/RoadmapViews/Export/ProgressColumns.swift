import RoadmapModel

/// Progress in the exports' tables, said the same way in Markdown and HTML: the columns a
/// roadmap with a status date adds after the schedule's, and the line that says the status date
/// and the forecast above the tables. A roadmap without a status date has neither: it reports
/// no progress (the shipped roadmap, whose seed states none).
enum ProgressColumns {
    static func headCells(_ words: Vocabulary) -> [String] {
        [words.percentComplete.capitalizedFirst, words.actual.capitalizedFirst, words.forecastFinish.capitalizedFirst, words.behind.capitalizedFirst]
    }

    /// The row's progress: "40 %" (marked when a person entered it), its actual months
    /// ("2016-11 –", "2016-11 – 2017-03"), the forecast finish, and "!" when behind.
    static func cells(_ row: ActivityRow, _ words: Vocabulary) -> [String] {
        guard let state = row.progress else { return ["", "", "", ""] }
        let percent = row.percentComplete ?? (state == .finished ? 100 : 0)
        let entered = RoadmapFormat.progressFields.contains(where: row.provenance.entered) ? " ✎" : ""
        var actual = ""
        if let start = row.actualStart { actual = "\(start) –" + (row.actualFinish.map { " \($0)" } ?? "") }
        return [words.percent(percent) + entered, actual, "\(row.earlyFinish)", row.behind ? String(RoadmapPage.Mark.behind) : ""]
    }

    /// "Status date Mar 2017 · forecast finish Jun 2018 (+3 months on the plan) · 4 activities
    /// behind", or nil without a status date.
    static func summary(_ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String? {
        guard let status = scheduled.statusDate, let planned = scheduled.plannedFinish else { return nil }
        let behind = scheduled.behindCount
        let count = words.language == .fr ? "\(behind) activité\(behind > 1 ? "s" : "") en retard"
            : "\(behind) activit\(behind == 1 ? "y" : "ies") behind"
        return words.statusAndForecast(status: status, forecast: scheduled.schedule.projectFinishMonth, planned: planned) + " · " + count
    }

    /// What ✎ means, under the tables where a row has one.
    static func enteredLegend(_ words: Vocabulary) -> String {
        "✎ " + (words.language == .fr ? "avancement saisi par une personne (roadmap progress, ou l’explorateur), jamais celui de la source"
                                       : "progress entered by a person (roadmap progress, or the explorer), never the seed’s")
    }
}

extension ProgressColumns {
    /// The row's progress in one phrase, for the Markdown table's status cell (seven columns
    /// there): "40 % ✎ · actual 2016-11 – · behind"; nil where the row has no progress. The
    /// forecast finish is the early finish, already in its own column.
    static func inline(_ row: ActivityRow, _ words: Vocabulary) -> String? {
        guard row.progress != nil else { return nil }
        let cells = Self.cells(row, words)
        return ([cells[0]] + (cells[1].isEmpty ? [] : [words.actual + " " + cells[1]]) + (row.behind ? [words.behind] : []))
            .joined(separator: " · ")
    }
}
