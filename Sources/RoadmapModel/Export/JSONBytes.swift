#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON text built by appending bytes to an array: no Codable, no Foundation, no
/// intermediate tree. The exports and the roadmap file writer are made of it, so that writing
/// a 100,000-activity schedule costs about as much as copying its bytes.
///
/// Strings are escaped per RFC 8259. In `.sanitized` mode (every export) the characters that
/// `Sanitized.text` replaces — C0 controls, DEL, C1 controls, bidirectional overrides — are
/// replaced by the same placeholders, so that no ESC or C1 byte ever reaches the output. In
/// `.exact` mode (the roadmap file format) they are kept, the controls as `\uXXXX` escapes.
///
/// The bytes go to a buffer of our own through a pointer, not to an `[UInt8]` one `append` at a
/// time (each of which checks capacity and uniqueness): a builder, so copies of a `JSONBytes`
/// share one buffer. `bytes` hands out the result as an array.
public struct JSONBytes {
    public enum StringMode: Sendable { case sanitized, exact }

    private final class Buffer {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
            HugePages.advise(base, count: self.capacity)
        }

        deinit { base.deallocate() }

        /// Makes room for `extra` more bytes and returns where they go.
        @inline(__always)
        func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
            if count + extra > capacity { grow(count + extra) }
            return base + count
        }

        @inline(never)
        func grow(_ needed: Int) {
            let newCapacity = max(needed, capacity * 2)
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            HugePages.advise(newBase, count: newCapacity)
            newBase.update(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }
    }

    private let buffer: Buffer
    public let mode: StringMode

    public init(mode: StringMode = .sanitized, reservingCapacity capacity: Int = 4096) {
        self.mode = mode
        buffer = Buffer(capacity: capacity)
    }

    /// The text so far.
    public var bytes: [UInt8] { Self.joined([self]) }

    /// The texts one after the other, in one array made at its final size.
    public static func joined(_ parts: [JSONBytes]) -> [UInt8] {
        let total = parts.reduce(0) { $0 + $1.buffer.count }
        return [UInt8](unsafeUninitializedCapacity: total) { destination, initialized in
            if let start = destination.baseAddress { HugePages.advise(start, count: total) }
            var offset = 0
            for part in parts where part.buffer.count > 0 {
                (destination.baseAddress! + offset).initialize(from: part.buffer.base, count: part.buffer.count)
                offset += part.buffer.count
            }
            initialized = offset
        }
    }

    public var count: Int { buffer.count }

    /// The bytes written, added to `out`.
    public func append(to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }
    public mutating func removeAll() { buffer.count = 0 }

    // MARK: - Raw pieces

    @inline(__always)
    public mutating func byte(_ byte: UInt8) {
        buffer.reserve(1).pointee = byte
        buffer.count += 1
    }

    /// Appends ASCII text as it is (keys, punctuation, indentation): no escaping.
    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        buffer.reserve(n).update(from: text.utf8Start, count: n)
        buffer.count += n
    }

    /// Appends the UTF-8 of `text` as it is: for numbers and other text known to need no escaping.
    public mutating func rawUTF8(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard let start = utf8.baseAddress, !utf8.isEmpty else { return }
            buffer.reserve(utf8.count).update(from: start, count: utf8.count)
            buffer.count += utf8.count
        }
    }

    public mutating func newline(indent: Int) {
        let p = buffer.reserve(indent + 1)
        p.pointee = 0x0A
        (p + 1).update(repeating: 0x20, count: indent)
        buffer.count += indent + 1
    }

    // MARK: - Values

    public mutating func null() { raw("null") }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    public mutating func int(_ value: Int) {
        // At most 20 digits and a sign.
        let p = buffer.reserve(21)
        var n = 0
        if value < 0 {
            p.pointee = UInt8(ascii: "-")
            n = 1
        }
        // The magnitude of Int.min does not fit an Int; it does fit a UInt.
        var rest = value.magnitude
        var digits = 1
        var scale: UInt = 1
        while rest / scale >= 10 { scale *= 10; digits += 1 }
        for _ in 0..<digits {
            p[n] = UInt8(truncatingIfNeeded: rest / scale) &+ 48
            rest %= scale
            scale /= 10
            n += 1
        }
        buffer.count += n
    }

    /// A month as the string "YYYY-MM".
    public mutating func month(_ month: Month) {
        byte(UInt8(ascii: "\""))
        monthDigits(month)
        byte(UInt8(ascii: "\""))
    }

    /// "YYYY-MM" without quotes; years outside 0...9999 (a what-if pushed far) still print.
    public mutating func monthDigits(_ month: Month) {
        let year = month.ordinal >= 0 ? month.ordinal / 12 : (month.ordinal - 11) / 12
        let number = month.ordinal - year * 12 + 1
        if (0...9999).contains(year) {
            let p = buffer.reserve(7)
            p[0] = UInt8(truncatingIfNeeded: year / 1000) &+ 48
            p[1] = UInt8(truncatingIfNeeded: year / 100 % 10) &+ 48
            p[2] = UInt8(truncatingIfNeeded: year / 10 % 10) &+ 48
            p[3] = UInt8(truncatingIfNeeded: year % 10) &+ 48
            p[4] = UInt8(ascii: "-")
            p[5] = UInt8(truncatingIfNeeded: number / 10) &+ 48
            p[6] = UInt8(truncatingIfNeeded: number % 10) &+ 48
            buffer.count += 7
        } else {
            int(year)
            let p = buffer.reserve(3)
            p[0] = UInt8(ascii: "-")
            p[1] = UInt8(truncatingIfNeeded: number / 10) &+ 48
            p[2] = UInt8(truncatingIfNeeded: number % 10) &+ 48
            buffer.count += 3
        }
    }

    /// A string value, quoted and escaped.
    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in string(utf8: utf8) }
    }

    public mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A quoted key and its colon, with one space after: `"key": `.
    @inline(__always)
    public mutating func key(_ key: StaticString) {
        let n = key.utf8CodeUnitCount
        let p = buffer.reserve(n + 4)
        p[0] = UInt8(ascii: "\"")
        (p + 1).update(from: key.utf8Start, count: n)
        p[n + 1] = UInt8(ascii: "\"")
        p[n + 2] = UInt8(ascii: ":")
        p[n + 3] = UInt8(ascii: " ")
        buffer.count += n + 4
    }

    /// A key taken from data (a document section's name), escaped like any string. Named
    /// apart from `key(_:)`, which a string literal would otherwise never reach: a literal
    /// prefers `String` to `StaticString`.
    public mutating func dataKey(_ key: String) {
        string(key)
        raw(": ")
    }

    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let count = utf8.count
        // The most a byte can become is six ("\u001b" in exact mode); quotes on both sides.
        let out = buffer.reserve(count * 6 + 2)
        var n = 0
        out[n] = UInt8(ascii: "\""); n += 1
        let sanitize = mode == .sanitized
        var runStart = 0
        var i = 0
        // Copies runs of ordinary bytes at once; stops only at what needs attention. Eight
        // bytes at a time while none is a quote, a backslash, a control or non-ASCII.
        let source = utf8.baseAddress
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count, let source {
            let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C), delete = word ^ (ones &* 0x7F)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
                | ((word &- ones &* 0x20) & ~word) | word
            if special & highs != 0 { break }
            i += 8
        }
        while i < count {
            let b = utf8[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b < 0x7F { i += 1; continue }
            if b >= 0x80 && b != 0xC2 && b != 0xE2 { i += 1; continue }
            // How many bytes to replace, and by what: 0 when the byte is fine after all.
            var length = 0
            var placeholder: UInt32 = 0
            switch b {
            case 0x22, 0x5C:
                length = 1
            case 0x7F:
                if sanitize { length = 1; placeholder = 0x2421 }
            case 0xC2:
                // U+0080 to U+009F are C2 80 to C2 9F.
                if sanitize, i + 1 < count, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F {
                    length = 2; placeholder = 0xFFFD
                }
            case 0xE2:
                // U+202A to U+202E are E2 80 AA to E2 80 AE; U+2066 to U+2069, E2 81 A6 to E2 81 A9.
                if sanitize, i + 2 < count {
                    let b1 = utf8[i + 1], b2 = utf8[i + 2]
                    if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) {
                        length = 3; placeholder = 0xFFFD
                    }
                }
            default:
                // A C0 control: its Control Picture, U+2400 + b, or an escape.
                length = 1
                if sanitize { placeholder = 0x2400 + UInt32(b) }
            }
            if length == 0 { i += 1; continue }
            if runStart < i {
                (out + n).update(from: utf8.baseAddress! + runStart, count: i - runStart)
                n += i - runStart
            }
            if placeholder != 0 {
                // Every placeholder is a three-byte UTF-8 sequence (U+0800 to U+FFFF).
                out[n] = UInt8(truncatingIfNeeded: 0xE0 | (placeholder >> 12))
                out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((placeholder >> 6) & 0x3F))
                out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (placeholder & 0x3F))
                n += 3
            } else {
                n += Self.escape(b, into: out + n)
            }
            i += length
            runStart = i
        }
        if runStart < count {
            (out + n).update(from: utf8.baseAddress! + runStart, count: count - runStart)
            n += count - runStart
        }
        out[n] = UInt8(ascii: "\""); n += 1
        buffer.count += n
    }

    /// Writes the JSON escape of `b` (a quote, a backslash or a C0 control) and returns its length.
    private static func escape(_ b: UInt8, into p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = UInt8(ascii: "\\")
        switch b {
        case 0x22: p[1] = UInt8(ascii: "\""); return 2
        case 0x5C: p[1] = UInt8(ascii: "\\"); return 2
        case 0x08: p[1] = UInt8(ascii: "b"); return 2
        case 0x09: p[1] = UInt8(ascii: "t"); return 2
        case 0x0A: p[1] = UInt8(ascii: "n"); return 2
        case 0x0C: p[1] = UInt8(ascii: "f"); return 2
        case 0x0D: p[1] = UInt8(ascii: "r"); return 2
        default:
            let digits: StaticString = "0123456789abcdef"
            p[1] = UInt8(ascii: "u"); p[2] = UInt8(ascii: "0"); p[3] = UInt8(ascii: "0")
            p[4] = digits.utf8Start[Int(b >> 4)]
            p[5] = digits.utf8Start[Int(b & 15)]
            return 6
        }
    }

    // MARK: - Lists

    /// Strings on as many lines as needed to keep each under about `width` columns, the
    /// continuation lines indented by `indent` + 2. `column` is where the list begins.
    public mutating func stringList<S: Sequence>(_ items: S, indent: Int, column: Int, width: Int = 100) where S.Element == String {
        byte(UInt8(ascii: "["))
        var column = column + 1
        var first = true
        for item in items {
            let length = item.utf8.count + 2
            if !first {
                byte(UInt8(ascii: ","))
                column += 1
                if column + 2 + length > width { // a space, the item, and the comma that may follow
                    newline(indent: indent + 2)
                    column = indent + 2
                } else {
                    byte(0x20)
                    column += 1
                }
            }
            first = false
            string(item)
            column += length
        }
        byte(UInt8(ascii: "]"))
    }
}

/// Large output buffers are filled from start to end once: asking the kernel for 2 MB pages
/// there (where transparent huge pages are left to `madvise`, as on this project's machines)
/// spares one page fault per 4 KB — a tenth of the time of a 50 MB export.
enum HugePages {
    static func advise<T>(_ start: UnsafeMutablePointer<T>, count: Int) {
        advise(UnsafeMutableRawPointer(start), bytes: count * MemoryLayout<T>.stride)
    }

    static func advise(_ start: UnsafeMutableRawPointer, bytes count: Int) {
        #if os(Linux)
        let huge = 2 << 20
        guard count >= 2 * huge else { return }
        let first = (Int(bitPattern: start) + huge - 1) & ~(huge - 1)
        let last = (Int(bitPattern: start) + count) & ~(huge - 1)
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pointer, last - first, 14 /* MADV_HUGEPAGE */)
        #endif
    }
}
