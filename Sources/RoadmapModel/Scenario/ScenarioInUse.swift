/// The scenario a schedule's what-ifs came from: its name and its own delays, by activity
/// index. The what-ifs in force may differ from them (`--delay` flags added to a scenario, what-ifs
/// made in the explorer since): then the outputs say the scenario was changed rather than
/// give its name to delays it does not hold.
public struct ScenarioInUse: Hashable, Sendable {
    public var name: String
    /// Months by activity index, without the zeros (as `ScheduledRoadmap.delays`).
    public var delays: [Int: Int]

    public init(name: String, delays: [Int: Int]) {
        self.name = name
        self.delays = delays.filter { $0.value != 0 }
    }

    /// Whether `delays` (a schedule's what-ifs) are exactly this scenario's.
    public func isExactly(_ delays: [Int: Int]) -> Bool {
        self.delays == delays.filter { $0.value != 0 }
    }
}
