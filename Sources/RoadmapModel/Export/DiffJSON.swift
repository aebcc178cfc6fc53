/// `roadmap diff --format json`, a contract for scripts. The top level has exactly these keys:
///
///     {
///       "files": {"old": "…", "new": "…"},          how the two versions were named
///       "added":   [activity],                       in the new file's order
///       "removed": [activity],                       in the old file's order
///       "changed": [{"id", "name": {fr, en} (new), "changes": [{"field", "old", "new", "inferred"}]}],
///       "dependencies": {"added": [link], "removed": [link],
///                        "changed": [{"from", "to", "type", "oldLag", "newLag", "oldSource", "newSource", "note"}]},
///       "schedule": {"finishBefore", "finishAfter", "finishDelta",
///                    "moved": [{"id", "earlyStartBefore", "earlyFinishBefore", "earlyStartAfter", "earlyFinishAfter",
///                               "startDelta", "finishDelta"}],
///                    "newlyCritical": [ids], "noLongerCritical": [ids],
///                    "teamCriticalPath": {"before": [ids], "after": [ids], "joined": [ids], "left": [ids]}},
///       "statusDate": {"before": "YYYY-MM" or null, "after": "YYYY-MM" or null}
///     }
///
/// activity: `{"id", "name": {fr, en}, "area", "role" (as printed), "status", "team" (or null),
/// "start", "finish" (planned, "YYYY-MM"), "earlyStart", "earlyFinish" (in its own version's
/// schedule), "critical", "source", "inferredFields", "note"}`; link: `{"from", "to", "type",
/// "lag", "source", "inferredFields", "note"}`. `field` is one of `name.fr`, `name.en`, `area`,
/// `role`, `status`, `team`, `start`, `finish`, and for progress `percentComplete`, `actualStart`,
/// `actualFinish`; `old`/`new` are strings or null (no team, no progress).
public enum DiffJSON {
    public static func bytes(_ diff: RoadmapDiff, oldName: String, newName: String) -> [UInt8] {
        var out = JSONBytes(mode: .sanitized, reservingCapacity: 4096 + (diff.schedule.moved.count + diff.added.count + diff.removed.count) * 160)
        out.raw("{\n  ")
        out.key("files"); out.raw("{"); out.key("old"); out.string(oldName); out.raw(", "); out.key("new"); out.string(newName); out.raw("},\n  ")

        out.key("added")
        list(&out, diff.added) { out, i in activity(&out, diff.new, i) }
        out.raw(",\n  ")
        out.key("removed")
        list(&out, diff.removed) { out, i in activity(&out, diff.old, i) }
        out.raw(",\n  ")
        out.key("changed")
        list(&out, diff.changed) { out, change in
            let a = diff.new.roadmap.activities[change.new]
            out.raw("{"); out.key("id"); out.string(a.id); out.raw(", ")
            out.key("name"); out.localized(a.name); out.raw(", ")
            out.key("changes"); out.raw("[")
            for (k, field) in change.changes.enumerated() {
                if k > 0 { out.raw(", ") }
                out.raw("{"); out.key("field"); out.rawUTF8("\"" + field.field.rawValue + "\""); out.raw(", ")
                out.key("old"); out.optionalString(field.old); out.raw(", ")
                out.key("new"); out.optionalString(field.new); out.raw(", ")
                out.key("inferred"); out.bool(field.inferred); out.raw("}")
            }
            out.raw("]}")
        }
        out.raw(",\n  ")

        out.key("dependencies"); out.raw("{\n    ")
        out.key("added")
        list(&out, diff.dependencies.added, indent: 4) { out, i in link(&out, diff.new.roadmap.dependencies[i]) }
        out.raw(",\n    ")
        out.key("removed")
        list(&out, diff.dependencies.removed, indent: 4) { out, i in link(&out, diff.old.roadmap.dependencies[i]) }
        out.raw(",\n    ")
        out.key("changed")
        list(&out, diff.dependencies.changed, indent: 4) { out, change in
            let a = diff.old.roadmap.dependencies[change.old], b = diff.new.roadmap.dependencies[change.new]
            out.raw("{"); out.key("from"); out.string(b.from); out.raw(", ")
            out.key("to"); out.string(b.to); out.raw(", ")
            out.key("type"); out.string(b.type.rawValue); out.raw(", ")
            out.key("oldLag"); out.int(a.lag); out.raw(", ")
            out.key("newLag"); out.int(b.lag); out.raw(", ")
            out.key("oldSource"); out.string(a.provenance.source.rawValue); out.raw(", ")
            out.key("newSource"); out.string(b.provenance.source.rawValue); out.raw(", ")
            out.key("note"); out.optionalLocalized(b.provenance.note); out.raw("}")
        }
        out.raw("\n  },\n  ")

        let schedule = diff.schedule
        let before = diff.old.schedule, after = diff.new.schedule
        out.key("schedule"); out.raw("{\n    ")
        out.key("finishBefore"); out.month(schedule.finishBefore); out.raw(", ")
        out.key("finishAfter"); out.month(schedule.finishAfter); out.raw(", ")
        out.key("finishDelta"); out.int(schedule.finishDelta); out.raw(",\n    ")
        out.key("moved")
        list(&out, schedule.moved, indent: 4) { out, move in
            out.raw("{"); out.key("id"); out.string(diff.new.roadmap.activities[move.new].id); out.raw(", ")
            out.key("earlyStartBefore"); out.month(before.month(before.earlyStart[move.old])); out.raw(", ")
            out.key("earlyFinishBefore"); out.month(before.lastMonth(before.earlyFinish[move.old])); out.raw(", ")
            out.key("earlyStartAfter"); out.month(after.month(after.earlyStart[move.new])); out.raw(", ")
            out.key("earlyFinishAfter"); out.month(after.lastMonth(after.earlyFinish[move.new])); out.raw(", ")
            out.key("startDelta"); out.int(move.startDelta); out.raw(", ")
            out.key("finishDelta"); out.int(move.finishDelta); out.raw("}")
        }
        out.raw(",\n    ")
        out.key("newlyCritical")
        out.stringList(schedule.newlyCritical.lazy.map { diff.new.roadmap.activities[$0].id }, indent: 4, column: 21)
        out.raw(",\n    ")
        out.key("noLongerCritical")
        out.stringList(schedule.noLongerCritical.lazy.map { diff.old.roadmap.activities[$0].id }, indent: 4, column: 24)
        out.raw(",\n    ")
        out.key("teamCriticalPath"); out.raw("{")
        out.key("before"); out.stringList(schedule.teamCriticalPathBefore, indent: 6, column: 30); out.raw(", ")
        out.key("after"); out.stringList(schedule.teamCriticalPathAfter, indent: 6, column: 30); out.raw(", ")
        out.key("joined"); out.stringList(schedule.teamsJoined, indent: 6, column: 30); out.raw(", ")
        out.key("left"); out.stringList(schedule.teamsLeft, indent: 6, column: 30); out.raw("}")
        out.raw("\n  },\n  ")
        out.key("statusDate"); out.raw("{")
        out.key("before"); if let x = diff.statusDateBefore { out.month(x) } else { out.null() }; out.raw(", ")
        out.key("after"); if let x = diff.statusDateAfter { out.month(x) } else { out.null() }; out.raw("}")
        out.raw("\n}\n")
        return out.bytes
    }

