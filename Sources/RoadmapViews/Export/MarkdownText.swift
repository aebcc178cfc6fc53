import RoadmapModel

/// Text from the file made safe in Markdown: no control characters, and none of the characters
/// Markdown gives a meaning to can start a link, a footnote reference, emphasis, code, HTML or
/// a new table cell — a name can only ever read as itself.
enum MarkdownText {
    /// Inside a table cell: on one line, every special character escaped.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in Sanitized.text(text) {
            switch character {
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}": result += " "
            default: escape(character, into: &result)
            }
        }
        return result
    }

    /// A paragraph's lines: each escaped as in a cell, and what would make a line a heading, a
    /// quote, a list item or a rule escaped at its start. The page's own line breaks are kept.
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { "\n\r\u{2028}\u{2029}".contains($0) || $0 == "\r\n" }.map { line in
            var result = ""
            for character in Sanitized.text(String(line)) { escape(character, into: &result) }
            if let first = result.first, "#>-+=".contains(first) { return "\\" + result }
            // "1." or "1)" at the start of a line begins a numbered list.
            let digits = result.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
                return digits + "\\" + result.dropFirst(digits.count)
            }
            return result
        }
    }

    private static func escape(_ character: Character, into result: inout String) {
        switch character {
        case "\\", "|", "`", "*", "_", "[", "]", "<": result += "\\" + String(character)
        default: result.append(character)
        }
    }
}
