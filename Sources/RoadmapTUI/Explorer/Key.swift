/// A key press or terminal event, independent of ncurses, so that the explorer's state machine
/// can be driven by tests with plain sequences of keys.
enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp, wheelDown
    case interrupt

    /// Keys typed as text, for tests and for the key table: "j", "\t", "\u{1B}"…
    static func typed(_ text: String) -> [Key] {
        text.map { character in
            switch character {
            case "\n", "\r": return .enter
            case "\t": return .tab
            case "\u{1B}": return .escape
            case "\u{7F}": return .backspace
            default: return .character(character)
            }
        }
    }
}
