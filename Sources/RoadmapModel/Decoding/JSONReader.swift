/// A malformed JSON text: what is wrong and at which byte.
struct JSONSyntaxError: Error {
    let offset: Int
    let message: String
}

/// A pull reader over the bytes of a JSON text. The roadmap decoder walks it field by field
/// straight into the model, in one pass and without an intermediate tree: Foundation's
/// JSONDecoder alone needs about 0.9 s for a 100,000-activity file, this needs a small fraction.
///
/// Strict RFC 8259: no trailing commas, no comments, strings must be valid UTF-8 without raw
/// control characters. Nesting is skipped iteratively, so no input can overflow the stack.
struct JSONReader {
    enum Kind: Equatable {
        case object, array, string, number, bool, null

        /// How a message names a value of this kind: "found an array".
        var article: String {
            switch self {
            case .object: return "an object"
            case .array: return "an array"
            case .string: return "a string"
            case .number: return "a number"
            case .bool: return "true or false"
            case .null: return "null"
            }
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// Where the last key `nextKey` read begins (its opening quote), for a finding about the key.
    private(set) var keyStart = 0
    /// Short strings already made, shared by copies of the reader.
    private let shortStrings: ShortStringCache
    /// The deepest nesting a value may have, against pathological inputs.
    static let maximumDepth = 10_000

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        shortStrings = ShortStringCache(byteCount: bytes.count)
        // A UTF-8 byte order mark is legal at the very start of a file written on Windows.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Moves to `offset`, where a reader of the same bytes stopped between two values (a list
    /// read on two processors, RoadmapDecoder+SplitList.swift).
    mutating func continueAt(_ offset: Int) {
        position = min(max(0, offset), bytes.count)
    }

    // MARK: - Structure

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The kind of the next value, without consuming it.
    mutating func peekKind() throws(JSONSyntaxError) -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file, a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw unexpected("a value")
        }
    }

    mutating func beginObject() throws(JSONSyntaxError) { try expect(UInt8(ascii: "{"), "'{'") }
    mutating func beginArray() throws(JSONSyntaxError) { try expect(UInt8(ascii: "[")) }