    /// `[]`, or one element a line.
    private static func list<T>(_ out: inout JSONBytes, _ items: [T], indent: Int = 2, _ element: (inout JSONBytes, T) -> Void) {
        out.raw("[")
        for (k, item) in items.enumerated() {
            if k > 0 { out.raw(",") }
            out.newline(indent: indent + 2)
            element(&out, item)
        }
        if !items.isEmpty { out.newline(indent: indent) }
        out.raw("]")
    }

    private static func activity(_ out: inout JSONBytes, _ scheduled: ScheduledRoadmap, _ i: Int) {
        let a = scheduled.roadmap.activities[i], s = scheduled.schedule
        out.raw("{"); out.key("id"); out.string(a.id); out.raw(", ")
        out.key("name"); out.localized(a.name); out.raw(", ")
        out.key("area"); out.string(a.area); out.raw(", ")
        out.key("role"); out.string(a.roleAsPrinted); out.raw(", ")
        out.key("status"); out.string(a.status.rawValue); out.raw(", ")
        out.key("team"); out.optionalString(a.team); out.raw(", ")
        out.key("start"); out.month(a.start); out.raw(", ")
        out.key("finish"); out.month(a.finish); out.raw(", ")
        out.key("earlyStart"); out.month(s.month(s.earlyStart[i])); out.raw(", ")
        out.key("earlyFinish"); out.month(s.lastMonth(s.earlyFinish[i])); out.raw(", ")
        out.key("critical"); out.bool(s.isCritical(i)); out.raw(", ")
        out.provenanceMembers(a.provenance)
        out.raw("}")
    }

    private static func link(_ out: inout JSONBytes, _ d: Dependency) {
        out.raw("{"); out.key("from"); out.string(d.from); out.raw(", ")
        out.key("to"); out.string(d.to); out.raw(", ")
        out.key("type"); out.string(d.type.rawValue); out.raw(", ")
        out.key("lag"); out.int(d.lag); out.raw(", ")
        out.provenanceMembers(d.provenance)
        out.raw("}")
    }
}
