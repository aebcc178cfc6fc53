/// The schedule as JSON, the export's contract with the tools that read it (tickets, sheets,
/// scripts). The top level describes the whole schedule; `activities` lists the chosen ones.
///
///     {
///       "projectStart": "2016-10",      the first early start
///       "projectFinish": "2018-03",     the last early finish (inclusive)
///       "timelineFinish": "2018-03",    the timeline's last month
///       "criticalPath": [ids],          critical activities, in schedule order
///       "teamCriticalPath": [ids],      teams carrying critical work, in order
///       "activities": [
///         {"id", "name" (in the language), "names": {"fr", "en"}, "area", "role" (canonical id),
///          "status", "team" (id or null), "plannedStart", "plannedFinish", "earlyStart",
///          "earlyFinish", "lateStart", "lateFinish" ("YYYY-MM", finishes inclusive),
///          "totalFloat", "freeFloat", "slip" (months), "critical" (bool)}
///       ]
///     }
///
/// The planned dates are the schedule's: with a what-if delay they include it, so that
/// plannedStart + slip = earlyStart always. Every text is sanitized (see `Sanitized.text`).
public enum ScheduleJSON {
    /// - Parameters:
    ///   - activities: indices into `roadmap.activities` to list, in that order; nil for all.
    ///   - language: the language of each activity's `name`.
    public static func bytes(_ scheduled: ScheduledRoadmap, activities: [Int]? = nil, language: Language) -> [UInt8] {
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let count = activities?.count ?? roadmap.activities.count
        var out = JSONBytes(mode: .sanitized, reservingCapacity: 1024 + count * 560)

        out.raw("{\n  ")
        out.key("projectStart"); out.month(schedule.projectStart); out.raw(",\n  ")
        out.key("projectFinish"); out.month(schedule.projectFinishMonth); out.raw(",\n  ")
        out.key("timelineFinish"); out.month(roadmap.meta.timeline.finish); out.raw(",\n  ")
        out.key("criticalPath")
        out.stringList(schedule.criticalPath.lazy.map { roadmap.activities[$0].id }, indent: 2, column: 18)
        out.raw(",\n  ")
        out.key("teamCriticalPath")
        out.stringList(scheduled.teams.criticalPath.lazy.map { roadmap.teams[$0].id }, indent: 2, column: 22)
        out.raw(",\n  ")
        out.key("activities")
        out.byte(UInt8(ascii: "["))

        var first = true
        func write(_ i: Int) {
            let activity = roadmap.activities[i]
            out.raw(first ? "\n    {\n      " : ",\n    {\n      ")
            first = false
            out.key("id"); out.string(activity.id); out.raw(", ")
            out.key("name"); out.string(activity.name[language]); out.raw(", ")
            out.key("names"); out.raw("{\"fr\": "); out.string(activity.name[.fr])
            out.raw(", \"en\": "); out.string(activity.name[.en]); out.raw("},\n      ")
            out.key("area"); out.string(activity.area); out.raw(", ")
            out.key("role"); out.string(activity.role); out.raw(", ")
            out.key("status"); out.string(activity.status.rawValue); out.raw(", ")
            out.key("team"); out.optionalString(activity.team); out.raw(",\n      ")
            let planned = schedule.plannedStart[i]
            out.key("plannedStart"); out.month(schedule.month(planned)); out.raw(", ")
            out.key("plannedFinish"); out.month(schedule.lastMonth(planned + schedule.duration[i])); out.raw(",\n      ")
            out.key("earlyStart"); out.month(schedule.month(schedule.earlyStart[i])); out.raw(", ")
            out.key("earlyFinish"); out.month(schedule.lastMonth(schedule.earlyFinish[i])); out.raw(", ")
            out.key("lateStart"); out.month(schedule.month(schedule.lateStart[i])); out.raw(", ")
            out.key("lateFinish"); out.month(schedule.lastMonth(schedule.lateFinish[i])); out.raw(",\n      ")
            out.key("totalFloat"); out.int(schedule.totalFloat[i]); out.raw(", ")
            out.key("freeFloat"); out.int(schedule.freeFloat[i]); out.raw(", ")
            out.key("slip"); out.int(schedule.slip(i)); out.raw(", ")
            out.key("critical"); out.bool(schedule.isCritical(i))
            out.raw("\n    }")
        }
        if let activities {
            for i in activities where roadmap.activities.indices.contains(i) { write(i) }
        } else {
            for i in roadmap.activities.indices { write(i) }
        }
        out.raw(first ? "]\n}\n" : "\n  ]\n}\n")
        return out.bytes
    }
}
