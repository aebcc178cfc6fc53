/// `meta`: the timeline, the periods, the phases and the legends.
extension ValidationState {
    mutating func checkTimeline() {
        let timeline = roadmap.meta.timeline
        if timeline.start.isValid, timeline.finish.isValid, timeline.finish < timeline.start {
            findings.error(.timelineOrder, .named("meta.timeline.finish"), "the timeline ends (\(timeline.finish)) before it starts (\(timeline.start))")
        }
    }

    mutating func checkPeriodsPhasesAndLegends() {
        let timeline = roadmap.meta.timeline
        periodIDs = uniqueIDs(roadmap.meta.periods.map(\.id), list: "meta.periods", pattern: .key)
        for (i, period) in roadmap.meta.periods.enumerated() where period.start.isValid && period.finish.isValid {
            if period.finish < period.start {
                findings.error(.periodOrder, .element("meta.periods", i, "finish"), id: Sanitized.inline(period.id),
                               "the period ends (\(period.finish)) before it starts (\(period.start))")
            } else if timeline.start.isValid, timeline.finish.isValid, !(timeline.contains(period.start) && timeline.contains(period.finish)) {
                findings.error(.periodInTimeline, .element("meta.periods", i), id: Sanitized.inline(period.id),
                               "the period \(period.start) – \(period.finish) lies outside the timeline \(timeline.start) – \(timeline.finish)")
            }
        }
        phaseIDs = uniqueIDs(roadmap.meta.phases.map(\.id), list: "meta.phases", pattern: .key)
        checkLegend(roadmap.meta.activityStatuses, list: "meta.activityStatuses", values: Activity.Status.allCases.map(\.rawValue), what: "activity status")
        checkLegend(roadmap.meta.teamStatuses, list: "meta.teamStatuses", values: TaskTeam.Status.allCases.map(\.rawValue), what: "team status")
        if let analysis = roadmap.changeAnalysis {
            checkLegend(analysis.columns, list: "changeAnalysis.columns", values: WorkingGroup.Disposition.allCases.map(\.rawValue), what: "disposition")
        }
    }

    /// A legend names values the program knows (the statuses, the dispositions): each entry's
    /// id must be one of them, and be given once.
    private mutating func checkLegend(_ entries: [LegendEntry], list: String, values: [String], what: String) {
        var seen = IDIndex()
        for (i, entry) in entries.enumerated() where !entry.id.isEmpty {
            let name = Sanitized.inline(entry.id)
            guard values.contains(where: { sameID($0, entry.id) }) else {
                findings.error(.legendValue, .element(list, i, "id"), id: name,
                               "\"\(name)\" is not a \(what) this program knows; expected one of " + values.map { "\"\($0)\"" }.joined(separator: ", "))
                continue
            }
            if let earlier = seen.insert(entry.id, at: i) {
                findings.error(.duplicateID, .element(list, i, "id"), id: name, "duplicate id, first used by \(list)[\(earlier)]")
            }
        }
    }
}
