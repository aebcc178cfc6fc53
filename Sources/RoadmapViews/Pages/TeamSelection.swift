import RoadmapModel

/// The teams a view of the task teams shows: grouped by sub-committee (in file order, then the
/// teams that belong to none), and each team's activities among those the filters keep. The
/// teams page and its exports read the same selection, so that they list the same teams.
struct TeamSelection {
    /// The activities in the view, by team index, in file order.
    let activitiesOf: [[Int]]
    /// The groups that show a team: the sub-committee's index (nil: none), and its teams.
    let groups: [(subcommittee: Int?, teams: [Int])]
    /// The activities in the view each team supports without carrying them (the seed's
    /// supporting teams), by team index.
    let supportedBy: [[Int]]
    /// The activities in the view that no team carries, in file order.
    let withoutTeam: [Int]
    /// The activities the filters keep.
    let visible: [Int]

    init(_ scheduled: ScheduledRoadmap, _ state: ViewState) {
        let roadmap = scheduled.roadmap
        let visible = state.filter.apply(to: scheduled)
        var activitiesOf = [[Int]](repeating: [], count: roadmap.teams.count)
        var supportedBy = [[Int]](repeating: [], count: roadmap.teams.count)
        var withoutTeam: [Int] = []
        for activity in visible {
            if let team = roadmap.activities[activity].team.flatMap({ scheduled.teamIndex[$0] }) {
                activitiesOf[team].append(activity)
            } else {
                withoutTeam.append(activity)
            }
            for supporting in roadmap.activities[activity].supportingTeams {
                if let team = scheduled.teamIndex[supporting] { supportedBy[team].append(activity) }
            }
        }
        // The teams are sorted into their groups in one pass, in file order within a group.
        var groupIndex: [String: Int] = [:]
        for (k, subcommittee) in roadmap.subcommittees.enumerated() where groupIndex[subcommittee.id] == nil {
            groupIndex[subcommittee.id] = k
        }
        var teamsOf = [[Int]](repeating: [], count: roadmap.subcommittees.count + 1)
        for (t, team) in roadmap.teams.enumerated() {
            let shown = (state.filter.teams.isEmpty || state.filter.teams.contains(team.id))
                && (state.filter.isEmpty || !activitiesOf[t].isEmpty || !supportedBy[t].isEmpty)
            guard shown else { continue }
            if let id = team.subcommittee {
                if let k = groupIndex[id] { teamsOf[k].append(t) }
            } else {
                teamsOf[roadmap.subcommittees.count].append(t)
            }
        }
        self.activitiesOf = activitiesOf
        self.supportedBy = supportedBy
        self.withoutTeam = withoutTeam
        self.visible = visible
        groups = teamsOf.enumerated().compactMap { k, teams in
            teams.isEmpty ? nil : (k < roadmap.subcommittees.count ? k : nil, teams)
        }
    }

    /// Every team shown, in the order of the page.
    var teams: [Int] { groups.flatMap(\.teams) }
}
