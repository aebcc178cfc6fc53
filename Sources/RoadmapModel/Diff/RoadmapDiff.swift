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

    /// Whether the two say the same: no activity or dependency differs and neither do the schedules.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && dependencies.isEmpty && schedule.isEmpty
    }

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
        for (n, activity) in newActivities.enumerated() {
            guard let o = old.activityIndex[activity.id] else { added.append(n); continue }
            matchedOld[o] = true
            pairs.append((o, n))
            let changes = Self.fieldChanges(oldActivities[o], activity)
            if !changes.isEmpty { changed.append(ChangedActivity(old: o, new: n, changes: changes)) }
        }
        self.added = added
        self.removed = matchedOld.indices.filter { !matchedOld[$0] }
        self.changed = changed
        dependencies = Self.dependencyChanges(old.roadmap.dependencies, new.roadmap.dependencies)
        schedule = Self.scheduleDifference(old, new, pairs)
    }

    /// Convenience for two validated roadmaps and their what-if delays by activity index.
    public init(old: ValidatedRoadmap, oldDelays: [Int: Int] = [:], new: ValidatedRoadmap, newDelays: [Int: Int] = [:]) {
        self.init(old: ScheduledRoadmap(old, delays: oldDelays), new: ScheduledRoadmap(new, delays: newDelays))
    }

    // MARK: - Activities

    static func fieldChanges(_ a: Activity, _ b: Activity) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: Field, _ x: String?, _ y: String?, inferredField: String? = nil) {
            let same: Bool
            switch (x, y) {
            case let (x?, y?): same = sameID(x, y)
            case (nil, nil): same = true
            default: same = false
            }
            if !same {
                changes.append(FieldChange(field: field, old: x, new: y, inferred: inferredField.map(b.provenance.infers) ?? false))
            }
        }
        // Names compare as written (bytes): a re-encoded accent is a change a reader can be shown.
        compare(.nameFr, a.name.fr, b.name.fr, inferredField: "name")
        compare(.nameEn, a.name.en, b.name.en, inferredField: "name")
        compare(.area, a.area, b.area, inferredField: "area")
        // The role as the file prints it: Br → Int is a change in the file even if it means the same.
        compare(.role, a.roleAsPrinted, b.roleAsPrinted, inferredField: "role")
        compare(.status, a.status.rawValue, b.status.rawValue, inferredField: "status")
        compare(.team, a.team, b.team, inferredField: "team")
        compare(.start, a.start.description, b.start.description, inferredField: "start")
        compare(.finish, a.finish.description, b.finish.description, inferredField: "finish")
        return changes
    }

    // MARK: - Dependencies

    /// Dependencies match by from, to and type; a pair given twice in a file matches in order.
    static func dependencyChanges(_ old: [Dependency], _ new: [Dependency]) -> Dependencies {
        // First index of each key, then a chain to the next with the same key: duplicates are
        // legal (validation warns), and must pair one to one.
        var first = IDIndex(capacity: old.count)
        var next = [Int](repeating: -1, count: old.count)
        var last: [Int] = Array(repeating: -1, count: old.count)
        for (i, dependency) in old.enumerated() {
            if let head = first.insert(key(dependency), at: i) {
                let tail = last[head]
                next[tail] = i
                last[head] = i
            } else {
                last[i] = i
            }
        }
        // Per key head, the next old dependency not yet matched.
        var cursor: [Int: Int] = [:]
        var matched = [Bool](repeating: false, count: old.count)
        var added: [Int] = []
        var changed: [ChangedDependency] = []
        for (n, dependency) in new.enumerated() {
            guard let head = first[key(dependency)] else { added.append(n); continue }
            let o = cursor[head] ?? head
            guard o >= 0 else { added.append(n); continue }
            cursor[head] = next[o]
            matched[o] = true
            let before = old[o]
            if before.lag != dependency.lag || before.provenance.source != dependency.provenance.source {
                changed.append(ChangedDependency(old: o, new: n))
            }
        }
        return Dependencies(added: added, removed: matched.indices.filter { !matched[$0] }, changed: changed)
    }

    /// Ids are validated (no control characters), so a NUL cannot occur in one and separates them.
    private static func key(_ d: Dependency) -> String { d.from + "\u{0}" + d.to + "\u{0}" + d.type.rawValue }

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
