import RoadmapModel
import RoadmapViews

/// The search: typed in its prompt (`/`), it filters as it is typed; `n`/`N` go from match to
/// match on every page.
extension Explorer {
    mutating func setSearch(_ text: String) {
        var filter = state.filter
        filter.search = text
        setFilter(filter)
    }

    /// `n`/`N`: the next row, after (or before) the cursor, whose text holds the search.
    mutating func findMatch(forward: Bool) {
        let needle = TextFolding.fold(state.filter.search)
        guard !needle.isEmpty else {
            message = Message(text: vocabulary.noSearch(search: key(.search)), isError: true)
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
        message = Message(text: vocabulary.noMatch, isError: true)
    }
}
