import Foundation

/// What the project's documents (README.md, docs/data-notes.md) say about the shipped roadmap,
/// against its data: a document must not present as the seed's what the data marks inferred.
enum DocumentClaims {
    typealias Object = SeedFidelity.Object

    /// An activity whose printed role differs from its task team's — what `roadmap validate`
    /// warns about — with its English name and whether its team is inferred.
    struct RoleMismatch: Equatable {
        let id: String
        let name: String
        let teamInferred: Bool
    }

    static func roleMismatches(in roadmap: Object) -> [RoleMismatch] {
        var canonical: [String: String] = [:]
        for role in SeedFidelity.list(roadmap["roles"]) {
            guard let id = role["id"] as? String else { continue }
            for code in [id] + (role["aliases"] as? [String] ?? []) { canonical[code.lowercased()] = id }
        }
        func role(_ code: Any?) -> String? { (code as? String).map { canonical[$0.lowercased()] ?? $0 } }
        var teamRoles: [String: String] = [:]
        for team in SeedFidelity.list(roadmap["teams"]) {
            if let id = team["id"] as? String, let teamRole = role(team["role"]) { teamRoles[id] = teamRole }
        }
        return SeedFidelity.list(roadmap["activities"]).compactMap { activity in
            guard let id = activity["id"] as? String, let team = activity["team"] as? String,
                  let teamRole = teamRoles[team], let printed = role(activity["role"]), printed != teamRole else { return nil }
            let name = (activity["name"] as? Object)?["en"] as? String ?? SeedFidelity.french(activity["name"]) ?? id
            return RoleMismatch(id: id, name: name, teamInferred: SeedFidelity.infers(activity, "team"))
        }
    }

    /// The paragraph of `markdown` that begins with `prefix` (a list item, say) on one line,
    /// white space collapsed: up to a blank line, a heading or the next list item.
    static func paragraph(startingWith prefix: String, in markdown: String) -> String? {
        let lines = markdown.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return nil }
        var taken = [lines[first]]
        for line in lines[(first + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || line.hasPrefix("- ") { break }
            taken.append(trimmed)
        }
        return collapsed(taken.joined(separator: " "))
    }

    /// What a paragraph on the role warnings gets wrong. It gives their number; one sentence
    /// mentions the seed and names exactly the activities whose team the seed states, another
    /// says "inferred" and names exactly those whose team is inferred; and no sentence names
    /// an activity of an inferred team without saying "inferred".
    static func roleWarningProblems(in paragraph: String, _ mismatches: [RoleMismatch]) -> [String] {
        var problems: [String] = []
        let text = collapsed(paragraph).lowercased()
        if !text.contains("gives \(mismatches.count) warning") {
            problems.append("the paragraph does not say it gives \(mismatches.count) warnings")
        }
        func key(_ name: String) -> String {
            collapsed(name).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        }
        for mismatch in mismatches where !text.contains(key(mismatch.name)) {
            problems.append("the paragraph does not name \(mismatch.id) (« \(mismatch.name) »)")
        }
        let sentences = sentences(text)
        func named(_ sentence: String) -> Set<String> {
            Set(mismatches.filter { sentence.contains(key($0.name)) }.map(\.id))
        }
        let stated = Set(mismatches.filter { !$0.teamInferred }.map(\.id))
        let inferred = Set(mismatches.filter(\.teamInferred).map(\.id))
        if !stated.isEmpty, !sentences.contains(where: { $0.contains("seed") && named($0) == stated }) {
            problems.append("no sentence mentions the seed and names exactly the pairings it states: \(stated.sorted())")
        }
        if !inferred.isEmpty, !sentences.contains(where: { $0.contains("inferred") && named($0) == inferred }) {
            problems.append("no sentence says \"inferred\" and names exactly the pairings with an inferred team: \(inferred.sorted())")
        }
        for sentence in sentences where !sentence.contains("inferred") && !named(sentence).isDisjoint(with: inferred) {
            problems.append("« \(sentence) » names \(named(sentence).intersection(inferred).sorted()), whose team is inferred, without saying so")
        }
        return problems
    }

    /// The other names the data marks inferred (`alternateNames` inferred on their object), in
    /// both languages.
    static func inferredOtherNames(in roadmap: Object) -> [String] {
        roadmap.keys.sorted().flatMap { key in
            SeedFidelity.list(roadmap[key]).filter { SeedFidelity.infers($0, "alternateNames") }.flatMap { object in
                (object["alternateNames"] as? [Any] ?? []).flatMap { name -> [String] in
                    if let plain = name as? String { return [plain] }
                    let text = name as? Object ?? [:]
                    return [text["fr"] as? String, text["en"] as? String].compactMap { $0 }
                }
            }
        }
    }

    /// The sentences of `document` that use one of `names` (as whole words, any case) without
    /// saying it is an inference. A table row is a unit of its own, a paragraph another.
    static func otherNamesNotCalledInferred(in document: String, names: [String]) -> [String] {
        var units: [String] = [], paragraph: [String] = []
        for line in document.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("|") {
                if !paragraph.isEmpty { units.append(paragraph.joined(separator: " ")) }
                paragraph = []
                if line.hasPrefix("|") { units.append(line) }
            } else {
                paragraph.append(line)
            }
        }
        if !paragraph.isEmpty { units.append(paragraph.joined(separator: " ")) }
        var problems: [String] = []
        for sentence in units.flatMap({ sentences(collapsed($0)) }) where !sentence.lowercased().contains("infer") {
            for name in names where sentence.range(of: "\\b" + NSRegularExpression.escapedPattern(for: name) + "\\b",
                                                   options: [.regularExpression, .caseInsensitive]) != nil {
                problems.append("« \(sentence) » uses « \(name) », an inferred name, without saying it is inferred")
            }
        }
        return problems
    }

    /// The sentences of a text on one line, cut after ". " — but not after "l.", the line of
    /// the seed a document cites ("l. 1718").
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        for piece in text.components(separatedBy: ". ") {
            if let last = sentences.last, last.split(whereSeparator: { !$0.isLetter }).last == "l" {
                sentences[sentences.count - 1] = last + ". " + piece
            } else {
                sentences.append(piece)
            }
        }
        return sentences
    }

    static func collapsed(_ text: String) -> String {
        text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces)
    }
}
