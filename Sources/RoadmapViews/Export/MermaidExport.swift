import RoadmapModel

/// A Mermaid `gantt` chart: one section per area, one task per activity on its early dates,
/// critical tasks marked `crit`, and `after` where Mermaid can say the dependency — a
/// finish-to-start link without lag that decides the task's start. Other links cannot be
/// written in Mermaid; the dates still honour them.
public enum MermaidExport {
    /// The chart, handed to `sink` in chunks of about 64 KB.
    public static func write(_ scheduled: ScheduledRoadmap, _ state: ViewState, to sink: ([UInt8]) throws -> Void) rethrows {
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let language = state.language
        let visible = ActivityRow.ordered(scheduled, visible: state.filter.apply(to: scheduled), order: state.order)
        var out: [UInt8] = []
        out.append("gantt\n")
        var title = PageHeader.title(roadmap, language, pageName: PageBuilder.name(of: state.view, language))
        // The dates of a stated-only schedule leave the inferred links out: the chart says so.
        if scheduled.statedOnly {
            title += " (" + Vocabulary(language).statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count) + ")"
        }
        out.append("    title \(text(title))\n")
        out.append("    dateFormat YYYY-MM-DD\n")
        out.append("    axisFormat %Y-%m\n")
        var currentArea: String?
        // Mermaid resolves `after` against the tasks already written: a predecessor in a later
        // section must be given by its date instead.
        var written = [Bool](repeating: false, count: roadmap.activities.count)
        for i in visible {
            let activity = roadmap.activities[i]
            if activity.area != currentArea {
                currentArea = activity.area
                let name = scheduled.areaIndex[activity.area].map { roadmap.areas[$0].name[language] } ?? activity.area
                out.append("    section \(text(name))\n")
            }
            var tags: [String] = []
            if schedule.isCritical(i) { tags.append("crit") }
            if activity.status == .ongoing { tags.append("active") }
            tags.append(taskID(i))
            // `after` only for predecessors already written whose FS link without lag sets the start.
            let drivers = scheduled.graph.predecessors(of: i).filter { k in
                let edge = scheduled.graph.edges[k]
                return edge.type == .FS && edge.lag == 0 && schedule.binding[k] && written[edge.from]
                    && schedule.earlyFinish[edge.from] == schedule.earlyStart[i]
            }
            let start = drivers.isEmpty
                ? day(schedule.month(schedule.earlyStart[i]))
                : "after " + drivers.map { taskID(scheduled.graph.edges[$0].from) }.joined(separator: " ")
            let end = day(schedule.month(schedule.earlyFinish[i]))
            out.append("    \(text(activity.name[language])) :\(tags.joined(separator: ", ")), \(start), \(end)\n")
            written[i] = true
            try out.flush(to: sink)
        }
        try sink(out)
    }

    /// Task ids: Mermaid accepts letters, digits and underscores; the index keeps them unique.
    static func taskID(_ index: Int) -> String { "a\(index)" }

    /// The first day of a month; a task's end is the first day of the month after its last.
    static func day(_ month: Month) -> String { "\(month)-01" }

    /// Text Mermaid will not misread: no colon (it ends the task name), no # or ; (comments and
    /// statement ends), no control characters, on one line.
    static func text(_ raw: String) -> String {
        var result = ""
        for character in Sanitized.text(raw) {
            switch character {
            case ":": result += "∶"
            case "#": result += "№"
            case ";": result += ","
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result.trimmingSpaces
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
