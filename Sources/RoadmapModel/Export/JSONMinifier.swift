/// JSON without the whitespace between tokens: what most programs write (one line, however
/// large the file). The strings are copied as they are, escapes included, so the document means
/// exactly what it meant. Used to give `roadmap generate` and the benchmarks the minified shape,
/// where every location reported lies on line 1.
public enum JSONMinifier {
    public static func minify(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        return out
    }
}
