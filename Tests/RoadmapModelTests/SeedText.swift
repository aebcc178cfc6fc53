import Foundation

/// The seed document the shipped roadmap was read from, `docs/seed/002_f4ce5b49f63d353f.txt`
/// (a copy, so that a fresh clone can check the data against it), searched for words rather
/// than layout: the PDF extraction broke lines and words, dropped hyphens ("co création",
/// "sous comité") and mixed apostrophes, so both sides are folded the same way before comparing.
struct SeedText {
    static let url = RuleFixtures.packageRoot.appendingPathComponent("docs/seed/002_f4ce5b49f63d353f.txt")

    let text: String
    private let folded: String

    init(text: String) {
        self.text = text
        folded = Self.fold(text)
    }

    static func load() throws -> SeedText {
        SeedText(text: try String(contentsOf: url, encoding: .utf8))
    }

    /// Whether the seed prints these words, in this order, whatever the line breaks, hyphens,
    /// apostrophes and case. Dashes, stops, commas and brackets still count.
    func prints(_ phrase: String) -> Bool {
        let needle = Self.fold(phrase)
        return !needle.isEmpty && folded.contains(needle)
    }

    static func fold(_ text: String) -> String { SeedFolding.fold(text) }

    /// The runs of words a French text quotes between « and »; an ellipsis inside a quotation
    /// ("« Réharmonisation reportée … phase 2 »") separates runs, each of which must be printed.
    static func quotations(in text: String) -> [String] {
        var runs: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "«") {
            guard let close = rest[open...].firstIndex(of: "»") else { break }
            let quoted = String(rest[rest.index(after: open)..<close])
            for run in quoted.replacingOccurrences(of: "...", with: "…").components(separatedBy: "…") {
                let trimmed = run.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;:")))
                if !trimmed.isEmpty { runs.append(trimmed) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return runs
    }
}
