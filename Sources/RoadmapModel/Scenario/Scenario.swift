/// A what-if kept in a file: the delays, by activity id, that a planner wants to argue about,
/// with a name for them and, optionally, the roadmap they were made on. It holds ids rather
/// than indices so that it outlives any one loading of the roadmap; `ScenarioReading.delays`
/// turns them into the indices of a validated roadmap.
public struct Scenario: Hashable, Sendable {
    public struct Delay: Hashable, Sendable {
        public var activity: String
        /// Months added to the activity's planned start; negative advances it.
        public var months: Int

        public init(activity: String, months: Int) {
            self.activity = activity
            self.months = months
        }
    }

    /// The only `scenarioVersion` this program reads and writes.
    public static let version = 1
    /// The most months a delay may move an activity either way, in a scenario as in `--delay`:
    /// it keeps month arithmetic far from overflow whatever a file says.
    public static let monthsBound = 1200

    public var name: String
    /// The roadmap file, relative to the scenario's folder (or absolute); nil when the
    /// scenario does not say.
    public var roadmap: String?
    /// In the order the file lists them (the roadmap's order when the explorer writes them).
    public var delays: [Delay]
    public var note: String?

    public init(name: String, roadmap: String? = nil, delays: [Delay], note: String? = nil) {
        self.name = name
        self.roadmap = roadmap
        self.delays = delays
        self.note = note
    }

    /// The delays of a schedule's what-ifs, in the roadmap's order, without the zeros.
    public static func delays(_ byActivity: [Int: Int], of roadmap: Roadmap) -> [Delay] {
        byActivity.filter { $0.value != 0 && roadmap.activities.indices.contains($0.key) }
            .sorted { $0.key < $1.key }
            .map { Delay(activity: roadmap.activities[$0.key].id, months: $0.value) }
    }

    /// The roadmap's path as the program opens it: relative to the folder of the scenario at
    /// `scenarioPath`, unless it is absolute.
    public func roadmapPath(relativeTo scenarioPath: String) -> String? {
        guard let roadmap else { return nil }
        if roadmap.hasPrefix("/") { return roadmap }
        guard let slash = scenarioPath.lastIndex(of: "/") else { return roadmap }
        return String(scenarioPath[...slash]) + roadmap
    }
}
