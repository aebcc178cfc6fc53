/// A line of text being typed, with a cursor that moves: the search and export prompts and a
/// picker's filter line share it, so the same keys edit every line (readline's, as shells
/// have them).
struct LineEditor: Equatable {
    private(set) var characters: [Character]
    /// Where the next character goes: 0 … characters.count.
    private(set) var position: Int

    init(_ text: String = "") {
        characters = Array(text)
        position = characters.count
    }

    var text: String { String(characters) }
    var beforeCursor: String { String(characters[..<position]) }
    var afterCursor: String { String(characters[position...]) }

    enum Result: Equatable {
        /// The key is not one of the editor's.
        case notHandled
        /// The cursor moved, or the key changed nothing.
        case moved
        /// The text changed.
        case edited
    }

    /// An editing action of the line editor's context, or a character to insert.
    mutating func handle(_ key: Key, action: Action?) -> Result {
        if let action {
            let before = characters
            switch action {
            case .cursorLeft: position = max(0, position - 1)
            case .cursorRight: position = min(characters.count, position + 1)
            case .lineStart: position = 0
            case .lineEnd: position = characters.count
            case .deleteBackward:
                if position > 0 {
                    characters.remove(at: position - 1)
                    position -= 1
                }
            case .deleteForward:
                if position < characters.count { characters.remove(at: position) }
            case .deleteToStart:
                characters.removeSubrange(0..<position)
                position = 0
            case .deleteToEnd:
                characters.removeSubrange(position...)
            case .deleteWord:
                let start = wordStart()
                characters.removeSubrange(start..<position)
                position = start
            default:
                return .notHandled
            }
            return characters == before ? .moved : .edited
        }
        guard case let .character(character) = key, Self.isTypable(character) else { return .notHandled }
        insert(String(character))
        return .edited
    }

    mutating func insert(_ text: String) {
        let inserted = Array(text)
        characters.insert(contentsOf: inserted, at: position)
        position += inserted.count
    }

    /// Where Ctrl-W stops: back over spaces and slashes, then to just after the previous space
    /// or slash, so that in a path it takes one folder at a time (bash's unix-filename-rubout).
    private func wordStart() -> Int {
        func isBreak(_ c: Character) -> Bool { c == " " || c == "/" }
        var start = position
        while start > 0, isBreak(characters[start - 1]) { start -= 1 }
        while start > 0, !isBreak(characters[start - 1]) { start -= 1 }
        return start
    }

    /// Control characters (C0, DEL, C1) never enter a line: they would reach a file name or a
    /// search, and the screen.
    static func isTypable(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
