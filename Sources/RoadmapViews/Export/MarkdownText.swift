import RoadmapModel

/// Text from the file made safe in Markdown: no control characters, and none of the characters
/// Markdown gives a meaning to can start a link, a footnote reference, emphasis, code, HTML or
/// a new table cell — a name can only ever read as itself.
enum MarkdownText {
    /// Inside a table cell: on one line, every special character escaped. Read on the UTF-8
    /// bytes: the characters that matter are ASCII or the line and paragraph separators (E2 80
    /// A8, E2 80 A9), and a scalar's bytes never hold an ASCII byte. Comparing Characters
    /// (graphemes, normalised) was most of the Markdown export's time on long names; appending
    /// scalar by scalar to a String, still half of it on names of 2,000 characters. A text
    /// with nothing to escape (nearly every name) is returned as it is.
    static func cell(_ text: String) -> String {
        var clean = Sanitized.text(text)
        let escaped: [UInt8]? = clean.withUTF8 { utf8 in
            var out: [UInt8] = []
            var changed = false
            var afterCR = false
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if !changed {
                    // Nothing to change yet: copied only from the first change on.
                    guard Self.mayChange(utf8, at: i) else {
                        i += 1
                        afterCR = false
                        continue
                    }
                    changed = true
                    out.reserveCapacity(utf8.count + 16)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<i]))
                }
                switch byte {
                case 0x0A:
                    if !afterCR { out.append(0x20) }    // CR LF is one break
                case 0x0D:
                    out.append(0x20)
                case 0x5C, 0x7C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C:    // \ | ` * _ [ ] <
                    out.append(0x5C)
                    out.append(byte)
                case 0xE2 where Self.isSeparator(utf8, at: i):
                    out.append(0x20)
                    i += 3
                    afterCR = false
                    continue
                default:
                    out.append(byte)
                }
                afterCR = byte == 0x0D
                i += 1
            }
            return changed ? out : nil
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? clean
    }

    /// Whether the byte at `i` is one `cell` changes: a line break or a character to escape.
    @inline(__always)
    private static func mayChange(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch utf8[i] {
        case 0x0A, 0x0D, 0x5C, 0x7C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C: return true
        case 0xE2: return isSeparator(utf8, at: i)
        default: return false
        }
    }

    /// U+2028 or U+2029 (E2 80 A8, E2 80 A9) at byte `i`.
    @inline(__always)
    private static func isSeparator(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9)
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
