/// What a what-if did: the activities whose dates moved, the new finish date, and whether the
/// critical path changed — what the explorer's header says after `+` or `-`.
public struct ScheduleChange: Sendable, Equatable {
    public struct Move: Hashable, Sendable {
        public var activity: Int
        /// Months the early start moved (positive: later).
        public var startDelta: Int
        public var finishDelta: Int
    }

    public let moved: [Move]
    /// Months the project finish moved.
    public let finishDelta: Int
    public let criticalPathChanged: Bool
    public let becameCritical: [Int]
    public let leftCriticalPath: [Int]

    public init(from before: Schedule, to after: Schedule) {
        var moved: [Move] = []
        var became: [Int] = []
        var left: [Int] = []
        for i in 0..<min(before.activityCount, after.activityCount) {
            let ds = after.earlyStart[i] - before.earlyStart[i]
            let df = after.earlyFinish[i] - before.earlyFinish[i]
            if ds != 0 || df != 0 { moved.append(Move(activity: i, startDelta: ds, finishDelta: df)) }
            let was = before.isCritical(i), now = after.isCritical(i)
            if now && !was { became.append(i) }
            if was && !now { left.append(i) }
        }
        self.moved = moved
        finishDelta = after.projectFinish - before.projectFinish
        criticalPathChanged = before.criticalPath != after.criticalPath
        becameCritical = became
        leftCriticalPath = left
    }
}
