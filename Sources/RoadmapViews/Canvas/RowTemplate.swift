import RoadmapModel

/// A row drawn once that many rows repeat with a text of their own: a Gantt grid's separators
/// on an empty row, under the rest of a long name (a continuation row). The text export writes
/// such a row straight from the template's bytes and the text's, instead of drawing the whole
/// row cell by cell and reading it back: a roadmap of long names has several continuation rows
/// for each activity, and drawing and printing their blank months was most of its text export.
///
/// The line written is the one `Canvas.put(text, x:, limit:)` on an empty row followed by the
/// template's drawing gives, byte for byte: the text sanitized as `put` sanitizes it, then
/// written whole — where it does not fit, begins with a mark `put` would drop, or would lie
/// under a mark of the template, `appendLine` says so and the row is drawn as before.
struct RowTemplate: Sendable {
    /// The template row's line, trailing spaces kept: one scalar per cell.
    private let bytes: [UInt8]
    /// Where each column's bytes begin in `bytes`, and (last) where they end.
    private let offsets: [Int]
    /// For each column, the first column from it on that holds something other than a space
    /// (the width where none does).
    private let blankUntil: [Int]

    var width: Int { offsets.count - 1 }

    /// Row `y` of `canvas` as a template; nil when a cell holds other than one scalar (a wide
    /// character's covered cells, a cluster), which the template does not model.
    init?(_ canvas: Canvas, row y: Int) {
        guard y >= 0, y < canvas.height else { return nil }
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var blank: [Bool] = []
        for x in 0..<canvas.width {
            let text = canvas[x, y].text
            var scalars = text.unicodeScalars.makeIterator()
            guard let scalar = scalars.next(), scalars.next() == nil, TextWidth.of(scalar) == 1 else { return nil }
            offsets.append(bytes.count)
            bytes += text.utf8
            blank.append(scalar == " ")
        }
        offsets.append(bytes.count)
        var blankUntil = Array(repeating: canvas.width, count: canvas.width + 1)
        for x in stride(from: canvas.width - 1, through: 0, by: -1) { blankUntil[x] = blank[x] ? blankUntil[x + 1] : x }
        self.bytes = bytes
        self.offsets = offsets
        self.blankUntil = blankUntil
    }

    /// Appends the line of the template with `text` put at column `x` in at most `limit`
    /// columns, trailing spaces removed, as `Canvas` would write it; returns false, having
    /// written nothing, where the text is not one this shortcut draws the same.
    func appendLine(_ text: String, x: Int, limit: Int, to out: inout [UInt8]) -> Bool {
        guard x >= 0, x < width else { return false }
        let room = min(width - x, limit)
        guard room > 0 else { return false }
        // `put` sanitizes first, and draws the sanitized text.
        var clean = Sanitized.text(text)
        guard let columns = Self.columns(clean, room: room),
              // A mark of the template under the text would be drawn over it.
              blankUntil[x] >= x + columns else { return false }
        let lineStart = out.count
        clean.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { template in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: template[..<offsets[x]]))
                out.append(contentsOf: utf8)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: template[offsets[x + columns]...]))
            }
        }
        while out.count > lineStart, out[out.count - 1] == 0x20 { out.removeLast() }
        return true
    }

    /// The columns `put` draws `text` in when it fits `room` whole — its cells then hold its
    /// bytes in order (a wide character's covered cells nothing, a mark the cell before it) —
    /// or nil: it does not fit, or it begins with a cluster of no width, which `put` drops.
    private static func columns(_ text: String, room: Int) -> Int? {
        var text = text
        return text.withUTF8 { utf8 in
            // Scalar by scalar while each is a cluster of its own (nearly every name).
            var columns = 0
            var i = 0
            while i < utf8.count {
                let (v, length) = UTF8Scalar.decode(utf8, at: i)
                i += length
                let w = v < 0x80 ? 1 : TextWidth.of(Unicode.Scalar(v).unsafelyUnwrapped)
                guard v < 0x80 || TextWidth.standsAlone(v, w) else { return clustered(utf8, room: room) }
                columns += w
            }
            return columns <= room ? columns : nil
        }
    }

    /// `columns` where scalars join (a flag, a family), measured as `put` measures them.
    private static func clustered(_ utf8: UnsafeBufferPointer<UInt8>, room: Int) -> Int? {
        var columns = 0
        var first = true
        var leadingMark = false
        TextWidth.segments(utf8: utf8) { segment in
            switch segment {
            case let .scalar(_, w):
                columns += w
            case let .clusters(run):
                for (_, w) in ClusterRuns.clusters(of: run) {
                    if first, w == 0 { leadingMark = true }
                    first = false
                    columns += w
                }
            }
            first = false
        }
        return leadingMark || columns > room ? nil : columns
    }
}
