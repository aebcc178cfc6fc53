/// How many terminal columns a text takes, as terminals measure it — the reference is the
/// `wcwidth` package's `wcswidth`, which TextWidthAgreementTests compares this with, scalar by
/// scalar and on a corpus of clusters. Combining marks and format characters take no column,
/// East Asian wide and fullwidth characters and emoji two, everything else one; a grapheme
/// cluster is measured as a whole (a flag, a ZWJ family, a skin tone, a keycap take two).
/// Our own code on the Unicode properties of the Swift standard library and a table of wide
/// characters, rather than the C library's wcwidth, so that the result does not depend on the
/// locale the program happens to run under.
///
/// Where we differ from wcswidth, on purpose: a control character takes 0 columns here where
/// wcswidth gives up on the whole string (-1) — controls are replaced by visible placeholders
/// before anything is drawn; and each grapheme cluster is measured on its own, so a ZWJ at the
/// end of one cluster does not swallow the next (wcswidth skips whatever follows a ZWJ, even a
/// letter, which every terminal still draws), nor does a virama carry over into the next
/// cluster in scripts whose conjuncts Unicode does not keep in one cluster.
public enum TextWidth {
    /// The columns of a scalar on its own, as wcwidth(3) gives them (0 for a control).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if v < 0x10000 { return Int(basicPlane[Int(v)]) }
        return measured(scalar)
    }

    /// A scalar's columns from its Unicode properties and the wide table: the rule itself.
    static func measured(_ scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) { return 0 }
        if WideCharacters.contains(scalar.value) { return 2 }
        return 1
    }

    /// The columns of every scalar of the Basic Multilingual Plane, worked out once per process
    /// (the 65,536 scalars but the ideographs and Hangul syllables looked up: a few milliseconds): asking the standard library for a scalar's general
    /// category and default-ignorable property on every character drawn was a tenth of the text
    /// export's time on names in accented Latin and CJK. The surrogates, which are no scalars,
    /// take one column and are never asked for.
    private static let basicPlane: [UInt8] = (0..<0x10000).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return 1 }
        // The ideographs and Hangul syllables, half the plane, are wide without asking
        // (TextWidthShortcutTests checks the whole table against the rule).
        if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return 2 }
        return v < 0x300 ? UInt8(v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1) : UInt8(measured(scalar))
    }

    /// Whether a scalar is always a grapheme cluster of its own, whatever surrounds it, and
    /// takes a column or two: a letter, digit or sign of the scripts below U+0600 (Latin,
    /// Greek, Cyrillic, Armenian, Hebrew), general punctuation and symbols, CJK and kana, the
    /// fullwidth forms, emoji other than regional indicators and skin tones. None of them is
    /// a mark, a joiner, a prepended sign, a spacing mark or a Hangul jamo — the scalars that
    /// join a cluster — so a text made of them can be drawn scalar by scalar, each in its own
    /// cell, exactly as cluster by cluster, without breaking it into Characters.
    @inline(__always)
    static func standsAlone(_ v: UInt32, _ w: Int) -> Bool {
        guard w > 0 else { return false }
        switch v {
        case 0..<0x600, 0x2000...0x2BFF, 0x2E80...0x312F, 0x3190...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60:
            return true
        case 0x1F000...0x1FAFF:
            return !(0x1F1E6...0x1F1FF).contains(v) && !(0x1F3FB...0x1F3FF).contains(v)
        default:
            return false
        }
    }

    /// Whether a scalar can change how the cluster it ends up in is measured: it takes no column
    /// (a mark, a joiner, a variation selector, a virama), or it is a regional indicator or a
    /// skin tone, which join what precedes them. A text without such a scalar measures as the sum
    /// of its scalars' columns, whatever its grapheme clusters — `of(_: Character)` only departs
    /// from that sum on these.
    @inline(__always)
    private static func joinsOthers(_ v: UInt32, _ w: Int) -> Bool {
        w == 0 || (0x1F1E6...0x1F1FF).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
    }

    /// The columns of a grapheme cluster: its base's, plus what its other scalars change — an
    /// emoji presentation selector (VS16) widens a narrow emoji such as ❤ or a keycap's digit,
    /// a spacing mark after a base adds a column, a conjunct (consonant, virama, consonant)
    /// takes one more than its first consonant; what follows a ZWJ joins what precedes it,
    /// the second of a pair of regional indicators joins the first, and a skin tone joins its
    /// emoji. The same rules as wcswidth, applied within the cluster.
    ///
    /// (Asked of every Character drawn, so it never compares the Character with anything:
    /// `isASCII` and `asciiValue` compare it with "\r\n", a String comparison per character.)
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        if iterator.next() == nil { return of(first) }
        var total = 0
        // The last scalar that was measured (a VS16 widens it) and the last one that counts as
        // the emoji a skin tone or a second regional indicator belongs to.
        var measured: Unicode.Scalar?
        var joinable: UInt32?
        var regionalIndicators = 0
        var afterVirama = false
        var conjunctPending = false
        var skipNext = false
        for scalar in scalars {
            let v = scalar.value
            if skipNext {
                skipNext = false
                continue
            }
            let isRegional = (0x1F1E6...0x1F1FF).contains(v)
            defer { regionalIndicators = isRegional ? regionalIndicators + 1 : 0 }
            if v == 0x200D {
                // A ZWJ after a virama asks for a conjunct form; otherwise it joins the next.
                if !afterVirama { skipNext = true }
                continue
            }
            if v == 0xFE0F, let base = measured {
                if widensWithEmojiPresentation(base) { total += 1 }
                measured = nil
                continue
            }
            if isRegional, regionalIndicators % 2 == 1 {
                joinable = v
                continue
            }
            if (0x1F3FB...0x1F3FF).contains(v), let emoji = joinable, takesSkinTone(emoji) {
                continue
            }
            if afterVirama, isConsonant(scalar) {
                measured = scalar
                joinable = v
                afterVirama = false
                conjunctPending = true
                continue
            }
            let w = of(scalar)
            if w > 0 {
                if conjunctPending {
                    total += 1
                    conjunctPending = false
                }
                total += w
                measured = scalar
                joinable = v
                afterVirama = false
            } else if measured != nil, scalar.properties.generalCategory == .spacingMark {
                total += 1
                measured = nil
                afterVirama = false
                conjunctPending = false
            } else {
                afterVirama = isVirama(v)
            }
        }
        if conjunctPending { total += 1 }
        return total
    }

    public static func of(_ text: String) -> Int {
        // Most texts are ASCII (ids, codes, dates, English): count their bytes without
        // breaking them into grapheme clusters, the costly part of measuring.
        var ascii = 0
        var isASCII = true
        for byte in text.utf8 {
            guard byte < 0x80 else { isASCII = false; break }
            if byte >= 0x20 && byte != 0x7F { ascii += 1 }
        }
        if isASCII { return ascii }
        // Then scalar by scalar, which needs no grapheme breaking, as long as no scalar joins
        // others (see `joinsOthers`); otherwise cluster by cluster from the start.
        var sum = 0
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            if joinsOthers(scalar.value, w) { return clusters(text) }
            sum += w
        }
        return sum
    }

    /// The columns of a text measured cluster by cluster.
    private static func clusters(_ text: String) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, with "…" at the end when
    /// something had to be cut.
    public static func truncate(_ text: String, to width: Int) -> String { fit(text, to: width).text }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = fit(text, to: width)
        return cut.text + String(repeating: " ", count: max(0, width - cut.width))
    }

    /// `text`, or its longest prefix that leaves room for "…" within `width` columns followed
    /// by "…", and the columns the result takes. One pass that stops a column past the
    /// width: a long name cut to a narrow column is not measured to its end (names run to
    /// hundreds of clusters in some files, and every row of the grid cuts one).
    public static func fit(_ text: String, to width: Int) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        // Most texts fit (a document wraps its names to the column before drawing them): summed
        // scalar by scalar, as `of` does, up to the width; only a text that joins scalars or
        // turns out too wide is walked cluster by cluster to find where to cut.
        var sum = 0
        var simple = true
        for scalar in text.unicodeScalars {
            let w = of(scalar)
            sum += w
            if joinsOthers(scalar.value, w) || sum > width {
                simple = false
                break
            }
        }
        if simple { return (text, sum) }
        var used = 0
        // Where the text must be cut if it turns out not to fit, and the columns before it.
        var cut: String.Index?
        var usedBeforeCut = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let character = text[index]
            let w = of(character)
            if cut == nil, used + w > width - 1 {
                cut = index
                usedBeforeCut = used
            }
            if used + w > width {
                return (String(text[..<cut!]) + "…", usedBeforeCut + 1)
            }
            used += w
            index = next
        }
        return (text, used)
    }

    /// Words wrapped into lines of at most `width` columns. A word longer than a line is broken
    /// between its characters rather than cut: a wrapped text never loses a letter (a name of
    /// CJK characters has no space to break at, and a file may hold a word of thousands).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Split on the bytes: comparing every Character with "\n" and " " (graphemes,
        // normalised) was a third of the text export's time on long names.
        let paragraphs = text.utf8.contains(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
        for paragraph in paragraphs {
            var line = ""
            var used = 0
            for whole in unbreakable(words(paragraph)) {
                var word = whole
                var w = of(word)
                if w > width {
                    // The pieces that fill lines go out whole; the last one goes on like a word.
                    let pieces = broken(whole, to: width)
                    if used > 0 { lines.append(line) }
                    lines += pieces.dropLast()
                    word = pieces.last ?? ""
                    w = of(word)
                    (line, used) = ("", 0)
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

    /// `word` in pieces of at most `width` columns, broken between grapheme clusters (a wide
    /// character that would straddle the edge starts the next piece); spaces that a piece
    /// would end with are dropped (a French group such as "« oui »" is one word here).
    static func broken(_ word: String, to width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in word {
            let w = of(character)
            if used + w > width, !piece.isEmpty {
                pieces.append(piece.trimmingTrailingSpaces)
                (piece, used) = ("", 0)
            }
            if piece.isEmpty && character == " " { continue }
            piece.append(character)
            used += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Words joined where French typography forbids a break: the space before : ; ! ? and »
    /// (a line never begins with them) and the space after « (a line never ends with it).
    /// `text` cut at its spaces (U+0020, found as bytes), empty pieces left out: what
    /// `split(separator: " ")` gives, without comparing each Character.
    static func words(_ text: Substring) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { result.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { result.append(text[start..<utf8.endIndex]) }
        return result
    }

    private static func unbreakable(_ words: [Substring]) -> [String] {
        var tokens: [String] = []
        var opening: String?
        for word in words {
            var word = String(word)
            if let open = opening {
                word = open + " " + word
                opening = nil
            }
            // Looked at as bytes first ("«" is C2 AB, "»" C2 BB): most words are neither.
            let bytes = word.utf8
            let lead = bytes.first ?? 0
            let closing = lead == 0x3A || lead == 0x3B || lead == 0x21 || lead == 0x3F
                || (lead == 0xC2 && bytes.dropFirst().first == 0xBB)
            if lead == 0xC2, bytes.count == 2, bytes.dropFirst().first == 0xAB {
                opening = word
            } else if closing, let last = tokens.indices.last, word.allSatisfy({ ":;!?».,)".contains($0) }) {
                tokens[last] += " " + word
            } else {
                tokens.append(word)
            }
        }
        if let open = opening { tokens.append(open) }
        return tokens
    }

    /// Marks (nonspacing, enclosing and spacing: a spacing mark's column is counted by the
    /// cluster it belongs to), format characters, the line and paragraph separators and the
    /// default ignorable code points; the
    /// Hangul vowels and final consonants that join the leading consonant's two columns, and
    /// the Hangul fillers. Not the prepended concatenation marks (the Arabic number sign and
    /// its kin), format characters that show as a sign spanning the digits after them.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF, 0x3164, 0xFFA0:
            return true
        case 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0x110BD, 0x110CD:
            return false
        default:
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format, .lineSeparator, .paragraphSeparator:
                return true
            default:
                // The code points Unicode sets aside to be ignored where unsupported (the
                // unassigned ones among them) show nothing either.
                return properties.isDefaultIgnorableCodePoint && !WideCharacters.contains(scalar.value)
            }
        }
    }

    /// A narrow character that an emoji presentation selector turns into a two-column emoji:
    /// an emoji whose default presentation is text (❤, ☺, ©, the keycap digits, # and *).
    private static func widensWithEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isEmoji && !properties.isEmojiPresentation && of(scalar) == 1
    }

    /// What a skin tone modifier joins: a pictographic emoji or a regional indicator (the
    /// modifiers themselves and the ASCII keycap bases are emoji, but take no skin tone).
    private static func takesSkinTone(_ v: UInt32) -> Bool {
        if v < 0x80 || (0x1F3FB...0x1F3FF).contains(v) { return false }
        if (0x1F000...0x1FFFD).contains(v) { return true }
        return Unicode.Scalar(v)?.properties.isEmoji ?? false
    }

    /// The viramas of the Brahmic scripts, which join the next consonant into a conjunct.
    private static func isVirama(_ v: UInt32) -> Bool {
        switch v {
        case 0x94D, 0x9CD, 0xA4D, 0xACD, 0xB4D, 0xBCD, 0xC4D, 0xCCD, 0xD4D, 0xDCA, 0x1B44, 0xA806, 0xA8C4,
             0xA9C0, 0x11046, 0x110B9, 0x111C0, 0x11235, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F,
             0x116B6, 0x11839, 0x119E0, 0x11C3F:
            return true
        default:
            return false
        }
    }

    /// A consonant after a virama: a letter of a Brahmic script.
    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .otherLetter
    }
}
