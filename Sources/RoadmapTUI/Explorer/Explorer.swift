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
        /// Copy the view, as `format` exports it, to the terminal's clipboard (`y`, `Y`).
        case copy(format: ExportFormat)
        /// Write the roadmap with the progress entered to `path` (`W`): over the file read
        /// unless it changed on disk (`overwrite`: even then), or elsewhere.
        case writeProgress(path: String, overwrite: Bool)
        /// Read the file again and put the progress not written back over it.
        case reloadKeepingProgress
    }

    struct Message: Equatable {
        var text: String
        var isError = false
    }

    // Set by the update in this file and in the Explorer+ files beside it; read by the screen.
    var scheduled: ScheduledRoadmap
    var state: ViewState
    private(set) var width: Int
    private(set) var height: Int
    /// The first page row on screen and the row under the cursor. The extensions in the other
    /// Explorer+ files change it (Swift's `private` stops at the file), never the other layers.
    var rows = RowCursor()
    /// The first page row on screen.
    var scroll: Int { rows.top }
    /// The page row under the cursor.
    var cursor: Int { rows.row }
    var overlay: Overlay?
    /// The folded heading under the cursor, when the cursor is on one rather than on an activity.
    var cursorHeading: Fold?
    /// Where each view was left (its first row on screen and its cursor), to come back to it.
    var positions: [ViewKind: RowCursor] = [:]
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
        /// Progress entered (`%`), or the status date set: what was there before. Boxed, so
        /// that a step stays a few words (the what-ifs' steps are many).
        indirect case progress(ProgressStep)
    }
    /// One progress entry: the activity's progress before it (nil for the status date alone),
    /// and the status date before it. `id` finds the activity again after a reload.
    struct ProgressStep: Equatable {
        let activity: Int?
        let id: String?
        let before: ProgressEntry.Snapshot?
        let statusDateBefore: Month?
        /// The activity's progress after the entry, to put back over a reloaded file.
        let after: ProgressEntry.Snapshot?
        let statusDateAfter: Month?
    }
    /// Steps to take back with `u`, most recent last. `u` recomputes the schedule with the
    /// step's opposite delay — as fast as the step itself — where keeping the whole schedule
    /// from before each press cost about 9 MB a press at 100,000 activities.
    var undoStack: [UndoStep] = []
    /// The steps `u` can take back. A step is small, so the cap is not about memory: it
    /// keeps a session that runs for days from growing without end, and a thousand presses are
    /// more than anyone takes back one by one. Past it the oldest steps stay in force (the
    /// header still lists every delay), and cannot be undone one by one.
    static let undoLimit = 1000
    /// The thresholds `M` steps through (months of total float at most), after "all".
    static let floatSteps: [Int?] = [0, 1, 2, 3, 6]
    var lastChange: ScheduleChange?
    /// The what-ifs the explorer opened with (`--delay`): quitting does not lose them.
    var initialDelays: [Int: Int]
    /// The errors of the roadmap file on disk, when it changed and no longer loads (the last
    /// good version stays on screen); nil when it loads.
    var reloadErrors: Int?
    /// The first of those errors, located.
    var firstReloadError: Diagnostic?
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
    /// Progress entries (`%`, the status date) not written to the file yet (`W`): what
    /// quitting would lose. Counted apart from the undo steps, whose cap may drop old ones.
    var unsavedProgress = 0
    /// The file `W` writes to, when the roadmap came from a roadmap file (nil: standard input,
    /// the shipped roadmap or an imported plan, which `W` writes elsewhere), with the version
    /// read and whether it was in canonical form. The loop says; tests set them.
    var progressFile: ProgressFile?
    /// The file changed on disk while progress was not written: it is not reloaded (that would
    /// lose the entries); `W` asks what to do, as vim does.
    var fileChangedUnderProgress = false
    /// The time of an entry, for the provenance; tests fix it.
    var entryTime: () -> String = EntryTime.now

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
        // The reasons behind the provenance marks are hidden at first: on the pages of prose
        // they outweigh the prose. A line says how many there are and which key shows them.
        if self.state.notes == .shown { self.state.notes = .hidden(key: ActionTable.keyName(.toggleNotes, state.language)) }
        if state.selectedActivity == nil { self.state.selectedActivity = listRows.firstStop.flatMap { page.activity(atRow: $0) } }
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
    var selectedTeam: Int?
    var selectedActivity: Int? { state.selectedActivity }
    /// The activity an action (`Enter`, `d`, `+`, `-`) is about: the selected row where rows
    /// are activities, the activity the dependency view shows; nothing on the other pages,
    /// where the selection kept for coming back is not on screen.
    var actionableActivity: Int? {
        guard let activity = state.selectedActivity else { return nil }
        if selectsActivities { return page.row(of: activity) == nil ? nil : activity }
        return state.view == .dependencies ? activity : nil
    }
    /// The page's rows as the cursor moves over them (RowCursor): where it can rest is an
    /// activity, a team on the team Gantt, or a folded heading (the only way to reach what it
    /// hides, and to unfold it).
    var listRows: RowCursor.Rows {
        let page = page
        return RowCursor.Rows(count: page.rowCount, visible: bodyHeight, choosesRows: selectsActivities) { row in
            page.activity(atRow: row) != nil || page.team(atRow: row) != nil || page.heading(atRow: row)?.folded == true
        }
    }
    /// Whether the key bar offers `spec` now: a main-screen action only on the pages where it
    /// works, a prompt's Tab only where it completes (file names, not the search).
    func barOffers(_ spec: ActionSpec) -> Bool {
        if spec.context == .main { return spec.works(on: state.view) }
        if spec.action == .complete, case let .prompt(prompt)? = overlay, case .search = prompt.kind { return false }
        // The what-if report is a table without a search of its own.
        if spec.context == .scrollBox, spec.group == .filter, case .whatIfs? = overlay { return false }
        return true
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

    /// A key (or a mouse event, or a new size) comes in; the state changes, and what the
    /// program must do besides redrawing comes out. The main screen's actions are dispatched
    /// here, each to the Explorer+ file of its concern.
    mutating func handle(_ key: Key) -> Effect {
        if case let .resize(w, h) = key {
            width = max(1, w)
            height = max(1, h)
            clampScroll()
            return .none
        }
        if isTooSmall { return handleTooSmall(key) }
        if let overlay { return handle(key, in: overlay) }
        // What the last action said is stale after the next key, whatever it is.
        message = nil
        guard let action = ActionTable.action(for: key, in: .main) else { return .none }
        switch (action, key) {
        case let (.click, .click(x, y)):
            click(x: x, y: y)
            return .none
        case (.wheel, _):
            wheel(key == .wheelUp ? -3 : 3)
            return .none
        default:
            return perform(action)
        }
    }

    /// Too small to show the page: only quitting works, and its question, which is drawn in
    /// place of the message asking for room.
    private mutating func handleTooSmall(_ key: Key) -> Effect {
        if let overlay, case .question = overlay { return handle(key, in: overlay) }
        guard ActionTable.action(for: key, in: .main) == .quit else { return .none }
        overlay = nil
        return requestQuit()
    }

    /// `q` and Ctrl-C: at once, unless what-ifs made here or progress not written would be
    /// lost; then ask.
    mutating func requestQuit() -> Effect {
        let count = unsavedWhatIfs
        if unsavedProgress > 0 {
            overlay = .question(Question(subject: .quitWithProgress(progress: unsavedProgress, whatIfs: count)))
            return .none
        }
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
        case .first: selectsActivities ? moveCursor(to: listRows.firstStop ?? 0) : scrollTo(0)
        case .last: selectsActivities ? moveCursor(to: listRows.lastStop ?? 0) : scrollTo(page.rowCount)
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
        case .cycleOrder: cycleOrder()
        // Enter on a heading folds or unfolds it, on every page that has headings.
        case .details where selectsActivities && page.heading(atRow: cursor) != nil:
            toggleFold()
        case .details where state.view == .teamGantt:
            if let team = page.team(atRow: cursor) { overlay = .team(team, ScrollBox()) }
            else { message = Message(text: vocabulary.noTeamSelected, isError: true) }
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
        case .toggleBehind: toggleBehind()
        case .pickProgress: openPicker(.progress)
        case .enterProgress: openProgressPrompt()
        case .writeProgress: return requestWrite()
        case .search: overlay = .prompt(Prompt(kind: .search(previous: state.filter.search), text: state.filter.search))
        case .nextMatch: findMatch(forward: true)
        case .previousMatch: findMatch(forward: false)
        case .clearFilters: clearFilters()
        case .delay: whatIf(1)
        case .advance: whatIf(-1)
        case .undo: undo()
        case .resetWhatIfs: resetWhatIfs()
        case .toggleStatedOnly: toggleStatedOnly()
        case .toggleNotes: toggleNotes()
        case .whatIfs: overlay = .whatIfs(ScrollBox())
        case .saveScenario:
            // A scenario without a what-if would change nothing: say how to make one instead.
            if scheduled.delays.isEmpty {
                message = Message(text: vocabulary.noWhatIfToSave(delay: key(.delay), advance: key(.advance)), isError: true)
            } else {
                overlay = .prompt(Prompt(kind: .saveScenario, text: defaultScenarioName))
            }
        case .switchLanguage: switchLanguage()
        case .export:
            overlay = .prompt(Prompt(kind: .export, text: defaultExportName()))
        case .copyText: return requestCopy(.text)
        case .copyMarkdown: return requestCopy(.markdown)
        case .help: overlay = .help(ScrollBox())
        case .quit: return requestQuit()
        case .click, .wheel:
            break  // mouse events, handled with their position and direction before this
        case .close, .toggle, .apply, .filterChoices, .endFilter, .clearFilter, .cancel, .confirm, .complete,
             .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward, .deleteToStart, .deleteWord, .deleteToEnd,
             .yes, .no, .reloadFile, .overwriteFile, .writeElsewhere:
            break  // the overlays' and prompts' actions; no main-screen key stands for them
        }
        return .none
    }

    // MARK: - Words

    /// The explorer's words in the view's language (RoadmapViews' Vocabulary+Explorer).
    var vocabulary: Vocabulary { Vocabulary(state.language) }

    /// How a message names the key of `action` (its first key), in the view's language.
    func key(_ action: Action, in context: KeyContext = .main) -> String {
        ActionTable.keyName(action, in: context, state.language)
    }

    func words(_ fr: String, _ en: String) -> String { state.language == .fr ? fr : en }
}
