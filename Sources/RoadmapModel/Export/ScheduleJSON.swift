#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The schedule as JSON, the export's contract with the tools that read it (tickets, sheets,
/// scripts). The top level describes the whole schedule; `activities` lists the chosen ones.
///
///     {
///       "projectStart": "2016-10",      the first early start
///       "projectFinish": "2018-03",     the last early finish (inclusive)
///       "timelineFinish": "2018-03",    the timeline's last month
///       "baselineFinish": "2018-03",    the project finish without the what-if delays
///       "scenario": null,               or {"name", "changed", "delays"}: the what-ifs applied
///       "statedOnly": false,            true: the schedule leaves the inferred dependencies out
///       "dependenciesCounted": 18,      the dependencies the dates honour
///       "dependenciesTotal": 18,        the dependencies of the roadmap
///       "statusDate": null,             or "YYYY-MM": the month progress is reported to
///       "plannedFinish": null,          with a status date, the last planned finish of the file
///       "forecastFinish": null,         with a status date, projectFinish (the forecast)
///       "behind": 0,                    how many activities are behind
///       "criticalPath": [ids],          critical activities, in schedule order
///       "teamCriticalPath": [ids],      teams carrying critical work, in order
///       "activities": [
///         {"id", "name" (in the language), "names": {"fr", "en"}, "area", "role" (canonical id),
///          "roleAsPrinted" (the code as the file writes it, such as the alias Br), "status", "team" (id or null), "plannedStart", "plannedFinish" (as drawn in the roadmap),
///          "baselineStart", "baselineFinish" (the early dates without any delay), "delay"
///          (the what-if's months, 0 when none), "earlyStart",
///          "earlyFinish", "lateStart", "lateFinish" ("YYYY-MM", finishes inclusive),
///          "totalFloat", "freeFloat", "slip" (months), "critical" (bool),
///          "percentComplete" (0–100 or null), "actualStart", "actualFinish" ("YYYY-MM" or
///          null), "progress" ("not-started" | "under-way" | "finished", null without a status
///          date), "forecastFinish" (the early finish with a status date, else null), "behind"
///          (bool), "enteredFields" ([field names a person entered]), "enteredAt" (when, or null),
///          "source" ("seed" | "inferred"), "inferredFields" ([field names]; empty on an
///          inferred activity: all of it), "note" ({"fr", "en"} or null: why)}
///       ],
///       "dependencies": [
///         {"from", "to" (activity ids), "type" (FS, SS, FF, SF), "lag" (months), "binds" (it
///          decides its successor's early dates), "counted" (false: the stated-only schedule
///          leaves it out), "source", "inferredFields", "note"}
///       ]                               the links between the activities listed, file order
///     }
///
/// "Planned" is the plan as drawn in the roadmap file, with or without what-ifs; a what-if's
/// months are `delay`, and `slip` is what the dependencies add to them, so that
/// plannedStart + delay + slip = earlyStart always. Without what-ifs the baseline dates are the
/// early dates. `scenario` is null without what-ifs and without `--scenario`; otherwise
/// `delays` holds every delay applied (months by activity id, in the roadmap's order), `name`
/// the scenario they came from (null for bare `--delay` flags or the explorer's own what-ifs),
/// and `changed` is true when the delays are not exactly that scenario's (`--delay` flags
/// added to it, what-ifs made since). Every text is sanitized (see `Sanitized.text`).
public enum ScheduleJSON {
    /// - Parameters:
    ///   - activities: indices into `roadmap.activities` to list, in that order; nil for all.
    ///   - language: the language of each activity's `name`.
    ///   - scenario: the scenario the what-ifs came from, if any.
    public static func bytes(_ scheduled: ScheduledRoadmap, activities: [Int]? = nil, language: Language, scenario: ScenarioInUse? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        write(scheduled, activities: activities, language: language, scenario: scenario) { bytes += $0 }
        return bytes
    }