    /// The next key of the object being read (its ':' consumed), or nil once its '}' is read.
    mutating func nextKey(_ first: inout Bool) throws(JSONSyntaxError) -> String? {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file inside an object") }
        if bytes[position] == UInt8(ascii: "}") {
            if !first && bytes[position - 1] == UInt8(ascii: ",") {
                throw error("trailing comma before '}'", at: position - 1)
            }
            position += 1
            return nil
        }
        if !first {
            guard bytes[position] == UInt8(ascii: ",") else { throw unexpected("',' or '}'") }
            let comma = position
            position += 1
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                throw error("trailing comma before '}'", at: comma)
            }
        }
        first = false
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
        keyStart = position
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after the key \"\(Sanitized.inline(key))\"")
        return key
    }

    /// Like `nextKey`, for the decoder's fast paths: the key's bytes rather than a `String`,
    /// nil once the object's '}' is read. Anything unusual — an escape in the key included —
    /// throws, and the caller falls back to reading the object with `nextKey`, which reports
    /// it properly; the message here does not matter.
    mutating func nextRawKey(_ first: inout Bool) throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8>? {
        // Works on a local index and pointer, stored back once: this runs for every key.
        let base = bytes.baseAddress!, count = bytes.count
        var p = position
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        while p < count, isSpace(base[p]) { p += 1 }
        guard p < count else { throw error("fast path") }
        if base[p] == UInt8(ascii: "}") {
            if !first && base[p - 1] == UInt8(ascii: ",") { throw error("fast path") }
            position = p + 1
            return nil
        }
        if !first {
            guard base[p] == UInt8(ascii: ",") else { throw error("fast path") }
            p += 1
            while p < count, isSpace(base[p]) { p += 1 }
        }
        first = false
        guard p < count, base[p] == UInt8(ascii: "\"") else { throw error("fast path") }
        let start = p + 1
        p = start
        while p < count {
            let byte = base[p]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { throw error("fast path") }
            p += 1
        }
        guard p < count else { throw error("fast path") }
        let end = p
        p += 1
        while p < count, isSpace(base[p]) { p += 1 }
        guard p < count, base[p] == UInt8(ascii: ":") else { throw error("fast path") }
        position = p + 1
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// Whether another element of the array being read follows; false once its ']' is read.
    mutating func nextElement(_ first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file inside an array") }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return false
        }
        if !first {
            guard bytes[position] == UInt8(ascii: ",") else { throw unexpected("',' or ']'") }
            let comma = position
            position += 1
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { throw error("trailing comma before ']'", at: comma) }
        }
        first = false
        return true
    }

    /// After the top-level value only whitespace may follow.
    mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        if position < bytes.count { throw unexpected("the end of the file") }
    }

    // MARK: - Scalars

    mutating func readString() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected("'\"'") }
        position += 1
        let start = position
        let count = bytes.count
        let base = bytes.baseAddress!
        var p = start
        // Fast path: no escapes, the bytes are the string. Eight bytes at a time while none of
        // them is a quote, a backslash, a control character or part of a non-ASCII character.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while p + 8 <= count {
            let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word) | word
            if special & highs != 0 { break }
            p += 8
        }
        var union: UInt8 = 0
        while p < count {
            let byte = base[p]
            if byte == UInt8(ascii: "\"") {
                position = p + 1
                let length = p - start
                if union < 0x80, length <= ShortStringCache.longest, p + 1 + 16 <= count {
                    return shortStrings.string(at: base + start, length: length)
                }
                let slice = UnsafeBufferPointer(start: base + start, count: length)
                guard let text = Self.string(utf8: slice, isASCII: union < 0x80) else {
                    throw error("the string is not valid UTF-8", at: start)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 {
                position = p
                throw controlCharacterInString(byte, openingQuote: start - 1)
            }
            union |= byte
            p += 1
        }
        position = p
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while true {
            guard position < bytes.count else { throw error("unterminated string: the file ends before its closing '\"'", at: start - 1) }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = buffer.withUnsafeBufferPointer({ Self.string(utf8: $0, isASCII: false) }) else {
                    throw error("the string is not valid UTF-8", at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try readEscape(into: &buffer)
            case 0..<0x20:
                throw controlCharacterInString(byte, openingQuote: start - 1)
            default:
                buffer.append(byte)
                position += 1
            }
        }
    }

    /// The string of UTF-8 bytes, or nil when they are not valid UTF-8. `String(validating:)`
    /// is generic and, unspecialized, looks up type metadata on every call; decoding (which
    /// repairs) and comparing the result with the input is the same check, several times
    /// faster, and ASCII needs no check at all.
    @inline(__always)
    static func string(utf8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if isASCII { return text }
        // Repairing replaces each invalid sequence by U+FFFD, which changes the bytes.
        guard text.utf8.count == bytes.count else { return nil }
        var i = 0
        for byte in text.utf8 {
            if byte != bytes[i] { return nil }
            i += 1
        }
        return text
    }

    /// A month written exactly "YYYY-MM" (digits, month 01 to 12), read straight from the bytes
    /// without making a string; nil, with nothing consumed, for anything else, which the caller
    /// then reads as a string to report.
    mutating func readPlainMonth() -> Month? {
        skipWhitespace()
        let p = position
        guard p + 8 < bytes.count, bytes[p] == UInt8(ascii: "\""), bytes[p + 8] == UInt8(ascii: "\""),
              bytes[p + 5] == UInt8(ascii: "-") else { return nil }
        var year = 0
        for k in 1...4 {
            let digit = Int(bytes[p + k]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            year = year * 10 + digit
        }
        let tens = Int(bytes[p + 6]) &- 48, units = Int(bytes[p + 7]) &- 48
        guard tens >= 0, tens <= 9, units >= 0, units <= 9, let month = Month(year: year, month: tens * 10 + units) else { return nil }
        position = p + 9
        return month
    }

    /// The offset of the opening quote, for the messages of the slow path.
    private func controlCharacterInString(_ byte: UInt8, openingQuote: Int) -> JSONSyntaxError {
        if byte == 0x0A || byte == 0x0D {
            return error("unterminated string: the line ends before its closing '\"' (a line break inside a string is written \\n)", at: openingQuote)
        }
        return error("a control character (0x\(hex(byte))) must be escaped inside a string")
    }

    private mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        guard position < bytes.count else { throw error("unexpected end of file in an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error("an unpaired surrogate in a \\u escape")
                }
                position += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("an unpaired surrogate in a \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("an unpaired surrogate in a \\u escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
            buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            // The byte itself only when it is printable ASCII: a control character must not
            // reach the terminal, nor a lone byte of UTF-8 pass for a Latin-1 letter (found by
            // the fuzzer).
            let shown = byte > 0x20 && byte < 0x7F ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\' followed by byte 0x\(hex(byte))"
            throw error("an invalid escape \(shown)", at: position - 2)
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("unexpected end of file in a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error("a \\u escape needs four hexadecimal digits")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    /// A JSON number; `isInteger` when it has neither fraction nor exponent and fits an Int.
    mutating func readNumber() throws(JSONSyntaxError) -> (value: Double, integer: Int?) {
        skipWhitespace()
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw unexpected("a digit") }
        var integer = 0
        var overflow = false
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw error("a number may not have a leading zero") }
        } else {
            while position < bytes.count, isDigit(bytes[position]) {
                let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(bytes[position] - 48))
                overflow = overflow || o1 || o2
                integer = a
                position += 1
            }
        }
        var isInteger = !overflow
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw unexpected("a digit after the decimal point") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw unexpected("a digit in the exponent") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if isInteger {
            let value = negative ? -integer : integer
            return (Double(value), value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return (Double(text) ?? .infinity, nil)
    }

    mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw unexpected("true or false")
    }

    mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        if !matchLiteral("null") { throw unexpected("null") }
    }

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let base = literal.utf8Start
        for i in 0..<count where bytes[position + i] != base[i] { return false }
        position += count
        return true
    }

    /// Skips one whole value of any kind, checking its syntax, without recursion.
    mutating func skipValue() throws(JSONSyntaxError) {
        var depth = 0
        // Each entry: is the container an object, and is the next member its first.
        var stack: [(isObject: Bool, first: Bool)] = []
        repeat {
            if let top = stack.last {
                var first = top.first
                if top.isObject {
                    if try nextKey(&first) == nil { stack.removeLast(); depth -= 1; continue }
                } else {
                    if try !nextElement(&first) { stack.removeLast(); depth -= 1; continue }
                }
                stack[stack.count - 1].first = false
            }
            switch try peekKind() {
            case .object:
                position += 1
                depth += 1
                guard depth <= Self.maximumDepth else { throw error("values are nested more than \(Self.maximumDepth) levels deep") }
                stack.append((true, true))
            case .array:
                position += 1
                depth += 1
                guard depth <= Self.maximumDepth else { throw error("values are nested more than \(Self.maximumDepth) levels deep") }
                stack.append((false, true))
            case .string: _ = try readString()
            case .number: _ = try readNumber()
            case .bool: _ = try readBool()
            case .null: try readNull()
            }
        } while !stack.isEmpty
    }

    // MARK: - Errors

    /// `what` is made only when the byte is not there: building it for every key read
    /// ("':' after the key \"id\"") was a measurable part of decoding.
    private mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String? = nil) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else {
            throw unexpected(what() ?? "'\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, message: message)
    }

    func unexpected(_ expected: String) -> JSONSyntaxError {
        guard position < bytes.count else { return error("unexpected end of file, \(expected) was expected") }
        return error("unexpected \(describeByte(at: position)), \(expected) was expected")
    }

    private func describeByte(at offset: Int) -> String {
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte))"
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}

func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes spell `name` (a key of the format, in ASCII).
    @inline(__always)
    func spells(_ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        guard count == n else { return false }
        let other = name.utf8Start
        for i in 0..<n where self[i] != other[i] { return false }
        return true
    }
}
