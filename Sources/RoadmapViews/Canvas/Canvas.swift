import RoadmapModel

/// What a cell means, not how it looks: the screen maps each to colours and attributes (or to
/// attributes alone on a monochrome terminal); the text export ignores it.
public struct CellStyle: Hashable, Sendable {
    public enum Tone: Hashable, Sendable {
        case plain
        /// Titles and headings.
        case heading
        /// Secondary text: dates, notes, counts.
        case muted
        /// One of the four roles, by its position in Roadmap.roles (CE, Pr, Int, In).
        case role(Int)
        /// On the critical path.
        case critical
        /// What the user is told: active filters, what-if changes, the status line.
        case accent
        case warning
        /// The key names in the bottom bar and the help.
        case key
    }

    public var tone: Tone
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    /// The selected row.
    public var selected: Bool

    public init(_ tone: Tone = .plain, bold: Bool = false, dim: Bool = false, underline: Bool = false, selected: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.selected = selected
    }

    public static let plain = CellStyle()
    public static let heading = CellStyle(.heading, bold: true)
    public static let muted = CellStyle(.muted, dim: true)
    public static let accent = CellStyle(.accent, bold: true)
    public static let warning = CellStyle(.warning, bold: true)
    public static let key = CellStyle(.key, bold: true)
}

/// One terminal cell: a grapheme cluster and its style. A wide character occupies its cell and
/// the next, which holds an empty `text` so that columns stay aligned.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: CellStyle
    public init(_ text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }
    public static let blank = Cell()

    /// Every ASCII character as a one-character string, made once.
    static let asciiText: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}

/// A grid of styled cells: what every view renders into. The explorer draws it with ncurses,
/// the text export prints it without styles, and tests compare it as lines of text.
///
/// Stored as columns of plain values rather than an array of `Cell`s: a cell's text is its one
/// scalar (nearly every cell: a letter, a space, a bar) or an index into the clusters of more
/// than one scalar this canvas holds, so that drawing and printing a grid of millions of cells
/// (a long-names roadmap's text export) copies integers, not Strings — each String cell cost a
/// retain, a release and a destroy, a third of that export's time. `Cell` stays what callers
/// read and write.
///
/// A canvas made without styles (`styled: false`) keeps the text alone and reads every cell's
/// style as plain: the text export prints no style, and a style is four times a cell's code
/// in memory — setting and writing them was a twentieth of that export's time on long names.
public struct Canvas: Sendable {
    public let width: Int
    public private(set) var height: Int
    /// Whether the canvas keeps its cells' styles.
    public let styled: Bool
    /// Per cell: a scalar's value, `Self.empty` (the cells a wide character covers past its
    /// first), or `Self.cluster | i` for `clusters[i]`.
    private var codes: [UInt32]
    /// Per cell when `styled`; empty otherwise.
    private var styles: [CellStyle]
    private var clusters: [String] = []

    private static let empty: UInt32 = 0x11_0000
    private static let cluster: UInt32 = 0x8000_0000
    private static let space: UInt32 = 0x20

