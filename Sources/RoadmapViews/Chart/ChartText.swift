import RoadmapModel

/// Text as the chart sets it, in a proportional font: measured with the widths of DejaVu Sans
/// (`FontMetrics`), the widest sans-serif of the chart's font stack, so that a name measured to
/// fit fits in Helvetica or Arial too; and wrapped at spaces, a word longer than a line broken
/// between its characters — a chart never cuts a name.
enum ChartText {
    /// The font stack the chart names: the fonts a deck or a wiki usually has, then DejaVu
    /// Sans, which the widths are measured with, then the generic family.
    static let fontFamily = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    /// The width of `text` at `size` pixels (measured on its bytes, `width(utf8:)`).
    static func width<Text: StringProtocol>(_ text: Text, size: Double, bold: Bool = false) -> Double {
        var text = String(text)
        return text.withUTF8 { width(utf8: $0, size: size, bold: bold) }
    }

    /// The advances of a text cluster by cluster, in thousandths of an em, but broken into
    /// Characters only where scalars may join (`TextWidth.segments`): one emoji sequence does
    /// not break the whole name.
    private static func thousandthsByClusters(_ text: String, bold: Bool) -> Int {
        var thousandths = 0
        TextWidth.segments(of: text) { segment in
            switch segment {
            case let .scalar(scalar, w):
                thousandths += tabled(scalar.value, bold: bold) ?? untabled(scalar.value, columns: w, joined: false, bold: bold)
            case let .clusters(run):
                for (character, w) in ClusterRuns.clusters(of: run) {
                    let scalars = character.unicodeScalars
                    guard let first = scalars.first?.value else { continue }
                    thousandths += tabled(first, bold: bold) ?? untabled(first, columns: w, joined: scalars.count > 1, bold: bold)
                }
            }
        }
        return thousandths
    }

