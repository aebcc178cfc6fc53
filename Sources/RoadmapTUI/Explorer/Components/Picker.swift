import RoadmapModel

/// A list of choices with check boxes: the roles, areas or teams to filter by. It pages, and a
/// filter line (`/`) narrows the list as it is typed; the ticks hidden by the filter stay.
struct Picker: Equatable {
    enum Kind: Equatable { case roles, areas, teams, periods, subcommittees, progress }

    struct Choice: Equatable {
        let id: String
        /// In both languages, so that `L` redraws the list in the other.
        let label: LocalizedText
        /// Said after the label, muted, and not searched.
        let note: LocalizedText?
        /// The heading the choice is listed under (a team's sub-committee), when the list is
        /// grouped; choices of a group come together, in the order given.
        let group: LocalizedText?
        /// The id and both labels, folded as the search folds them.
        let folded: String

        init(id: String, label: LocalizedText, note: LocalizedText? = nil, group: LocalizedText? = nil) {
            self.id = id
            self.label = label
            self.note = note
            self.group = group
            folded = TextFolding.fold(id + " " + label.fr + " " + label.en)
        }
    }

    /// A line of the list: a group's heading, or a choice (an index into `shown`).
    enum Row: Equatable {
        case heading(LocalizedText)
        case choice(Int)
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

    /// The list as drawn: the shown choices, each group's heading before its first one (the
    /// teams under their sub-committee, as the seed lists them). The cursor never rests on a
    /// heading.
    var rows: [Row] {
        guard choices.contains(where: { $0.group != nil }) else { return shown.indices.map(Row.choice) }
        var rows: [Row] = []
        for k in shown.indices {
            let group = choices[shown[k]].group ?? Self.noGroup
            if k == 0 || (choices[shown[k - 1]].group ?? Self.noGroup) != group { rows.append(.heading(group)) }
            rows.append(.choice(k))
        }
        return rows
    }

    /// The heading of the choices that belong to no group.
    static let noGroup = LocalizedText(fr: "Sans sous-comité", en: "No sub-committee")

    /// The first row of `rows` to draw, `height` rows at a time, so that the cursor is in view
    /// with its group's heading when it is the group's first choice.
    func top(rows height: Int) -> Int {
        let rows = rows
        guard let at = rows.firstIndex(of: .choice(cursor)) else { return 0 }
        let lead = at > 0 && rows[at - 1] != .choice(cursor - 1) ? at - 1 : at
        var top = min(self.top, max(0, rows.count - height))
        if lead < top { top = lead }
        if at >= top + height { top = at - height + 1 }
        return max(0, top)
    }

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
        top = top(rows: rows)
    }
}
