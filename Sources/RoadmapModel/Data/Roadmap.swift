/// A whole roadmap document: the plan (periods, areas, activities, dependencies) and every
/// other part of the seed that the explorer shows (strategy, teams, transition, glossary).
public struct Roadmap: Sendable {
    public var schemaVersion: Int
    public var meta: Meta
    /// The month progress is reported to, inclusive (MS Project's status date): the actuals and
    /// percentages of the activities say where the work stood at the end of it, and work not
    /// done is scheduled after it. Nil when the file reports no progress. Never the seed's:
    /// the seed is a plan and states none.
    public var statusDate: Month?
    public var strategy: Strategy?
    public var principles: [Principle]
    public var roles: [Role]
    public var councils: [Council]
    public var subcommittees: [Subcommittee]
    public var areas: [AreaOfInterest]
    public var teams: [TaskTeam]
    public var activities: [Activity]
    public var dependencies: [Dependency]
    public var workingGroups: [WorkingGroup]
    public var changeAnalysis: ChangeAnalysis?
    public var currentState: CurrentState?
    public var glossary: [GlossaryEntry]

    public init(
        schemaVersion: Int = 1, meta: Meta, strategy: Strategy? = nil, principles: [Principle] = [],
        roles: [Role] = [], subcommittees: [Subcommittee] = [], areas: [AreaOfInterest] = [],
        teams: [TaskTeam] = [], activities: [Activity] = [], dependencies: [Dependency] = [],
        workingGroups: [WorkingGroup] = [], glossary: [GlossaryEntry] = [], councils: [Council] = [],
        changeAnalysis: ChangeAnalysis? = nil, currentState: CurrentState? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.meta = meta
        self.strategy = strategy
        self.principles = principles
        self.roles = roles
        self.subcommittees = subcommittees
        self.areas = areas
        self.teams = teams
        self.activities = activities
        self.dependencies = dependencies
        self.workingGroups = workingGroups
        self.glossary = glossary
        self.councils = councils
        self.changeAnalysis = changeAnalysis
        self.currentState = currentState
    }
}

public struct Meta: Sendable {
    public var title: LocalizedText
    /// How the title was made, when the seed prints none as such.
    public var titleNote: LocalizedText?
    public var status: LocalizedText?
    public var draftDate: String?
    public var draftDateNote: LocalizedText?
    public var source: LocalizedText?
    /// Which language is the seed's and which a translation (`language` in the file).
    public var languageNote: LocalizedText?
    /// The question the roadmap poster asks (« Que devons-nous savoir… »).
    public var roadmapQuestion: LocalizedText?
    public var headings: PosterHeadings?
    public var timeline: Timeline
    public var periods: [Period]
    public var phases: [Phase]
    /// The legends of the activity and team statuses, in the seed's words.
    public var activityStatuses: [LegendEntry]
    public var teamStatuses: [LegendEntry]

    public init(title: LocalizedText, status: LocalizedText? = nil, draftDate: String? = nil,
                source: LocalizedText? = nil, timeline: Timeline, periods: [Period] = [], phases: [Phase] = []) {
        self.title = title
        self.status = status
        self.draftDate = draftDate
        self.source = source
        self.timeline = timeline
        self.periods = periods
        self.phases = phases
        self.activityStatuses = []
        self.teamStatuses = []
    }
}

/// The months the roadmap covers, both inclusive.
public struct Timeline: Hashable, Sendable {
    public var start: Month
    public var finish: Month
    public init(start: Month, finish: Month) {
        self.start = start
        self.finish = finish
    }
    public var monthCount: Int { finish - start + 1 }
    public func contains(_ month: Month) -> Bool { month >= start && month <= finish }
}

