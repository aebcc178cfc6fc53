import RoadmapModel

/// A key press or terminal event, independent of ncurses, so that the explorer's state machine
/// can be driven by tests with plain sequences of keys.
enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter (lower case): Ctrl-U is `.control("u")`. Ctrl-C comes as `.interrupt`
    /// (the terminal turns it into SIGINT), Ctrl-H, Ctrl-I and Ctrl-M as the keys they stand for.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp, wheelDown
    case interrupt

    /// Keys typed as text, for tests and for the key table: "j", "\t", "\u{1B}", "\u{15}" (Ctrl-U)…
    static func typed(_ text: String) -> [Key] {
        text.map { character in
            switch character {
            case "\n", "\r": return .enter
            case "\t": return .tab
            case "\u{1B}": return .escape
            case "\u{7F}", "\u{08}": return .backspace
            case "\u{03}": return .interrupt
            default:
                if let code = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1, (1...26).contains(code) {
                    return .control(Character(Unicode.Scalar(code + 96)!))
                }
                return .character(character)
            }
        }
    }

    /// Any click, as the action table binds it: a click's place is the event's, not the key's.
    static let anyClick = Key.click(x: 0, y: 0)

    /// The key as the action table looks it up (every click is one).
    var binding: Key {
        if case .click = self { return .anyClick }
        return self
    }

    /// How the key is written in the help, the key bar and the README: `↓`, `PgDn`, `C-u`.
    var name: String {
        switch self {
        case .character(" "): return "Space"
        case let .character(c): return String(c)
        case let .control(c): return "C-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "BkSp"
        case .delete: return "Del"
        case .interrupt: return "C-c"
        case .resize: return "resize"
        case .click: return "click"
        case .wheelUp: return "wheel up"
        case .wheelDown: return "wheel down"
        }
    }
}

extension Key {
    /// How the key is written in the view's language: in the help, the key bar and messages.
    /// In French, as French keyboards and software name them (Entrée, Échap, Début, Fin…); the
    /// README's tables keep the English names.
    func name(_ language: Language) -> String {
        guard language == .fr else { return name }
        switch self {
        case .character(" "): return "Espace"
        case .enter: return "Entrée"
        case .escape: return "Échap"
        case .home: return "Début"
        case .end: return "Fin"
        case .pageUp: return "PgPréc"
        case .pageDown: return "PgSuiv"
        case .backTab: return "Maj-Tab"
        case .backspace: return "RetArr"
        case .delete: return "Suppr"
        case let .control(c): return "Ctrl-\(c)"
        case .interrupt: return "Ctrl-c"
        case .click: return "clic"
        case .wheelUp: return "molette haut"
        case .wheelDown: return "molette bas"
        default: return name
        }
    }
}
