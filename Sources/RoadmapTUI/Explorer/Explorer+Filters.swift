import RoadmapModel
import RoadmapViews

/// The filters: the pickers (`r`, `a`, `t`, `p`, `C`) that set them, and `x` that clears them.
extension Explorer {
    /// The progress picker's choice that stands for "behind" beside the states.
    static let behindChoice = "behind"

    mutating func setFilter(_ filter: ActivityFilter) {
        state.filter = filter
        restoreCursor()
    }

    mutating func openPicker(_ kind: Picker.Kind) {
        let roadmap = scheduled.roadmap
        let choices: [Picker.Choice], checked: Set<String>
        switch kind {
        case .roles:
            choices = roadmap.roles.map { role in
                Picker.Choice(id: role.id, label: LocalizedText(fr: "\(role.id)  \(role.name.fr)", en: "\(role.id)  \(role.name.en)"))
            }
            checked = state.filter.roles
        case .areas:
            choices = roadmap.areas.map { Picker.Choice(id: $0.id, label: $0.name) }
            checked = state.filter.areas
        case .teams:
            // Under their sub-committee, as the seed lists them (the file's order of the
            // sub-committees, teams of none last), the role codes aligned (two spaces after
            // the longest), namesakes told apart by what differs.
            let names = (fr: TeamNames.distinct(roadmap, .fr), en: TeamNames.distinct(roadmap, .en))
            let roleWidth = (roadmap.teams.map { TextWidth.of($0.role) }.max() ?? 0) + 2
            let order = Dictionary(roadmap.subcommittees.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let grouped = roadmap.teams.indices.sorted { a, b in
                let (x, y) = (roadmap.teams[a].subcommittee.flatMap { order[$0] } ?? Int.max, roadmap.teams[b].subcommittee.flatMap { order[$0] } ?? Int.max)
                return (x, a) < (y, b)
            }
            choices = grouped.map { t in
                let team = roadmap.teams[t]
                let role = TextWidth.pad(team.role, to: roleWidth)
                let subcommittee = team.subcommittee.flatMap { id in roadmap.subcommittees.first { $0.id == id }?.name }
                return Picker.Choice(id: team.id, label: LocalizedText(fr: role + names.fr[t], en: role + names.en[t]),
                                     group: subcommittee ?? Picker.noGroup)
            }
            checked = state.filter.teams
        case .periods:
            choices = roadmap.meta.periods.map { period in
                let dates = "\(period.start) – \(period.finish)"
                return Picker.Choice(id: period.id, label: LocalizedText(fr: "\(period.label.fr)  \(dates)", en: "\(period.label.en)  \(dates)"))
            }
            checked = state.filter.periods
        case .subcommittees:
            choices = roadmap.subcommittees.map { Picker.Choice(id: $0.id, label: $0.name) }
            checked = state.filter.subcommittees
        case .progress:
            // Behind first (what a review looks for), then the states, each with how many.
            let s = scheduled
            func count(_ n: Int) -> LocalizedText { LocalizedText(fr: "\(n)", en: "\(n)") }
            let states = ScheduleProgress.State.allCases
            choices = [Picker.Choice(id: Self.behindChoice, label: LocalizedText(fr: Vocabulary(.fr).behind.capitalizedFirst, en: Vocabulary(.en).behind.capitalizedFirst),
                                     note: count(s.behindCount))]
                + states.map { state in
                    Picker.Choice(id: state.rawValue, label: LocalizedText(fr: Vocabulary(.fr).progressState(state).capitalizedFirst,
                                                                           en: Vocabulary(.en).progressState(state).capitalizedFirst),
                                  note: count(roadmap.activities.indices.filter { (s.progressState($0) ?? .notStarted) == state }.count))
                }
            checked = Set(state.filter.progress.map(\.rawValue) + (state.filter.behindOnly ? [Self.behindChoice] : []))
        }
        overlay = .picker(Picker(kind: kind, choices: choices, checked: checked))
    }

    /// A picker's Enter: its ticked choices become its kind of filter.
    mutating func apply(_ ids: Set<String>, of kind: Picker.Kind) {
        var filter = state.filter
        switch kind {
        case .roles: filter.roles = ids
        case .areas: filter.areas = ids
        case .teams: filter.teams = ids
        case .periods: filter.periods = ids
        case .subcommittees: filter.subcommittees = ids
        case .progress:
            filter.behindOnly = ids.contains(Self.behindChoice)
            filter.progress = Set(ids.compactMap(ScheduleProgress.State.init(rawValue:)))
        }
        setFilter(filter)
    }

    /// `x` clears the filters and says so, and that the what-ifs on the same line stay.
    mutating func clearFilters() {
        let had = !state.filter.isEmpty
        setFilter(ActivityFilter())
        var text = had ? vocabulary.filtersCleared : vocabulary.noFilterToClear
        if !scheduled.delays.isEmpty { text += " " + vocabulary.whatIfsStay(reset: key(.resetWhatIfs)) }
        message = Message(text: text)
    }
}