/// One of the six-month columns of the roadmap grid ("Période 1 · oct. 2016 – mars 2017").
public struct Period: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var start: Month
    public var finish: Month
    /// The dates as the seed writes them ("D'octobre 2016 à mars 2017").
    public var dates: LocalizedText?
    public var provenance: Provenance
    public init(id: String, label: LocalizedText, start: Month, finish: Month, provenance: Provenance = .seed) {
        self.id = id
        self.label = label
        self.start = start
        self.finish = finish
        self.provenance = provenance
    }
}

public struct Phase: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var start: Month?
    public var finish: Month?
    public var dates: LocalizedText?
    public var description: LocalizedText?
    public var provenance: Provenance
    public init(id: String, label: LocalizedText, start: Month? = nil, finish: Month? = nil, description: LocalizedText? = nil,
                dates: LocalizedText? = nil, provenance: Provenance = .seed) {
        self.id = id
        self.label = label
        self.start = start
        self.finish = finish
        self.description = description
        self.dates = dates
        self.provenance = provenance
    }
}

/// The four roles of the future state: Centre d'excellence (CE), Promoteur (Pr),
/// Intermédiaire (Int, also written Br for broker) and Incubateur (In).
public struct Role: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// Other codes that mean this role (Br for Int).
    public var aliases: [String]
    /// Other names the seed gives the role (CE is also "Collectivité d'experts").
    public var alternateNames: [LocalizedText]
    public var description: LocalizedText?
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, aliases: [String] = [], alternateNames: [LocalizedText] = [], description: LocalizedText? = nil,
                provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.alternateNames = alternateNames
        self.description = description
        self.provenance = provenance
    }
}

public struct AreaOfInterest: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// Other names the seed prints for the area (the roadmap grid's row label, for one).
    public var alternateNames: [LocalizedText]
    /// Position on the strategy poster, from 1.
    public var posterOrder: Int?
    /// Row in the seed's roadmap grid, from 1: the grid's own order, which differs.
    public var gridRow: Int?
    public var initiatives: [LocalizedText]
    /// How well today's working groups cover the area (the current-state poster).
    public var coverage: LocalizedText?
    /// What to build on for the future state, and what stands in the way.
    public var considerations: [LocalizedText]
    public var challenges: [LocalizedText]
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, initiatives: [LocalizedText] = [], coverage: LocalizedText? = nil, considerations: [LocalizedText] = [],
                challenges: [LocalizedText] = [], alternateNames: [LocalizedText] = [], posterOrder: Int? = nil, gridRow: Int? = nil,
                provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.initiatives = initiatives
        self.coverage = coverage
        self.considerations = considerations
        self.challenges = challenges
        self.alternateNames = alternateNames
        self.posterOrder = posterOrder
        self.gridRow = gridRow
        self.provenance = provenance
    }
}

public struct Subcommittee: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText?
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, description: LocalizedText? = nil, provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.description = description
        self.provenance = provenance
    }
}

public struct TaskTeam: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable { case existing, new, external }
    public var id: String
    public var name: LocalizedText
    /// The canonical role id once aliases are resolved (Br becomes Int).
    public var role: String
    /// The role code as the file writes it, kept so that a rewrite of the file keeps it.
    public var roleAsWritten: String
    public var subcommittee: String?
    public var status: Status
    /// Other names the seed prints for the team (the future-state page and the team list differ).
    public var alternateNames: [LocalizedText]
    /// The area of interest the team works in, when it has one.
    public var area: String?
    /// The phase (a `meta.phases` id) the team works in, when known.
    public var phase: String?
    /// What the seed's activities-by-team list gives the team, verbatim.
    public var listedActivities: [LocalizedText]
    /// Whether the team is in that list at all: a team listed with no activity has none
    /// above, and this true (the file writes `"listedActivities": []`).
    public var isInTeamList: Bool
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, role: String, subcommittee: String? = nil, status: Status = .new, provenance: Provenance = .seed,
                alternateNames: [LocalizedText] = [], area: String? = nil, phase: String? = nil, listedActivities: [LocalizedText] = []) {
        self.id = id
        self.name = name
        self.role = role
        self.roleAsWritten = role
        self.subcommittee = subcommittee
        self.status = status
        self.provenance = provenance
        self.alternateNames = alternateNames
        self.area = area
        self.phase = phase
        self.listedActivities = listedActivities
        self.isInTeamList = !listedActivities.isEmpty
    }

    /// The role code to show: as the file writes it, the canonical code when nothing was written.
    public var roleAsPrinted: String { roleAsWritten.isEmpty ? role : roleAsWritten }
}

