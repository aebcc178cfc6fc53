import Foundation
import RoadmapModel

/// A roadmap as lines that each stand alone, for `git diff` to compare line by line
/// (`roadmap textconv`): every value of the file on a line of its own, named by its path with
/// the ids of the objects it is in — `activities[cloud-architecture].finish: 2018-03` — so that
/// a changed line says what changed without its neighbours; then the schedule those values
/// give, one line per activity, so that the diff also shows what a change does to the dates.
///
/// Every member of the file is there, in the file's order of lists and in the order of their
/// names within an object (so the same file always gives the same text, whatever order its
/// writer put the members in): a change anywhere in the file shows, the parts the program
/// does not read included. A reference to another object (an activity's area or team, a link's
/// ends…) is followed by that object's name in the chosen language, never a bare id. Text is
/// sanitized and kept on one line (a line break shows as ␊).
enum RoadmapLines {
    /// A JSON value as `JSONDecoder` reads it, which keeps numbers, booleans and null apart.
    indirect enum Value: Decodable {
        case string(String), integer(Int), number(Double), bool(Bool), null
        case array([Value]), object([String: Value])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .integer(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([Value].self) { self = .array(value) }
            else { self = .object(try container.decode([String: Value].self)) }
        }
    }

    /// The lines of `json` (the roadmap file's bytes), then of its schedule.
    static func lines(json: [UInt8], _ scheduled: ScheduledRoadmap, language: Language) throws -> [String] {
        let root = try JSONDecoder().decode(Value.self, from: Data(json))
        var out: [String] = []
        let names = Names(scheduled.roadmap, language)
        flatten(root, path: "", list: nil, names: names, into: &out)
        out += schedule(scheduled, language: language)
        return out
    }

    /// The names a reference is followed by, by the list it points into.
    struct Names {
        let byList: [String: [String: String]]

        init(_ roadmap: Roadmap, _ language: Language) {
            func index<T>(_ items: [T], _ id: (T) -> String, _ name: (T) -> LocalizedText) -> [String: String] {
                Dictionary(items.map { (id($0), name($0)[language]) }, uniquingKeysWith: { first, _ in first })
            }
            byList = [
                "activities": index(roadmap.activities, \.id, \.name),
                "areas": index(roadmap.areas, \.id, \.name),
                "teams": index(roadmap.teams, \.id, \.name),
                "subcommittees": index(roadmap.subcommittees, \.id, \.name),
                "councils": index(roadmap.councils, \.id, \.name),
                // A role is named by its aliases too (Br, as the file may print Int).
                "roles": index(roadmap.roles.flatMap { role in ([role.id] + role.aliases).map { ($0, role.name) } }, \.0, \.1),
                "periods": index(roadmap.meta.periods, \.id, \.label),
                "phases": index(roadmap.meta.phases, \.id, \.label),
            ]
        }

        /// Which list the member `key` of an element of `list` refers to.
        static func target(of key: String, in list: String?) -> String? {
            switch (list, key) {
            case ("activities", "area"), ("teams", "area"): return "areas"
            case ("activities", "team"), ("activities", "supportingTeams"), ("workingGroups", "becomes"): return "teams"
            case ("activities", "period"): return "periods"
            case ("teams", "phase"): return "phases"
            case ("activities", "role"), ("teams", "role"): return "roles"
            case ("dependencies", "from"), ("dependencies", "to"): return "activities"
            case ("teams", "subcommittee"): return "subcommittees"
            case ("workingGroups", "council"), ("subcommittees", "council"): return "councils"
            default: return nil
            }
        }

        func name(_ id: String, in list: String) -> String? { byList[list]?[id] }
    }

