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
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int = 0) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Grows the canvas to at least `rows` rows.
    public mutating func ensureHeight(_ rows: Int) {
        guard rows > height else { return }
        cells.append(contentsOf: repeatElement(.blank, count: (rows - height) * width))
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
        let fitted = TextWidth.fit(clean, to: room).text
        var column = x
        if fitted.utf8.allSatisfy({ $0 < 0x80 }) {
            // Printable ASCII (controls are gone): a cell per byte, each from a table of
            // one-character strings rather than a grapheme cluster broken out of the text.
            for byte in fitted.utf8 {
                guard column < x + room else { break }
                self[column, y] = Cell(Cell.asciiText[Int(byte)], style: style)
                column += 1
            }
            return column - x
        }
        for character in fitted {
            let w = character.isASCII ? 1 : TextWidth.of(character)
            if w == 0 {
                // A lone combining mark joins the previous cell rather than taking one.
                if column > x { self[column - 1, y].text.append(character) }
                continue
            }
            guard column + w <= x + room else { break }
            self[column, y] = Cell(String(character), style: style)
            // The cells a wide cluster covers past its first hold nothing, however many.
            for covered in column + 1..<column + w { self[covered, y] = Cell("", style: style) }
            column += w
        }
        return column - x
    }

    /// Sets the style of a run of cells without changing their text.
    public mutating func style(x: Int, y: Int, count: Int, _ transform: (inout CellStyle) -> Void) {
        guard y >= 0, y < height else { return }
        let first = max(0, x), end = min(width, x + count)
        guard first < end else { return }
        for column in first..<end { transform(&self[column, y].style) }
    }

    /// Fills a run of cells with one character (repeated every two cells if it is wide, and
    /// never half of one at the end of the run).
    public mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: CellStyle = .plain) {
        guard y >= 0 else { return }
        let first = max(0, x), end = min(width, x + count)
        guard first < end else { return }
        ensureHeight(y + 1)
        let text = String(character)
        let w = character.isASCII ? 1 : TextWidth.of(character)
        guard w > 1 else {
            // A character without width would leave the run empty; it is drawn as a space.
            for column in first..<end { self[column, y] = Cell(w == 1 ? text : " ", style: style) }
            return
        }
        var column = first
        while column + w <= end {
            self[column, y] = Cell(text, style: style)
            for covered in column + 1..<column + w { self[covered, y] = Cell("", style: style) }
            column += w
        }
        for rest in column..<end { self[rest, y] = Cell(" ", style: style) }
    }

    /// Row `y` as plain text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width)
        appendLine(y, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Row `y` as UTF-8, trailing spaces removed, added to `bytes`: the text export writes its
    /// lines this way, straight into its output, without a String per line.
    public func appendLine(_ y: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        for x in 0..<width { bytes.append(contentsOf: cells[y * width + x].text.utf8) }
        while bytes.count > start, bytes[bytes.count - 1] == 0x20 { bytes.removeLast() }
    }

    /// Every row as plain text: what tests compare.
    public var lines: [String] { (0..<height).map(line) }

    /// Appends another canvas of the same width below this one.
    public mutating func append(_ other: Canvas) {
        precondition(other.width == width, "canvases of different widths")
        cells.append(contentsOf: other.cells)
        height += other.height
    }
}
