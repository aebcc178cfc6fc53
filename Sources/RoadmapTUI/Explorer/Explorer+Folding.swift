import RoadmapModel
import RoadmapViews

/// Folding the headings of a page (areas on the roadmap, sub-committees on the teams and the
/// team Gantt): `f`, `F`, Enter or a click on a heading.
extension Explorer {
    /// The heading the cursor's row is under (or is).
    func enclosingHeading() -> (row: Int, heading: PageHeading)? {
        var row = min(cursor, page.rowCount - 1)
        while row >= 0 {
            if let heading = page.heading(atRow: row) { return (row, heading) }
            row -= 1
        }
        return nil
    }

    /// `f` (Enter or a click on a heading): fold the heading of the cursor's row, the cursor
    /// resting on it; or unfold it, the cursor on its first activity.
    mutating func toggleFold() {
        guard selectsActivities, let (_, heading) = enclosingHeading() else {
            sayNothingToFold()
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
    mutating func toggleAllFolds() {
        guard selectsActivities else {
            sayNothingToFold()
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

    private mutating func sayNothingToFold() {
        message = Message(text: vocabulary.nothingToFold(areas: key(.showRoadmap), subcommittees: [key(.showTeams), key(.showTeamGantt)]), isError: true)
    }
}
