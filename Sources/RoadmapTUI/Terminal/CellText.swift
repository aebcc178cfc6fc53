import RoadmapViews

/// What the screen can hold in one cell. ncurses keeps a cell as a cchar_t of at most
/// CCHARW_MAX (5) wide characters — a spacing one and the combining ones after it — and
/// `setcchar` cuts a longer cluster: a family of four (seven scalars, two columns) came out
/// as a cut ZWJ sequence, which a terminal may draw as another emoji or as several, wider
/// than the cell. A longer cluster is drawn as the longest start of it that has no ZWJ and
/// keeps the width the canvas gave it (the family's first person, a letter with its first
/// four marks); failing that, a placeholder of that width.
enum CellText {
    /// CCHARW_MAX in ncurses' curses.h.
    static let capacity = 5

    static func scalars(_ text: String) -> [Unicode.Scalar] {
        let all = Array(text.unicodeScalars)
        guard all.count > capacity else { return all }
        let width = TextWidth.of(text)
        for count in stride(from: capacity, through: 1, by: -1) {
            let start = all[..<count]
            guard !start.contains("\u{200D}") else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: start)
            if TextWidth.of(String(view)) == width { return Array(start) }
        }
        // 〓 (the geta mark) is what Japanese typesetting puts for a character it cannot set.
        return width >= 2 ? ["\u{3013}"] : ["\u{FFFD}"]
    }
}