    /// The same bytes as `bytes`, handed to `sink` as they are made: the activities a batch at
    /// a time on every processor (`ParallelBatches`), each batch handed over while the next is
    /// written. The whole text was made first and then handed over: at 100,000 activities,
    /// 107 MB of fresh memory whose pages the kernel zeroed as they were first written — a
    /// sixth of the export's time, and a third of its memory.
    public static func write(_ scheduled: ScheduledRoadmap, activities: [Int]? = nil, language: Language,
                             scenario: ScenarioInUse? = nil, to sink: ([UInt8]) throws -> Void) rethrows {
        try write(scheduled, activities: activities, language: language, scenario: scenario, parallelFrom: 20_000, to: sink)
    }

    /// `write`, on every processor from `parallelFrom` activities (the tests compare it with
    /// the writing on one).
    static func write(_ scheduled: ScheduledRoadmap, activities: [Int]?, language: Language, scenario: ScenarioInUse?,
                      parallelFrom: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        let chosen = activities.map { $0.filter(scheduled.roadmap.activities.indices.contains) }
        let count = chosen?.count ?? scheduled.roadmap.activities.count
        try sink(head(scheduled, scenario: scenario).bytes)
        let slices = count >= parallelFrom ? 4 * min(4, max(1, ProcessorCount.available)) : 1
        try ParallelBatches.write(count: count, rowsPerSlice: 1024, slices: slices, to: sink) { rows, out in
            var json = JSONBytes(mode: .sanitized, reservingCapacity: rows.count * 640)
            for k in rows { write(chosen?[k] ?? k, first: k == 0, scheduled, language, into: &json) }
            json.append(to: &out)
        }
        try writeDependencies(scheduled, listed: chosen, count: count, slices: slices, to: sink)
    }

    /// The top level, up to the opening of the activities' list.
    private static func head(_ scheduled: ScheduledRoadmap, scenario: ScenarioInUse?) -> JSONBytes {
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        var head = JSONBytes(mode: .sanitized, reservingCapacity: 1024 + schedule.criticalPath.count * 16)
        head.raw("{\n  ")
        head.key("projectStart"); head.month(schedule.projectStart); head.raw(",\n  ")
        head.key("projectFinish"); head.month(schedule.projectFinishMonth); head.raw(",\n  ")
        head.key("timelineFinish"); head.month(roadmap.meta.timeline.finish); head.raw(",\n  ")
        head.key("baselineFinish"); head.month(scheduled.baseline.projectFinishMonth); head.raw(",\n  ")
        head.key("scenario"); writeScenario(scenario, scheduled, into: &head); head.raw(",\n  ")
        head.key("statedOnly"); head.bool(scheduled.statedOnly); head.raw(", ")
        head.key("dependenciesCounted"); head.int(scheduled.dependenciesCounted); head.raw(", ")
        head.key("dependenciesTotal"); head.int(scheduled.graph.edges.count); head.raw(",\n  ")
        head.key("statusDate"); if let x = scheduled.statusDate { head.month(x) } else { head.null() }; head.raw(", ")
        head.key("plannedFinish"); if let x = scheduled.plannedFinish { head.month(x) } else { head.null() }; head.raw(", ")
        head.key("forecastFinish"); if scheduled.hasProgress { head.month(schedule.projectFinishMonth) } else { head.null() }; head.raw(", ")
        head.key("behind"); head.int(scheduled.behindCount); head.raw(",\n  ")
        head.key("criticalPath")
        head.stringList(schedule.criticalPath.lazy.map { roadmap.activities[$0].id }, indent: 2, column: 18)
        head.raw(",\n  ")
        head.key("teamCriticalPath")
        head.stringList(scheduled.teams.criticalPath.lazy.map { roadmap.teams[$0].id }, indent: 2, column: 22)
        head.raw(",\n  ")
        head.key("activities")
        head.byte(UInt8(ascii: "["))
        return head
    }

