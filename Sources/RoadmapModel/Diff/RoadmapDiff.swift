/// What changed from one version of a roadmap to another, matched by activity id (bytes, as
/// `IDIndex` compares them): the activities added, removed and changed field by field, the
/// dependencies added, removed and changed, and what the two schedules say differently.
///
/// Each side is a `ScheduledRoadmap` — a validated roadmap with its what-if delays by activity
/// index — so a side can be a file as written or the same file with a scenario applied.
/// Everything is one pass over each side with hashed lookups into the other: linear in the
/// size of the two roadmaps. An id that is renamed reads as one removed and one added, since
/// nothing else says the two are the same activity.
public struct RoadmapDiff: Sendable {
    /// An activity field the diff compares; `rawValue` is the name the JSON uses.
    public enum Field: String, CaseIterable, Sendable {
        case nameFr = "name.fr", nameEn = "name.en", area, role, status, team, start, finish
        case percentComplete, actualStart, actualFinish

        /// Progress as of the status date, reported apart from the plan's changes.
        public var isProgress: Bool { self == .percentComplete || self == .actualStart || self == .actualFinish }
    }

    /// One field, old → new; nil where the value is absent (an activity with no team).
    public struct FieldChange: Hashable, Sendable {
        public var field: Field
        public var old: String?
        public var new: String?
        /// Whether the new value is one the new file marks inferred (its dates, say).
        public var inferred: Bool
    }

    /// An activity in both versions with at least one field changed.
    public struct ChangedActivity: Hashable, Sendable {
        public var old: Int
        public var new: Int
        public var changes: [FieldChange]
    }

    /// A dependency in both versions (same from, to and type) whose lag or provenance changed.
    public struct ChangedDependency: Hashable, Sendable {
        public var old: Int
        public var new: Int
    }

    public struct Dependencies: Sendable {
        /// Indices into the new roadmap's dependencies.
        public var added: [Int]
        /// Indices into the old roadmap's dependencies.
        public var removed: [Int]
        public var changed: [ChangedDependency]
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// An activity in both versions whose early dates moved.
    public struct Move: Hashable, Sendable {
        public var old: Int
        public var new: Int
        /// Months the early start moved (positive: later).
        public var startDelta: Int
        public var finishDelta: Int
    }

    public struct ScheduleDifference: Sendable {
        public var finishBefore: Month
        public var finishAfter: Month
        public var finishDelta: Int { finishAfter - finishBefore }
        /// In the new roadmap's order.
        public var moved: [Move]
        /// New indices of activities in both versions, critical now and not before.
        public var newlyCritical: [Int]
        /// Old indices of activities in both versions, critical before and not now.
        public var noLongerCritical: [Int]
        /// The team critical path (team ids, in the order their critical work starts).
        public var teamCriticalPathBefore: [String]
        public var teamCriticalPathAfter: [String]
        /// Teams on the new team critical path and not on the old, and the reverse.
        public var teamsJoined: [String]
        public var teamsLeft: [String]
        public var teamCriticalPathChanged: Bool { teamCriticalPathBefore != teamCriticalPathAfter }

        public var isEmpty: Bool {
            finishDelta == 0 && moved.isEmpty && newlyCritical.isEmpty && noLongerCritical.isEmpty && !teamCriticalPathChanged
        }
    }

    public let old: ScheduledRoadmap
    public let new: ScheduledRoadmap
    /// Indices into the new roadmap's activities, in its order.
    public let added: [Int]
    /// Indices into the old roadmap's activities, in its order.
    public let removed: [Int]
    /// In the new roadmap's order.
    public let changed: [ChangedActivity]
    public let dependencies: Dependencies
    public let schedule: ScheduleDifference
    /// The month each version reports progress to (nil: no status date).
    public let statusDateBefore: Month?
    public let statusDateAfter: Month?

    /// Whether the two say the same: no activity or dependency differs and neither do the
    /// schedules nor the status dates.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && dependencies.isEmpty && schedule.isEmpty && statusDateBefore == statusDateAfter
    }

    /// The activities whose progress changed ("Cloud: 40 % → 65 %, started 2016-10"), in the
    /// new roadmap's order.
    public var progressChanged: [ChangedActivity] { changed.filter { $0.changes.contains { $0.field.isProgress } } }

