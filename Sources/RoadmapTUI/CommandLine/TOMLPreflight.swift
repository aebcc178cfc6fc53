import RoadmapModel

/// What toml++ 3.4.0, the parser under TOMLKit, asserts on rather than reports: its
/// assertions (`TOML_ASSERT_ASSUME`) are on in every SwiftPM build, release too (SwiftPM does not
/// define NDEBUG for C++ targets), so such a file aborted every command (found by the
/// preferences fuzz target). The configuration file's reader looks for them first and reports
/// each, located, as the TOML error it is:
///
/// - a value that begins with a date and its `T` (or `t`) with no digit after it
///   (`2016-10-03Tx:00`): `parse_time` asserts a digit;
/// - an array whose next element begins with `}` or a line separator other than a line feed
///   (U+0085, U+2028, U+2029): `parse_array` hands it to `parse_value`, which asserts it is
///   not the end of a value.
/// - a value of ten characters shaped like a date, then a space, one digit and the end of the
///   value (`2016-10-03 1`): `parse_value` asserts the time goes on;
/// - a table's header whose `[` or `[[` is followed by neither a name (a bare key or a quoted
///   one) nor `]` (`[,`): `parse_key` asserts a name begins there.
///
/// Only values are looked at — not keys (`2016-10-03Tx = 1` is a bare key), strings or
/// comments — so a file toml++ reads is never refused here: each of these is not TOML.
enum TOMLPreflight {
    struct Fault: Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    /// The first such fault of `text`, where it is; nil when there is none.
    static func fault(in text: String) -> Fault? {
        let bytes = Array(text.utf8)
        var scanner = Scanner(bytes: bytes)
        return scanner.firstFault()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var at = 0
        var line = 1
        var lineStart = 0
        /// Whether a value, not a key, comes next.
        var inValue = false
        /// The arrays (`[`) and inline tables (`{`) the scanner is in.
        var open: [UInt8] = []
        /// Whether an array's element comes next (after its `[` or a `,`).
        var elementDue = false
        /// Whether nothing but blanks came before, on this line.
        var atLineStart = true

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func firstFault() -> Fault? {
            // A byte order mark, which toml++ skips.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
            while at < bytes.count {
                let byte = bytes[at]
                if atLineStart, byte == tomlByte("["), open.isEmpty, !inValue, let fault = headerFault() { return fault }
                if byte != tomlByte(" "), byte != tomlByte("\t"), byte != tomlByte("\r"), byte != tomlByte("\n") { atLineStart = false }
                switch byte {
                case tomlByte("\n"):
                    newLine(after: at)
                    // A key-value pair ends with its line, unless an array goes on.
                    if open.isEmpty { inValue = false }
                    at += 1
                case tomlByte("#"):
                    // A comment: no element yet.
                    while at < bytes.count, bytes[at] != tomlByte("\n") { at += 1 }
                case tomlByte("\""), tomlByte("'"):
                    elementDue = false
                    skipString(quote: byte)
                case tomlByte("="):
                    inValue = true
                    at += 1
                case tomlByte("[") where inValue:
                    open.append(byte)
                    elementDue = true
                    at += 1
                case tomlByte("{") where inValue:
                    open.append(byte)
                    inValue = false
                    elementDue = false
                    at += 1
                case tomlByte("]"), tomlByte("}"):
                    if byte == tomlByte("}"), elementDue, open.last == tomlByte("[") { return arrayFault(saw: "'}'") }
                    elementDue = false
                    if let last = open.last, last == (byte == tomlByte("]") ? tomlByte("[") : tomlByte("{")) { open.removeLast() }
                    at += 1
                case tomlByte(","):
                    // The next element of an array is a value, of an inline table a key.
                    if let last = open.last {
                        inValue = last == tomlByte("[")
                        elementDue = inValue
                    }
                    at += 1
                case tomlByte(" "), tomlByte("\t"), tomlByte("\r"):
                    at += 1
                default:
                    if elementDue, open.last == tomlByte("["), let separator = lineSeparator(at: at) {
                        return arrayFault(saw: separator)
                    }
                    elementDue = false
                    if !inValue { at += 1; continue }
                    let start = at
                    while at < bytes.count, !Self.endsAValue(bytes[at]) { at += 1 }
                    if let fault = fault(inValueFrom: start, to: at) { return fault }
                }
            }
            return nil
        }

        /// U+0085, U+2028 or U+2029 at `index`: a line separator toml++ takes for the end of a value.
        private func lineSeparator(at index: Int) -> String? {
            let rest = bytes[index...]
            if rest.starts(with: [0xC2, 0x85]) { return "U+0085 (a line separator TOML does not allow)" }
            if rest.starts(with: [0xE2, 0x80, 0xA8]) { return "U+2028 (a line separator TOML does not allow)" }
            if rest.starts(with: [0xE2, 0x80, 0xA9]) { return "U+2029 (a paragraph separator TOML does not allow)" }
            return nil
        }

        /// An array's element that begins with the end of a value: the fault, where it is.
        private func arrayFault(saw: String) -> Fault {
            Fault(line: line, column: Self.characters(bytes[lineStart..<at]) + 1, message: "expected a value or ']' in the array, saw \(saw)")
        }

        /// A value of ten characters shaped like a date (a digit first, `-` fifth and eighth),
        /// then one space, one digit and the end of the value (`2016-10-03 1 `): toml++ takes
        /// it for a date and a time separated by a space, and asserts that the time goes on
        /// past its first digit (found by the preferences fuzz target's record run). Never
        /// TOML: after a date and a space only a time may come.
        private func timeAfterSpaceFault(valueFrom start: Int, to end: Int) -> Fault? {
            guard end + 2 < bytes.count, bytes[end] == tomlByte(" "), Self.isDigit(bytes[end + 1]), Self.terminatesAValue(at: end + 2, in: bytes) else { return nil }
            let value = Array(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
            guard value.count == 10, value[0].properties.numericType != nil, value[0].isASCII,
                  value[4] == "-", value[7] == "-" else { return nil }
            return Fault(line: line, column: Self.characters(bytes[lineStart..<(end + 1)]) + 1,
                         message: "expected a time (HH:MM:SS) after the date \(Sanitized.inline(String(String.UnicodeScalarView(value)), limit: 40)) and its space, "
                             + "saw '\(String(UnicodeScalar(bytes[end + 1])))' alone")
        }

        /// A value `YYYY-MM-DD` then `T` or `t` and no digit: the fault, at the `T`.
        private func fault(inValueFrom start: Int, to end: Int) -> Fault? {
            if let fault = timeAfterSpaceFault(valueFrom: start, to: end) { return fault }
            let value = bytes[start..<end]
            guard value.count >= 11 else { return nil }
            let digits = [0, 1, 2, 3, 5, 6, 8, 9]
            guard digits.allSatisfy({ Self.isDigit(bytes[start + $0]) }), bytes[start + 4] == tomlByte("-"), bytes[start + 7] == tomlByte("-"),
                  bytes[start + 10] == tomlByte("T") || bytes[start + 10] == tomlByte("t") else { return nil }
            let after: UInt8? = start + 11 < end ? bytes[start + 11] : nil
            if let after, Self.isDigit(after) { return nil }
            let column = Self.characters(bytes[lineStart..<(start + 10)]) + 1
            let text = String(decoding: value, as: UTF8.self)
            let saw = after.map { _ in String(String(decoding: bytes[(start + 11)...], as: UTF8.self).prefix(1)) } ?? "the end of the value"
            return Fault(line: line, column: column,
                         message: "expected a time (HH:MM:SS) after the '\(String(UnicodeScalar(bytes[start + 10])))' of the date and time "
                             + "\(Sanitized.inline(text, limit: 40)), saw " + (after == nil ? saw : "'\(Sanitized.inline(saw))'"))
        }

        /// A string, its escapes and, for `"""` and `'''`, its lines skipped.
        private mutating func skipString(quote: UInt8) {
            let triple = at + 2 < bytes.count && bytes[at + 1] == quote && bytes[at + 2] == quote
            at += triple ? 3 : 1
            while at < bytes.count {
                let byte = bytes[at]
                if byte == tomlByte("\\"), quote == tomlByte("\"") {
                    // The byte escaped; a line-ending backslash's line feed still ends a line.
                    if at + 1 < bytes.count, bytes[at + 1] == tomlByte("\n") {
                        if !triple { at += 1; continue } // ends the string on one line, below
                        newLine(after: at + 1)
                    }
                    at += 2
                    continue
                }
                if byte == tomlByte("\n") {
                    // A line ends a string on one line (an error toml++ reports); the scan goes
                    // on from the line feed, which counts the line (counted here too, it made a
                    // fault on the next line read a line too far: found by the fuzz target).
                    if !triple { return }
                    newLine(after: at)
                }
                if byte == quote {
                    if !triple { at += 1; return }
                    if at + 2 < bytes.count, bytes[at + 1] == quote, bytes[at + 2] == quote {
                        at += 3
                        // A closing """ may have one or two more quotes, part of the string.
                        while at < bytes.count, bytes[at] == quote { at += 1 }
                        return
                    }
                }
                at += 1
            }
        }

        private mutating func newLine(after index: Int) {
            line += 1
            lineStart = index + 1
            atLineStart = true
        }

        /// A table's header at `at`: its `[` or `[[` and blanks, then a name, `]` or the end.
        private func headerFault() -> Fault? {
            var next = at + 1
            func skipBlanks() { while next < bytes.count, bytes[next] == tomlByte(" ") || bytes[next] == tomlByte("\t") { next += 1 } }
            skipBlanks()
            var opening = "["
            if next < bytes.count, bytes[next] == tomlByte("[") {
                opening = "[["
                next += 1
                skipBlanks()
            }
            guard next < bytes.count else { return nil }
            let byte = bytes[next]
            let isName = (byte >= tomlByte("a") && byte <= tomlByte("z")) || (byte >= tomlByte("A") && byte <= tomlByte("Z"))
                || Self.isDigit(byte) || byte == tomlByte("_") || byte == tomlByte("-") || byte == tomlByte("\"") || byte == tomlByte("'")
            guard !isName, byte != tomlByte("]") else { return nil }
            let saw = byte == tomlByte("\n") || byte == tomlByte("\r") ? "the end of the line"
                : "'\(Sanitized.inline(String(String(decoding: bytes[next...].prefix(4), as: UTF8.self).prefix(1))))'"
            return Fault(line: line, column: Self.characters(bytes[lineStart..<next]) + 1,
                         message: "expected the table's name after '\(opening)', saw \(saw)")
        }

        /// What ends a value as toml++ reads it: white space, a line end, a comment, the next
        /// element or the end of an array or inline table.
        private static func endsAValue(_ byte: UInt8) -> Bool {
            [tomlByte(" "), tomlByte("\t"), tomlByte("\r"), tomlByte("\n"), tomlByte("#"), tomlByte(","), tomlByte("]"), tomlByte("}")].contains(byte)
        }

        /// Whether what begins at `index` ends a value for toml++ (`is_value_terminator`): its
        /// white space — ASCII's (tab, line feed to carriage return, space) and Unicode's (U+0085,
        /// U+00A0, U+1680, U+180E, U+2000–200B, U+2028, U+2029, U+202F, U+205F, U+2060, U+3000,
        /// U+FEFF) — or `]`, `}`, `,`, `#`. (A byte order mark after the digit was the second
        /// input the fuzz target found for the date-space-digit abort.)
        static func terminatesAValue(at index: Int, in bytes: [UInt8]) -> Bool {
            let rest = bytes[index...]
            guard let first = rest.first else { return false }
            if first < 0x80 {
                return first == 0x09 || (0x0A...0x0D).contains(first) || first == 0x20
                    || first == tomlByte("]") || first == tomlByte("}") || first == tomlByte(",") || first == tomlByte("#")
            }
            let scalar = String(decoding: rest.prefix(4), as: UTF8.self).unicodeScalars.first?.value ?? 0
            switch scalar {
            case 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return true
            default: return false
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= tomlByte("0") && byte <= tomlByte("9") }

        /// Columns count characters, as toml++'s do: every byte but UTF-8's continuation bytes.
        private static func characters(_ bytes: ArraySlice<UInt8>) -> Int {
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
    }
}

private func tomlByte(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
