/// The schema's rules for the strings that name things (`schema/roadmap.schema.json`): ids of
/// areas, teams, activities and the rest (`$defs/id`), keys of periods and phases (`$defs/key`),
/// and role codes. All three are ASCII, so that identity by bytes and what a reader sees agree.
enum IDRule {
    /// `^[a-z0-9]+(-[a-z0-9]+)*$`
    case id
    /// `^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$`
    case key
    /// ASCII letters and digits: every role code of the schema (CE, Pr, Int, In, Br, BR) is.
    case roleCode

    /// Nil when `text` follows the rule (or is empty, which the decoder already reports);
    /// otherwise what is wrong, which character and where, and what the rule is.
    func problem(_ text: String) -> String? {
        let follows = text.utf8.withContiguousStorageIfAvailable(follows) ?? Array(text.utf8).withUnsafeBufferPointer(follows)
        return follows ? nil : explain(text)
    }

    private func follows(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsSeparator = true
        for byte in bytes {
            if isLetterOrDigit(byte) {
                previousIsSeparator = false
            } else if isSeparator(byte), !previousIsSeparator {
                previousIsSeparator = true
            } else {
                return false
            }
        }
        return !previousIsSeparator || bytes.isEmpty
    }

    private func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return self != .id
        default: return false
        }
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        switch self {
        case .id: return byte == UInt8(ascii: "-")
        case .key: return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        case .roleCode: return false
        }
    }

    private var noun: String {
        switch self {
        case .id: return "an id"
        case .key: return "a key"
        case .roleCode: return "a role code"
        }
    }

    private var rule: String {
        switch self {
        case .id: return "ids are lower-case ASCII letters, digits and single hyphens (a-z, 0-9, -)"
        case .key: return "keys are ASCII letters and digits, with single hyphens or underscores between them (A-Z, a-z, 0-9, -, _)"
        case .roleCode: return "role codes are ASCII letters and digits (A-Z, a-z, 0-9)"
        }
    }

    /// Positions count characters as a reader sees them, from 1.
    private func explain(_ text: String) -> String {
        var position = 0
        var previous: Character?
        for character in text {
            position += 1
            let byte = character.isASCII ? character.asciiValue! : nil
            if let byte, isLetterOrDigit(byte) {
                previous = character
                continue
            }
            if let byte, isSeparator(byte) {
                if position == 1 { return "\(noun) cannot begin with \"\(character)\": \(rule)" }
                if let previous, previous.asciiValue.map(isSeparator) == true {
                    return "\"\(previous)\" followed by \"\(character)\" at position \(position) is not allowed in \(noun): \(rule)"
                }
                previous = character
                continue
            }
            let scalars = character.unicodeScalars.map { "U+" + hex($0.value) }.joined(separator: " ")
            return "character \"\(Sanitized.inline(String(character)))\" (\(scalars)) at position \(position) is not allowed in \(noun): \(rule)"
        }
        return "\(noun) cannot end with \"\(previous.map(String.init) ?? "")\": \(rule)"
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
