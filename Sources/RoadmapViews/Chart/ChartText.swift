import RoadmapModel

/// Text as the chart sets it, in a proportional font: measured with the widths of DejaVu Sans
/// (`FontMetrics`), the widest sans-serif of the chart's font stack, so that a name measured to
/// fit fits in Helvetica or Arial too; and wrapped at spaces, a word longer than a line broken
/// between its characters — a chart never cuts a name.
enum ChartText {
    /// The font stack the chart names: the fonts a deck or a wiki usually has, then DejaVu
    /// Sans, which the widths are measured with, then the generic family.
    static let fontFamily = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    /// The width of `text` at `size` pixels.
    static func width<Text: StringProtocol>(_ text: Text, size: Double, bold: Bool = false) -> Double {
        // Latin letters, the known punctuation and the scalars that stand alone (CJK, most
        // emoji) are one scalar to a character: their advances come scalar by scalar. Only a
        // text with anything else (a control, a mark, a joined emoji) is cut into grapheme
        // clusters, which costs more.
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if let known = tabled(v, bold: bold) { thousandths += known }
            else if case let w = TextWidth.of(scalar), TextWidth.standsAlone(v, w) {
                // A cluster of its own (CJK, an emoji, a letter of another script): its advance
                // as `advance` gives a one-scalar character, without grapheme breaking.
                thousandths += untabled(v, columns: w, joined: false, bold: bold)
            } else {
                thousandths = 0
                for character in text { thousandths += advance(character, bold: bold) }
                break
            }
        }
        return Double(thousandths) * size / 1000
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
        if let known = FontMetrics.punctuation.first(where: { $0.0 == v }) { return Int(bold ? known.2 : known.1) }
        return nil
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
        // The bytes looked at first: most texts have no CR and no LF to take out or cut at.
        let clean = Sanitized.text(text.utf8.contains(0x0D) ? text.filter { $0 != "\r" && $0 != "\r\n" } : text)
        let paragraphs = clean.utf8.contains(0x0A) ? clean.split(separator: "\n", omittingEmptySubsequences: false) : [clean[...]]
        for paragraph in paragraphs {
            var line = ""
            var used = 0.0
            func place<Word: StringProtocol>(_ word: Word, _ w: Double) {
                if line.isEmpty {
                    (line, used) = (String(word), w)
                } else if used + space + w <= room {
                    line += " "
                    line += word
                    used += space + w
                } else {
                    lines.append(line)
                    (line, used) = (String(word), w)
                }
            }
            // The words as slices of the paragraph: measured and placed without a String each.
            for word in TextWidth.words(paragraph) {
                let w = Self.width(word, size: size, bold: bold)
                guard w > room else { place(word, w); continue }
                // Too wide for any line: in pieces that each fill one.
                var piece = "", pieceWidth = 0.0
                for character in word {
                    let c = Double(advance(character, bold: bold)) * size / 1000
                    if pieceWidth + c > room, !piece.isEmpty {
                        place(piece, pieceWidth)
                        (piece, pieceWidth) = ("", 0)
                    }
                    piece.append(character)
                    pieceWidth += c
                }
                if !piece.isEmpty { place(piece, pieceWidth) }
            }
            lines.append(line)
        }
        return lines
    }
}
