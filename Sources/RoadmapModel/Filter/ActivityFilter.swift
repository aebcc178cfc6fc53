/// Which activities a view shows. The schedule is always computed on the whole roadmap;
/// a filter only chooses what is shown. The same set serves the explorer and the command line.
public struct ActivityFilter: Hashable, Sendable {
    /// Canonical role ids; empty means every role.
    public var roles: Set<String> = []
    /// Area ids; empty means every area.
    public var areas: Set<String> = []
    /// Team ids; empty means every team.
    public var teams: Set<String> = []
    public var status: Activity.Status?
    public var criticalOnly = false
    /// Matched accent- and case-insensitively against names in both languages and ids.
    public var search = ""
    /// Period ids; an activity passes when its early dates overlap one. Empty means every period.
    public var periods: Set<String> = []
    /// Sub-committee ids; an activity passes when its task team belongs to one. Empty: all.
    public var subcommittees: Set<String> = []
    /// Only the activities that slip: their early start after their planned start.
    public var slippingOnly = false
    /// Only the activities whose total float is at most this many months.
    public var maxFloat: Int?
    /// Only the activities behind as of the status date (none without one).
    public var behindOnly = false
    /// Only the activities in these states of progress; empty: all. Without a status date
    /// every activity counts as not started (nothing is reported).
    public var progress: Set<ScheduleProgress.State> = []

    public init(roles: Set<String> = [], areas: Set<String> = [], teams: Set<String> = [],
                status: Activity.Status? = nil, criticalOnly: Bool = false, search: String = "",
                periods: Set<String> = [], subcommittees: Set<String> = [], slippingOnly: Bool = false, maxFloat: Int? = nil,
                behindOnly: Bool = false) {
        self.behindOnly = behindOnly
        self.periods = periods
        self.subcommittees = subcommittees
        self.slippingOnly = slippingOnly
        self.maxFloat = maxFloat
        self.roles = roles
        self.areas = areas
        self.teams = teams
        self.status = status
        self.criticalOnly = criticalOnly
        self.search = search
    }

    public var isEmpty: Bool {
        roles.isEmpty && areas.isEmpty && teams.isEmpty && status == nil && !criticalOnly && search.isEmpty
            && periods.isEmpty && subcommittees.isEmpty && !slippingOnly && maxFloat == nil && !behindOnly && progress.isEmpty
    }

    /// The indices of the activities that pass, in file order. `searchIndex` is consulted only
    /// when there is a search.
    public func apply(to scheduled: ScheduledRoadmap, searchIndex: SearchIndex? = nil) -> [Int] {
        let activities = scheduled.roadmap.activities
        // No filter keeps every activity: said at once, where testing each one copied it (an
        // `Activity` is a dozen references to retain and release) — a seventh of a what-if at
        // 100,000 activities (perf, issue 13).
        if isEmpty { return Array(activities.indices) }
        let needle = TextFolding.fold(search)
        let index = needle.isEmpty ? nil : (searchIndex ?? scheduled.searchIndex.index)
        let schedule = scheduled.schedule
        // Each period as the schedule's month offsets, finish exclusive.
        let periodSpans = scheduled.roadmap.meta.periods.filter { periods.contains($0.id) }.map {
            ($0.start - schedule.timelineStart, $0.finish - schedule.timelineStart + 1)
        }
        let allTeams = scheduled.roadmap.teams
        var result: [Int] = []
        result.reserveCapacity(isEmpty ? activities.count : 64)
        for i in activities.indices {
            // Each field read in place, not the activity copied.
            if !roles.isEmpty && !roles.contains(activities[i].role) { continue }
            if !areas.isEmpty && !areas.contains(activities[i].area) { continue }
            if !teams.isEmpty && !(activities[i].team.map(teams.contains) ?? false) { continue }
            if let status, activities[i].status != status { continue }
            if criticalOnly && !scheduled.schedule.isCritical(i) { continue }
            if let index, !index.matches(activity: i, folded: needle) { continue }
            if !periods.isEmpty && !periodSpans.contains(where: { schedule.earlyStart[i] < $0.1 && $0.0 < schedule.earlyFinish[i] }) { continue }
            if !subcommittees.isEmpty {
                guard let team = scheduled.validated.team(of: i), let group = allTeams[team].subcommittee,
                      subcommittees.contains(group) else { continue }
            }
            if slippingOnly && schedule.slip(i) <= 0 { continue }
            if let maxFloat, schedule.totalFloat[i] > maxFloat { continue }
            if behindOnly && !scheduled.isBehind(i) { continue }
            if !progress.isEmpty && !progress.contains(scheduled.progressState(i) ?? .notStarted) { continue }
            result.append(i)
        }
        return result
    }
}

/// Turns what a user types on the command line into filter values: role codes or aliases
/// (Br → Int), areas by id or by name in either language, teams by id or name.
public struct FilterResolver: Sendable {
    public let roadmap: Roadmap

    public init(roadmap: Roadmap) { self.roadmap = roadmap }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknown(kind: String, value: String, known: [String])
        public var description: String {
            switch self {
            case let .unknown(kind, value, known):
                let list = known.count <= 40 ? " (known: " + known.joined(separator: ", ") + ")" : ""
                return "unknown \(kind) \"\(Sanitized.inline(value))\"\(list)"
            }
        }
    }

    public func role(_ value: String) -> Result<String, Failure> {
        let key = value.lowercased()
        for role in roadmap.roles where role.id.lowercased() == key || role.aliases.contains(where: { $0.lowercased() == key }) {
            return .success(role.id)
        }
        for role in roadmap.roles where matchesName(value, [role.name] + role.alternateNames) {
            return .success(role.id)
        }
        return .failure(.unknown(kind: "role", value: value, known: roadmap.roles.map(\.id)))
    }

    public func area(_ value: String) -> Result<String, Failure> {
        if let area = roadmap.areas.first(where: { sameID($0.id, value) }) { return .success(area.id) }
        if let area = roadmap.areas.first(where: { matchesName(value, [$0.name]) }) { return .success(area.id) }
        return .failure(.unknown(kind: "area", value: value, known: roadmap.areas.map(\.id)))
    }

    public func team(_ value: String) -> Result<String, Failure> {
        if let team = roadmap.teams.first(where: { sameID($0.id, value) }) { return .success(team.id) }
        if let team = roadmap.teams.first(where: { matchesName(value, [$0.name]) }) { return .success(team.id) }
        return .failure(.unknown(kind: "task team", value: value, known: roadmap.teams.map(\.id)))
    }

    /// A period by id or by its label in either language ("Période 1", "Period 1").
    public func period(_ value: String) -> Result<String, Failure> {
        if let period = roadmap.meta.periods.first(where: { sameID($0.id, value) }) { return .success(period.id) }
        if let period = roadmap.meta.periods.first(where: { matchesName(value, [$0.label]) }) { return .success(period.id) }
        return .failure(.unknown(kind: "period", value: value, known: roadmap.meta.periods.map(\.id)))
    }

    public func subcommittee(_ value: String) -> Result<String, Failure> {
        if let group = roadmap.subcommittees.first(where: { sameID($0.id, value) }) { return .success(group.id) }
        if let group = roadmap.subcommittees.first(where: { matchesName(value, [$0.name]) }) { return .success(group.id) }
        return .failure(.unknown(kind: "sub-committee", value: value, known: roadmap.subcommittees.map(\.id)))
    }

    private func matchesName(_ value: String, _ names: [LocalizedText]) -> Bool {
        let folded = TextFolding.fold(value)
        return names.contains { TextFolding.fold($0.fr) == folded || TextFolding.fold($0.en) == folded }
    }
}
