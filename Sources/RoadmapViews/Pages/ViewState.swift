import RoadmapModel

/// The pages of the explorer, in the order of their number keys (1–9); then the what-if
/// report, which the explorer shows in a panel (`w`) rather than as a view of its own.
public enum ViewKind: String, CaseIterable, Sendable {
    case roadmap, teams, dependencies, transition, strategy, glossary
    case criticalPath = "critical-path"
    case currentState = "current-state"
    case teamGantt = "team-gantt"
    case whatIfs = "what-ifs"

    /// The views Tab and the number keys go through: the what-if report is a panel.
    public static let screens: [ViewKind] = allCases.filter { $0 != .whatIfs }
}

public enum DependencyScope: String, CaseIterable, Sendable {
    /// What one activity waits for and what waits for it.
    case activity
    /// Every link of the network (between the activities the filters keep).
    case network
}

/// A place in the dependencies view's history: one activity's links, or the whole network.
public enum DependencyPlace: Hashable, Sendable {
    case activity(Int)
    case network
}

/// Everything a view depends on besides the roadmap and its schedule: which page, which
/// language, which filters, which activity is selected. The explorer changes it on each key;
/// the command line builds it from flags. Same state, same page: that is what makes the text
/// export of the current view exact.
public struct ViewState: Hashable, Sendable {
    public var view: ViewKind
    public var language: Language
    public var filter: ActivityFilter
    /// The activity the dependency view is about and the selection in the explorer.
    public var selectedActivity: Int?
    /// The order of the roadmap grid's areas and activities.
    public var order: RowOrder
    /// The headings folded (areas on the grid, sub-committees on the teams page).
    public var folded: Set<Fold> = []
    /// The width of the grid's months, and the first month shown when they do not all fit.
    public var zoom: MonthZoom = .fit
    public var firstMonth = 0
    /// What the dependencies view lists: the selected activity's links, or the whole network's.
    public var dependencyScope: DependencyScope = .activity
    /// Where the dependencies view followed links from, oldest first: where Backspace goes
    /// back to, as a browser's history.
    public var trail: [DependencyPlace] = []
    /// The scenario the what-ifs came from (`--scenario`, or the explorer's last save), which
    /// the filter line and the exports name.
    public var scenario: ScenarioInUse?
    /// Whether the page is drawn for the screen or written as a document (every export).
    public var medium: Medium = .screen
    /// On the screen, the reasons behind the provenance marks (why a value is inferred, what
    /// the source lost): where the values are (`.shown`), or counted on one line that names
    /// the key that shows them (`.hidden`). A document numbers them at its end whatever this says.
    public var notes: NoteDisplay = .shown

    public init(view: ViewKind = .roadmap, language: Language = .en, filter: ActivityFilter = ActivityFilter(), selectedActivity: Int? = nil,
                order: RowOrder = .file) {
        self.view = view
        self.language = language
        self.filter = filter
        self.selectedActivity = selectedActivity
        self.order = order
    }
}

/// Where a page goes: the screen may shorten a name to fit its columns and name the keys that
/// do things; a document (a file, the clipboard) never loses a word and names no key.
public enum Medium: Hashable, Sendable {
    case screen
    case document
}

/// How a screen page shows the reasons behind its provenance marks.
public enum NoteDisplay: Hashable, Sendable {
    /// Each reason under the value it explains.
    case shown
    /// The marks only, and a line saying how many reasons there are and that `key` shows them.
    case hidden(key: String)
}
