import RoadmapModel
import RoadmapViews

/// The search's matches marked where the screen shows them, on every page: the text is
/// compared cell by cell as the search compares names (case and accents ignored), so that a
/// match in a name, in a "(en: …)" note or in a paragraph of the strategy lights up alike.
enum SearchHighlight {
    /// Marks each run of cells on row `y` of `screen` whose text folds to `folded`.
    static func mark(_ folded: String, in screen: inout Canvas, y: Int) {
        guard !folded.isEmpty else { return }
        let needle = Array(folded.utf8)
        // The row folded cell by cell, and for each byte the cell it comes from.
        var bytes: [UInt8] = []
        var cellOf: [Int] = []
        bytes.reserveCapacity(screen.width)
        cellOf.reserveCapacity(screen.width)
        for x in 0..<screen.width {
            let text = screen[x, y].text
            guard !text.isEmpty else { continue }  // the second half of a wide character
            let piece: [UInt8]
            if text.utf8.count == 1, let byte = text.utf8.first {
                // ASCII, most cells: folding is lower-casing (a cell per frame, every frame).
                piece = [byte == 0x09 ? 0x20 : (byte >= 65 && byte <= 90 ? byte + 32 : byte)]
            } else {
                piece = text.allSatisfy(\.isWhitespace) ? [0x20] : Array(TextFolding.fold(text).utf8)
            }
            bytes += piece
            cellOf += Array(repeating: x, count: piece.count)
        }
        guard bytes.count >= needle.count else { return }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], Array(bytes[i..<i + needle.count]) == needle {
                let first = cellOf[i], last = cellOf[i + needle.count - 1]
                screen.style(x: first, y: y, count: last - first + 1) { style in
                    style.selected = true
                    style.bold = true
                }
                i += needle.count
            } else {
                i += 1
            }
        }
    }
}
