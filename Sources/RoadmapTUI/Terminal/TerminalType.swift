/// Which terminals the explorer refuses, and what it says: the terminal named as TERM gives
/// it, and `roadmap export` as the way to the same pages without a full-screen terminal.
enum TerminalType {
    /// TERM values known not to draw a full screen, refused before ncurses starts: unset,
    /// empty, and `dumb` (Emacs shells, some CI consoles), which terminfo knows but which
    /// cannot move the cursor.
    static func refusal(term: String?) -> String? {
        guard let term, !term.trimmingWhitespace.isEmpty else {
            return "the terminal type is \(term == nil ? "not set" : "empty") (TERM), so the explorer cannot draw its screen. "
                + advice
        }
        if term == "dumb" { return cannotDraw(term: term) }
        return nil
    }

    /// ncurses knows no terminal of that name (no terminfo entry).
    static func unknown(term: String?) -> String {
        "the terminal type \"\(term ?? "")\" (TERM) is unknown here (no terminfo entry), so the explorer cannot draw its screen. " + advice
    }

    /// A terminal without cursor addressing.
    static func cannotDraw(term: String?) -> String {
        "the terminal \"\(term ?? "")\" (TERM) cannot move the cursor, so the explorer cannot draw its screen. " + advice
    }

    static let advice = "Use `roadmap export --view roadmap` (or `roadmap FILE > out.txt`) for the pages as text, "
        + "or run in a terminal such as xterm-256color, screen or tmux-256color."
}

private extension String {
    var trimmingWhitespace: Substring { drop { $0.isWhitespace } }
}