public struct Activity: Hashable, Sendable {
    /// New work or work already under way: the seed's legend, "Nouvelles activités" and
    /// "Activités en cours".
    public enum Status: String, CaseIterable, Sendable { case new, ongoing }
    public var id: String
    public var name: LocalizedText
    public var area: String
    /// The canonical role id once aliases are resolved (Br becomes Int).
    public var role: String
    /// The role code as the file writes it, kept to show where an alias was used.
    public var roleAsWritten: String
    public var status: Status
    public var team: String?
    public var start: Month
    /// The last month of the activity, inclusive.
    public var finish: Month
    /// The period column the seed lists the activity under, when the file says.
    public var period: String?
    public var provenance: Provenance
    /// The fields most activities leave empty, out of line (`Details`): inline they were 72
    /// of an activity's 256 bytes, at a million activities 72 MB of fresh memory (issue 26).
    private var details: Details?

    /// Immutable: a change makes a new one, so that copies of an activity never share a change.
    private final class Details: Hashable, Sendable {
        let gridOrder: Int?
        let alternateNames: [LocalizedText]
        let supportingTeams: [String]
        let percentComplete: Int?
        let actualStart: Month?
        let actualFinish: Month?

        init(gridOrder: Int?, alternateNames: [LocalizedText], supportingTeams: [String], percentComplete: Int?,
             actualStart: Month?, actualFinish: Month?) {
            self.gridOrder = gridOrder
            self.alternateNames = alternateNames
            self.supportingTeams = supportingTeams
            self.percentComplete = percentComplete
            self.actualStart = actualStart
            self.actualFinish = actualFinish
        }

        static func == (a: Details, b: Details) -> Bool {
            a.gridOrder == b.gridOrder && a.alternateNames == b.alternateNames && a.supportingTeams == b.supportingTeams
                && a.percentComplete == b.percentComplete && a.actualStart == b.actualStart && a.actualFinish == b.actualFinish
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(gridOrder)
            hasher.combine(alternateNames)
            hasher.combine(supportingTeams)
            hasher.combine(percentComplete)
            hasher.combine(actualStart)
            hasher.combine(actualFinish)
        }
    }

    /// The details with `edit` made, in one new box however many fields it sets (the decoder
    /// sets four at once): nil when they are all empty, so that an activity equals another
    /// whatever way its fields were set.
    mutating func changeDetails(_ edit: (inout (gridOrder: Int?, alternateNames: [LocalizedText], supportingTeams: [String],
                                                percentComplete: Int?, actualStart: Month?, actualFinish: Month?)) -> Void) {
        var fields = (gridOrder: gridOrder, alternateNames: alternateNames, supportingTeams: supportingTeams,
                      percentComplete: percentComplete, actualStart: actualStart, actualFinish: actualFinish)
        edit(&fields)
        if fields.gridOrder == nil, fields.alternateNames.isEmpty, fields.supportingTeams.isEmpty, fields.percentComplete == nil,
           fields.actualStart == nil, fields.actualFinish == nil {
            details = nil
        } else {
            details = Details(gridOrder: fields.gridOrder, alternateNames: fields.alternateNames, supportingTeams: fields.supportingTeams,
                              percentComplete: fields.percentComplete, actualStart: fields.actualStart, actualFinish: fields.actualFinish)
        }
    }

    /// Position in the seed's grid, from 1: the order to follow within a row.
    public var gridOrder: Int? {
        get { details?.gridOrder }
        set { changeDetails { $0.gridOrder = newValue } }
    }

