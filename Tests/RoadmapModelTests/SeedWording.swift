import Foundation

/// The French of a roadmap file is the seed's own words (docs/data-notes.md, "Text and
/// provenance"), after the documented normalisation only: line breaks, hyphens, apostrophes
/// and case do not count (`SeedFolding`), and the cells of a grid that one field gathers are
/// joined by a line break, with nothing added. Every other difference is listed here with its
/// line, so that a word or a mark added to any French text outside the notes fails a test.
struct SeedWording {
    /// A correction of the extraction: the seed prints `printed` at `line` where the field says
    /// `corrected`. The note of the object the field belongs to quotes the printed form.
    struct Correction {
        let path: String
        let line: Int
        let printed: String
        let corrected: String
    }

    /// One French text of the file: where it is (ids stand for indices where there are ids),
    /// the same path with every index as `[]`, the object it belongs to and its field there.
    struct Text {
        let path: String
        let pattern: String
        let owner: SeedFidelity.Object
        let field: String
        let french: String
    }

    var corrections: [Correction] = []
    /// French texts that are our words, not the seed's; each must say so: its field inferred
    /// on its object, or a `<field>Note` beside it.
    var composed: [String] = []
    /// French texts that describe the seed, as a note does, rather than give its words.
    var aboutTheSeed: [String] = []
    /// Fields (by pattern) made of whole cells, and the seed's lines where those cells are.
    /// Each line of such a field must be one cell exactly — equal, not merely contained — so
    /// that a stop added at its end, or letters dropped from it, count.
    var cellRegions: [String: ClosedRange<Int>] = [:]
    /// Blocks of those lines that the extraction ran together, by the line they start at, with
    /// the cells they hold.
    var mergedCells: [Int: [String]] = [:]

    /// What the shipped roadmap's French allows itself, each case with its line in the seed.
    static let shipped = SeedWording(
        corrections: [
            // "les Canadien" + "APPEL Á L'ACTION": the label took the "s".
            Correction(path: "strategy.callToAction", line: 15, printed: "Canadien", corrected: "Canadiens"),
            // The "e" of "numériqu" printed at the end of the next line, "harmonisatione".
            Correction(path: "activities[federated-foundation-principles].name", line: 1173, printed: "numériqu", corrected: "numérique"),
            Correction(path: "activities[federated-foundation-principles].name", line: 1174, printed: "harmonisatione", corrected: "harmonisation"),
            Correction(path: "workingGroups[cloud-computing-wg].currentWork", line: 427, printed: "communsee", corrected: "communs"),
        ],
        composed: [
            "meta.title", "meta.phases[phase1].description", "meta.phases[phase2].description",
            "councils[cio].abbreviation", "councils[service-delivery].abbreviation", "councils[joint].description",
        ],
        aboutTheSeed: ["meta.source", "meta.language"],
        cellRegions: [
            "workingGroups[].currentWork": 399...587,
            "currentState.unattributedWork[]": 399...587,
            "workingGroups[].assessment": 766...1096,
        ],
        mergedCells: [523: ["GI intergouvernementale", "Politiques"]])

    /// Fields whose plain strings are ids, codes, dates or enumerations, not text.
    static let notText: Set<String> = [
        "id", "source", "inferredFields", "area", "role", "team", "status", "subcommittee", "phase", "council",
        "disposition", "becomes", "from", "to", "type", "strength", "start", "finish", "period", "aliases",
        "draftDate", "supportingTeams", "members", "teams", "horizon",
    ]

    /// Every French text of `value` outside the notes: a `{"fr": …}` text, or a plain string
    /// (the same in both languages) in a field that holds text.
    static func texts(in value: Any, path: String = "", pattern: String = "",
                      owner: SeedFidelity.Object = [:], field: String = "") -> [Text] {
        if let object = value as? SeedFidelity.Object {
            if let french = object["fr"] as? String {
                return [Text(path: path, pattern: pattern, owner: owner, field: field, french: french)]
            }
            return object.keys.sorted().filter { $0 != "note" && !$0.hasSuffix("Note") }.flatMap { key in
                texts(in: object[key]!, path: path.isEmpty ? key : path + "." + key,
                      pattern: pattern.isEmpty ? key : pattern + "." + key, owner: object, field: key)
            }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { i, item in
                let label = ((item as? SeedFidelity.Object)?["id"] as? String) ?? String(i)
                return texts(in: item, path: "\(path)[\(label)]", pattern: pattern + "[]", owner: owner, field: field)
            }
        }
        if let string = value as? String, !notText.contains(field) {
            return [Text(path: path, pattern: pattern, owner: owner, field: field, french: string)]
        }
        return []
    }

