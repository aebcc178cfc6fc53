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
        case export(path: String, format: ExportFormat)
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
    /// One what-if key press: enough to take it back.
    struct WhatIfStep: Equatable {
        let activity: Int
        let months: Int
    }
    /// What-if steps to take back with `u`, most recent last. `u` recomputes the schedule with
    /// the step's opposite delay — as fast as the step itself — where keeping the whole
    /// schedule from before each press cost about 9 MB a press at 100,000 activities.
    private(set) var undoStack: [WhatIfStep] = []
    /// The steps `u` can take back. A step is 16 bytes, so the cap is not about memory: it
    /// keeps a session that runs for days from growing without end, and a thousand presses are
    /// more than anyone takes back one by one. Past it the oldest steps stay in force (the
    /// header still lists every delay), and cannot be undone one by one.
    static let undoLimit = 1000
    private(set) var lastChange: ScheduleChange?
    var message: Message?
    /// The time, for the default export file name; tests fix it.
    var now: () -> Date = Date.init

    private let pages = PageCache()

    init(scheduled: ScheduledRoadmap, state: ViewState, width: Int, height: Int) {
        self.scheduled = scheduled
        self.state = state
        self.width = width
        self.height = height
        if state.selectedActivity == nil { self.state.selectedActivity = firstActivityRow().flatMap { page.activity(atRow: $0) } }
        restoreCursor()
    }

    // MARK: - Geometry

    /// The page for the current state and width, built once per change and reused while only
    /// the cursor moves.
    var page: Page { pages.page(scheduled, state, width: width) }
    /// The rows between the page header and the two bottom lines.
    var bodyHeight: Int { max(0, height - page.header.height - 2) }
    static let minimumWidth = 40
    static let minimumHeight = 10
    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    /// Views whose rows are activities to select; the others scroll like a document.
    var selectsActivities: Bool { state.view == .roadmap || state.view == .teams }
    var selectedActivity: Int? { state.selectedActivity }

    /// For drawing what fits on a terminal too small to use: the same state at another size.
    mutating func resizeForDrawing(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    // MARK: - Update

    mutating func handle(_ key: Key) -> Effect {
        if case let .resize(w, h) = key {
            width = max(1, w)
            height = max(1, h)
            clampScroll()
            return .none
        }
        if key == .interrupt { return .quit }
        if isTooSmall {
            return key == .character("q") ? .quit : .none
        }
        if let overlay { return handle(key, in: overlay) }
        switch key {
        case let .click(_, y):
            let row = scroll + y - page.header.height
            if y >= page.header.height, y < page.header.height + bodyHeight, row < page.rowCount {
                if selectsActivities { moveCursor(to: row) }
            }
            return .none
        case .wheelDown: wheel(3); return .none
        case .wheelUp: wheel(-3); return .none
        default: break
        }
        guard let action = ActionTable.action(for: key) else { return .none }
        return perform(action)
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
        case .nextView: show(ViewKind.allCases[(ViewKind.allCases.firstIndex(of: state.view)! + 1) % ViewKind.allCases.count])
        case .previousView: show(ViewKind.allCases[(ViewKind.allCases.firstIndex(of: state.view)! + ViewKind.allCases.count - 1) % ViewKind.allCases.count])
        case .showRoadmap: show(.roadmap)
        case .showTeams: show(.teams)
        case .showDependencies, .dependencies: show(.dependencies)
        case .showTransition: show(.transition)
        case .showStrategy: show(.strategy)
        case .showGlossary: show(.glossary)
        case .showCurrentState: show(.currentState)
        case .cycleOrder:
            state.order = state.order.next
            let recorded = state.order.isRecorded(in: scheduled.roadmap)
            let words = Vocabulary(state.language)
            message = Message(text: words.order(recorded ? state.order : .file).capitalizedFirst
                + (recorded ? "" : self.words(" (le fichier n’enregistre pas cet ordre)", " (the file does not record this order)")))
            restoreCursor()
        case .details:
            if let activity = state.selectedActivity { overlay = .details(activity: activity, scroll: 0) }
            else { message = Message(text: words("Aucune activité choisie.", "No activity selected."), isError: true) }
        case .close: break
        case .pickRoles: overlay = .picker(Picker(kind: .roles, options: scheduled.roadmap.roles.map { ($0.id, "\($0.id)  \($0.name[state.language])") }, checked: state.filter.roles))
        case .pickAreas: overlay = .picker(Picker(kind: .areas, options: scheduled.roadmap.areas.map { ($0.id, $0.name[state.language]) }, checked: state.filter.areas))
        case .pickTeams: overlay = .picker(Picker(kind: .teams, options: scheduled.roadmap.teams.map { ($0.id, "\($0.role)  \($0.name[state.language])") }, checked: state.filter.teams))
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
        case .clearFilters: setFilter(ActivityFilter())
        case .delay: whatIf(1)
        case .advance: whatIf(-1)
        case .undo:
            if let step = undoStack.popLast() {
                let previous = scheduled.delaying(step.activity, by: -step.months)
                let change = ScheduleChange(from: scheduled.schedule, to: previous.schedule)
                scheduled = previous
                lastChange = undoStack.isEmpty ? nil : change
                message = Message(text: words("Simulation annulée.", "What-if undone.") + " " + finishText())
                restoreCursor()
            } else {
                message = Message(text: words("Rien à annuler.", "Nothing to undo."))
            }
        case .switchLanguage:
            state.language = state.language.other
            restoreCursor()
        case .export:
            overlay = .prompt(Prompt(kind: .export, text: defaultExportName()))
        case .help: overlay = .help(scroll: 0)
        case .quit: return .quit
        }
        return .none
    }

    private mutating func handle(_ key: Key, in overlay: Overlay) -> Effect {
        switch overlay {
        case let .help(scroll):
            switch key {
            case .escape, .character("?"), .character("h"), .enter: self.overlay = nil
            case .character("q"): return .quit
            // Scrolling stops at the end of the text, so the way back starts at once.
            case .down, .character("j"), .wheelDown: self.overlay = .help(scroll: min(helpScrollLimit, scroll + 1))
            case .up, .character("k"), .wheelUp: self.overlay = .help(scroll: max(0, min(helpScrollLimit, scroll) - 1))
            case .pageDown, .character(" "): self.overlay = .help(scroll: min(helpScrollLimit, scroll + max(1, height - 6)))
            case .pageUp: self.overlay = .help(scroll: max(0, min(helpScrollLimit, scroll) - max(1, height - 6)))
            default: break
            }
        case let .details(activity, scroll):
            switch key {
            case .escape, .enter: self.overlay = nil
            case .character("q"): return .quit
            case .down, .character("j"), .wheelDown:
                self.overlay = .details(activity: activity, scroll: min(detailsScrollLimit(activity), scroll + 1))
            case .up, .character("k"), .wheelUp:
                self.overlay = .details(activity: activity, scroll: max(0, min(detailsScrollLimit(activity), scroll) - 1))
            case .character("d"):
                self.overlay = nil
                show(.dependencies)
            default: break
            }
        case var .picker(picker):
            switch key {
            case .escape: self.overlay = nil
            case .down, .character("j"): picker.cursor = min(picker.options.count - 1, picker.cursor + 1); self.overlay = .picker(picker)
            case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1); self.overlay = .picker(picker)
            case .character(" "), .character("x"):
                if picker.options.indices.contains(picker.cursor) {
                    let id = picker.options[picker.cursor].id
                    if picker.checked.contains(id) { picker.checked.remove(id) } else { picker.checked.insert(id) }
                }
                self.overlay = .picker(picker)
            case .enter:
                // Enter on a list with nothing ticked picks the choice under the cursor.
                if picker.checked.isEmpty, picker.options.indices.contains(picker.cursor) {
                    picker.checked = [picker.options[picker.cursor].id]
                }
                self.overlay = nil
                var filter = state.filter
                switch picker.kind {
                case .roles: filter.roles = picker.checked
                case .areas: filter.areas = picker.checked
                case .teams: filter.teams = picker.checked
                }
                setFilter(filter)
            case .character("q"): return .quit
            default: break
            }
        case var .prompt(prompt):
            switch key {
            case .escape:
                self.overlay = nil
                if case let .search(previous) = prompt.kind { setSearch(previous) }
            case .enter:
                self.overlay = nil
                switch prompt.kind {
                case .search:
                    setSearch(prompt.text)
                case .export:
                    let path = prompt.text.trimmingCharacters(in: .whitespaces)
                    guard !path.isEmpty else { return .none }
                    return .export(path: path, format: ExportFormat(fileName: path) ?? .text)
                }
            case .backspace, .delete:
                if !prompt.text.isEmpty { prompt.text.removeLast() }
                self.overlay = .prompt(prompt)
                if case .search = prompt.kind { setSearch(prompt.text) }
            case let .character(character):
                guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { break }
                prompt.text.append(character)
                self.overlay = .prompt(prompt)
                // The search filters as it is typed: the page answers each key.
                if case .search = prompt.kind { setSearch(prompt.text) }
            default: break
            }
        }
        return .none
    }

    // MARK: - Pieces

    /// The last scroll position of the help box, as OverlayRenderer lays it out: the box holds
    /// up to height − 4 lines.
    private var helpScrollLimit: Int {
        let lines = HelpText.lines(state.language).count
        return max(0, lines - max(1, min(lines, height - 4)))
    }

    /// The same for the details box of an activity (OverlayRenderer: up to 90 columns wide).
    private func detailsScrollLimit(_ activity: Int) -> Int {
        let boxWidth = min(width - 4, 90)
        let lines = DetailsPage.make(scheduled, activity: activity, language: state.language, width: boxWidth - 4).height
        return max(0, lines - max(1, min(lines, height - 4)))
    }

    private func words(_ fr: String, _ en: String) -> String { state.language == .fr ? fr : en }

    private mutating func show(_ view: ViewKind) {
        state.view = view
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

    private mutating func whatIf(_ months: Int) {
        guard let activity = state.selectedActivity, state.view != .transition, state.view != .strategy, state.view != .glossary,
              state.view != .currentState else {
            message = Message(text: words("Choisissez d’abord une activité.", "Select an activity first."), isError: true)
            return
        }
        let before = scheduled
        let after = scheduled.delaying(activity, by: months)
        undoStack.append(WhatIfStep(activity: activity, months: months))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
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
                if page.activity(atRow: row) != nil {
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
            guard let row = candidates.first(where: { page.activity(atRow: $0) != nil }) else { return }
            cursor = row
            if let activity = page.activity(atRow: row) { state.selectedActivity = activity }
        }
        scroll = top
        clampScroll()
    }

    private mutating func moveCursor(to row: Int) {
        guard page.rowCount > 0 else { cursor = 0; scroll = 0; return }
        cursor = min(max(0, row), page.rowCount - 1)
        if let activity = page.activity(atRow: cursor) { state.selectedActivity = activity }
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
        if let activity = state.selectedActivity, let row = page.row(of: activity) {
            moveCursor(to: row)
        } else if let row = firstActivityRow() {
            moveCursor(to: row)
        } else {
            cursor = 0
            scroll = 0
        }
    }

    private func firstActivityRow() -> Int? {
        (0..<page.rowCount).first { page.activity(atRow: $0) != nil }
    }

    private func lastActivityRow() -> Int? {
        (0..<page.rowCount).reversed().first { page.activity(atRow: $0) != nil }
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

    /// roadmap-view-20261122-1530.txt: the view, the date and time, in the current folder.
    func defaultExportName() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return "roadmap-\(state.view.rawValue)-\(formatter.string(from: now())).txt"
    }

    /// Called by the loop once the export is written (or failed).
    mutating func exportFinished(_ result: Result<String, Error>) {
        switch result {
        case .success(let path): message = Message(text: words("Vue exportée dans ", "View exported to ") + path)
        case .failure(let error): message = Message(text: "\(error)", isError: true)
        }
    }
}

/// Remembers the last page built, so that moving the cursor does not rebuild it.
final class PageCache {
    private var key: (state: ViewState, width: Int, delays: [Int: Int], roadmapID: ObjectIdentifier?)?
    private var cached: Page?

    func page(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        // The selection matters only to the dependency page.
        var keyState = state
        if state.view != .dependencies { keyState.selectedActivity = nil }
        let roadmapID = ObjectIdentifier(scheduled.searchIndex)
        if let key, let cached, key.state == keyState, key.width == width, key.delays == scheduled.delays, key.roadmapID == roadmapID {
            return cached
        }
        let page = PageBuilder.page(scheduled, state, width: width)
        key = (keyState, width, scheduled.delays, roadmapID)
        cached = page
        return page
    }
}