    /// Other names the seed prints for the activity (in the team list, in another language).
    public var alternateNames: [LocalizedText] {
        get { details?.alternateNames ?? [] }
        set { changeDetails { $0.alternateNames = newValue } }
    }

    /// Task teams (ids) that support the activity without carrying it.
    public var supportingTeams: [String] {
        get { details?.supportingTeams ?? [] }
        set { changeDetails { $0.supportingTeams = newValue } }
    }

    /// How much of the work is done as of the roadmap's status date, a whole percentage from
    /// 0 to 100; nil when the file says nothing (nothing done).
    public var percentComplete: Int? {
        get { details?.percentComplete }
        set { changeDetails { $0.percentComplete = newValue } }
    }

    /// The month the work actually began, and the month it actually ended (inclusive): what
    /// happened, which the schedule keeps where it is. Nil until it happens.
    public var actualStart: Month? {
        get { details?.actualStart }
        set { changeDetails { $0.actualStart = newValue } }
    }

    public var actualFinish: Month? {
        get { details?.actualFinish }
        set { changeDetails { $0.actualFinish = newValue } }
    }

    public init(id: String, name: LocalizedText, area: String, role: String, status: Status = .new,
                team: String? = nil, start: Month, finish: Month, period: String? = nil, provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.area = area
        self.role = role
        self.roleAsWritten = role
        self.status = status
        self.team = team
        self.start = start
        self.finish = finish
        self.period = period
        self.provenance = provenance
    }

    /// Months from start to finish, both included.
    public var duration: Int { finish - start + 1 }

    /// Whether the file reports any progress on the activity.
    public var hasProgress: Bool { percentComplete != nil || actualStart != nil || actualFinish != nil }

    /// The role code to show: as the file writes it (an alias such as Br where the seed prints
    /// one), the canonical code when nothing was written.
    public var roleAsPrinted: String { roleAsWritten.isEmpty ? role : roleAsWritten }
}

public struct Dependency: Hashable, Sendable {
    /// Finish-to-start, start-to-start, finish-to-finish, start-to-finish.
    public enum Kind: String, CaseIterable, Sendable { case FS, SS, FF, SF }
    public var from: String
    public var to: String
    public var type: Kind
    /// How strong the reading behind an inferred dependency is (docs/data-notes.md): strong
    /// when the successor's printed name names the predecessor's product, moderate when the
    /// seed's words point to the link but print no order, weak when only general project logic
    /// supports it.
    public enum Strength: String, CaseIterable, Sendable { case strong, moderate, weak }
    /// Whole months; negative is a lead.
    public var lag: Int
    /// The lags the format accepts, a hundred years either way; every reader holds to it.
    public static let lagRange = -1200...1200
    /// Nil when the file does not say (a stated dependency needs none).
    public var strength: Strength?
    public var provenance: Provenance
    public init(from: String, to: String, type: Kind = .FS, lag: Int = 0, strength: Strength? = nil, provenance: Provenance = .seed) {
        self.from = from
        self.to = to
        self.type = type
        self.lag = lag
        self.strength = strength
        self.provenance = provenance
    }
}

/// One of today's working groups and what the change analysis decides for it.
public struct WorkingGroup: Hashable, Sendable {
    public enum Disposition: String, CaseIterable, Sendable { case phase1, phase2, continued, sunset }
    public var id: String
    public var name: LocalizedText
    public var council: String?
    public var disposition: Disposition
    /// The task team it becomes, where it becomes one.
    public var becomes: String?
    public var rationale: LocalizedText?
    public var currentWork: LocalizedText?
    public var assessment: LocalizedText?
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, council: String? = nil, disposition: Disposition,
                becomes: String? = nil, rationale: LocalizedText? = nil, currentWork: LocalizedText? = nil,
                assessment: LocalizedText? = nil, provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.council = council
        self.disposition = disposition
        self.becomes = becomes
        self.rationale = rationale
        self.currentWork = currentWork
        self.assessment = assessment
        self.provenance = provenance
    }
}

