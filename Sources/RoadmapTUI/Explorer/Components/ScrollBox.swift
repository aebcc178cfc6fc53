import RoadmapModel

/// A box of text that scrolls: the help and the details of an activity. It stops at the end of
/// its text, so that the way back starts at once. `/` searches its text as less does: the
/// first line that holds what is typed comes to the top, `n`/`N` go to the next and previous.
struct ScrollBox: Equatable {
    private(set) var scroll = 0
    /// The search line while it is typed (after `/`), else nil.
    private(set) var finder: LineEditor?
    /// What the search looks for, marked in the box; empty when there is no search.
    private(set) var needle = ""
    /// The last search or `n` found nothing.
    private(set) var missed = false

    init(scroll: Int = 0) { self.scroll = scroll }

    var isFinding: Bool { finder != nil }

    /// Where the box's keys are looked up: its search line's while it is typed.
    func contexts(_ box: [KeyContext]) -> [KeyContext] { isFinding ? [.boxSearch, .lineEditor] : box }

    enum Outcome: Equatable {
        case stay
        case close
        /// An action the box does not know: the overlay that holds it may (the details' `d`).
        case other(Action)
    }

    /// `lines` of text, `visible` of them on screen at once; `text`, the lines themselves, for
    /// the search (none: nothing to search).
    mutating func handle(_ key: Key, contexts: [KeyContext], lines: Int, visible: Int, text: [String] = []) -> Outcome {
        let limit = max(0, lines - visible)
        let page = max(1, visible - 1)
        if var finder {
            let action = ActionTable.action(for: key, in: self.contexts(contexts))
            switch action {
            case .confirm?: self.finder = nil
            case .cancel?:
                self.finder = nil
                needle = ""
                missed = false
            default:
                if finder.handle(key, action: action) == .edited {
                    needle = finder.text
                    find(in: text, from: scroll, forward: true, limit: limit)
                }
                self.finder = finder
            }
            return .stay
        }
        guard let action = ActionTable.action(for: key, in: contexts) else { return .stay }
        switch action {
        case .wheel where key == .wheelUp: scroll = max(0, min(limit, scroll) - 3)
        case .wheel: scroll = min(limit, scroll + 3)
        case .moveDown: scroll = min(limit, scroll + 1)
        case .moveUp: scroll = max(0, min(limit, scroll) - 1)
        case .pageDown: scroll = min(limit, scroll + page)
        case .pageUp: scroll = max(0, min(limit, scroll) - page)
        case .first: scroll = 0
        case .last: scroll = limit
        case .close: return .close
        case .search where !text.isEmpty:
            finder = LineEditor()
            needle = ""
            missed = false
        case .nextMatch where !text.isEmpty: find(in: text, from: scroll + 1, forward: true, limit: limit)
        case .previousMatch where !text.isEmpty: find(in: text, from: scroll - 1, forward: false, limit: limit)
        default: return .other(action)
        }
        return .stay
    }

    /// The first line from `start` on (or back), round the end, that holds the needle, brought
    /// to the top of the box (as far as the box scrolls).
    private mutating func find(in text: [String], from start: Int, forward: Bool, limit: Int) {
        let folded = TextFolding.fold(needle)
        guard !folded.isEmpty, !text.isEmpty else {
            missed = false
            return
        }
        for offset in 0..<text.count {
            let line = ((start + (forward ? offset : -offset)) % text.count + text.count) % text.count
            if TextFolding.fold(text[line]).contains(folded) {
                scroll = min(limit, line)
                missed = false
                return
            }
        }
        missed = true
    }
}