    /// One character's advance in thousandths of an em. A character a terminal draws on two
    /// columns (CJK, emoji) is an em or more in any font; one the tables do not know takes
    /// the width of a wide Latin letter, a little more than most, so that it does not overflow.
    static func advance(_ character: Character, bold: Bool) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if let known = tabled(v, bold: bold) { return known }
        return untabled(v, columns: TextWidth.of(character), joined: character.unicodeScalars.count > 1, bold: bold)
    }

    /// A scalar's advance from the font tables (Latin letters, the known punctuation), if they have it.
    private static func tabled(_ v: UInt32, bold: Bool) -> Int? {
        let latin = bold ? FontMetrics.latinBold : FontMetrics.latinRegular
        if v >= 0x20 && v < 0x7F { return Int(latin[Int(v) - 0x20]) }
        if v >= 0xA0 && v < 0x180 { return Int(latin[Int(v) - 0xA0 + 0x5F]) }
        // The punctuation table's scalars lie between U+2009 and U+25C6: CJK and emoji are not
        // looked for in it.
        guard v >= 0x2009 && v <= 0x25C6, let known = FontMetrics.punctuation.first(where: { $0.0 == v }) else { return nil }
        return Int(bold ? known.2 : known.1)
    }

    /// The advance of a character the tables do not know, from its columns: none, an em (a
    /// quarter more for an emoji or a joined cluster), or a wide Latin letter's.
    private static func untabled(_ v: UInt32, columns: Int, joined: Bool, bold: Bool) -> Int {
        switch columns {
        case 0: return 0
        case 2: return joined || v >= 0x1F000 ? 1250 : 1000
        default: return bold ? 780 : 720
        }
    }

    /// `text` in lines of at most `width` pixels at `size`: words kept whole where they fit,
    /// a word wider than a line broken between its characters. Line breaks in the text start
    /// new lines; control characters show as their placeholders.
    static func wrap(_ text: String, to width: Double, size: Double, bold: Bool = false) -> [String] {
        let room = max(width, size)
        let space = Self.width(" ", size: size, bold: bold)
        var lines: [String] = []
        // The bytes looked at first: most texts have no CR to take out.
        var clean = Sanitized.text(hasCarriageReturn(text) ? text.filter { $0 != "\r" && $0 != "\r\n" } : text)
        // Worked on the bytes, as `TextWidth.wrap` is: words are ranges measured in place and
        // copied once into their line. Wrapping with a String for each word and each line as
        // it grew was a third of the HTML export's time on long names; on the bytes, a twelfth.
        clean.withUTF8 { bytes in
            var line: [UInt8] = []
            var used = 0.0
            func place(_ word: UnsafeBufferPointer<UInt8>, _ w: Double) {
                if line.isEmpty {
                    line.append(contentsOf: word)
                    used = w
                } else if used + space + w <= room {
                    line.append(0x20)
                    line.append(contentsOf: word)
                    used += space + w
                } else {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    line.append(contentsOf: word)
                    used = w
                }
            }
            func place(_ piece: String, _ w: Double) {
                var piece = piece
                piece.withUTF8 { place($0, w) }
            }
            func wrapParagraph(_ paragraph: Range<Int>) {
                line.removeAll(keepingCapacity: true)
                used = 0
                var start = paragraph.lowerBound
                // The words: the paragraph cut at its spaces, empty pieces left out.
                for end in paragraph.lowerBound...paragraph.upperBound where end == paragraph.upperBound || bytes[end] == 0x20 {
                    defer { start = end + 1 }
                    guard start < end else { continue }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let w = Self.width(utf8: word, size: size, bold: bold)
                    guard w > room else { place(word, w); continue }
                    for (piece, pieceWidth) in pieces(of: String(decoding: word, as: UTF8.self), room: room, size: size, bold: bold) {
                        place(piece, pieceWidth)
                    }
                }
                lines.append(String(decoding: line, as: UTF8.self))
            }
            // Paragraphs end at a line feed (a Character of its own: no CR is left before one).
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                wrapParagraph(start..<i)
                start = i + 1
            }
            wrapParagraph(start..<bytes.count)
        }
        return lines
    }

    /// A word too wide for any line, in pieces that each fill one, broken between its
    /// characters, with their widths.
    static func pieces<Word: StringProtocol>(of word: Word, room: Double, size: Double, bold: Bool) -> [(String, Double)] {
        var pieces: [(String, Double)] = []
        var piece = "", pieceWidth = 0.0
        for character in word {
            let c = Double(advance(character, bold: bold)) * size / 1000
            if pieceWidth + c > room, !piece.isEmpty {
                pieces.append((piece, pieceWidth))
                (piece, pieceWidth) = ("", 0)
            }
            piece.append(character)
            pieceWidth += c
        }
        if !piece.isEmpty { pieces.append((piece, pieceWidth)) }
        return pieces
    }

    private static func hasCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(0x0D) }
    }

    /// The width at `size` pixels of a text given as UTF-8 (a word of a text being wrapped is
    /// measured in place). Latin letters, the known punctuation and the scalars that stand alone
    /// (CJK, most emoji) are one scalar to a character: their advances come scalar by scalar.
    /// Only a text with anything else (a control, a mark, a joined emoji) is cut into grapheme
    /// clusters, which costs more.
    static func width(utf8: UnsafeBufferPointer<UInt8>, size: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        var i = 0
        while i < utf8.count {
            let (v, length) = UTF8Scalar.decode(utf8, at: i)
            i += length
            if let known = tabled(v, bold: bold) { thousandths += known }
            else if case let w = TextWidth.of(Unicode.Scalar(v).unsafelyUnwrapped), TextWidth.standsAlone(v, w) {
                // A cluster of its own (CJK, an emoji, a letter of another script): its advance
                // as `advance` gives a one-scalar character, without grapheme breaking.
                thousandths += untabled(v, columns: w, joined: false, bold: bold)
            } else {
                thousandths = thousandthsByClusters(String(decoding: utf8, as: UTF8.self), bold: bold)
                break
            }
        }
        return Double(thousandths) * size / 1000
    }
}
