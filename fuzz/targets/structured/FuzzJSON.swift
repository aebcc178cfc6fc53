/// A JSON value as the generator builds it, before it is written: a tree, so that a fault can
/// be planted in an object already made (a field taken out, a value replaced).
indirect enum FuzzJSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([FuzzJSON])
    case object([(key: String, value: FuzzJSON)])

    /// The object's value for `key`.
    subscript(key: String) -> FuzzJSON? {
        get {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }
        set {
            guard case .object(var members) = self else { return }
            if let k = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[k].value = newValue } else { members.remove(at: k) }
            } else if let newValue {
                members.append((key, newValue))
            }
            self = .object(members)
        }
    }

    /// The text: indented (two spaces, as `roadmap fmt` writes) or on one line, and with the
    /// characters beyond ASCII either as they are or as `\u` escapes (surrogate pairs beyond
    /// the first plane), so that the reader meets both.
    func bytes(indented: Bool, escapingNonASCII: Bool) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, depth: 0, indented: indented, escaping: escapingNonASCII)
        out.append(0x0A)
        return out
    }

    private func write(to out: inout [UInt8], depth: Int, indented: Bool, escaping: Bool) {
        func newline(_ depth: Int) {
            guard indented else { return }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        switch self {
        case .string(let text): Self.quote(text, to: &out, escaping: escaping)
        case .int(let n): out.append(contentsOf: Array(String(n).utf8))
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .null: out.append(contentsOf: Array("null".utf8))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                item.write(to: &out, depth: depth + 1, indented: indented, escaping: escaping)
            }
            if !items.isEmpty { newline(depth) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, member) in members.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.quote(member.key, to: &out, escaping: escaping)
                out.append(contentsOf: indented ? [UInt8(ascii: ":"), 0x20] : [UInt8(ascii: ":")])
                member.value.write(to: &out, depth: depth + 1, indented: indented, escaping: escaping)
            }
            if !members.isEmpty { newline(depth) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func quote(_ text: String, to out: inout [UInt8], escaping: Bool) {
        func hex(_ unit: UInt16) {
            let digits = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case 0x5C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0..<0x20: hex(UInt16(scalar.value))
            case 0x80...:
                if escaping {
                    for unit in String(scalar).utf16 { hex(unit) }
                } else {
                    out.append(contentsOf: Array(String(scalar).utf8))
                }
            default: out.append(UInt8(scalar.value))
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
