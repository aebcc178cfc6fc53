import RoadmapModel

/// A list of choices with check boxes: the roles, areas or teams to filter by. It pages, and a
/// filter line (`/`) narrows the list as it is typed; the ticks hidden by the filter stay.
struct Picker: Equatable {
    enum Kind: Equatable { case roles, areas, teams, periods, subcommittees }

    struct Choice: Equatable {
        let id: String
        /// In both languages, so that `L` redraws the list in the other.
        let label: LocalizedText
        /// Said after the label, muted, and not searched (a team's sub-committee).
        let note: LocalizedText?
        /// The id and both labels, folded as the search folds them.
        let folded: String

        init(id: String, label: LocalizedText, note: LocalizedText? = nil) {
            self.id = id
            self.label = label
            self.note = note
            folded = TextFolding.fold(id + " " + label.fr + " " + label.en)
        }
    }

    let kind: Kind
    let choices: [Choice]
    private(set) var checked: Set<String>
    /// The choices on the list: every one, or those the filter line matches (indices into
    /// `choices`).
    private(set) var shown: [Int]
    /// The row of `shown` under the cursor.
    private(set) var cursor = 0
    /// The first row of `shown` on screen.
    private(set) var top = 0
    private(set) var filter = LineEditor()
    /// The keys go to the filter line.
    private(set) var isFiltering = false

    /// The cursor opens on the first ticked choice, so that what is in force is in view.
    init(kind: Kind, choices: [Choice], checked: Set<String>) {
        self.kind = kind
        self.choices = choices
        self.checked = checked
        shown = Array(choices.indices)
        cursor = choices.firstIndex { checked.contains($0.id) } ?? 0
    }

    var contexts: [KeyContext] { isFiltering ? [.pickerFilter, .lineEditor] : [.picker] }

    /// The lines of the box besides the list: the filter line while it is open or holds text,
    /// a blank line and the hint.
    var fixedLines: Int { isFiltering || !filter.text.isEmpty ? 3 : 2 }

    enum Outcome: Equatable {
        case stay
        /// Enter: the ticked choices become the filter; none ticked removes it.
        case apply(Set<String>)
        case cancel
        case switchLanguage
    }

    /// `rows`: how many choices show at once (OverlayLayout.picker), for paging.
    mutating func handle(_ key: Key, rows: Int) -> Outcome {
        let action = ActionTable.action(for: key, in: contexts)
        switch action {
        case .wheel?: move(by: key == .wheelUp ? -3 : 3, rows: rows)
        case .moveDown?: move(by: 1, rows: rows)
        case .moveUp?: move(by: -1, rows: rows)
        case .pageDown?: move(by: max(1, rows - 1), rows: rows)
        case .pageUp?: move(by: -max(1, rows - 1), rows: rows)
        case .first?: move(by: -shown.count, rows: rows)
        case .last?: move(by: shown.count, rows: rows)
        case .toggle?:
            if shown.indices.contains(cursor) {
                let id = choices[shown[cursor]].id
                if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
            }
        case .apply?: return .apply(checked)
        case .cancel?: return .cancel
        case .switchLanguage?: return .switchLanguage
        case .filterChoices?: isFiltering = true
        case .endFilter?: isFiltering = false
        case .clearFilter?:
            isFiltering = false
            setFilter(LineEditor(), rows: rows)
        default:
            guard isFiltering else { break }
            var editor = filter
            if editor.handle(key, action: action) == .edited { setFilter(editor, rows: rows) } else { filter = editor }
        }
        return .stay
    }

    /// Keeps the cursor on the same choice when it is still shown, else on the first.
    private mutating func setFilter(_ editor: LineEditor, rows: Int) {
        let current = shown.indices.contains(cursor) ? shown[cursor] : nil
        filter = editor
        let needle = TextFolding.fold(editor.text)
        shown = needle.isEmpty ? Array(choices.indices) : choices.indices.filter { choices[$0].folded.contains(needle) }
        cursor = current.flatMap { shown.firstIndex(of: $0) } ?? 0
        top = 0
        move(by: 0, rows: rows)
    }

    private mutating func move(by delta: Int, rows: Int) {
        guard !shown.isEmpty else { cursor = 0; top = 0; return }
        cursor = max(0, min(shown.count - 1, cursor + delta))
        top = Self.top(keeping: cursor, from: top, rows: rows, count: shown.count)
    }

    /// The first row to show so that the cursor is on screen, moving as little as it can.
    static func top(keeping cursor: Int, from top: Int, rows: Int, count: Int) -> Int {
        var top = min(top, max(0, count - rows))
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        return max(0, top)
    }
}
