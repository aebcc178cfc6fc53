/// Names in a roadmap file are untrusted: a control character (ESC above all, which starts a
/// terminal escape sequence, and the C1 range, which some terminals obey too) must never reach
/// a screen or an export. Each is replaced by a visible placeholder of the same width.
public enum Sanitized {
    /// C0 controls become their Control Pictures (␛ for ESC), DEL becomes ␡, C1 controls and
    /// the bidirectional overrides, which can reorder what a reader sees, become �.
    public static func text(_ raw: String) -> String {
        guard raw.unicodeScalars.contains(where: needsReplacing) else { return raw }
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
