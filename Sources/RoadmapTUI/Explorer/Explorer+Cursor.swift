import RoadmapModel
import RoadmapViews

/// The cursor and the scroll on the page (RowCursor's arithmetic over this page's rows), the
/// selection that follows the cursor, and the switch between views, each view kept where it
/// was left.
extension Explorer {
    mutating func step(_ delta: Int) {
        if rows.step(delta, in: listRows) { select(cursor) }
    }

    /// The wheel scrolls the page; the cursor follows onto a row still on screen.
    mutating func wheel(_ delta: Int) {
        if rows.wheel(delta, in: listRows) { select(cursor) }
    }

    mutating func moveCursor(to row: Int) {
        if rows.move(to: row, in: listRows) { select(cursor) }
    }

    mutating func scrollTo(_ row: Int) { rows.scroll(to: row, in: listRows) }

    mutating func clampScroll() { rows.clamp(in: listRows) }

    /// After the page changed: put the cursor back on the selected activity if it is still
    /// shown, else on the first activity row.
    mutating func restoreCursor() {
        guard selectsActivities else {
            clampScroll()
            return
        }
        let first = listRows.firstStop
        if state.view == .dependencies {
            // On the first link, past the activity the view is about.
            let subject = state.dependencyScope == .activity ? state.selectedActivity : nil
            let link = (0..<page.rowCount).first { row in page.activity(atRow: row).map { $0 != subject } ?? false }
            if let row = link ?? first { moveCursor(to: row) } else { rows.reset() }
        } else if state.view == .teamGantt {
            let row = selectedTeam.flatMap { team in (0..<page.rowCount).first { page.team(atRow: $0) == team } }
            if let row = row ?? first { moveCursor(to: row) } else { rows.reset() }
        } else if let activity = state.selectedActivity, let row = page.row(of: activity) {
            moveCursor(to: row)
        } else if let fold = cursorHeading, let row = page.row(of: fold), page.heading(atRow: row)?.folded == true {
            moveCursor(to: row)
        } else if let row = first {
            moveCursor(to: row)
        } else {
            // No activity left on the page: nothing is selected, rather than one the user
            // cannot see (the live search picks rows on the way to an empty result).
            state.selectedActivity = nil
            rows.reset()
        }
    }

    /// The row under the cursor becomes the selection: its activity (in the dependencies view
    /// the view's own activity stays: the cursor moves along its links), its team, or nothing
    /// on a heading.
    mutating func select(_ row: Int) {
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

    /// Another view, where it was left: its scroll and cursor (clamped to the page as it is
    /// now); the activity views put the cursor back on the selection.
    mutating func show(_ view: ViewKind) {
        positions[state.view] = rows
        // Coming to the dependencies view starts a new history.
        if view == .dependencies, state.view != .dependencies || !state.trail.isEmpty { state.trail = [] }
        state.view = view
        let kept = positions[view] ?? RowCursor()
        rows = RowCursor(top: kept.top, row: selectsActivities ? kept.row : kept.top)
        clampScroll()
        restoreCursor()
    }

    mutating func switchLanguage() {
        state.language = state.language.other
        restoreCursor()
    }

    /// `o`: the grid's next row order, and whether the file records it.
    mutating func cycleOrder() {
        state.order = state.order.next
        let recorded = state.order.isRecorded(in: scheduled.roadmap)
        message = Message(text: vocabulary.order(recorded ? state.order : .file).capitalizedFirst + (recorded ? "" : vocabulary.orderNotRecorded))
        restoreCursor()
    }

    /// An action about an activity with none on screen: why nothing happened, and where to
    /// select one.
    mutating func sayNothingSelected() {
        let text = selectsActivities
            ? (page.rowCount == 0 || listRows.firstStop == nil ? vocabulary.noActivityShown(clear: key(.clearFilters)) : vocabulary.noActivitySelected)
            : vocabulary.noActivityInThisView(roadmap: key(.showRoadmap))
        message = Message(text: text, isError: true)
    }
}
