import Foundation
import RoadmapModel
import RoadmapViews

/// The explorer's whole state and its one update function: a key comes in, the state changes,
/// and what the program must do besides redrawing (quit, write an export) comes out. No
/// terminal here, so tests drive it with key sequences and look at the screen it composes.
struct Explorer {
    enum Effect: Equatable {
        case none
        case quit
        /// `view`: the view to write when not the one on screen (the what-if panel's report).
        case export(path: String, format: ExportFormat, view: ViewKind? = nil)
        /// Write the what-ifs in force as the scenario `name` (`S`).
        case saveScenario(path: String, name: String)
    }

    struct Message: Equatable {
        var text: String
        var isError = false
    }

    private(set) var scheduled: ScheduledRoadmap
    private(set) var state: ViewState
    private(set) var width: Int
    private(set) var height: Int
    /// The first page row on screen.
    private(set) var scroll = 0
    /// The page row under the cursor.
    private(set) var cursor = 0
    private(set) var overlay: Overlay?
    /// The folded heading under the cursor, when the cursor is on one rather than on an activity.
    private(set) var cursorHeading: Fold?
    /// Where each view was left (its first row on screen and its cursor), to come back to it.
    private var positions: [ViewKind: (scroll: Int, cursor: Int)] = [:]
    /// One what-if key press: enough to take it back.
    struct WhatIfStep: Equatable {
        let activity: Int
        let months: Int
    }
    /// What `u` takes back: one what-if key press, or `U`, which removed every what-if.
    enum UndoStep: Equatable {
        case whatIf(WhatIfStep)
        /// The delays in force before `U`.
        case reset(delays: [Int: Int])
    }
    /// Steps to take back with `u`, most recent last. `u` recomputes the schedule with the
    /// step's opposite delay — as fast as the step itself — where keeping the whole schedule
    /// from before each press cost about 9 MB a press at 100,000 activities.
    private(set) var undoStack: [UndoStep] = []
    /// The steps `u` can take back. A step is small, so the cap is not about memory: it
    /// keeps a session that runs for days from growing without end, and a thousand presses are
    /// more than anyone takes back one by one. Past it the oldest steps stay in force (the
    /// header still lists every delay), and cannot be undone one by one.
    static let undoLimit = 1000
    /// The thresholds `M` steps through (months of total float at most), after "all".
    static let floatSteps: [Int?] = [0, 1, 2, 3, 6]
    private(set) var lastChange: ScheduleChange?
    /// The what-ifs the explorer opened with (`--delay`): quitting does not lose them.
    private(set) var initialDelays: [Int: Int]
    /// The errors of the roadmap file on disk, when it changed and no longer loads (the last
    /// good version stays on screen); nil when it loads.
    var reloadErrors: Int?
    var message: Message?
    /// The time, for the default export file name; tests fix it.
    var now: () -> Date = Date.init
    /// The home folder, for `~` in the export prompt (HOME).
    var home: String?
    /// Whether a path names the roadmap file on screen, which the export prompt refuses to
    /// write over. The loop says (it knows the file); none by default.
    var isOpenRoadmap: (String) -> Bool = { _ in false }
    /// The roadmap file's name for the status line; nil for the roadmap compiled into the program.
    var fileName: String?
    /// How `e` writes its exports (a byte order mark before a CSV: `roadmap --bom`).
    var exportOptions = ExportOptions()

    /// Internal so that tests can count the pages built.
    let pages = PageCache()
    /// The what-if panel's report, built once per what-if and width rather than on each key
    /// (a what-if at the head of a chain of 100,000 lists them all: 300 ms to build).
    let reports = PageCache()

    init(scheduled: ScheduledRoadmap, state: ViewState, width: Int, height: Int) {
        self.scheduled = scheduled
        self.state = state
        self.width = width
        self.height = height
        initialDelays = scheduled.delays
        if state.selectedActivity == nil { self.state.selectedActivity = firstActivityRow().flatMap { page.activity(atRow: $0) } }
        restoreCursor()
    }

    // MARK: - Geometry

    /// The page for the current state and width, built once per change and reused while only
    /// the cursor moves.
    var page: Page { pages.page(scheduled, state, width: width) }
    /// The rows between the page header and the two bottom lines.
    var bodyHeight: Int { max(0, height - page.header.height - bottomLines) }
    /// The tab strip of the views, above the status line, where the body keeps room for a few rows.
    var showsTabStrip: Bool { height >= Self.tabStripHeight }
    static let tabStripHeight = 14
    /// The lines under the body: the tab strip, the status line and the key bar.
    var bottomLines: Int { showsTabStrip ? 3 : 2 }
    static let minimumWidth = 40
    static let minimumHeight = 10
    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Views whose rows are activities to select; the others scroll like a document.
    /// In the dependencies view the rows are links: the cursor picks one to follow, and the
    /// selection stays the activity the view is about.
    var selectsActivities: Bool { state.view == .roadmap || state.view == .teams || state.view == .dependencies || state.view == .teamGantt }
    /// The team under the cursor on the team Gantt, whose rows are teams.
    private(set) var selectedTeam: Int?
    var selectedActivity: Int? { state.selectedActivity }
    /// The activity an action (`Enter`, `d`, `+`, `-`) is about: the selected row where rows
    /// are activities, the activity the dependency view shows; nothing on the other pages,
    /// where the selection kept for coming back is not on screen.
    var actionableActivity: Int? {
        guard let activity = state.selectedActivity else { return nil }
        if selectsActivities { return page.row(of: activity) == nil ? nil : activity }
        return state.view == .dependencies ? activity : nil
    }
    /// Where the keys go now: the main screen's keymap, or the open overlay's.
    var keyContexts: [KeyContext] { overlay?.contexts ?? [.main] }