    /// One line per French text that says more, or other, than the seed — and per entry of
    /// these rules that no longer holds, so that the lists stay exact.
    func problems(in roadmap: SeedFidelity.Object, seed: SeedText) -> [String] {
        var problems: [String] = []
        let texts = Self.texts(in: roadmap)
        let cells = cellRegions.mapValues { self.cells(seed, $0, &problems) }
        for text in texts where !aboutTheSeed.contains(text.path) {
            var french = text.french
            for fix in corrections where fix.path == text.path {
                guard french.components(separatedBy: fix.corrected).count == 2 else {
                    problems.append("\(text.path) should say « \(fix.corrected) » once, the correction of « \(fix.printed) » (l. \(fix.line))")
                    continue
                }
                french = french.replacingOccurrences(of: fix.corrected, with: fix.printed)
            }
            let unprinted = Self.unprinted(french, cells: cells[text.pattern], seed)
            if composed.contains(text.path) {
                if unprinted.isEmpty {
                    problems.append("\(text.path) is listed as our words, but the seed prints it")
                } else if !SeedFidelity.infers(text.owner, text.field) && text.owner[text.field + "Note"] == nil {
                    problems.append("\(text.path) is not the seed's wording and is not marked inferred")
                }
                continue
            }
            for piece in unprinted {
                problems.append("\(text.path): « \(piece) » is not the seed's wording (a word or a mark added?)")
            }
        }
        for fix in corrections {
            guard let text = texts.first(where: { $0.path == fix.path }) else {
                problems.append("\(fix.path): no such French text (the correction of l. \(fix.line))")
                continue
            }
            let lines = seed.lines
            if fix.line < 1 || fix.line > lines.count || !SeedText.fold(lines[fix.line - 1]).contains(SeedText.fold(fix.printed)) {
                problems.append("\(fix.path): l. \(fix.line) does not print « \(fix.printed) »")
            }
            if Self.unprinted(text.french, cells: cells[text.pattern], seed).isEmpty {
                problems.append("\(fix.path): the seed prints the field as it is; the correction of « \(fix.printed) » is not needed")
            }
            let quoted = SeedText.quotations(in: SeedFidelity.french(text.owner["note"]) ?? "")
            if !quoted.contains(where: { SeedText.fold($0).contains(SeedText.fold(fix.printed)) }) {
                problems.append("\(fix.path): the note beside it does not quote « \(fix.printed) » (l. \(fix.line)), which the field corrects")
            }
        }
        for path in composed + aboutTheSeed where !texts.contains(where: { $0.path == path }) {
            problems.append("\(path): no such French text")
        }
        return problems
    }

    /// The lines of `french` (one per cell where a field gathers cells) that the seed does not
    /// print: as a cell of `cells`, or anywhere in the seed when the field is not made of cells.
    private static func unprinted(_ french: String, cells: Set<String>?, _ seed: SeedText) -> [String] {
        french.components(separatedBy: "\n").filter { piece in
            let folded = SeedText.fold(piece)
            guard !folded.isEmpty else { return false }
            if let cells { return !cells.contains(folded) }
            return !seed.prints(piece)
        }
    }

    /// The cells of lines `range`, folded: one per block, the merged blocks split.
    private func cells(_ seed: SeedText, _ range: ClosedRange<Int>, _ problems: inout [String]) -> Set<String> {
        var cells = Set<String>()
        let blocks = seed.blocks(range)
        for block in blocks {
            guard let parts = mergedCells[block.line] else {
                cells.insert(SeedText.fold(block.text))
                continue
            }
            if SeedText.fold(parts.joined()) != SeedText.fold(block.text) {
                problems.append("l. \(block.line): the block is not the cells « \(parts.joined(separator: " » + « ")) »")
            }
            cells.formUnion(parts.map(SeedText.fold))
        }
        for line in mergedCells.keys.sorted() where range.contains(line) && !blocks.contains(where: { $0.line == line }) {
            problems.append("l. \(line): no block of l. \(range.lowerBound)–\(range.upperBound) starts there")
        }
        return cells
    }
}