    /// The activities whose plan changed (any field but progress), in the new roadmap's order.
    public var planChanged: [ChangedActivity] { changed.filter { $0.changes.contains { !$0.field.isProgress } } }

    public init(old: ScheduledRoadmap, new: ScheduledRoadmap) {
        self.old = old
        self.new = new
        let oldActivities = old.roadmap.activities, newActivities = new.roadmap.activities

        // The new side's activities looked up in the old by id; validation made each id unique.
        var matchedOld = [Bool](repeating: false, count: oldActivities.count)
        var added: [Int] = []
        var changed: [ChangedActivity] = []
        var pairs: [(old: Int, new: Int)] = []
        pairs.reserveCapacity(newActivities.count)
        var newToOld = [Int](repeating: -1, count: newActivities.count)
        for (n, activity) in newActivities.enumerated() {
            guard let o = old.activityIndex[activity.id] else { added.append(n); continue }
            matchedOld[o] = true
            newToOld[n] = o
            pairs.append((o, n))
            let changes = Self.fieldChanges(oldActivities[o], activity)
            if !changes.isEmpty { changed.append(ChangedActivity(old: o, new: n, changes: changes)) }
        }
        self.added = added
        self.removed = matchedOld.indices.filter { !matchedOld[$0] }
        self.changed = changed
        dependencies = Self.dependencyChanges(old.validated, new.validated, newToOld: newToOld)
        schedule = Self.scheduleDifference(old, new, pairs)
        statusDateBefore = old.roadmap.statusDate
        statusDateAfter = new.roadmap.statusDate
    }

    /// Convenience for two validated roadmaps and their what-if delays by activity index.
    public init(old: ValidatedRoadmap, oldDelays: [Int: Int] = [:], new: ValidatedRoadmap, newDelays: [Int: Int] = [:]) {
        self.init(old: ScheduledRoadmap(old, delays: oldDelays), new: ScheduledRoadmap(new, delays: newDelays))
    }

    // MARK: - Activities

    /// Values are compared first and written out only when they differ: most activities of
    /// a revision are unchanged, and a month's text costs an allocation.
    static func fieldChanges(_ a: Activity, _ b: Activity) -> [FieldChange] {
        var changes: [FieldChange] = []
        func add(_ field: Field, _ x: String?, _ y: String?, _ inferredField: String) {
            changes.append(FieldChange(field: field, old: x, new: y, inferred: b.provenance.infers(inferredField)))
        }
        // Names compare as written (bytes): a re-encoded accent is a change a reader can be shown.
        if !sameID(a.name.fr, b.name.fr) { add(.nameFr, a.name.fr, b.name.fr, "name") }
        if !sameID(a.name.en, b.name.en) { add(.nameEn, a.name.en, b.name.en, "name") }
        if !sameID(a.area, b.area) { add(.area, a.area, b.area, "area") }
        // The role as the file prints it: Br → Int is a change in the file even if it means the same.
        if !sameID(a.roleAsPrinted, b.roleAsPrinted) { add(.role, a.roleAsPrinted, b.roleAsPrinted, "role") }
        if a.status != b.status { add(.status, a.status.rawValue, b.status.rawValue, "status") }
        switch (a.team, b.team) {
        case let (x?, y?) where sameID(x, y): break
        case (nil, nil): break
        default: add(.team, a.team, b.team, "team")
        }
        if a.start != b.start { add(.start, a.start.description, b.start.description, "start") }
        if a.finish != b.finish { add(.finish, a.finish.description, b.finish.description, "finish") }
        if a.percentComplete != b.percentComplete { add(.percentComplete, a.percentComplete.map(String.init), b.percentComplete.map(String.init), "percentComplete") }
        if a.actualStart != b.actualStart { add(.actualStart, a.actualStart?.description, b.actualStart?.description, "actualStart") }
        if a.actualFinish != b.actualFinish { add(.actualFinish, a.actualFinish?.description, b.actualFinish?.description, "actualFinish") }
        return changes
    }

    // MARK: - Dependencies