    /// The activities whose what-if is not the one they had when the explorer opened: what
    /// quitting would lose (the command line's `--delay`s can be given again).
    var unsavedWhatIfs: Int {
        Set(scheduled.delays.keys).union(initialDelays.keys).filter { scheduled.delays[$0] != initialDelays[$0] }.count
    }

    /// For drawing what fits on a terminal too small to use: the same state at another size.
    mutating func resizeForDrawing(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Another roadmap in place of this one (a reload), with what the caller carried over.
    mutating func replaceRoadmap(_ scheduled: ScheduledRoadmap, initialDelays: [Int: Int], selected: Int?, undo: [UndoStep],
                                 scenario: ScenarioInUse? = nil) {
        self.scheduled = scheduled
        state.scenario = scenario
        self.initialDelays = initialDelays
        undoStack = undo
        lastChange = nil
        state.selectedActivity = selected
        // The details box follows its activity by id, or closes when it is gone.
        if case .details(_, let box)? = overlay { overlay = selected.map { .details(activity: $0, box) } }
        restoreCursor()
    }

    // MARK: - Update

    mutating func handle(_ key: Key) -> Effect {
        if case let .resize(w, h) = key {
            width = max(1, w)
            height = max(1, h)
            clampScroll()
            return .none
        }
        if isTooSmall { return handleTooSmall(key) }
        if let overlay { return handle(key, in: overlay) }
        switch key {
        case let .click(x, y) where showsTabStrip && y == height - 3:
            // A click on a tab of the strip shows its view, as its number key does.
            if let tab = ScreenComposer.tabs(state, width: width).first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.view) }
            return .none
        case let .click(_, y):
            let row = scroll + y - page.header.height
            // A click on a heading folds or unfolds it, as Enter does; otherwise only an
            // activity's row takes the selection: a heading under the cursor would leave the
            // selection, and what `+` moves, on another row.
            if y >= page.header.height, y < page.header.height + bodyHeight, row < page.rowCount, selectsActivities {
                if page.heading(atRow: row) != nil {
                    moveCursor(to: row)
                    toggleFold()
                } else if page.activity(atRow: row) != nil {
                    moveCursor(to: row)
                }
            }
            return .none
        case .wheelDown: wheel(3); return .none
        case .wheelUp: wheel(-3); return .none
        default: break
        }
        guard let action = ActionTable.action(for: key, in: .main) else { return .none }
        return perform(action)
    }

    /// Too small to show the page: only quitting works, and its question, which is drawn in
    /// place of the message asking for room.
    private mutating func handleTooSmall(_ key: Key) -> Effect {
        if let overlay, case .question = overlay { return handle(key, in: overlay) }
        guard ActionTable.action(for: key, in: .main) == .quit else { return .none }
        overlay = nil
        return requestQuit()
    }

    /// `q` and Ctrl-C: at once, unless what-ifs made here would be lost; then ask.
    private mutating func requestQuit() -> Effect {
        let count = unsavedWhatIfs
        guard count > 0 else { return .quit }
        overlay = .question(Question(subject: .quit(whatIfs: count)))
        return .none
    }

    private mutating func perform(_ action: Action) -> Effect {
        message = nil
        switch action {
        case .moveDown: step(1)
        case .moveUp: step(-1)
        case .pageDown: step(max(1, bodyHeight - 1))
        case .pageUp: step(-max(1, bodyHeight - 1))
        case .first: selectsActivities ? moveCursor(to: firstActivityRow() ?? 0) : scrollTo(0)
        case .last: selectsActivities ? moveCursor(to: lastActivityRow() ?? 0) : scrollTo(page.rowCount)
        case .nextView: show(ViewKind.screens[((ViewKind.screens.firstIndex(of: state.view) ?? -1) + 1) % ViewKind.screens.count])
        case .previousView: show(ViewKind.screens[((ViewKind.screens.firstIndex(of: state.view) ?? 0) + ViewKind.screens.count - 1) % ViewKind.screens.count])
        case .showRoadmap: show(.roadmap)
        case .showTeams: show(.teams)
        case .showDependencies: show(.dependencies)
        case .dependencies:
            if actionableActivity != nil {
                state.dependencyScope = .activity
                showDependencies()
            } else {
                sayNothingSelected()
            }
        case .showTransition: show(.transition)
        case .showStrategy: show(.strategy)
        case .showGlossary: show(.glossary)
        case .showCriticalPath: show(.criticalPath)
        case .showCurrentState: show(.currentState)
        case .showTeamGantt: show(.teamGantt)
        case .cycleOrder:
            state.order = state.order.next
            let recorded = state.order.isRecorded(in: scheduled.roadmap)
            let words = Vocabulary(state.language)
            message = Message(text: words.order(recorded ? state.order : .file).capitalizedFirst
                + (recorded ? "" : self.words(" (le fichier n’enregistre pas cet ordre)", " (the file does not record this order)")))
            restoreCursor()
        // Enter on a heading folds or unfolds it, on every page that has headings.
        case .details where selectsActivities && page.heading(atRow: cursor) != nil:
            toggleFold()
        case .details where state.view == .teamGantt:
            if let team = page.team(atRow: cursor) { overlay = .team(team, ScrollBox()) }
            else { message = Message(text: words("Aucune équipe choisie.", "No team selected."), isError: true) }
        case .details where state.view == .dependencies && followsLink:
            follow()
        case .back: back()
        case .toggleNetwork: toggleNetwork()
        case .toggleFold: toggleFold()
        case .monthsBack: scrollMonths(-1)
        case .monthsForward: scrollMonths(1)
        case .zoomOut: zoom(wider: false)
        case .zoomIn: zoom(wider: true)
        case .zoomFit:
            state.zoom = .fit
            state.firstMonth = 0
        case .toggleAllFolds: toggleAllFolds()
        case .details:
            if let activity = actionableActivity { overlay = .details(activity: activity, ScrollBox()) } else { sayNothingSelected() }
        case .pickRoles: openPicker(.roles)
        case .pickAreas: openPicker(.areas)
        case .pickTeams: openPicker(.teams)
        case .pickPeriods: openPicker(.periods)
        case .pickSubcommittees: openPicker(.subcommittees)
        case .toggleSlipping:
            var filter = state.filter
            filter.slippingOnly.toggle()
            setFilter(filter)
        case .cycleMaxFloat:
            var filter = state.filter
            let steps: [Int?] = [nil] + Self.floatSteps
            filter.maxFloat = steps[((steps.firstIndex(of: filter.maxFloat) ?? 0) + 1) % steps.count]
            setFilter(filter)
        case .cycleStatus:
            var filter = state.filter
            filter.status = filter.status == nil ? .new : filter.status == .new ? .ongoing : nil
            setFilter(filter)
        case .toggleCritical:
            var filter = state.filter
            filter.criticalOnly.toggle()
            setFilter(filter)
        case .search: overlay = .prompt(Prompt(kind: .search(previous: state.filter.search), text: state.filter.search))
        case .nextMatch: findMatch(forward: true)
        case .previousMatch: findMatch(forward: false)
        case .clearFilters: clearFilters()
        case .delay: whatIf(1)
        case .advance: whatIf(-1)
        case .undo: undo()
        case .resetWhatIfs: resetWhatIfs()
        case .toggleStatedOnly: toggleStatedOnly()
        case .whatIfs: overlay = .whatIfs(ScrollBox())
        case .saveScenario: overlay = .prompt(Prompt(kind: .saveScenario, text: defaultScenarioName))
        case .switchLanguage: switchLanguage()
        case .export:
            overlay = .prompt(Prompt(kind: .export, text: defaultExportName()))
        case .help: overlay = .help(ScrollBox())
        case .quit: return requestQuit()
        case .close, .toggle, .apply, .filterChoices, .endFilter, .clearFilter, .cancel, .confirm, .complete,
             .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward, .deleteToStart, .deleteWord, .deleteToEnd,
             .yes, .no:
            break  // the overlays' and prompts' actions; no main-screen key stands for them
        }
        return .none
    }

    /// An open overlay takes every key: its component looks the key up in its own contexts and
    /// says what it asks of the explorer.
    private mutating func handle(_ key: Key, in overlay: Overlay) -> Effect {
        switch overlay {
        case var .help(box):
            let lines = HelpText.lines(state.language, width: OverlayLayout.width(preferred: OverlayLayout.helpWidth, screenWidth: width) - 4).count
            let frame = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.helpWidth, screenWidth: width, screenHeight: height)
            let outcome = box.handle(key, contexts: overlay.contexts, lines: lines, visible: frame.innerHeight)
            self.overlay = outcome == .close ? nil : .help(box)
        case .details(let activity, var box):
            let lines = detailsPage(activity).height
            let frame = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.detailsWidth, screenWidth: width, screenHeight: height)
            switch box.handle(key, contexts: overlay.contexts, lines: lines, visible: frame.innerHeight) {
            case .close: self.overlay = nil
            case .other(.dependencies):
                self.overlay = nil
                state.selectedActivity = activity
                state.dependencyScope = .activity
                showDependencies()
            default: self.overlay = .details(activity: activity, box)
            }
        case .team(let team, var box):
            let lines = teamPage(team).height
            let frame = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.detailsWidth, screenWidth: width, screenHeight: height)
            self.overlay = box.handle(key, contexts: overlay.contexts, lines: lines, visible: frame.innerHeight) == .close ? nil : .team(team, box)
        case var .whatIfs(box):
            let report = whatIfPage()
            let lines = report.header.height + report.rowCount
            let frame = OverlayLayout.box(contentHeight: lines, preferredWidth: OverlayLayout.detailsWidth, screenWidth: width, screenHeight: height)
            switch box.handle(key, contexts: overlay.contexts, lines: lines, visible: frame.innerHeight) {
            case .close: self.overlay = nil
            case .other(.export):
                self.overlay = .prompt(Prompt(kind: .export, text: defaultExportName(view: .whatIfs), view: .whatIfs))
            default: self.overlay = .whatIfs(box)
            }
        case var .picker(picker):
            let rows = OverlayLayout.picker(picker, screenWidth: width, screenHeight: height).listRows
            switch picker.handle(key, rows: rows) {
            case .stay: self.overlay = .picker(picker)
            case .cancel: self.overlay = nil
            case .switchLanguage:
                self.overlay = .picker(picker)
                switchLanguage()
            case let .apply(ids):
                self.overlay = nil
                var filter = state.filter
                switch picker.kind {
                case .roles: filter.roles = ids
                case .areas: filter.areas = ids
                case .teams: filter.teams = ids
                case .periods: filter.periods = ids
                case .subcommittees: filter.subcommittees = ids
                }
                setFilter(filter)
            }
        case var .prompt(prompt):
            switch prompt.handle(key, home: home, language: state.language) {
            case .stay: self.overlay = .prompt(prompt)
            case .edited:
                self.overlay = .prompt(prompt)
                // The search filters as it is typed: the page answers each key that changes it.
                if case .search = prompt.kind { setSearch(prompt.text) }
            case .cancel:
                self.overlay = nil
                if case let .search(previous) = prompt.kind { setSearch(previous) }
            case .confirm:
                return confirm(prompt)
            }
        case let .question(question):
            switch question.handle(key) {
            case .stay: break
            case .yes:
                self.overlay = nil
                switch question.subject {
                case .quit: return .quit
                case let .overwrite(path, format, prompt): return .export(path: path, format: format, view: prompt.view)
                case let .overwriteScenario(path, name, _): return .saveScenario(path: path, name: name)
                }
            case .no:
                self.overlay = nil
                switch question.subject {
                case let .overwrite(_, _, prompt), let .overwriteScenario(_, _, prompt): self.overlay = .prompt(prompt)
                case .quit: break
                }
            case .cancel:
                self.overlay = nil
            }
        }
        return .none
    }

    /// Enter in a prompt: the search stays; an export goes ahead, asks before writing over a
    /// file, or says why it cannot and leaves the prompt open to correct the name.
    private mutating func confirm(_ prompt: Prompt) -> Effect {
        switch prompt.kind {
        case .search:
            overlay = nil
            setSearch(prompt.text)
        case .export:
            switch ExportTarget.resolve(prompt.text, view: prompt.view ?? state.view, home: home, isOpenRoadmap: isOpenRoadmap, language: state.language) {
            case let .write(path, format):
                overlay = nil
                return .export(path: path, format: format, view: prompt.view)
            case let .overwrite(path, format):
                overlay = .question(Question(subject: .overwrite(path: path, format: format, prompt: prompt)))
            case let .refuse(reason):
                var refused = prompt
                refused.note = reason
                overlay = .prompt(refused)
            }
        case .saveScenario:
            switch ScenarioTarget.resolve(prompt.text, home: home, isOpenRoadmap: isOpenRoadmap, language: state.language) {
            case let .write(path, name):
                overlay = nil
                return .saveScenario(path: path, name: name)
            case let .overwrite(path, name):
                overlay = .question(Question(subject: .overwriteScenario(path: path, name: name, prompt: prompt)))
            case let .refuse(reason):
                var refused = prompt
                refused.note = reason
                overlay = .prompt(refused)
            }
        }
        return .none
    }

    /// What `S` offers to save as: the scenario in use, else a name made from the roadmap file's.
    var defaultScenarioName: String {
        // A name read from a file may hold control characters, which must not reach the screen.
        if let scenario = state.scenario { return Sanitized.text(scenario.name) }
        var stem = fileName ?? "roadmap"
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        return (stem.isEmpty ? "roadmap" : stem) + "-what-ifs"
    }

    /// Called once the scenario is written: the header names it, and quitting loses nothing.
    mutating func scenarioSaved(name: String, path: String) {
        state.scenario = ScenarioInUse(name: name, delays: scheduled.delays)
        initialDelays = scheduled.delays
        message = Message(text: words("Scénario « \(Sanitized.inline(name, limit: 40)) » enregistré dans ", "Scenario “\(Sanitized.inline(name, limit: 40))” saved to ")
                          + Sanitized.inline(path, limit: 80))
    }

    // MARK: - Pieces

    /// The details of an activity as the box shows them, at the box's inner width.
    func detailsPage(_ activity: Int) -> Canvas {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        return DetailsPage.make(scheduled, activity: activity, language: state.language, width: max(1, width - 4))
    }

    /// A team's details as the box shows them, at the box's inner width.
    func teamPage(_ team: Int) -> Canvas {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        return TeamDetailsPage.make(scheduled, team: team, language: state.language, width: max(1, width - 4))
    }

    /// The what-if report as the panel shows it, at the box's inner width. A page, whose rows
    /// the panel draws as they come into view: the list can hold every activity.
    func whatIfPage() -> Page {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        var report = state
        report.view = .whatIfs
        return reports.page(scheduled, report, width: max(1, width - 4))
    }

    func words(_ fr: String, _ en: String) -> String { state.language == .fr ? fr : en }

    /// Another view, where it was left: its scroll and cursor (clamped to the page as it is
    /// now); the activity views put the cursor back on the selection.
    private mutating func show(_ view: ViewKind) {
        positions[state.view] = (scroll, cursor)
        // Coming to the dependencies view starts a new history.
        if view == .dependencies, state.view != .dependencies || !state.trail.isEmpty { state.trail = [] }
        state.view = view
        let kept = positions[view] ?? (0, 0)
        scroll = kept.scroll
        cursor = selectsActivities ? kept.cursor : kept.scroll
        clampScroll()
        restoreCursor()
    }

    /// `d`: the dependency view of the selected activity, from its top — the place kept for
    /// the view was in another activity's links.
    private mutating func showDependencies() {
        if state.view != .dependencies { positions[.dependencies] = nil }
        show(.dependencies)
    }

    /// Enter in the dependencies view follows the link under the cursor: to another activity,
    /// or from the whole network to a link's predecessor. On the activity itself it opens its details.
    private var followsLink: Bool {
        guard let target = page.activity(atRow: cursor) else { return false }
        return state.dependencyScope == .network || target != state.selectedActivity
    }

    private mutating func follow() {
        guard let target = page.activity(atRow: cursor) else { return }
        if state.dependencyScope == .network { state.trail.append(.network) }
        else if let current = state.selectedActivity { state.trail.append(.activity(current)) }
        state.dependencyScope = .activity
        state.selectedActivity = target
        scroll = 0
        cursor = 0
        restoreCursor()
    }

    /// Backspace: the activity the view was about before the last Enter, as a browser's Back.
    private mutating func back() {
        guard state.view == .dependencies else {
            message = Message(text: words("⌫ revient en arrière dans la vue des dépendances (3).", "⌫ goes back in the dependencies view (3)."))
            return
        }
        guard let previous = state.trail.popLast() else {
            message = Message(text: words("Début de l’historique : rien avant.", "Start of the history: nothing before."))
            return
        }
        let from = state.selectedActivity
        switch previous {
        case .network:
            state.dependencyScope = .network
        case let .activity(activity):
            state.dependencyScope = .activity
            state.selectedActivity = activity
        }
        scroll = 0
        cursor = 0
        restoreCursor()
        // Back on the link that was followed, as a browser comes back to where the reader was
        // (in the network, the first link from that activity).
        let skip = state.dependencyScope == .activity ? 1 : 0
        if let from, let row = (skip..<max(skip, page.rowCount)).first(where: { page.activity(atRow: $0) == from }) { moveCursor(to: row) }
    }

    /// `A`: the dependencies of the selected activity, or every link (all) of the network.
    private mutating func toggleNetwork() {
        if state.view != .dependencies { show(.dependencies) }
        state.dependencyScope = state.dependencyScope == .activity ? .network : .activity
        scroll = 0
        cursor = 0
        restoreCursor()
    }

    private mutating func setFilter(_ filter: ActivityFilter) {
        state.filter = filter
        restoreCursor()
    }

    private mutating func setSearch(_ text: String) {
        var filter = state.filter
        filter.search = text
        setFilter(filter)
    }

    private mutating func openPicker(_ kind: Picker.Kind) {
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
            choices = roadmap.teams.map { team in
                Picker.Choice(id: team.id, label: LocalizedText(fr: "\(team.role)  \(team.name.fr)", en: "\(team.role)  \(team.name.en)"))
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
        }
        overlay = .picker(Picker(kind: kind, choices: choices, checked: checked))
    }

    /// `i`: the schedule with the stated dependencies only, and back; the what-ifs stay.
    private mutating func toggleStatedOnly() {
        scheduled = scheduled.statedOnly(!scheduled.statedOnly)
        lastChange = nil
        let vocabulary = Vocabulary(state.language)
        let mode = scheduled.statedOnly
            ? vocabulary.statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count).capitalizedFirst
            : words("Toutes les dépendances", "All dependencies")
        let critical = scheduled.schedule.criticalPath.count
        message = Message(text: mode + " · " + finishText() + " · " + words("\(critical) critiques", "\(critical) critical"))
        restoreCursor()
    }

    private mutating func switchLanguage() {
        state.language = state.language.other
        restoreCursor()
    }

    /// `x` clears the filters and says so, and that the what-ifs on the same line stay.
    private mutating func clearFilters() {
        let had = !state.filter.isEmpty
        setFilter(ActivityFilter())
        var text = had ? words("Filtres effacés.", "Filters cleared.") : words("Aucun filtre à effacer.", "No filter to clear.")
        let whatIfs = scheduled.delays.count
        if whatIfs > 0 {
            text += " " + words("Les simulations restent (U les retire).", "The what-ifs stay (U removes them).")
        }
        message = Message(text: text)
    }

    /// `U`: every what-if off at once, the command line's too; `u` brings them all back.
    private mutating func resetWhatIfs() {
        let count = scheduled.delays.count
        guard count > 0 else {
            message = Message(text: words("Aucune simulation à retirer.", "No what-if to remove."))
            return
        }
        let before = scheduled
        pushUndo(.reset(delays: scheduled.delays))
        scheduled = ScheduledRoadmap(scheduled.validated, searchIndex: scheduled.searchIndex, statedOnly: scheduled.statedOnly,
                                     baselineVersion: scheduled.baselineVersion)
        lastChange = ScheduleChange(from: before.schedule, to: scheduled.schedule)
        message = Message(text: words(count > 1 ? "\(count) simulations retirées (u les rétablit)." : "1 simulation retirée (u la rétablit).",
                                      count > 1 ? "\(count) what-ifs removed (u brings them back)." : "1 what-if removed (u brings it back).")
                          + " " + finishText())
        restoreCursor()
    }

    private mutating func undo() {
        guard let step = undoStack.popLast() else {
            message = Message(text: words("Rien à annuler.", "Nothing to undo."))
            return
        }
        let previous: ScheduledRoadmap
        let text: String
        switch step {
        case let .whatIf(step):
            previous = scheduled.delaying(step.activity, by: -step.months)
            text = words("Simulation annulée.", "What-if undone.")
        case let .reset(delays):
            previous = ScheduledRoadmap(scheduled.validated, delays: delays, searchIndex: scheduled.searchIndex, statedOnly: scheduled.statedOnly,
                                        baselineVersion: scheduled.baselineVersion)
            let count = previous.delays.count
            text = words("\(count) simulation\(count > 1 ? "s rétablies" : " rétablie").", "\(count) what-if\(count == 1 ? "" : "s") brought back.")
        }
        let change = ScheduleChange(from: scheduled.schedule, to: previous.schedule)
        scheduled = previous
        lastChange = undoStack.isEmpty ? nil : change
        message = Message(text: text + " " + finishText())
        restoreCursor()
    }

    private mutating func pushUndo(_ step: UndoStep) {
        undoStack.append(step)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    }

    private mutating func whatIf(_ months: Int) {
        guard let activity = actionableActivity else {
            sayNothingSelected()
            return
        }
        let before = scheduled
        let after = scheduled.delaying(activity, by: months)
        pushUndo(.whatIf(WhatIfStep(activity: activity, months: months)))
        scheduled = after
        let change = ScheduleChange(from: before.schedule, to: after.schedule)
        lastChange = change
        message = Message(text: describe(change, activity: activity, months: months))
        restoreCursor()
    }

    /// "cloud +1 month: 3 activities moved · finish Apr 2018 (+1) · critical path changed".
    func describe(_ change: ScheduleChange, activity: Int, months: Int) -> String {
        let vocabulary = Vocabulary(state.language)
        let id = scheduled.roadmap.activities[activity].id
        var parts = ["\(Sanitized.inline(id, limit: 30)) \(months > 0 ? "+" : "")\(vocabulary.months(months))"]
        let moved = change.moved.count
        parts.append(words("\(moved) activité\(moved > 1 ? "s" : "") déplacée\(moved > 1 ? "s" : "")", "\(moved) activit\(moved == 1 ? "y" : "ies") moved"))
        var finish = finishText()
        if change.finishDelta != 0 { finish += " (\(change.finishDelta > 0 ? "+" : "")\(change.finishDelta))" }
        parts.append(finish)
        if change.criticalPathChanged { parts.append(words("chemin critique modifié", "critical path changed")) }
        return parts.joined(separator: " · ")
    }

    /// An action about an activity with none on screen: why nothing happened, and where to
    /// select one.
    private mutating func sayNothingSelected() {
        let text = selectsActivities
            ? (page.rowCount == 0 || firstActivityRow() == nil
                ? words("Aucune activité affichée : rien n’est choisi (x efface les filtres).", "No activity shown: nothing is selected (x clears the filters).")
                : words("Aucune activité choisie.", "No activity selected."))
            : words("Aucune activité choisie dans cette vue (1 : la feuille de route).", "No activity selected in this view (1: the roadmap).")
        message = Message(text: text, isError: true)
    }

    private func finishText() -> String {
        let vocabulary = Vocabulary(state.language)
        return "\(vocabulary.finish) \(vocabulary.monthAndYear(scheduled.schedule.projectFinishMonth))"
    }

    private mutating func step(_ delta: Int) {
        if selectsActivities {
            // Move between activity rows, skipping headings; stop at the ends.
            var row = cursor
            var remaining = abs(delta)
            let direction = delta > 0 ? 1 : -1
            var target = cursor
            while remaining > 0 {
                row += direction
                guard row >= 0, row < page.rowCount else { break }
                if isStop(row) {
                    target = row
                    remaining -= 1
                } else if abs(delta) > 1 {
                    remaining -= 1
                }
            }
            if target == cursor && delta > 0 && row >= page.rowCount - 1 {
                // At the last activity: let the legend below come into view.
                scrollBy(delta)
                return
            }
            moveCursor(to: target)
        } else {
            scrollBy(delta)
        }
    }

    /// The wheel scrolls the page. Where rows are activities, the cursor follows onto the
    /// nearest activity still on screen; otherwise keeping the cursor visible would pull the
    /// page back, and the wheel would stop at the selection.
    private mutating func wheel(_ delta: Int) {
        guard selectsActivities, bodyHeight > 0, page.rowCount > bodyHeight else {
            scrollBy(delta)
            return
        }
        let top = max(0, min(scroll + delta, page.rowCount - bodyHeight))
        let visible = top..<min(page.rowCount, top + bodyHeight)
        if !visible.contains(cursor) {
            let candidates = cursor < top ? Array(visible) : Array(visible.reversed())
            guard let row = candidates.first(where: isStop) else { return }
            cursor = row
            select(row)
        }
        scroll = top
        clampScroll()
    }

    private mutating func moveCursor(to row: Int) {
        guard page.rowCount > 0 else { cursor = 0; scroll = 0; return }
        cursor = min(max(0, row), page.rowCount - 1)
        select(cursor)
        if cursor < scroll { scroll = cursor }
        // Back on the first activity, the top of the page (its area's heading) comes into view.
        if cursor <= scroll, scroll > 0, let first = firstActivityRow(), cursor <= first { scroll = 0 }
        if cursor >= scroll + bodyHeight { scroll = cursor - bodyHeight + 1 }
        clampScroll()
    }

    private mutating func scrollBy(_ delta: Int) { scrollTo(scroll + delta) }

    private mutating func scrollTo(_ row: Int) {
        scroll = row
        clampScroll()
        if !selectsActivities { cursor = scroll }
    }

    private mutating func clampScroll() {
        scroll = max(0, min(scroll, page.rowCount - bodyHeight))
        if selectsActivities, bodyHeight > 0 {
            if cursor < scroll { scroll = cursor }
            if cursor >= scroll + bodyHeight { scroll = max(0, cursor - bodyHeight + 1) }
        }
    }

    /// After the page changed: put the cursor back on the selected activity if it is still
    /// shown, else on the first activity row.
    private mutating func restoreCursor() {
        guard selectsActivities else {
            clampScroll()
            return
        }
        if state.view == .dependencies {
            // On the first link, past the activity the view is about.
            let subject = state.dependencyScope == .activity ? state.selectedActivity : nil
            let first = (0..<page.rowCount).first { row in page.activity(atRow: row).map { $0 != subject } ?? false }
            if let row = first ?? firstActivityRow() { moveCursor(to: row) } else { cursor = 0; scroll = 0 }
        } else if state.view == .teamGantt {
            let row = selectedTeam.flatMap { team in (0..<page.rowCount).first { page.team(atRow: $0) == team } }
            if let row = row ?? firstActivityRow() { moveCursor(to: row) } else { cursor = 0; scroll = 0 }
        } else if let activity = state.selectedActivity, let row = page.row(of: activity) {
            moveCursor(to: row)
        } else if let fold = cursorHeading, let row = page.row(of: fold), page.heading(atRow: row)?.folded == true {
            moveCursor(to: row)
        } else if let row = firstActivityRow() {
            moveCursor(to: row)
        } else {
            // No activity left on the page: nothing is selected, rather than one the user
            // cannot see (the live search picks rows on the way to an empty result).
            state.selectedActivity = nil
            cursor = 0
            scroll = 0
        }
    }

    private func firstActivityRow() -> Int? {
        (0..<page.rowCount).first(where: isStop)
    }

    private func lastActivityRow() -> Int? {
        (0..<page.rowCount).reversed().first(where: isStop)
    }

    /// Where the cursor can rest: an activity, a team on the team Gantt, or a folded heading
    /// (the only way to reach what it hides, and to unfold it).
    private func isStop(_ row: Int) -> Bool {
        page.activity(atRow: row) != nil || page.team(atRow: row) != nil || page.heading(atRow: row)?.folded == true
    }

    /// The row under the cursor becomes the selection: its activity (in the dependencies view
    /// the view's own activity stays: the cursor moves along its links), its team, or nothing
    /// on a heading.
    private mutating func select(_ row: Int) {
        if let team = page.team(atRow: row) { selectedTeam = team }
        if let activity = page.activity(atRow: row) {
            if state.view != .dependencies { state.selectedActivity = activity }
            cursorHeading = nil
        } else if let heading = page.heading(atRow: row) {
            state.selectedActivity = nil
            selectedTeam = nil
            cursorHeading = heading.fold
        }
    }

    // MARK: - Months

    /// ←/→: the grid's months one at a time, when they do not all show.
    private mutating func scrollMonths(_ delta: Int) {
        guard state.view == .roadmap, let window = page.monthWindow else {
            message = Message(text: words("← → font défiler les mois de la feuille de route (1).", "← → scroll the months of the roadmap view (1)."), isError: true)
            return
        }
        guard !window.isWhole else {
            message = Message(text: words("Tous les mois sont affichés ; > les élargit.", "Every month is shown; > makes them wider."))
            return
        }
        state.firstMonth = max(0, min(window.lastFirst, window.first + delta))
    }

    /// `<`/`>`: months a step narrower or wider, the first month shown kept.
    private mutating func zoom(wider: Bool) {
        guard state.view == .roadmap, let window = page.monthWindow else {
            message = Message(text: words("< > règlent la largeur des mois de la feuille de route (1).", "< > set the width of the roadmap view's months (1)."), isError: true)
            return
        }
        guard let next = MonthZoom.step(from: window.monthWidth, compressed: window.compressed, wider: wider) else {
            message = Message(text: wider ? words("Mois déjà au plus large.", "Months already at their widest.")
                                           : words("Mois déjà comprimés.", "Months already compressed."))
            return
        }
        state.zoom = next
        state.firstMonth = window.first
        if let after = page.monthWindow {
            let width: String
            switch next {
            case .compressed: width = words("comprimés", "compressed")
            case let .columns(n): width = words("\(n) colonne\(n > 1 ? "s" : "") par mois", "\(n) column\(n > 1 ? "s" : "") a month")
            case .fit: width = ""
            }
            message = Message(text: words("Mois : ", "Months: ") + width
                              + (after.isWhole ? "" : words(" · ← → pour les autres", " · ← → for the others")))
        }
    }

    // MARK: - Folding

    /// The heading the cursor's row is under (or is).
    private func enclosingHeading() -> (row: Int, heading: PageHeading)? {
        var row = min(cursor, page.rowCount - 1)
        while row >= 0 {
            if let heading = page.heading(atRow: row) { return (row, heading) }
            row -= 1
        }
        return nil
    }

    /// `f` (Enter or a click on a heading): fold the heading of the cursor's row, the cursor
    /// resting on it; or unfold it, the cursor on its first activity.
    private mutating func toggleFold() {
        guard selectsActivities, let (_, heading) = enclosingHeading() else {
            message = Message(text: words("Rien à plier ici : les domaines (1) et les sous-comités (2, 9) se plient.",
                                          "Nothing to fold here: areas (1) and sub-committees (2, 9) fold."), isError: true)
            return
        }
        if heading.folded {
            state.folded.remove(heading.fold)
            cursorHeading = nil
            moveCursorBelow(heading.fold)
        } else {
            state.folded.insert(heading.fold)
            cursorHeading = heading.fold
            if let row = page.row(of: heading.fold) { moveCursor(to: row) }
        }
    }

    /// `F`: fold every heading of the page, or unfold them all when all are folded.
    private mutating func toggleAllFolds() {
        guard selectsActivities else {
            message = Message(text: words("Rien à plier ici : les domaines (1) et les sous-comités (2, 9) se plient.",
                                          "Nothing to fold here: areas (1) and sub-committees (2, 9) fold."), isError: true)
            return
        }
        let headings = (0..<page.rowCount).compactMap { page.heading(atRow: $0) }
        let around = enclosingHeading()?.heading.fold
        if !headings.isEmpty, headings.allSatisfy(\.folded) {
            state.folded.subtract(headings.map(\.fold))
            if let activity = state.selectedActivity, let row = page.row(of: activity) { moveCursor(to: row) }
            else if let around { cursorHeading = nil; moveCursorBelow(around) }
            else { restoreCursor() }
        } else {
            state.folded.formUnion(headings.map(\.fold))
            cursorHeading = around
            restoreCursor()
        }
    }

    /// The cursor on the first activity under a heading just unfolded (on the heading itself
    /// when nothing is under it).
    private mutating func moveCursorBelow(_ fold: Fold) {
        guard let row = page.row(of: fold) else { return restoreCursor() }
        var next = row + 1
        while next < page.rowCount, page.heading(atRow: next) == nil {
            if page.activity(atRow: next) != nil { return moveCursor(to: next) }
            next += 1
        }
        moveCursor(to: row)
    }

    /// `n`/`N`: the next row, after (or before) the cursor, whose text holds the search.
    private mutating func findMatch(forward: Bool) {
        let needle = TextFolding.fold(state.filter.search)
        guard !needle.isEmpty else {
            message = Message(text: words("Aucune recherche : tapez / d’abord.", "No search: type / first."), isError: true)
            return
        }
        let count = page.rowCount
        guard count > 0 else { return }
        let start = selectsActivities ? cursor : scroll
        let index = scheduled.searchIndex.index
        for offset in 1...count {
            let row = ((start + (forward ? offset : -offset)) % count + count) % count
            // An activity matches by its names in both languages, as the search filter does;
            // other rows by the text they show.
            let matches = page.activity(atRow: row).map { index.matches(activity: $0, folded: needle) }
                ?? TextFolding.fold(page.rows(row..<row + 1).line(0)).contains(needle)
            if matches {
                if selectsActivities, page.activity(atRow: row) != nil { moveCursor(to: row) } else { scrollTo(row) }
                return
            }
        }
        message = Message(text: words("Aucun résultat.", "No match."), isError: true)
    }

    /// roadmap-view-20261122-1530.txt: the view, the date and time, in the current folder, in
    /// the view's first format (text, which every view has).
    func defaultExportName(view: ViewKind? = nil) -> String {
        let view = view ?? state.view
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        let format = Exporter.formats(of: view).first ?? .text
        return "roadmap-\(view.rawValue)-\(formatter.string(from: now())).\(format.fileExtension)"
    }

    /// Called by the loop once the export is written (or failed).
    mutating func exportFinished(_ result: Result<String, Error>) {
        switch result {
        case .success(let path): message = Message(text: words("Vue exportée dans ", "View exported to ") + path)
        case .failure(let refusal as ExportRefusal): message = Message(text: refusal.message(state.language), isError: true)
        case .failure(let error): message = Message(text: "\(error)", isError: true)
        }
    }
}
