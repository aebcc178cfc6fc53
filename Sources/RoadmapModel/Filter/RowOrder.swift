/// The order of the roadmap grid's rows. The seed prints its areas in one order on the
/// strategy poster and in another in the roadmap grid, and the grid's activities in an order of
/// their own; a file may list them in yet another. Which one a view follows is the reader's
/// choice, and the view says which. The last four sort the activities within their area by what
/// the schedule or the data says of them (areas in file order); ties keep file order.
public enum RowOrder: String, CaseIterable, Sendable {
    /// Areas and activities as the file lists them.
    case file
    /// Areas in the strategy poster's order (`posterOrder`), activities in the seed grid's
    /// order (`gridOrder`).
    case poster
    /// Areas in the seed grid's row order (`gridRow`), activities in its order (`gridOrder`).
    case seed
    /// By early start, the soonest first.
    case start
    /// By total float, the least first (the critical ones on top).
    case float
    /// By task team, in the file's order of the teams; activities without a team last.
    case team
    /// By role, in the file's order of the roles.
    case role

    /// The next order, for a key that cycles through them.
    public var next: RowOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Area indices in this order. Areas without the position this order needs come after
    /// those with one, in file order; ties keep file order too.
    public func areaOrder(_ areas: [AreaOfInterest]) -> [Int] {
        let key: (AreaOfInterest) -> Int?
        switch self {
        case .file, .start, .float, .team, .role: return Array(areas.indices)
        case .poster: key = \.posterOrder
        case .seed: key = \.gridRow
        }
        return areas.indices.sorted { a, b in
            let x = key(areas[a]) ?? Int.max, y = key(areas[b]) ?? Int.max
            return x != y ? x < y : a < b
        }
    }

    /// Sorts activity indices (those of one area, say) into this order, in place: by
    /// `gridOrder`, those without one after, in file order.
    public func sortActivities(_ indices: inout [Int], of activities: [Activity]) {
        guard self != .file, indices.count > 1 else { return }
        indices.sort { a, b in
            let x = activities[a].gridOrder ?? Int.max, y = activities[b].gridOrder ?? Int.max
            return x != y ? x < y : a < b
        }
    }

    /// Sorts activity indices (those of one area, say) into this order, in place, with what
    /// the schedule knows: the orders of the seed by `gridOrder`, the others by start, float,
    /// team or role. Ties keep file order.
    public func sortActivities(_ indices: inout [Int], in scheduled: ScheduledRoadmap) {
        guard indices.count > 1 else { return }
        let activities = scheduled.roadmap.activities
        let key: (Int) -> Int
        switch self {
        case .file: return
        case .poster, .seed: return sortActivities(&indices, of: activities)
        case .start: key = { scheduled.schedule.earlyStart[$0] }
        case .float: key = { scheduled.schedule.totalFloat[$0] }
        case .team: key = { activities[$0].team.flatMap { scheduled.teamIndex[$0] } ?? Int.max }
        case .role:
            var rank: [String: Int] = [:]
            for (k, role) in scheduled.roadmap.roles.enumerated() where rank[role.id] == nil { rank[role.id] = k }
            key = { rank[activities[$0].role] ?? Int.max }
        }
        indices.sort { a, b in
            let x = key(a), y = key(b)
            return x != y ? x < y : a < b
        }
    }

    /// Whether the roadmap records what this order needs; when it does not, the order is the
    /// file's and a view should not claim otherwise.
    public func isRecorded(in roadmap: Roadmap) -> Bool {
        switch self {
        case .file, .start, .float, .team, .role: return true
        case .poster: return roadmap.areas.contains { $0.posterOrder != nil }
        case .seed: return roadmap.areas.contains { $0.gridRow != nil } || roadmap.activities.contains { $0.gridOrder != nil }
        }
    }
}