public struct Principle: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText?
    public var provenance: Provenance
    public init(id: String, name: LocalizedText, description: LocalizedText? = nil, provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.description = description
        self.provenance = provenance
    }
}

public struct GlossaryEntry: Hashable, Sendable {
    public var term: LocalizedText
    public var definition: LocalizedText
    public var provenance: Provenance
    public init(term: LocalizedText, definition: LocalizedText, provenance: Provenance = .seed) {
        self.term = term
        self.definition = definition
        self.provenance = provenance
    }
}

/// The strategic framework: why the roadmap exists and where it leads.
public struct Strategy: Sendable {
    public struct Outcome: Hashable, Sendable {
        public var id: String
        public var name: LocalizedText
        public var description: LocalizedText?
        public var provenance: Provenance
        public init(id: String, name: LocalizedText, description: LocalizedText? = nil, provenance: Provenance = .seed) {
            self.id = id
            self.name = name
            self.description = description
            self.provenance = provenance
        }
    }
    public struct Horizon: Hashable, Sendable {
        public var id: String
        public var name: LocalizedText
        public var span: LocalizedText?
        public var description: LocalizedText?
        public var provenance: Provenance
        public init(id: String, name: LocalizedText, span: LocalizedText? = nil, description: LocalizedText? = nil, provenance: Provenance = .seed) {
            self.id = id
            self.name = name
            self.span = span
            self.description = description
            self.provenance = provenance
        }
    }
    public var vision: LocalizedText?
    public var callToAction: LocalizedText?
    public var objective: LocalizedText?
    public var outcomes: [Outcome]
    public var horizons: [Horizon]
    /// The result boxes of the strategy poster, in the seed's order (the name is the file's:
    /// the seed does not tie every box to the immediate horizon; see `resultBoxes`).
    public var immediateResults: [LocalizedText]
    public var immediateResultsNote: LocalizedText?
    /// `resultBoxes[i]` describes `immediateResults[i]`.
    public var resultBoxes: [ResultBox]
    public var variants: Variants?
    public var posterLabels: PosterLabels?
    /// The heading of the areas' proposed initiatives on the poster.
    public var initiativesHeading: LocalizedText?
    public var provenance: Provenance
    /// The future-state overview (steering committee, champion, layers...), kept as a tree of
    /// titled texts because its shape is the document's, not the program's.
    public var futureState: DocumentNode?

    public init(vision: LocalizedText? = nil, callToAction: LocalizedText? = nil, objective: LocalizedText? = nil,
                outcomes: [Outcome] = [], horizons: [Horizon] = [], immediateResults: [LocalizedText] = [],
                futureState: DocumentNode? = nil) {
        self.vision = vision
        self.callToAction = callToAction
        self.objective = objective
        self.outcomes = outcomes
        self.horizons = horizons
        self.immediateResults = immediateResults
        self.futureState = futureState
        self.resultBoxes = []
        self.provenance = .seed
    }
}

/// A free-form part of the document: texts, lists and named sections, as the file nests them.
public indirect enum DocumentNode: Sendable, Hashable {
    case text(LocalizedText)
    case list([DocumentNode])
    case section([(key: String, value: DocumentNode)])
    case number(Double)
    case flag(Bool)
    case empty

    public static func == (a: DocumentNode, b: DocumentNode) -> Bool {
        switch (a, b) {
        case let (.text(x), .text(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.section(x), .section(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.number(x), .number(y)): return x == y
        case let (.flag(x), .flag(y)): return x == y
        case (.empty, .empty): return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let t): hasher.combine(t)
        case .list(let l): hasher.combine(l)
        case .section(let s): for (k, v) in s { hasher.combine(k); hasher.combine(v) }
        case .number(let n): hasher.combine(n)
        case .flag(let f): hasher.combine(f)
        case .empty: hasher.combine(0)
        }
    }
}
