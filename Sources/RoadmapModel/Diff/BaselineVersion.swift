/// Another version of the roadmap that the current one is compared with (`--baseline
/// OLD.json`): the grid draws its bars as ghosts and the what-if panel lists the differences.
/// Not to be confused with `ScheduledRoadmap.baseline`, the same file before the what-ifs.
///
/// A class so that a `ScheduledRoadmap` can hold one that holds a `ScheduledRoadmap`; it is
/// immutable, and matched once to the current roadmap (by id), not on every key press.
public final class BaselineVersion: Sendable {
    /// How to name it (its path).
    public let name: String
    /// The older version, scheduled on its own dependencies, without what-ifs.
    public let old: ScheduledRoadmap
    /// Per activity of the current roadmap, the early months the baseline gives the activity
    /// with the same id, as offsets from the current timeline's first month (end exclusive);
    /// nil where the baseline has no such activity.
    public let bars: [Range<Int>?]

    public init(name: String, old: ScheduledRoadmap, current: ValidatedRoadmap) {
        self.name = name
        self.old = old
        let schedule = old.schedule
        // Offsets in the old schedule count from its timeline; the grid's from the current one's.
        let shift = old.roadmap.meta.timeline.start - current.roadmap.meta.timeline.start
        bars = current.roadmap.activities.map { activity in
            old.activityIndex[activity.id].map { (schedule.earlyStart[$0] + shift)..<(schedule.earlyFinish[$0] + shift) }
        }
    }

    /// The same baseline matched to another version of the current roadmap (a reload).
    public func matched(to current: ValidatedRoadmap) -> BaselineVersion {
        BaselineVersion(name: name, old: old, current: current)
    }
}
