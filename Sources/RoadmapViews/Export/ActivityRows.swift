import RoadmapModel

/// The activities of a view as table rows of plain values, in the order the roadmap page shows
/// them (by area, then file order): what the Markdown and CSV exports are made of.
struct ActivityRow {
    let index: Int
    let id: String
    let name: String
    let areaID: String
    let areaName: String
    let role: String
    let status: String
    let teamID: String
    let teamName: String
    let plannedStart: Month
    let plannedFinish: Month
    let earlyStart: Month
    let earlyFinish: Month
    let lateStart: Month
    let lateFinish: Month
    let totalFloat: Int
    let freeFloat: Int
    let slip: Int
    let critical: Bool
    let source: String

    /// One activity's row. The exports make each row as they write it, so that the rows of a
    /// hundred thousand activities never exist at once.
    static func make(_ i: Int, _ scheduled: ScheduledRoadmap, _ language: Language, _ words: Vocabulary) -> ActivityRow {
        let roadmap = scheduled.roadmap
        let s = scheduled.schedule
        let a = roadmap.activities[i]
        let team = a.team.flatMap { scheduled.teamIndex[$0] }.map { roadmap.teams[$0] }
        return ActivityRow(
            index: i, id: a.id, name: a.name[language], areaID: a.area,
            areaName: scheduled.areaIndex[a.area].map { roadmap.areas[$0].name[language] } ?? a.area,
            role: a.role, status: words.status(a.status), teamID: team?.id ?? "", teamName: team?.name[language] ?? "",
            plannedStart: s.month(s.plannedStart[i]), plannedFinish: s.lastMonth(s.plannedStart[i] + s.duration[i]),
            earlyStart: s.month(s.earlyStart[i]), earlyFinish: s.lastMonth(s.earlyFinish[i]),
            lateStart: s.month(s.lateStart[i]), lateFinish: s.lastMonth(s.lateFinish[i]),
            totalFloat: s.totalFloat[i], freeFloat: s.freeFloat[i], slip: s.slip(i), critical: s.isCritical(i),
            source: a.provenance.isInferred ? "inferred" : "seed")
    }

    /// Activities grouped by area, areas and activities in `order`: the order of the roadmap
    /// page.
    static func ordered(_ scheduled: ScheduledRoadmap, visible: [Int], order: RowOrder = .file) -> [Int] {
        let byArea = byArea(scheduled, visible: visible, order: order)
        return order.areaOrder(scheduled.roadmap.areas).flatMap { byArea[$0] }
    }

    /// The visible activities of each area, by the area's index, in `order` within an area
    /// (file order by default). The areas themselves come in `order.areaOrder`.
    static func byArea(_ scheduled: ScheduledRoadmap, visible: [Int], order: RowOrder = .file) -> [[Int]] {
        var byArea = [[Int]](repeating: [], count: scheduled.roadmap.areas.count)
        for i in visible {
            if let area = scheduled.areaIndex[scheduled.roadmap.activities[i].area] { byArea[area].append(i) }
        }
        if order != .file {
            for k in byArea.indices { order.sortActivities(&byArea[k], of: scheduled.roadmap.activities) }
        }
        return byArea
    }
}
