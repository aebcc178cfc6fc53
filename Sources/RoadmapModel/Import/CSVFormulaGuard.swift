/// A cell that begins with `=`, `+`, `-` or `@` is run as a formula by a spreadsheet that opens
/// the CSV: the CSV exports write a `'` before it (a number such as `-3` excepted), and the CSV
/// import takes that `'` away. So that the import gives back exactly what was exported, a cell
/// that already begins with `'` before such a character gets one more: the rule is whether the
/// text, its leading `'`s left aside, begins a formula.
public enum CSVFormulaGuard {
    public static func isNeeded<S: StringProtocol>(_ text: S) -> Bool {
        let rest = text.drop { $0 == "'" }
        guard let first = rest.first, "=+-@".contains(first) else { return false }
        return Int(rest) == nil
    }

    /// `text` as the export writes it.
    public static func guarded(_ text: String) -> String { isNeeded(text) ? "'" + text : text }
}
