/// Names in a roadmap file are untrusted: a control character (ESC above all, which starts a
/// terminal escape sequence, and the C1 range, which some terminals obey too) must never reach
/// a screen or an export. Each is replaced by a visible placeholder of the same width.
public enum Sanitized {
    /// C0 controls become their Control Pictures (␛ for ESC), DEL becomes ␡, C1 controls and
    /// the bidirectional overrides, which can reorder what a reader sees, become �.
    public static func text(_ raw: String) -> String {
        guard mayNeedReplacing(raw) else { return raw }
        var result = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            result.append(needsReplacing(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(result)
    }

    /// For messages: sanitized, on one line, and cut to `limit` characters.
    public static func inline(_ raw: String, limit: Int = 60) -> String {
        let clean = text(raw)
        guard clean.count > limit else { return clean }
        return String(clean.prefix(limit - 1)) + "…"
    }

    /// Whether `raw` holds a scalar to replace, looked for in its UTF-8: a byte below 0x20 or
    /// 0x7F, C2 80–9F (C1), E2 80 AA–AE and E2 81 A6–A9 (the overrides and isolates). Every
    /// name drawn or exported passes here; reading bytes rather than decoding scalars keeps
    /// that cheap on long names.
    static func mayNeedReplacing(_ raw: String) -> Bool {
        var text = raw
        return text.withUTF8 { bytes in
            for i in bytes.indices where replaces(bytes, at: i) { return true }
            return false
        }
    }

    /// Whether the scalar beginning at byte `i` of valid UTF-8 (a String's bytes) is one `text`
    /// replaces; false at a byte that begins none. For the writers that read a text's bytes
    /// once (the XML exports), which would otherwise scan it a second time first.
    @inline(__always)
    public static func replaces(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x20 || byte == 0x7F { return true }
        // A valid string: a lead byte C2 or E2 is followed by its continuation bytes.
        if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] <= 0x9F { return true }
        if byte == 0xE2, i + 2 < bytes.count {
            let second = bytes[i + 1], third = bytes[i + 2]
            if second == 0x80 && third >= 0xAA && third <= 0xAE { return true }
            if second == 0x81 && third >= 0xA6 && third <= 0xA9 { return true }
        }
        return false
    }

    @inline(__always)
    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