    /// - Parameter keyedByID: the element is named by its id in `path`, which is not repeated.
    private static func flatten(_ value: Value, path: String, list: String?, names: Names, keyedByID: Bool = false, into out: inout [String]) {
        switch value {
        case .object(let members):
            for key in members.keys.sorted() where !(keyedByID && key == "id") {
                let child = path.isEmpty ? key : path + "." + key
                // Inside an element, what its members refer to depends on the list it is in.
                if case .string(let id) = members[key]!, let target = Names.target(of: key, in: list) {
                    let name = names.name(id, in: target).map { " — " + Sanitized.inline($0, limit: 200) } ?? ""
                    out.append(child + ": " + Sanitized.inline(id, limit: 200) + name)
                    continue
                }
                if case .array(let items) = members[key]!, let target = Names.target(of: key, in: list),
                   items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                    for case .string(let id) in items {
                        let name = names.name(id, in: target).map { " — " + Sanitized.inline($0, limit: 200) } ?? ""
                        out.append(child + "[]: " + Sanitized.inline(id, limit: 200) + name)
                    }
                    continue
                }
                flatten(members[key]!, path: child, list: list, names: names, into: &out)
            }
        case .array(let items):
            let listName = path.split(separator: ".").last.map(String.init) ?? path
            // A list of plain values on one line; a list of objects one element after another,
            // each named by its id (a link by its ends and type), else by its position.
            if items.allSatisfy({ if case .object = $0 { return false } else if case .array = $0 { return false } else { return true } }) {
                out.append(path + ": " + items.map(scalar).joined(separator: ", "))
                return
            }
            var seen: [String: Int] = [:]
            for (k, item) in items.enumerated() {
                var key = elementKey(item) ?? String(k)
                seen[key, default: 0] += 1
                if seen[key]! > 1 { key += " #\(seen[key]!)" }
                var byID = false
                if case .object(let members) = item, case .string? = members["id"] { byID = true }
                flatten(item, path: path + "[" + key + "]", list: listName, names: names, keyedByID: byID, into: &out)
            }
        default:
            out.append(path + ": " + scalar(value))
        }
    }

    /// `cloud-architecture`, or `from → to FS` for a link.
    private static func elementKey(_ item: Value) -> String? {
        guard case .object(let members) = item else { return nil }
        if case .string(let id)? = members["id"] { return Sanitized.inline(id, limit: 120) }
        if case .string(let from)? = members["from"], case .string(let to)? = members["to"] {
            var type = "FS"
            if case .string(let stated)? = members["type"] { type = stated }
            return Sanitized.inline(from, limit: 120) + " → " + Sanitized.inline(to, limit: 120) + " " + Sanitized.inline(type, limit: 8)
        }
        return nil
    }

    private static func scalar(_ value: Value) -> String {
        switch value {
        case .string(let text): return Sanitized.inline(text, limit: 100_000)
        case .integer(let n): return String(n)
        case .number(let x): return String(x)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array, .object: return ""
        }
    }

    /// `schedule[cloud-architecture]: early 2016-10 – 2018-03 · late … · total float 0 · critical — Cloud`.
    static func schedule(_ scheduled: ScheduledRoadmap, language: Language) -> [String] {
        let s = scheduled.schedule, roadmap = scheduled.roadmap
        let fr = language == .fr
        var out = ["schedule.finish: \(s.projectFinishMonth)" + (fr ? " (fin au plus tôt du calendrier)" : " (the schedule's early finish)")]
        for (i, activity) in roadmap.activities.enumerated() {
            var line = "schedule[\(Sanitized.inline(activity.id, limit: 120))]: "
            line += (fr ? "au plus tôt " : "early ") + "\(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i]))"
            line += (fr ? " · au plus tard " : " · late ") + "\(s.month(s.lateStart[i])) – \(s.lastMonth(s.lateFinish[i]))"
            line += (fr ? " · marge totale " : " · total float ") + "\(s.totalFloat[i])"
            if s.slip(i) > 0 { line += (fr ? " · glisse de " : " · slips ") + "\(s.slip(i))" }
            if s.isCritical(i) { line += fr ? " · critique" : " · critical" }
            out.append(line + " — " + Sanitized.inline(activity.name[language], limit: 200))
        }
        return out
    }
}