    private static func write(_ i: Int, first: Bool, _ scheduled: ScheduledRoadmap, _ language: Language, into out: inout JSONBytes) {
        let schedule = scheduled.schedule
        let activity = scheduled.roadmap.activities[i]
        out.raw(first ? "\n    {\n      " : ",\n    {\n      ")
        out.key("id"); out.string(activity.id); out.raw(", ")
        out.key("name"); out.string(activity.name[language]); out.raw(", ")
        out.key("names"); out.raw("{\"fr\": "); out.string(activity.name[.fr])
        out.raw(", \"en\": "); out.string(activity.name[.en]); out.raw("},\n      ")
        out.key("area"); out.string(activity.area); out.raw(", ")
        out.key("role"); out.string(activity.role); out.raw(", ")
        out.key("roleAsPrinted"); out.string(activity.roleAsPrinted); out.raw(", ")
        out.key("status"); out.string(activity.status.rawValue); out.raw(", ")
        out.key("team"); out.optionalString(activity.team); out.raw(",\n      ")
        let baseline = scheduled.baseline
        let planned = baseline.plannedStart[i]
        out.key("plannedStart"); out.month(schedule.month(planned)); out.raw(", ")
        out.key("plannedFinish"); out.month(schedule.lastMonth(planned + schedule.duration[i])); out.raw(",\n      ")
        out.key("baselineStart"); out.month(baseline.month(baseline.earlyStart[i])); out.raw(", ")
        out.key("baselineFinish"); out.month(baseline.lastMonth(baseline.earlyFinish[i])); out.raw(", ")
        out.key("delay"); out.int(schedule.plannedStart[i] - planned); out.raw(",\n      ")
        out.key("earlyStart"); out.month(schedule.month(schedule.earlyStart[i])); out.raw(", ")
        out.key("earlyFinish"); out.month(schedule.lastMonth(schedule.earlyFinish[i])); out.raw(", ")
        out.key("lateStart"); out.month(schedule.month(schedule.lateStart[i])); out.raw(", ")
        out.key("lateFinish"); out.month(schedule.lastMonth(schedule.lateFinish[i])); out.raw(",\n      ")
        out.key("totalFloat"); out.int(schedule.totalFloat[i]); out.raw(", ")
        out.key("freeFloat"); out.int(schedule.freeFloat[i]); out.raw(", ")
        out.key("slip"); out.int(schedule.slip(i)); out.raw(", ")
        out.key("critical"); out.bool(schedule.isCritical(i)); out.raw(",\n      ")
        out.key("percentComplete"); if let x = activity.percentComplete { out.int(x) } else { out.null() }; out.raw(", ")
        out.key("actualStart"); if let x = activity.actualStart { out.month(x) } else { out.null() }; out.raw(", ")
        out.key("actualFinish"); if let x = activity.actualFinish { out.month(x) } else { out.null() }; out.raw(", ")
        out.key("progress"); out.optionalString(scheduled.progressState(i)?.rawValue); out.raw(", ")
        out.key("forecastFinish")
        if scheduled.hasProgress { out.month(schedule.lastMonth(schedule.earlyFinish[i])) } else { out.null() }
        out.raw(", ")
        out.key("behind"); out.bool(scheduled.isBehind(i)); out.raw(",\n      ")
        out.key("enteredFields"); out.stringList(activity.provenance.enteredFields, indent: 0, column: 0, width: .max); out.raw(", ")
        out.key("enteredAt"); out.optionalString(activity.provenance.enteredAt); out.raw(",\n      ")
        out.provenanceMembers(activity.provenance)
        out.raw("\n    }")
    }
}

