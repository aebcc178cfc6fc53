import Foundation

/// Checks that a roadmap file tells no more than its seed says: read straight from the JSON
/// (not through the decoder, which skips the fields no page uses yet), each check returns one
/// line per problem, naming where it is, so that a test can show them all at once.
enum SeedFidelity {
    typealias Object = [String: Any]

    static func object(from url: URL) throws -> Object {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let object = value as? Object else { throw CocoaError(.fileReadCorruptFile) }
        return object
    }

    static func object(fromJSON text: String) throws -> Object {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let object = value as? Object else { throw CocoaError(.fileReadCorruptFile) }
        return object
    }

    /// The French of a text: a plain string is the same in both languages.
    static func french(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        return (value as? Object)?["fr"] as? String
    }

    static func list(_ value: Any?) -> [Object] { value as? [Object] ?? [] }

    /// Whether the object says `field` is inferred, as the program reads it (`Provenance`):
    /// `source` "inferred" and the field named in `inferredFields`, or no fields named at all.
    static func infers(_ object: Object, _ field: String) -> Bool {
        let fields = object["inferredFields"] as? [String] ?? []
        return object["source"] as? String == "inferred" && (fields.isEmpty || fields.contains(field))
    }

    /// Where an object is in the file, for messages: its list and index, and its id if any.
    static func place(_ listName: String, _ i: Int, _ item: Object) -> String {
        "\(listName)[\(i)]" + ((item["id"] as? String).map { " (\($0))" } ?? "")
    }

    /// An object that names deduced fields in `inferredFields` is `source` "inferred": the model
    /// reads a field as inferred only then (`Provenance.infers`), so the inferredFields of a
    /// "seed" object would tell the pages one thing and the model another.
    static func seedObjectsNamingInferredFields(in value: Any, at place: String = "") -> [String] {
        var problems: [String] = []
        if let object = value as? Object {
            if let fields = object["inferredFields"] as? [String], !fields.isEmpty, object["source"] as? String != "inferred" {
                let shown = place.isEmpty ? "the top level" : place
                problems.append("\(shown) names inferredFields \(fields) but its source is \(object["source"] as? String ?? "absent (seed)"), not inferred")
            }
            for key in object.keys.sorted() {
                problems += seedObjectsNamingInferredFields(in: object[key]!, at: place.isEmpty ? key : place + "." + key)
            }
        } else if let array = value as? [Any] {
            for (i, item) in array.enumerated() {
                problems += seedObjectsNamingInferredFields(in: item, at: "\(place)[\(i)]")
            }
        }
        return problems
    }

    /// An activity's other name is either the grid's own words for it (`grid`: the seed's lines
    /// of the roadmap grid) or the item the activities-by-team list gives the team that carries
    /// it, where that team is read from the list; then the other name and the team are one
    /// statement of the seed. Anything else takes two printed things for one: an
    /// identification, a reading, so `alternateNames` must be in the activity's inferredFields.
    static func unmarkedIdentifications(in roadmap: Object, grid: SeedText) -> [String] {
        var listedByTeam: [String: [String]] = [:]
        for team in list(roadmap["teams"]) {
            guard let id = team["id"] as? String else { continue }
            listedByTeam[id] = (team["listedActivities"] as? [Any] ?? []).compactMap(french).map(SeedText.fold)
        }
        var problems: [String] = []
        for (i, activity) in list(roadmap["activities"]).enumerated() where !infers(activity, "alternateNames") {
            let team = activity["team"] as? String
            let listed = infers(activity, "team") ? [] : team.flatMap { listedByTeam[$0] } ?? []
            for (j, other) in (activity["alternateNames"] as? [Any] ?? []).enumerated() {
                guard let words = french(other), !grid.prints(words), !listed.contains(SeedText.fold(words)) else { continue }
                let whose = infers(activity, "team") ? "its inferred team's list" : "the list of its team (\(team ?? "none"))"
                problems.append("\(place("activities", i, activity)).alternateNames[\(j)]: « \(words) » is neither in the grid nor in \(whose): "
                    + "an identification, yet alternateNames is not inferred")
            }
        }
        return problems
    }

