/// A cell that begins with `=`, `+`, `-` or `@` is run as a formula by a spreadsheet that opens
/// the CSV: the CSV exports write a `'` before it (a number such as `-3` excepted), and the CSV
/// import takes that `'` away. So that the import gives back exactly what was exported, a cell
/// that already begins with `'` before such a character gets one more: the rule is whether the
/// text, its leading `'`s left aside, begins a formula.
public enum CSVFormulaGuard {
    public static func isNeeded<S: StringProtocol>(_ text: S) -> Bool {
        // On the bytes: every cell of every export comes here, and walking Characters was a
        // fifth of the CSV export of 100,000 activities (perf).
        let utf8 = text.utf8
        var k = utf8.startIndex
        while k != utf8.endIndex, utf8[k] == UInt8(ascii: "'") { k = utf8.index(after: k) }
        guard k != utf8.endIndex else { return false }
        switch utf8[k] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"): return Int(text[k...]) == nil
        default: return false
        }
    }

    /// `text` as the export writes it.
    public static func guarded(_ text: String) -> String { isNeeded(text) ? "'" + text : text }
}