    public init(width: Int, height: Int = 0, styled: Bool = true) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.styled = styled
        codes = Array(repeating: Self.space, count: self.width * self.height)
        styles = styled ? Array(repeating: .plain, count: self.width * self.height) : []
    }

    public subscript(x: Int, y: Int) -> Cell {
        get {
            let i = y * width + x
            return Cell(textOf(codes[i]), style: style(at: i))
        }
        set {
            let i = y * width + x
            set(i, newValue.text)
            if styled { styles[i] = newValue.style }
        }
    }

    private func style(at i: Int) -> CellStyle { styled ? styles[i] : .plain }

    /// Gives cells `range` the style `style`, on a canvas that keeps styles.
    @inline(__always)
    private mutating func paint(_ range: Range<Int>, _ style: CellStyle) {
        guard styled else { return }
        for i in range { styles[i] = style }
    }

    /// The text a code stands for.
    private func textOf(_ code: UInt32) -> String {
        if code < 0x80 { return Cell.asciiText[Int(code)] }
        if code < Self.empty { return String(Character(Unicode.Scalar(code).unsafelyUnwrapped)) }
        if code == Self.empty { return "" }
        return clusters[Int(code & ~Self.cluster)]
    }

    /// Stores `text` as cell `i`'s, reusing the cell's cluster slot when it has one.
    private mutating func set(_ i: Int, _ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return codes[i] = Self.empty }
        if scalars.next() == nil { return codes[i] = first.value }
        let old = codes[i]
        if old >= Self.cluster {
            clusters[Int(old & ~Self.cluster)] = text
        } else {
            codes[i] = Self.cluster | UInt32(clusters.count)
            clusters.append(text)
        }
    }

    /// Stores one character, which is one scalar far more often than not.
    @inline(__always)
    private mutating func set(_ i: Int, _ character: Character, style: CellStyle) {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { codes[i] = scalar.value } else { set(i, String(character)) }
        if styled { styles[i] = style }
    }

    /// Grows the canvas to at least `rows` rows.
    public mutating func ensureHeight(_ rows: Int) {
        guard rows > height else { return }
        codes.append(contentsOf: repeatElement(Self.space, count: (rows - height) * width))
        if styled { styles.append(contentsOf: repeatElement(.plain, count: (rows - height) * width)) }
        height = rows
    }

    /// Appends an empty row and returns its index.
    @discardableResult
    public mutating func addRow() -> Int {
        ensureHeight(height + 1)
        return height - 1
    }

    /// Writes `text` from column `x` of row `y`, sanitized, cut with "…" so as not to pass
    /// `x + limit` nor the right edge; returns the columns written. Rows grow as needed.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard x >= 0, x < width, y >= 0 else { return 0 }
        ensureHeight(y + 1)
        let room = min(width - x, limit ?? Int.max)
        guard room > 0 else { return 0 }
        let clean = Sanitized.text(text)
        let row = y * width
        var column = x
        // Most texts drawn fit their room and are ASCII, or made of scalars that each stand
        // alone (a document's wrapped names, every continuation row): known in one pass and
        // drawn in a second, rather than fitted, tested and measured pass after pass. The
        // cells are those the general path below draws for them.
        let utf8 = clean.utf8
        if utf8.count <= room, utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in utf8 {
                codes[row + column] = UInt32(byte)
                column += 1
            }
            paint(row + x..<row + column, style)
            return column - x
        }
        var total = 0
        var alone = true
        for scalar in clean.unicodeScalars {
            let w = TextWidth.of(scalar)
            total += w
            guard total <= room, TextWidth.standsAlone(scalar.value, w) else {
                alone = false
                break
            }
        }
        if alone { return putAlone(clean, at: row, x: x, room: room, style: style) }
        // A text that joins scalars somewhere (an emoji sequence, a mark): measured and, if it
        // fits, drawn as the loop at the end draws it — but broken into Characters only where
        // scalars may join (`TextWidth.segments`), each run broken once and kept
        // (`ClusterRuns`), so that walking the text a second time to draw it costs little.
        total = 0
        TextWidth.segments(of: clean) { segment in
            switch segment {
            case let .scalar(_, w): total += w
            case let .clusters(run): for (_, w) in ClusterRuns.clusters(of: run) { total += w }
            }
        }
        if total <= room {
            TextWidth.segments(of: clean) { segment in
                switch segment {
                case let .scalar(scalar, w):
                    codes[row + column] = scalar.value
                    for covered in column + 1..<column + w { codes[row + covered] = Self.empty }
                    paint(row + column..<row + column + w, style)
                    column += w
                case let .clusters(run):
                    for (character, w) in ClusterRuns.clusters(of: run) { drawCluster(character, w, row: row, x: x, column: &column, style: style) }
                }
            }
            return column - x
        }
        let fitted = TextWidth.fit(clean, to: room).text
        if fitted.utf8.allSatisfy({ $0 < 0x80 }) {
            // Printable ASCII (controls are gone): a cell per byte.
            for byte in fitted.utf8 {
                guard column < x + room else { break }
                codes[row + column] = UInt32(byte)
                column += 1
            }
            paint(row + x..<row + column, style)
            return column - x
        }
        if fitted.unicodeScalars.allSatisfy({ TextWidth.standsAlone($0.value, TextWidth.of($0)) }) {
            return putAlone(fitted, at: row, x: x, room: room, style: style)
        }
        for character in fitted {
            let w = TextWidth.of(character)
            guard column + w <= x + room else { break }
            drawCluster(character, w, row: row, x: x, column: &column, style: style)
        }
        return column - x
    }

    /// Draws one grapheme cluster of `w` columns at `column` of the row starting at cell `row`
    /// (whose text starts at `x`), and moves `column` past it.
    private mutating func drawCluster(_ character: Character, _ w: Int, row: Int, x: Int, column: inout Int, style: CellStyle) {
        if w == 0 {
            // A lone combining mark joins the previous cell rather than taking one.
            if column > x { set(row + column - 1, textOf(codes[row + column - 1]) + String(character)) }
            return
        }
        set(row + column, character, style: style)
        // The cells a wide cluster covers past its first hold nothing, however many.
        for covered in column + 1..<column + w { codes[row + covered] = Self.empty }
        paint(row + column + 1..<row + column + w, style)
        column += w
    }

    /// Draws a text from column `x` of the row starting at cell `row`, up to `room` columns,
    /// each of whose scalars is a cluster of its own (accented Latin, CJK, most emoji): a cell
    /// per scalar, with no grapheme breaking — the same cells as drawing it cluster by cluster.
    private mutating func putAlone(_ text: String, at row: Int, x: Int, room: Int, style: CellStyle) -> Int {
        var column = x
        for scalar in text.unicodeScalars {
            let w = TextWidth.of(scalar)
            guard column + w <= x + room else { break }
            codes[row + column] = scalar.value
            for covered in column + 1..<column + w { codes[row + covered] = Self.empty }
            column += w
        }
        paint(row + x..<row + column, style)
        return column - x
    }

    /// Sets the style of a run of cells without changing their text.
    public mutating func style(x: Int, y: Int, count: Int, _ transform: (inout CellStyle) -> Void) {
        guard styled, y >= 0, y < height else { return }
        let first = max(0, x), end = min(width, x + count)
        guard first < end else { return }
        for column in first..<end { transform(&styles[y * width + column]) }
    }

    /// Fills a run of cells with one character (repeated every two cells if it is wide, and
    /// never half of one at the end of the run).
    public mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: CellStyle = .plain) {
        guard y >= 0 else { return }
        let first = max(0, x), end = min(width, x + count)
        guard first < end else { return }
        ensureHeight(y + 1)
        let row = y * width
        // A bar's mark is one scalar: measured as such, not as a cluster (every month of
        // every bar is a fill).
        var iterator = character.unicodeScalars.makeIterator()
        let lead = iterator.next()
        let single = iterator.next() == nil
        let w = single ? lead.map(TextWidth.of) ?? 0 : TextWidth.of(character)
        if w <= 1, w == 0 || single, let scalar = lead {
            // One scalar, or a character without width, which would leave the run empty and is
            // drawn as a space: one code for the whole run.
            let code = w == 1 ? scalar.value : Self.space
            for column in first..<end { codes[row + column] = code }
            paint(row + first..<row + end, style)
            return
        }
        guard w > 1 else {
            for column in first..<end { set(row + column, character, style: style) }
            return
        }
        var column = first
        while column + w <= end {
            set(row + column, character, style: style)
            for covered in column + 1..<column + w { codes[row + covered] = Self.empty }
            paint(row + column + 1..<row + column + w, style)
            column += w
        }
        for rest in column..<end { set(row + rest, " ", style: style) }
    }

    /// Row `y` as plain text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width)
        appendLine(y, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Row `y` as UTF-8, trailing spaces removed, added to `bytes`: the text export writes its
    /// lines this way, straight into its output, without a String per line. The line is made
    /// in a buffer of its own on the stack, added a few hundred bytes at a time: appending byte
    /// by byte asked the array whether it was shared at every byte, a tenth of a long-names
    /// export's time, and a buffer as long as the line could be (four bytes a cell and the
    /// clusters') went to the heap for every wide row.
    public func appendLine(_ y: Int, to bytes: inout [UInt8]) {
        let row = y * width
        let lineStart = bytes.count
        codes.withUnsafeBufferPointer { codes in
            // Trailing blank cells write nothing.
            var end = row + width
            while end > row, codes[end - 1] == Self.space { end -= 1 }
            guard end > row else { return }
            let chunk = 512
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunk) { out in
                var n = 0
                for i in row..<end {
                    // Room for the longest scalar; a cluster's bytes go straight to `bytes`.
                    if n > chunk - 4 {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<n]))
                        n = 0
                    }
                    let code = codes[i]
                    if code < 0x80 {
                        out[n] = UInt8(code)
                        n += 1
                    } else if code < Self.empty {
                        // UTF-8 by hand: the scalar is valid (it came from a String).
                        if code < 0x800 {
                            out[n] = UInt8(0xC0 | code >> 6)
                            n += 1
                        } else {
                            if code < 0x1_0000 {
                                out[n] = UInt8(0xE0 | code >> 12)
                                n += 1
                            } else {
                                out[n] = UInt8(0xF0 | code >> 18)
                                out[n + 1] = UInt8(0x80 | (code >> 12) & 0x3F)
                                n += 2
                            }
                            out[n] = UInt8(0x80 | (code >> 6) & 0x3F)
                            n += 1
                        }
                        out[n] = UInt8(0x80 | code & 0x3F)
                        n += 1
                    } else if code != Self.empty {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<n]))
                        n = 0
                        bytes.append(contentsOf: clusters[Int(code & ~Self.cluster)].utf8)
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<n]))
            }
        }
        // A cluster may end in a space too.
        while bytes.count > lineStart, bytes[bytes.count - 1] == 0x20 { bytes.removeLast() }
    }

    /// Every row as `appendLine` writes it, each followed by a line feed: the text export's
    /// chunks.
    public func appendLines(to bytes: inout [UInt8]) {
        for y in 0..<height {
            appendLine(y, to: &bytes)
            bytes.append(0x0A)
        }
    }

    /// Every row as plain text: what tests compare.
    public var lines: [String] { (0..<height).map(line) }

    /// Appends another canvas of the same width below this one (its styles dropped if this
    /// one keeps none, plain if it kept none).
    public mutating func append(_ other: Canvas) {
        precondition(other.width == width, "canvases of different widths")
        let offset = UInt32(clusters.count)
        codes.append(contentsOf: offset == 0 || other.clusters.isEmpty ? other.codes
                     : other.codes.map { $0 >= Self.cluster ? Self.cluster | (($0 & ~Self.cluster) + offset) : $0 })
        if styled {
            if other.styled { styles.append(contentsOf: other.styles) } else { styles.append(contentsOf: repeatElement(.plain, count: other.codes.count)) }
        }
        clusters.append(contentsOf: other.clusters)
        height += other.height
    }
}

extension Canvas: Equatable {
    /// Two canvases are equal when they show the same: the same size and, cell by cell, the
    /// same text and style — however their clusters happen to be numbered.
    public static func == (a: Canvas, b: Canvas) -> Bool {
        guard a.width == b.width, a.height == b.height else { return false }
        if a.styled == b.styled {
            guard a.styles == b.styles else { return false }
        } else if !a.codes.indices.allSatisfy({ a.style(at: $0) == b.style(at: $0) }) {
            return false
        }
        for i in a.codes.indices {
            let p = a.codes[i], q = b.codes[i]
            // Texts compare as Strings do (canonically) where the codes alone cannot tell.
            if !(p == q && p < cluster), a.textOf(p) != b.textOf(q) { return false }
        }
        return true
    }
}
