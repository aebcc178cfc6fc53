import Foundation

/// The spreadsheet's links, said once for the CSV export that writes them and the import that
/// reads them, so that one reads what the other writes:
///
/// - `predecessors`: the links into a row, `;` between them, each in MS Project's style —
///   `a1` (finish-to-start), `a1SS`, `a1FF+2`, `a1FS-1` (`CSVPlanReader.predecessor` reads it).
/// - `inferred_predecessors`: those of them the roadmap marks inferred, `;` between them, each
///   followed by the inferred fields in brackets when only some are: `a1 (lag)`.
/// - `predecessor_notes_fr`, `predecessor_notes_en`: why, `a1: the note`, the links parted by
///   ` ¶ ` (or by line breaks, in a cell typed by hand).
///
/// A provenance entry names its link by the link's own text, so that a link edited in the sheet
/// (another lag, another type) no longer matches it: the link as it now is is the sheet's own
/// statement, and the import says so in a warning.
public enum CSVPredecessors {
    /// `a1`, `a1SS`, `a1FF+2`, `a1FS-1`: the type whenever it is not FS or a lag follows (a lead
    /// without its type would read as the id `a1-1`).
    public static func entry(_ id: String, _ type: Dependency.Kind, _ lag: Int) -> String {
        if lag == 0 { return type == .FS ? id : id + type.rawValue }
        return id + type.rawValue + (lag > 0 ? "+" : "-") + String(abs(lag))
    }

    /// `a1` for a link inferred as a whole, `a1 (lag)` when only those fields are.
    public static func inferredEntry(_ entry: String, fields: [String]) -> String {
        fields.isEmpty ? entry : entry + " (" + fields.joined(separator: ", ") + ")"
    }

    /// A link as a key: its predecessor, type and lag.
    struct Key: Hashable {
        let predecessor: String
        let type: Dependency.Kind
        let lag: Int

        init(_ link: ImportedLink) {
            predecessor = link.predecessor
            type = link.type
            lag = link.lag
        }
    }

    /// The entries of an `inferred_predecessors` cell: each link's key, its text and its
    /// inferred fields; nil for the text of an entry that is not a link.
    static func inferred(_ cell: String, place: SourcePlace) -> [(key: Key?, text: String, fields: [String])] {
        cell.split(separator: ";").compactMap { item in
            var text = String(item).trimmingSpaces
            guard !text.isEmpty else { return nil }
            var fields: [String] = []
            if text.hasSuffix(")"), let open = text.range(of: " (") {
                fields = text[open.upperBound..<text.index(before: text.endIndex)].split(separator: ",").map { String($0).trimmingSpaces }
                    .filter { !$0.isEmpty }
                text = String(text[..<open.lowerBound])
            }
            return (CSVPlanReader.predecessor(text, place: place).map(Key.init), text, fields)
        }
    }

    /// What parts the notes of two links in one cell: a record stays on one line.
    public static let noteSeparator = " ¶ "

    /// The notes of a notes cell: each link's key, its text and the note. A note that holds a
    /// ¶ of its own is cut there, and the rest, which names no link, is said on import.
    static func notes(_ cell: String, place: SourcePlace) -> [(key: Key?, text: String, note: String)] {
        cell.split(whereSeparator: { $0 == "¶" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).compactMap { line in
            let text = String(line).trimmingSpaces
            guard !text.trimmingSpaces.isEmpty else { return nil }
            guard let colon = text.range(of: ": ") else { return (nil, text.trimmingSpaces, "") }
            let entry = String(text[..<colon.lowerBound]).trimmingSpaces
            return (CSVPlanReader.predecessor(entry, place: place).map(Key.init), entry, String(text[colon.upperBound...]))
        }
    }
}

extension StringProtocol {
    /// Without the spaces and tabs a spreadsheet leaves around a value.
    var trimmingSpaces: String {
        // The last byte rather than the last character, which finds a grapheme's end for every
        // value of every row (perf): a character that is a space or a tab ends with that byte.
        let text = String(self)
        if let first = text.utf8.first, first != 0x20, first != 0x09, let last = text.utf8.last, last != 0x20, last != 0x09 { return text }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
