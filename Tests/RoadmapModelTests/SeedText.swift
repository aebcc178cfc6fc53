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

    /// The seed's lines, line 1 first: the notes cite them as "l. 1237".
    var lines: [String] { text.components(separatedBy: "\n") }

    /// Lines `range` of the seed, as a text of their own: to ask whether one part of the seed
    /// (the roadmap grid, say) prints some words.
    func part(_ range: ClosedRange<Int>) -> SeedText {
        SeedText(text: lines.dropFirst(range.lowerBound - 1).prefix(range.count).joined(separator: "\n"))
    }

    /// The blocks of lines `range` that blank lines separate, each with the line it starts at:
    /// in the current-state grid, one block is one cell as the extraction printed it.
    func blocks(_ range: ClosedRange<Int>) -> [(line: Int, text: String)] {
        var blocks: [(line: Int, text: String)] = []
        var current: [String] = [], start = 0
        for (k, line) in lines.dropFirst(range.lowerBound - 1).prefix(range.count).enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append((start, current.joined(separator: "\n"))) }
                current = []
            } else {
                if current.isEmpty { start = range.lowerBound + k }
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append((start, current.joined(separator: "\n"))) }
        return blocks
    }

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
