/// A box of text that scrolls: the help and the details of an activity. It stops at the end of
/// its text, so that the way back starts at once.
struct ScrollBox: Equatable {
    private(set) var scroll = 0

    init(scroll: Int = 0) { self.scroll = scroll }

    enum Outcome: Equatable {
        case stay
        case close
        /// An action the box does not know: the overlay that holds it may (the details' `d`).
        case other(Action)
    }

    /// `lines` of text, `visible` of them on screen at once.
    mutating func handle(_ key: Key, contexts: [KeyContext], lines: Int, visible: Int) -> Outcome {
        let limit = max(0, lines - visible)
        let page = max(1, visible - 1)
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
        default: return .other(action)
        }
        return .stay
    }
}
