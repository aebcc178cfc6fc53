import RoadmapModel
import RoadmapViews

/// A click on the main screen, declared in the action table as `click` (the wheel is `wheel`,
/// handled by the cursor's arithmetic).
extension Explorer {
    mutating func click(x: Int, y: Int) {
        if showsTabStrip, y == height - 3 {
            // A click on a tab of the strip shows its view, as its number key does.
            if let tab = ScreenComposer.tabs(state, width: width).first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.view) }
            return
        }
        let row = scroll + y - page.header.height
        // A click on a heading folds or unfolds it, as Enter does; otherwise only an
        // activity's row takes the selection: a heading under the cursor would leave the
        // selection, and what `+` moves, on another row.
        guard y >= page.header.height, y < page.header.height + bodyHeight, row < page.rowCount, selectsActivities else { return }
        if page.heading(atRow: row) != nil {
            moveCursor(to: row)
            toggleFold()
        } else if page.activity(atRow: row) != nil {
            moveCursor(to: row)
        }
    }
}
