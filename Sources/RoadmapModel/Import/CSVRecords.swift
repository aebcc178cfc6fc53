/// The records of an RFC 4180 file, read straight from its UTF-8 bytes: fields parted by commas,
/// records by CRLF, LF or a lone CR; a quoted field may hold commas, line breaks and quotes
/// written twice. Each record knows the line it starts on, and a quote left open or stray is an
/// error at its line and column.
///
/// Hand-written rather than CSV.swift or SwiftCSV, for a measured reason: CSV.swift 2.5.2 took
/// 1.36 s to read the 14 MB CSV of 100,000 activities (compiled -O), 7.6 times the JSON export
/// of the same roadmap, where the issue asks for the whole import within 2 times; neither
/// library gives a record's line, nor reports a quote left open (docs/performance.md).
struct CSVRecords {
    struct Record {
        var fields: [String]
        /// The line the record starts on, from 1.
        var line: Int
    }

    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    /// The next record's first byte, and its line.
    private(set) var position = 0
    private(set) var line = 1
    /// The last record's field count, the room the next one reserves.
    private var width = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The records from `position`, a record's start on line `line` (another processor's
    /// reading of a sheet's second half, `CSVSecondHalf`).
    init(_ bytes: [UInt8], from position: Int, line: Int) {
        self.bytes = bytes
        self.position = position
        self.line = line
    }

    /// Goes on from a record's start read elsewhere.
    mutating func continueAt(_ position: Int, line: Int) {
        self.position = position
        self.line = line
    }

    /// The line of the byte at `offset`: one more than the line breaks before it, each
    /// counted as `next` counts them (LF, and CR not followed by LF), in quotes or not.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var breaks = 0
            for k in 0..<min(offset, b.count) where breaksLine(b, at: k) { breaks += 1 }
            return 1 + breaks
        }
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Whether the byte at `k` ends a line: LF, or CR not followed by LF (CRLF counts once, at
    /// its LF), inside quotes or not.
    @inline(__always)
    private static func breaksLine<C: RandomAccessCollection<UInt8>>(_ bytes: C, at k: Int) -> Bool where C.Index == Int {
        bytes[k] == lf || (bytes[k] == cr && (k + 1 == bytes.endIndex || bytes[k + 1] != lf))
    }

    mutating func next() throws(SyntaxError) -> Record? {
        guard position < bytes.count else { return nil }
        let first = line
        var fields: [String] = []
        fields.reserveCapacity(width)
        defer { width = fields.count }
        while true {
            var field: String
            if bytes[position] == Self.quote {
                let opened = (line: line, offset: position)
                position += 1
                // The bytes themselves unless a quote is written twice (then copied in pieces):
                // every field of a sheet the export wrote is quoted (perf).
                var piece: [UInt8]?
                var start = position
                while true {
                    guard position < bytes.count else {
                        throw SyntaxError(message: "the quote opened here is never closed", line: opened.line, column: column(of: opened.offset))
                    }
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                            if piece == nil { piece = [] }
                            piece!.append(contentsOf: bytes[start..<position])
                            piece!.append(Self.quote)
                            position += 2
                            start = position
                            continue
                        }
                        piece?.append(contentsOf: bytes[start..<position])
                        break
                    }
                    if Self.breaksLine(bytes, at: position) { line += 1 }
                    position += 1
                }
                field = piece.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                if position < bytes.count, bytes[position] != Self.comma, bytes[position] != Self.cr, bytes[position] != Self.lf {
                    throw SyntaxError(message: "a character after the closing quote; a quote inside a quoted field is written twice (\"\")",
                                      line: line, column: column(of: position))
                }
            } else {
                let start = position
                while position < bytes.count {
                    let byte = bytes[position]
                    if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
                    if byte == Self.quote {
                        throw SyntaxError(message: "a quote inside a field that does not begin with one; quote the whole field and write the quote twice (\"\")",
                                          line: line, column: column(of: position))
                    }
                    position += 1
                }
                field = String(decoding: bytes[start..<position], as: UTF8.self)
            }
            fields.append(field)
            guard position < bytes.count else { return Record(fields: fields, line: first) }
            let byte = bytes[position]
            position += 1
            if byte == Self.comma {
                // A comma that ends the file ends the record with an empty last field (found
                // by the fuzzer: the loop read one byte past the end).
                if position == bytes.count {
                    fields.append("")
                    return Record(fields: fields, line: first)
                }
                continue
            }
            if byte == Self.cr, position < bytes.count, bytes[position] == Self.lf { position += 1 }
            line += 1
            return Record(fields: fields, line: first)
        }
    }

    /// The column of a byte, counted in characters from the start of its line (for a message).
    private func column(of offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != Self.lf, bytes[start - 1] != Self.cr { start -= 1 }
        return 1 + bytes[start..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