    /// A current-work cell that the seed prints twice (`cells`: the lines of the current-state
    /// grid) is given once, and the group's French note says so: « … » est imprimée deux fois.
    static func repeatedCellsWithoutNote(in roadmap: Object, seed: SeedText, cells: ClosedRange<Int>) -> [String] {
        let printed = seed.blocks(cells).map { SeedText.fold($0.text) }
        var problems: [String] = []
        for (i, group) in list(roadmap["workingGroups"]).enumerated() {
            let note = SeedText.fold(french(group["note"]) ?? "")
            for cell in (french(group["currentWork"]) ?? "").components(separatedBy: "\n") {
                let copies = printed.filter { $0 == SeedText.fold(cell) }.count
                guard copies > 1, !note.contains(SeedText.fold("« \(cell) » est imprimée deux fois")) else { continue }
                problems.append("\(place("workingGroups", i, group)).currentWork: the cell « \(cell) » is printed \(copies) times, "
                    + "and the note does not say « … » est imprimée deux fois")
            }
        }
        return problems
    }

    /// A dependency that claims the seed (`source` "seed", or no source: absent means seed) must
    /// quote in its French note words the seed prints; a claim without a quotation is a reading
    /// presented as a fact.
    static func seedClaimsWithoutQuotation(in roadmap: Object, seed: SeedText) -> [String] {
        var problems: [String] = []
        for (i, dependency) in list(roadmap["dependencies"]).enumerated() {
            guard (dependency["source"] as? String ?? "seed") == "seed" else { continue }
            let place = "dependencies[\(i)] (\(dependency["from"] ?? "?") → \(dependency["to"] ?? "?"))"
            let quoted = SeedText.quotations(in: french(dependency["note"]) ?? "")
            if quoted.isEmpty {
                problems.append("\(place) claims the seed but its note quotes no words of the seed")
            }
            for run in quoted where !seed.prints(run) {
                problems.append("\(place) claims the seed with « \(run) », which the seed does not print")
            }
        }
        return problems
    }

    /// Every « … » in the French of a note (`note`, or any field whose name ends in `Note`),
    /// anywhere in the file, quotes words the seed prints.
    static func unprintedQuotations(in value: Any, seed: SeedText, at place: String = "") -> [String] {
        var problems: [String] = []
        if let object = value as? Object {
            for key in object.keys.sorted() {
                let child = object[key]!
                let path = place.isEmpty ? key : place + "." + key
                if key == "note" || key.hasSuffix("Note"), let text = french(child) {
                    for run in SeedText.quotations(in: text) where !seed.prints(run) {
                        problems.append("\(path) quotes « \(run) », which the seed does not print")
                    }
                } else {
                    problems += unprintedQuotations(in: child, seed: seed, at: path)
                }
            }
        } else if let array = value as? [Any] {
            for (i, item) in array.enumerated() {
                problems += unprintedQuotations(in: item, seed: seed, at: "\(place)[\(i)]")
            }
        }
        return problems
    }

    /// The French names of the things the seed names (areas, teams, activities, working groups,
    /// roles, councils, sub-committees, principles, glossary terms), their other names and the
    /// activities listed under each team are the seed's wording, unless the field is in the
    /// object's `inferredFields` (and its note says why).
    static func unprintedNames(in roadmap: Object, seed: SeedText) -> [String] {
        var problems: [String] = []
        let lists: [(String, String)] = [
            ("areas", "name"), ("teams", "name"), ("activities", "name"), ("workingGroups", "name"),
            ("roles", "name"), ("councils", "name"), ("subcommittees", "name"), ("principles", "name"),
            ("glossary", "term"),
        ]
        for (listName, nameField) in lists {
            for (i, item) in list(roadmap[listName]).enumerated() {
                let inferred = Set(item["inferredFields"] as? [String] ?? [])
                let place = "\(listName)[\(i)]" + ((item["id"] as? String).map { " (\($0))" } ?? "")
                func check(_ field: String, _ texts: [Any]) {
                    guard !inferred.contains(field) else { return }
                    for (j, text) in texts.enumerated() {
                        guard let words = french(text), !seed.prints(words) else { continue }
                        let which = texts.count == 1 && field == nameField ? field : "\(field)[\(j)]"
                        problems.append("\(place).\(which): « \(words) » is not printed in the seed")
                    }
                }
                check(nameField, item[nameField].map { [$0] } ?? [])
                check("alternateNames", item["alternateNames"] as? [Any] ?? [])
                check("listedActivities", item["listedActivities"] as? [Any] ?? [])
            }
        }
        return problems
    }
}
