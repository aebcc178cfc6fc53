import RoadmapModel

/// How much of the plan is critical, and why, in one phrase for the top of the grid (issue 23):
/// "26 of 29 critical (no float): 19 end at the finish, Mar 2018; 7 lead to them". Derived
/// from the schedule on every drawing — what-ifs and the stated-only mode included — never
/// written down: the critical-path page (7) gives the chains themselves.
enum CriticalSummary {
    static func text(_ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let schedule = scheduled.schedule
        let total = scheduled.roadmap.activities.count
        let critical = schedule.criticalPath
        let fr = words.language == .fr
        guard !critical.isEmpty else {
            return fr ? "Aucune activité critique : chacune a de la marge" : "No critical activity: every one has float"
        }
        // Those that end with the project set the finish; the others hold one of them up.
        let ending = critical.filter { schedule.earlyFinish[$0] == schedule.projectFinish }.count
        let leading = critical.count - ending
        let finish = words.monthAndYear(schedule.projectFinishMonth)
        let head = fr ? "\(critical.count) \(critical.count > 1 ? "activités critiques" : "activité critique") sur \(total) (sans marge)"
            : "\(critical.count) of \(total) critical (no float)"
        let end: String
        switch (ending, leading) {
        case (_, 0):
            end = fr ? (ending > 1 ? "toutes finissent à l’échéance, \(finish)" : "elle finit à l’échéance, \(finish)")
                : (ending > 1 ? "all end at the finish, \(finish)" : "it ends at the finish, \(finish)")
        default:
            end = fr ? "\(ending) \(ending > 1 ? "finissent" : "finit") à l’échéance, \(finish) ; \(leading) y \(leading > 1 ? "mènent" : "mène")"
                : "\(ending) end\(ending == 1 ? "s" : "") at the finish, \(finish); \(leading) lead\(leading == 1 ? "s" : "") to \(ending == 1 ? "it" : "them")"
        }
        return head + words.colon + " " + end
    }
}