    /// Dependencies match by from, to and type; a pair given twice in a file matches in order.
    /// Their ends are read from each side's graph (activity indices, resolved at validation)
    /// and the new side's mapped to the old's, so no id is hashed again.
    static func dependencyChanges(_ old: ValidatedRoadmap, _ new: ValidatedRoadmap, newToOld: [Int]) -> Dependencies {
        let oldLinks = old.roadmap.dependencies, newLinks = new.roadmap.dependencies
        func ends(_ validated: ValidatedRoadmap, map: (Int) -> Int) -> [Key] {
            var keys = [Key](repeating: Key(from: -1, to: -1, type: .FS), count: validated.roadmap.dependencies.count)
            for edge in validated.graph.edges where keys.indices.contains(edge.dependencyIndex) {
                keys[edge.dependencyIndex] = Key(from: map(edge.from), to: map(edge.to), type: edge.type)
            }
            return keys
        }
        let oldKeys = ends(old) { $0 }, newKeys = ends(new) { newToOld[$0] }

        // First index of each key, then a chain to the next with the same key: duplicates are
        // legal (validation warns), and must pair one to one.
        var first: [Key: Int] = [:]
        first.reserveCapacity(oldLinks.count)
        var next = [Int](repeating: -1, count: oldLinks.count)
        var last = [Int](repeating: -1, count: oldLinks.count)
        for (i, key) in oldKeys.enumerated() where key.from >= 0 && key.to >= 0 {
            if let head = first[key] {
                next[last[head]] = i
                last[head] = i
            } else {
                first[key] = i
                last[i] = i
            }
        }
        // Per key head, the next old dependency not yet matched.
        var cursor: [Int: Int] = [:]
        var matched = [Bool](repeating: false, count: oldLinks.count)
        var added: [Int] = []
        var changed: [ChangedDependency] = []
        for (n, key) in newKeys.enumerated() {
            guard key.from >= 0, key.to >= 0, let head = first[key] else { added.append(n); continue }
            let o = cursor[head] ?? head
            guard o >= 0 else { added.append(n); continue }
            cursor[head] = next[o]
            matched[o] = true
            let before = oldLinks[o], after = newLinks[n]
            if before.lag != after.lag || before.provenance.source != after.provenance.source {
                changed.append(ChangedDependency(old: o, new: n))
            }
        }
        return Dependencies(added: added, removed: matched.indices.filter { !matched[$0] }, changed: changed)
    }

    /// A dependency's ends as old activity indices (-1: an activity the old version lacks).
    struct Key: Hashable {
        var from: Int
        var to: Int
        var type: Dependency.Kind
    }

    // MARK: - Schedule

    static func scheduleDifference(_ old: ScheduledRoadmap, _ new: ScheduledRoadmap, _ pairs: [(old: Int, new: Int)]) -> ScheduleDifference {
        let before = old.schedule, after = new.schedule
        var moved: [Move] = []
        var became: [Int] = []
        var left: [Int] = []
        // Offsets are from each side's own timeline start: compare calendar months.
        let shift = new.roadmap.meta.timeline.start - old.roadmap.meta.timeline.start
        for (o, n) in pairs {
            let ds = after.earlyStart[n] + shift - before.earlyStart[o]
            let df = after.earlyFinish[n] + shift - before.earlyFinish[o]
            if ds != 0 || df != 0 { moved.append(Move(old: o, new: n, startDelta: ds, finishDelta: df)) }
            let was = before.isCritical(o), now = after.isCritical(n)
            if now && !was { became.append(n) }
            if was && !now { left.append(o) }
        }
        left.sort()
        let teamsBefore = old.teamCriticalPathIDs, teamsAfter = new.teamCriticalPathIDs
        let beforeIndex = IDIndex(teamsBefore), afterIndex = IDIndex(teamsAfter)
        return ScheduleDifference(
            finishBefore: before.projectFinishMonth, finishAfter: after.projectFinishMonth,
            moved: moved, newlyCritical: became, noLongerCritical: left,
            teamCriticalPathBefore: teamsBefore, teamCriticalPathAfter: teamsAfter,
            teamsJoined: teamsAfter.filter { beforeIndex[$0] == nil },
            teamsLeft: teamsBefore.filter { afterIndex[$0] == nil })
    }
}
