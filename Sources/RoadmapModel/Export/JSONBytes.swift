/// A JSON text built by appending bytes to an array: no Codable, no Foundation, no
/// intermediate tree. The exports and the roadmap file writer are made of it, so that writing
/// a 100,000-activity schedule costs about as much as copying its bytes.
///
/// Strings are escaped per RFC 8259. In `.sanitized` mode (every export) the characters that
/// `Sanitized.text` replaces — C0 controls, DEL, C1 controls, bidirectional overrides — are
/// replaced by the same placeholders, so that no ESC or C1 byte ever reaches the output. In
/// `.exact` mode (the roadmap file format) they are kept, the controls as `\uXXXX` escapes.
public struct JSONBytes: Sendable {
    public enum StringMode: Sendable { case sanitized, exact }

    public var bytes: [UInt8]
    public let mode: StringMode

    public init(mode: StringMode = .sanitized, reservingCapacity capacity: Int = 4096) {
        self.mode = mode
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Raw pieces

    @inline(__always)
    public mutating func byte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends ASCII text as it is (keys, punctuation, indentation): no escaping.
    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func newline(indent: Int) {
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20) }
    }

    // MARK: - Values

    public mutating func null() { raw("null") }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    public mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int; it does fit a UInt.
            unsigned(value.magnitude)
        } else {
            unsigned(UInt(value))
        }
    }

    private mutating func unsigned(_ value: UInt) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) &+ 48)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = UInt8(truncatingIfNeeded: rest % 10) &+ 48
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    /// A month as the string "YYYY-MM".
    public mutating func month(_ month: Month) {
        bytes.append(UInt8(ascii: "\""))
        monthDigits(month)
        bytes.append(UInt8(ascii: "\""))
    }

    /// "YYYY-MM" without quotes; years outside 0...9999 (a what-if pushed far) still print.
    public mutating func monthDigits(_ month: Month) {
        let year = month.ordinal >= 0 ? month.ordinal / 12 : (month.ordinal - 11) / 12
        let number = month.ordinal - year * 12 + 1
        if (0...9999).contains(year) {
            bytes.append(UInt8(truncatingIfNeeded: year / 1000) &+ 48)
            bytes.append(UInt8(truncatingIfNeeded: year / 100 % 10) &+ 48)
            bytes.append(UInt8(truncatingIfNeeded: year / 10 % 10) &+ 48)
            bytes.append(UInt8(truncatingIfNeeded: year % 10) &+ 48)
        } else {
            int(year)
        }
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(truncatingIfNeeded: number / 10) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: number % 10) &+ 48)
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
        bytes.append(UInt8(ascii: "\""))
        raw(key)
        raw("\": ")
    }

    /// A key taken from data (a document section's name), escaped like any string.
    public mutating func key(_ key: String) {
        string(key)
        raw(": ")
    }

    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        let count = utf8.count
        let sanitize = mode == .sanitized
        var runStart = 0
        var i = 0
        // Copies runs of ordinary bytes at once; stops only at what needs attention.
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
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            if placeholder != 0 {
                // Every placeholder is a three-byte UTF-8 sequence (U+0800 to U+FFFF).
                bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (placeholder >> 12)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((placeholder >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (placeholder & 0x3F)))
            } else {
                escape(b)
            }
            i += length
            runStart = i
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x08: raw("\\b")
        case 0x09: raw("\\t")
        case 0x0A: raw("\\n")
        case 0x0C: raw("\\f")
        case 0x0D: raw("\\r")
        default:
            let digits: StaticString = "0123456789abcdef"
            raw("\\u00")
            bytes.append(digits.utf8Start[Int(b >> 4)])
            bytes.append(digits.utf8Start[Int(b & 15)])
        }
    }

    // MARK: - Lists

    /// Strings on as many lines as needed to keep each under about `width` columns, the
    /// continuation lines indented by `indent` + 2. `column` is where the list begins.
    public mutating func stringList<S: Sequence>(_ items: S, indent: Int, column: Int, width: Int = 100) where S.Element == String {
        bytes.append(UInt8(ascii: "["))
        var column = column + 1
        var first = true
        for item in items {
            let length = item.utf8.count + 2
            if !first {
                bytes.append(UInt8(ascii: ","))
                column += 1
                if column + 2 + length > width { // a space, the item, and the comma that may follow
                    newline(indent: indent + 2)
                    column = indent + 2
                } else {
                    bytes.append(0x20)
                    column += 1
                }
            }
            first = false
            string(item)
            column += length
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
