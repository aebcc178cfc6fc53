/// How many terminal columns a text takes, as a terminal measures it (wcwidth): combining marks
/// and zero-width characters take none, East Asian wide and fullwidth characters and emoji
/// take two, everything else one. Our own table rather than the C library's, so that the
/// result does not depend on the locale the program happens to run under.
public enum TextWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if isZeroWidth(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// A grapheme cluster takes the width of its first scalar, or two when an emoji
    /// presentation selector asks for it.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var width = of(first)
        while let next = scalars.next() {
            if next.value == 0xFE0F { width = 2 }
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text {
            if character.isASCII { total += 1 } else { total += of(character) }
        }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, with "…" at the end when
    /// something had to be cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Words wrapped into lines of at most `width` columns; a word longer than a line is cut.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in unbreakable(paragraph.split(separator: " ")) {
                var word = word
                var w = of(word)
                if w > width {
                    word = truncate(word, to: width)
                    w = of(word)
                }
                if used == 0 {
                    line = word
                    used = w
                } else if used + 1 + w <= width {
                    line += " " + word
                    used += 1 + w
                } else {
                    lines.append(line)
                    line = word
                    used = w
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Words joined where French typography forbids a break: the space before : ; ! ? and »
    /// (a line never begins with them) and the space after « (a line never ends with it).
    private static func unbreakable(_ words: [Substring]) -> [String] {
        var tokens: [String] = []
        var opening: String?
        for word in words {
            var word = String(word)
            if let open = opening {
                word = open + " " + word
                opening = nil
            }
            if word == "«" {
                opening = word
            } else if let last = tokens.indices.last, let first = word.first, ":;!?»".contains(first),
                      word.allSatisfy({ ":;!?».,)".contains($0) }) {
                tokens[last] += " " + word
            } else {
                tokens.append(word)
            }
        }
        if let open = opening { tokens.append(open) }
        return tokens
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x300...0x36F, 0x483...0x489, 0x591...0x5BD, 0x610...0x61A, 0x64B...0x65F,
             0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064,
             0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320,
             0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
             0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A,
             0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
