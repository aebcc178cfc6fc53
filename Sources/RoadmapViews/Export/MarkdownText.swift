import RoadmapModel

/// Text from the file made safe in Markdown: no control characters, and none of the characters
/// Markdown gives a meaning to can start a link, a footnote reference, emphasis, code, HTML or
/// a new table cell — a name can only ever read as itself.
enum MarkdownText {
    /// Inside a table cell: on one line, every special character escaped. Read scalar by
    /// scalar: the characters that matter are ASCII or single scalars, and comparing
    /// Characters (graphemes, normalised) was most of the Markdown export's time on long names.
    static func cell(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in Sanitized.text(text).unicodeScalars {
            switch scalar {
            case "\n": if !afterCR { result.append(" ") }    // CR LF is one break
            case "\r", "\u{2028}", "\u{2029}": result.append(" ")
            default: escape(scalar, into: &result)
            }
            afterCR = scalar == "\r"
        }
        return String(result)
    }

    /// A paragraph's lines: each escaped as in a cell, and what would make a line a heading, a
    /// quote, a list item or a rule escaped at its start. The page's own line breaks are kept.
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { "\n\r\u{2028}\u{2029}".contains($0) || $0 == "\r\n" }.map { line in
            var scalars = String.UnicodeScalarView()
            for scalar in Sanitized.text(String(line)).unicodeScalars { escape(scalar, into: &scalars) }
            let result = String(scalars)
            if let first = result.first, "#>-+=".contains(first) { return "\\" + result }
            // "1." or "1)" at the start of a line begins a numbered list.
            let digits = result.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
                return digits + "\\" + result.dropFirst(digits.count)
            }
            return result
        }
    }

    private static func escape(_ scalar: Unicode.Scalar, into result: inout String.UnicodeScalarView) {
        switch scalar {
        case "\\", "|", "`", "*", "_", "[", "]", "<": result.append("\\"); result.append(scalar)
        default: result.append(scalar)
        }
    }

    /// The longest line a Markdown export writes outside its tables: a wiki editor or Word
    /// pastes a paragraph of a thousand characters as one unreadable line.
    static let lineLimit = 100

    /// A line of Markdown (already escaped) broken at spaces into lines of at most `limit`
    /// characters, the ones after the first indented by `indent` (a soft break: the paragraph
    /// stays one). A line never starts with what would open another block (a heading, a
    /// quote, a list item, a table row): the break moves back a word. A word longer than a
    /// line stays whole.
    static func softWrapped(_ line: String, indent: Int = 0, limit: Int = lineLimit) -> [String] {
        guard line.count > limit else { return [line] }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let word = String(word)
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit - (lines.isEmpty ? 0 : indent) || !canStartLine(word) {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines.enumerated().map { $0 == 0 ? $1 : pad + $1 }
    }

    private static func canStartLine(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if "#>-+*=|:~`".contains(first) { return false }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = word.dropFirst(digits.count).first, next == "." || next == ")" { return false }
        return true
    }
}
