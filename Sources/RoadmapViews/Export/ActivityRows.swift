import RoadmapModel

/// The activities of a view as table rows of plain values, in the order the roadmap page shows
/// them (by area, then file order): what the Markdown and CSV exports are made of.
struct ActivityRow {
    let index: Int
    let id: String
    let name: String
    let areaID: String
    let areaName: String
    /// The canonical role code, whose meaning every filter and colour follows, and the role's
    /// name in the view's language.
    let role: String
    let roleName: String
    /// The code as the file writes it (the seed prints Br for some Int activities).
    let roleAsPrinted: String
    /// The status as the file writes it (new, ongoing), and its name in the view's language.
    let status: String
    let statusName: String
    let teamID: String
    let teamName: String
    /// The plan as drawn in the roadmap, what-ifs or not.
    let plannedStart: Month
    let plannedFinish: Month
    /// The what-if's months on this activity (0 when none), and its early dates without any.
    let delay: Int
    let baselineStart: Month
    let baselineFinish: Month
    let earlyStart: Month
    let earlyFinish: Month
    let lateStart: Month
    let lateFinish: Month
    let totalFloat: Int
    let freeFloat: Int
    let slip: Int
    let critical: Bool
    let provenance: Provenance
    /// Progress as of the status date (nil without one: nothing is reported): the file's
    /// values, where the activity stands, and whether it is behind. The forecast finish is the
    /// early finish then.
    let progress: ScheduleProgress.State?
    let percentComplete: Int?
    let actualStart: Month?
    let actualFinish: Month?
    let behind: Bool

    /// One activity's row. The exports make each row as they write it, so that the rows of a
    /// hundred thousand activities never exist at once.
    static func make(_ i: Int, _ scheduled: ScheduledRoadmap, _ language: Language, _ words: Vocabulary) -> ActivityRow {
        let roadmap = scheduled.roadmap
        let s = scheduled.schedule
        let b = scheduled.baseline
        let a = roadmap.activities[i]
        let team = a.team.flatMap { scheduled.teamIndex[$0] }.map { roadmap.teams[$0] }
        return ActivityRow(
            index: i, id: a.id, name: a.name[language], areaID: a.area,
            areaName: scheduled.areaIndex[a.area].map { roadmap.areas[$0].name[language] } ?? a.area,
            role: a.role, roleName: scheduled.roleName(a.role, language), roleAsPrinted: a.roleAsPrinted,
            status: a.status.rawValue, statusName: words.status(a.status), teamID: team?.id ?? "", teamName: team?.name[language] ?? "",
            plannedStart: b.month(b.plannedStart[i]), plannedFinish: b.lastMonth(b.plannedStart[i] + b.duration[i]),
            delay: s.plannedStart[i] - b.plannedStart[i], baselineStart: b.month(b.earlyStart[i]), baselineFinish: b.lastMonth(b.earlyFinish[i]),
            earlyStart: s.month(s.earlyStart[i]), earlyFinish: s.lastMonth(s.earlyFinish[i]),
            lateStart: s.month(s.lateStart[i]), lateFinish: s.lastMonth(s.lateFinish[i]),
            totalFloat: s.totalFloat[i], freeFloat: s.freeFloat[i], slip: s.slip(i), critical: s.isCritical(i),
            provenance: a.provenance, progress: scheduled.progressState(i), percentComplete: a.percentComplete,
            actualStart: a.actualStart, actualFinish: a.actualFinish, behind: scheduled.isBehind(i))
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
            for k in byArea.indices { order.sortActivities(&byArea[k], in: scheduled) }
        }
        return byArea
    }
}

extension ScheduledRoadmap {
    /// A role's name by its code, the code itself when no role has it.
    func roleName(_ code: String, _ language: Language) -> String {
        roadmap.roles.first { $0.id == code }?.name[language] ?? code
    }
}
