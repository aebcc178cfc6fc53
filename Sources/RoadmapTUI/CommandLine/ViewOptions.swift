import Foundation
import ArgumentParser
import RoadmapModel
import RoadmapViews

/// The flags that describe a view — page, language, filters, what-if delays — shared by the
/// explorer (its starting state) and `export` (the view to write), so both mean the same.
struct ViewOptions: ParsableArguments {
    @Option(name: .long, help: "The page to show (or, into a pipe, to print); dependencies shows the links of --activity.")
    var view: ViewKind = .roadmap

    @OptionGroup var rowOrder: OrderOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Only activities of this role (CE, Pr, Int, In; aliases such as Br accepted). Repeatable.",
            completion: CompletionCandidates.roles)
    var role: [String] = []

    @Option(name: .long, help: "Only activities of this area of interest, by id or name. Repeatable.",
            completion: CompletionCandidates.areas)
    var area: [String] = []

    @Option(name: .long, help: "Only activities carried by this task team, by id or name. Repeatable.",
            completion: CompletionCandidates.teams)
    var team: [String] = []

    @Option(name: .long, help: "Only activities whose early dates overlap this period, by id or label (\"Period 1\"). Repeatable.",
            completion: CompletionCandidates.periods)
    var period: [String] = []

    @Option(name: .long, help: "Only activities carried by a task team of this sub-committee, by id or name. Repeatable.",
            completion: CompletionCandidates.subcommittees)
    var subcommittee: [String] = []

    @Flag(name: .long, help: "Only activities that slip (the dependencies push their early start past their start as planned, or as a what-if puts it).")
    var slipping = false

    @Option(name: .customLong("float-at-most"), help: ArgumentHelp("Only activities whose total float is at most N months.", valueName: "N"))
    var floatAtMost: Int?

    @Option(name: .long, help: "Only new or ongoing activities.")
    var status: Activity.Status?

    @Flag(name: .long, help: "Only activities on the critical path.")
    var critical = false

    @Flag(name: .long, help: "Only activities behind as of the status date (forecast finish after the planned one, or not started when planned to).")
    var behind = false

    @Option(name: .long, help: ArgumentHelp("Only activities in this state as of the status date: not-started, under-way or finished. Repeatable.",
                                            valueName: "state"))
    var progress: [ScheduleProgress.State] = []

    @Option(name: .long, help: "Only activities whose name contains TEXT (accents and case ignored, both languages).")
    var search: String?

    @Option(name: .long, help: "The activity whose dependencies the dependencies page shows, by id.",
            completion: CompletionCandidates.activities)
    var activity: String?

    @OptionGroup var whatIf: WhatIfOptions

    @Option(name: .long, help: ArgumentHelp("Another version of the roadmap to compare with: the grid draws its bars (▁) where they differ, the what-if panel lists the differences.", valueName: "OLD.json"),
            completion: FileArgument.roadmap)
    var baseline: String?

    /// The view state these flags describe, checked against the roadmap (unknown roles, areas,
    /// teams or activities are errors that name the value and what is known). The delays are
    /// the scenario's, when one was loaded (`ScenarioOption`), and the `--delay` flags'.
    func resolve(_ validated: ValidatedRoadmap, preferences: Preferences, scenario: ScenarioOption.Loaded? = nil) throws -> (state: ViewState, delays: [Int: Int]) {
        let resolver = FilterResolver(roadmap: validated.roadmap)
        var filter = ActivityFilter()
        do {
            filter.roles = Set(try role.map { try resolver.role($0).get() })
            filter.areas = Set(try area.map { try resolver.area($0).get() })
            filter.teams = Set(try team.map { try resolver.team($0).get() })
            filter.periods = Set(try period.map { try resolver.period($0).get() })
            filter.subcommittees = Set(try subcommittee.map { try resolver.subcommittee($0).get() })
        } catch let failure as FilterResolver.Failure {
            throw ValidationError(failure.description)
        }
        filter.status = status
        if let floatAtMost, floatAtMost < 0 { throw ValidationError("--float-at-most \(floatAtMost): a float is 0 months or more") }
        filter.slippingOnly = slipping
        filter.maxFloat = floatAtMost
        filter.criticalOnly = critical
        filter.behindOnly = behind
        filter.progress = Set(progress)
        filter.search = search ?? ""

        var selected: Int?
        if let activity {
            guard let i = validated.activityIndex[activity] else { throw ValidationError("unknown activity \"\(Sanitized.inline(activity))\" in --activity") }
            selected = i
        }
        let delays: [Int: Int]
        switch whatIf.delays(against: validated, scenario: scenario) {
        case .success(let merged): delays = DelayOption.byActivity(merged)
        case .failure(let failure): throw ValidationError(failure.message)
        }
        var state = ViewState(view: view, language: language.language(preferences), filter: filter, selectedActivity: selected,
                              order: rowOrder.setting(preferences).value)
        state.scenario = scenario?.inUse
        return (state, delays)
    }
}

extension ViewKind: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension RowOrder: ExpressibleByArgument {}
extension Activity.Status: ExpressibleByArgument {}
extension ScheduleProgress.State: ExpressibleByArgument {}