extension ScheduleJSON {
    /// From the close of the activities' list (`count` of them) to the end: `"dependencies":
    /// [...]`, the links between the activities listed (every link, without a choice), in the
    /// file's order, so that one export rebuilds the network the dates come from: `from`, `to`
    /// (ids), `type`, `lag` (months), `binds` (decides its successor's early dates), `counted`
    /// (false for an inferred link the stated-only schedule leaves out), then `source`,
    /// `inferredFields`, `note`. Written a batch at a time as the activities are: made whole,
    /// the list was the export's last peak of memory (165 MB at a million activities).
    static func writeDependencies(_ scheduled: ScheduledRoadmap, listed: [Int]?, count: Int, slices: Int,
                                  to sink: ([UInt8]) throws -> Void) rethrows {
        let roadmap = scheduled.roadmap, graph = scheduled.graph
        var shown: [Bool]?
        if let listed {
            var flags = [Bool](repeating: false, count: roadmap.activities.count)
            for i in listed { flags[i] = true }
            shown = flags
        }
        let isShown: @Sendable (DependencyGraph.Edge) -> Bool = { [shown] edge in shown.map { $0[edge.from] && $0[edge.to] } ?? true }
        // Each link but the first written opens with a comma; which is first depends on the
        // choice, so it is found before the batches are written, each without the others.
        let firstShown = graph.edges.firstIndex(where: isShown)
        var open = JSONBytes(mode: .sanitized, reservingCapacity: 64)
        open.raw(count == 0 ? "],\n  " : "\n  ],\n  ")
        open.key("dependencies")
        open.byte(UInt8(ascii: "["))
        try sink(open.bytes)
        if let firstShown {
            try ParallelBatches.write(count: graph.edges.count - firstShown, rowsPerSlice: 4096, slices: slices, to: sink) { rows, out in
                var json = JSONBytes(mode: .sanitized, reservingCapacity: rows.count * 160)
                for k in rows where isShown(graph.edges[firstShown + k]) {
                    writeDependency(firstShown + k, first: k == 0, scheduled, into: &json)
                }
                json.append(to: &out)
            }
        }
        var close = JSONBytes(mode: .sanitized, reservingCapacity: 16)
        close.raw(firstShown == nil ? "]" : "\n  ]")
        close.raw("\n}\n")
        try sink(close.bytes)
    }

    private static func writeDependency(_ k: Int, first: Bool, _ scheduled: ScheduledRoadmap, into out: inout JSONBytes) {
        let roadmap = scheduled.roadmap, edge = scheduled.graph.edges[k]
        out.raw(first ? "\n    {" : ",\n    {")
        out.key("from"); out.string(roadmap.activities[edge.from].id); out.raw(", ")
        out.key("to"); out.string(roadmap.activities[edge.to].id); out.raw(", ")
        out.key("type"); out.string(edge.type.rawValue); out.raw(", ")
        out.key("lag"); out.int(edge.lag); out.raw(", ")
        out.key("binds"); out.bool(scheduled.schedule.binding[k]); out.raw(", ")
        out.key("counted"); out.bool(scheduled.schedule.counts(k)); out.raw(", ")
        out.provenanceMembers(roadmap.dependencies[edge.dependencyIndex].provenance)
        out.byte(UInt8(ascii: "}"))
    }

    /// `null`, or `{"name": …|null, "changed": bool, "delays": {"id": months, …}}`.
    static func writeScenario(_ scenario: ScenarioInUse?, _ scheduled: ScheduledRoadmap, into out: inout JSONBytes) {
        guard scenario != nil || !scheduled.delays.isEmpty else { return out.null() }
        out.byte(UInt8(ascii: "{"))
        out.key("name"); out.optionalString(scenario?.name); out.raw(", ")
        out.key("changed"); out.bool(scenario.map { !$0.isExactly(scheduled.delays) } ?? false); out.raw(", ")
        out.key("delays"); out.byte(UInt8(ascii: "{"))
        for (k, delay) in Scenario.delays(scheduled.delays, of: scheduled.roadmap).enumerated() {
            if k > 0 { out.raw(", ") }
            out.dataKey(delay.activity)
            out.int(delay.months)
        }
        out.raw("}}")
    }
}

/// Slots that concurrent slices of work each fill one of, never the same.
public struct SendableSlots<T>: @unchecked Sendable {
    public let slots: UnsafeMutableBufferPointer<T>
    public init(_ slots: UnsafeMutableBufferPointer<T>) { self.slots = slots }
}

public enum ProcessorCount {
    /// The processors online.
    public static var available: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
