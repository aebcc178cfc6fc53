import RoadmapModel

/// Text made safe for XML 1.0 (the MS Project, SVG and HTML exports), the same way everywhere.
/// XML 1.0 cannot carry most control characters at all, even as `&#1;`, so they are written as
/// their Control Pictures (␁, ␛…), as every other export shows them (`Sanitized.text`); the
/// bidirectional overrides, which could reorder what a reader sees, become �, and so do the
/// noncharacters U+FFFE and U+FFFF, which XML also forbids. Then `&`, `<`, `>`, `"` and `'`
/// become entities, so that no name can close an element or an attribute, or write `]]>`.
enum XMLText {
    /// `raw` escaped, appended to `out`: in one pass over its bytes, runs of them copied whole,
    /// unless it holds a scalar to sanitize (then sanitized first, and escaped). Checking for
    /// those in a pass of its own before escaping read every name twice: a sixth of the HTML
    /// export's time on names of 2,000 characters.
    static func append(_ raw: String, to out: inout [UInt8]) {
        var raw = raw
        let escaped = raw.withUTF8 { escape($0, to: &out, sanitized: false) }
        guard !escaped else { return }
        var clean = Sanitized.text(raw)
        _ = clean.withUTF8 { escape($0, to: &out, sanitized: true) }
    }

    /// The five specials escaped, and U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML does
    /// not allow, written as U+FFFD; returns false, having written nothing, at a scalar that
    /// `Sanitized` replaces unless the bytes are `sanitized` already.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], sanitized: Bool) -> Bool {
        let start = out.count
        var run = 0, i = 0
        func flush(_ end: Int) { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
        while i < bytes.count {
            let byte = bytes[i]
            let entity: StaticString?
            var length = 1
            switch byte {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&apos;"
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                entity = "\u{FFFD}"
                length = 3
            case 0x00..<0x20, 0x7F, 0xC2, 0xE2:
                guard sanitized || !Sanitized.replaces(bytes, at: i) else {
                    out.removeSubrange(start...)
                    return false
                }
                entity = nil
            default: entity = nil
            }
            if let entity {
                flush(i)
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                i += length
                run = i
            } else {
                i += 1
            }
        }
        flush(bytes.count)
        return true
    }

    static func escaped(_ raw: String) -> String {
        var out: [UInt8] = []
        append(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Text known when compiling, copied as it is: a copy of its bytes, where a String would
    /// be walked as a sequence.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// An element holding escaped text: `<name>text</name>`.
    mutating func element(_ name: StaticString, _ text: String) {
        append(UInt8(ascii: "<")); raw(name); append(UInt8(ascii: ">"))
        XMLText.append(text, to: &self)
        raw("</"); raw(name); append(UInt8(ascii: ">"))
    }

    /// An integer in decimal, without going through a String: the digits from the last, by
    /// division by the constant 10 (a multiplication), into a buffer on the stack.
    mutating func decimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(truncatingIfNeeded: 48 + magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var k = 20
            repeat {
                k -= 1
                digits[k] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[k...]))
        }
    }

    /// `value` in at least `width` digits, zeros in front.
    mutating func padded(_ value: Int, width: Int) {
        var magnitude = value.magnitude, digits = 1
        while magnitude >= 10 { magnitude /= 10; digits += 1 }
        if value < 0 { append(UInt8(ascii: "-")) }
        for _ in digits..<Swift.max(digits, width) { append(UInt8(ascii: "0")) }
        decimal(Int(value.magnitude))
    }
}
