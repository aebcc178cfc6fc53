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
        if v >= emojiBlocksStart && v < emojiBlocksStart + UInt32(emojiBlocks.count) { return Int(emojiBlocks[Int(v - emojiBlocksStart)]) }
        return measured(scalar)
    }

    /// The columns of the emoji and symbol blocks (U+1F000–U+1FBFF), worked out once per
    /// process like the Basic Multilingual Plane's, on first use: asking for the properties of
    /// each emoji of each name (one begins every name of the long-names profile) was a twentieth
    /// of that text export's time.
    private static let emojiBlocksStart: UInt32 = 0x1_F000
    private static let emojiBlocks: [UInt8] = (0x1_F000..<0x1_FC00).map { v in
        Unicode.Scalar(UInt32(v)).map { UInt8(measured($0)) } ?? 1
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

    /// The columns of a text measured cluster by cluster: the scalars that are clusters of
    /// their own by their width, the rest Character by Character (`segments`).
    private static func clusters(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { clusters(utf8: $0) }
    }

    /// `clusters` on a text's UTF-8 bytes.
    private static func clusters(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        segments(utf8: utf8) { segment in
            switch segment {
            case let .scalar(_, w): total += w
            case let .clusters(run): for (_, w) in ClusterRuns.clusters(of: run) { total += w }
            }
        }
        return total
    }

    /// A piece of a text, as `segments` cuts it.
    enum Segment {
        /// A scalar that is a grapheme cluster of its own, and its columns.
        case scalar(Unicode.Scalar, Int)
        /// Whole clusters, to be broken into Characters: the text's UTF-8 bytes, valid only
        /// while `segments` calls its body.
        case clusters(UnsafeBufferPointer<UInt8>)
    }

    /// `text` cut where a grapheme cluster is sure to end — between two scalars that each
    /// stand alone (`standsAlone`: no rule of the standard joins them), and at the ends —
    /// into lone scalars and runs that must be broken into clusters. Breaking a name into
    /// Characters from end to end because one emoji in it joins scalars was a tenth of the
    /// text export's time on long names; now only the emoji's run is. Breaking a run on its
    /// own gives the clusters the whole text gives there: no rule looks across two scalars
    /// that stand alone (TextWidthShortcutTests compares the two on random texts).
    @inline(__always)
    static func segments(of text: String, _ body: (Segment) -> Void) {
        var text = text
        text.withUTF8 { segments(utf8: $0, body) }
    }

    /// `segments` on a text's UTF-8 bytes (valid UTF-8: a String's), read in place: the runs
    /// are ranges of them, not Substrings, so that measuring a word with a flag in it makes no
    /// String of it (that was most of wrapping a long name that has one every few words).
    @inline(__always)
    static func segments(utf8: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void) {
        var start = 0
        var count = 0
        var first: (scalar: Unicode.Scalar, width: Int, alone: Bool) = (" ", 0, false)
        var previousAlone = false
        var i = 0
        while i < utf8.count {
            let (v, length) = UTF8Scalar.decode(utf8, at: i)
            let scalar = Unicode.Scalar(v).unsafelyUnwrapped
            let w = of(scalar)
            let alone = standsAlone(v, w)
            if count > 0, previousAlone, alone {
                body(count == 1 && first.alone ? .scalar(first.scalar, first.width) : .clusters(UnsafeBufferPointer(rebasing: utf8[start..<i])))
                start = i
                count = 0
            }
            if count == 0 { first = (scalar, w, alone) }
            count += 1
            previousAlone = alone
            i += length
        }
        if count > 0 { body(count == 1 && first.alone ? .scalar(first.scalar, first.width) : .clusters(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))) }
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
    ///
    /// Worked on the text's UTF-8 bytes: words are ranges of them, measured in place (`of` on
    /// the bytes) and copied once into the line they end up on. Wrapping, with a String made of
    /// every word and of every line as it grew, was a fifth of the text export's time on long
    /// names; on the bytes, it is an eighth.
    /// The lines are those the words as Strings give (TextWrapTests compares the two).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            // Room for the lines a text of these bytes makes at most, and one line's bytes,
            // made once: growing them line by line was half the allocations of wrapping.
            var lines: [String] = []
            lines.reserveCapacity(bytes.count / width + 2)
            var line: [UInt8] = []
            line.reserveCapacity(min(bytes.count, 4 * width + 8))
            // Paragraphs end at a line feed that is a Character of its own ("\r\n" is one
            // Character, which `split(separator: "\n")` did not split).
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
                wrapParagraph(bytes, start..<i, to: width, line: &line, into: &lines)
                start = i + 1
            }
            wrapParagraph(bytes, start..<bytes.count, to: width, line: &line, into: &lines)
            return lines
        }
    }

    /// A word to place on a line: a range of the text's bytes, or bytes of its own where
    /// words were joined (French spacing) or a piece of a broken word goes on as one.
    private struct Token {
        var range: Range<Int>
        var joined: [UInt8]?
    }

    /// `line`: a buffer for the line being filled, empty, reused from paragraph to paragraph.
    private static func wrapParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>, to width: Int,
                                      line: inout [UInt8], into lines: inout [String]) {
        line.removeAll(keepingCapacity: true)
        var used = 0
        func bytesOf(_ token: Token) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[token.range]) }
        func place(_ token: Token) {
            var w: Int
            var word: [UInt8]?
            if let joined = token.joined {
                w = of(String(decoding: joined, as: UTF8.self))
                word = joined
            } else {
                w = of(bytesOf(token))
            }
            if w > width {
                // The pieces that fill lines go out whole; the last one goes on like a word.
                if used > 0 { lines.append(String(decoding: line, as: UTF8.self)) }
                // Straight from the bytes where every scalar stands alone: the last piece is
                // then the line, as placing it as a word on an empty line would make it.
                let rest = word.map { word in word.withUnsafeBufferPointer { breakAlone($0, to: width, into: &lines, last: &line) } }
                    ?? breakAlone(bytesOf(token), to: width, into: &lines, last: &line)
                if let rest {
                    used = rest
                    return
                }
                let pieces = broken(word.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytesOf(token), as: UTF8.self), to: width)
                lines += pieces.dropLast()
                let last = pieces.last ?? ""
                word = Array(last.utf8)
                w = of(last)
                line.removeAll(keepingCapacity: true)
                used = 0
            }
            if used == 0 {
                line.removeAll(keepingCapacity: true)
                used = w
            } else if used + 1 + w <= width {
                line.append(0x20)
                used += 1 + w
            } else {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                used = w
            }
            if let word { line += word } else { line += bytesOf(token) }
        }
        // The words (the paragraph cut at its spaces, empty pieces left out) joined where French
        // typography forbids a break: the space before : ; ! ? and » (a line never begins with
        // them) and the space after « (a line never ends with it). Each word is placed once the
        // next is known not to join it, so no list of words or tokens is made. Looked at as
        // bytes ("«" is C2 AB, "»" C2 BB): most words are neither, and stay ranges.
        var pending: Token?
        var opening: [UInt8]?
        func take(_ range: Range<Int>) {
            var token = Token(range: range)
            if let open = opening {
                token.joined = open + [0x20] + bytes[range]
                opening = nil
            }
            // The word's first two bytes and length, without copying it.
            let count = token.joined?.count ?? range.count
            func byte(_ i: Int) -> UInt8? { i < count ? (token.joined?[i] ?? bytes[range.lowerBound + i]) : nil }
            let lead = byte(0) ?? 0
            let second = byte(1)
            let closing = lead == 0x3A || lead == 0x3B || lead == 0x21 || lead == 0x3F || (lead == 0xC2 && second == 0xBB)
            if lead == 0xC2, count == 2, second == 0xAB {
                opening = token.joined ?? Array(bytes[range])
            } else if closing, let before = pending, case let word = token.joined?[...] ?? Array(bytes[range])[...], isClosingPunctuation(word) {
                pending?.joined = (before.joined ?? Array(bytes[before.range])) + [0x20] + word
            } else {
                if let before = pending { place(before) }
                pending = token
            }
        }
        var start = paragraph.lowerBound
        for i in paragraph where bytes[i] == 0x20 {
            if start != i { take(start..<i) }
            start = i + 1
        }
        if start != paragraph.upperBound { take(start..<paragraph.upperBound) }
        if let last = pending { place(last) }
        if let open = opening { place(Token(range: 0..<0, joined: open)) }
        lines.append(String(decoding: line, as: UTF8.self))
    }

    /// The columns of a text given as UTF-8, as `of(String)` measures it: the bytes of ASCII,
    /// the scalars' sum where no scalar joins others, otherwise cluster by cluster.
    static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var ascii = 0
        var control = false
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte >= 0x80 { break }
            if byte >= 0x20 && byte != 0x7F { ascii += 1 } else { control = true }
            i += 1
        }
        if i == utf8.count { return ascii }
        // A control takes no column, which makes `of(String)` measure cluster by cluster.
        if control { return clusters(utf8: utf8) }
        var sum = ascii
        // The bytes are a String's, so valid UTF-8: decoded by hand from the first non-ASCII one.
        while i < utf8.count {
            let (v, length) = UTF8Scalar.decode(utf8, at: i)
            i += length
            let w = of(Unicode.Scalar(v).unsafelyUnwrapped)
            if joinsOthers(v, w) { return clusters(utf8: utf8) }
            sum += w
        }
        return sum
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

    /// The pieces `broken` makes of a word, cut straight from its UTF-8 bytes where each of its
    /// scalars is a cluster of its own (`standsAlone`, printable ASCII) — breaking a long name's
    /// words into Characters, for a narrow column, was a third of wrapping it: all but the last
    /// piece added to `pieces`, the last one's bytes put in `last` (emptied first). Returns the
    /// last piece's columns — nil, having changed nothing, when a scalar does not stand alone.
    static func breakAlone(_ utf8: UnsafeBufferPointer<UInt8>, to width: Int, into pieces: inout [String], last: inout [UInt8]) -> Int? {
        let before = pieces.count
        // The piece being filled: its first byte, its end without the spaces it ends with, its
        // columns, and theirs to that end; the columns of the last piece handed over.
        var start = -1, end = 0, used = 0, usedToEnd = 0, handedOver = 0
        var i = 0
        while i < utf8.count {
            let (v, length) = UTF8Scalar.decode(utf8, at: i)
            let w = v < 0x80 ? (v >= 0x20 && v != 0x7F ? 1 : 0) : of(Unicode.Scalar(v).unsafelyUnwrapped)
            guard v < 0x80 ? w == 1 : standsAlone(v, w) else {
                pieces.removeSubrange(before...)
                return nil
            }
            if used + w > width, start >= 0 {
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self))
                (start, used, handedOver) = (-1, 0, usedToEnd)
            }
            if start < 0 && v == 0x20 {
                i += length
                continue
            }
            if start < 0 { start = i }
            i += length
            used += w
            if v != 0x20 { (end, usedToEnd) = (i, used) }
        }
        last.removeAll(keepingCapacity: true)
        if start >= 0 {
            last.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
            return used
        }
        // The word ended in spaces that went over: its last piece is the one handed over last.
        guard pieces.count > before else { return 0 }
        last.append(contentsOf: pieces.removeLast().utf8)
        return handedOver
    }

    /// Whether a word is made only of : ; ! ? » . , ) (each a Character of its own: a mark
    /// after one would be a scalar outside the set).
    private static func isClosingPunctuation(_ word: ArraySlice<UInt8>) -> Bool {
        var i = word.startIndex
        while i < word.endIndex {
            switch word[i] {
            case 0x3A, 0x3B, 0x21, 0x3F, 0x2E, 0x2C, 0x29:
                i += 1
            case 0xC2 where i + 1 < word.endIndex && word[i + 1] == 0xBB:
                i += 2
            default:
                return false
            }
        }
        return true
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
