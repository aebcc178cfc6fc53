import Foundation
import RoadmapModel
@testable import RoadmapViews

/// The seed document (`docs/seed/002_…txt`) and the shipped roadmap read as raw JSON — not
/// through the decoder, so that a part the decoder skipped is still expected on a page — and
/// texts compared as words: the PDF extraction broke lines and words, dropped hyphens and mixed
/// apostrophes, and the pages wrap and indent, so both sides are folded the same way.
enum SeedWords {
    typealias Object = [String: Any]

    static let seedURL = Fixture.packageRoot.appendingPathComponent("docs/seed/002_f4ce5b49f63d353f.txt")

    static func seed() throws -> String { fold(try String(contentsOf: seedURL, encoding: .utf8)) }

    static func shippedJSON() throws -> Object {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.shippedPath)))
        return value as? Object ?? [:]
    }

    static func fold(_ text: String) -> String { SeedFolding.fold(text) }

    /// The sentences of a text, each without its final stop, cut at line breaks too: a field
    /// that gathers cells the seed prints apart (a group's current work) has one a line.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (k, character) in characters.enumerated() {
            // Cells of a grid gathered in one field are joined by a line break: each ends there.
            if character == "\n" {
                result.append(current)
                current = ""
                continue
            }
            current.append(character)
            let next = k + 1 < characters.count ? characters[k + 1] : " "
            if (character == "." || character == ";") && (next == " " || next == "\n") {
                result.append(current)
                current = ""
            }
        }
        result.append(current)
        return result.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".;")) }
            .filter { !$0.isEmpty }
    }

    static func text(_ value: Any?, _ language: Language) -> String? {
        if let plain = value as? String { return plain }
        return (value as? Object)?[language.rawValue] as? String
    }

    static func list(_ value: Any?) -> [Any] { value as? [Any] ?? [] }
    static func objects(_ value: Any?) -> [Object] { value as? [Object] ?? [] }

    /// One part of the seed the program must show: what it is, its texts, and the page.
    struct Part {
        let what: String
        let value: Any
        let page: ViewKind?
    }

    /// The parts of the seed issue 9 lists, from the raw JSON, each with the page meant to show
    /// it (nil: an activity's details).
    static func parts(_ json: Object) -> [Part] {
        var parts: [Part] = []
        func add(_ what: String, _ value: Any?, _ page: ViewKind?) {
            if let value { parts.append(Part(what: what, value: value, page: page)) }
        }
        let current = json["currentState"] as? Object ?? [:]
        for key in ["heading", "subheading", "considerationsHeading", "coverageHeading"] { add("currentState.\(key)", current[key], .currentState) }
        for key in ["strengths", "difficulties"] {
            for (i, point) in objects(current[key]).enumerated() {
                add("currentState.\(key)[\(i)].name", point["name"], .currentState)
                add("currentState.\(key)[\(i)].description", point["description"], .currentState)
            }
        }
        for (i, work) in list(current["unattributedWork"]).enumerated() { add("currentState.unattributedWork[\(i)]", work, .currentState) }
        for area in objects(json["areas"]) {
            let id = area["id"] as? String ?? "?"
            add("areas.\(id).coverage", area["coverage"], .currentState)
            for key in ["considerations", "challenges"] {
                for (i, text) in list(area[key]).enumerated() { add("areas.\(id).\(key)[\(i)]", text, .currentState) }
            }
        }
        for council in objects(json["councils"]) {
            add("councils.\(council["id"] ?? "?").name", council["name"], .currentState)
            add("councils.\(council["id"] ?? "?").name", council["name"], .transition)
        }
        for group in objects(json["workingGroups"]) {
            let id = group["id"] as? String ?? "?"
            for page in [ViewKind.transition, .currentState] {
                add("workingGroups.\(id).assessment", group["assessment"], page)
                add("workingGroups.\(id).currentWork", group["currentWork"], page)
            }
        }
        for team in objects(json["teams"]) {
            let id = team["id"] as? String ?? "?"
            for (i, text) in list(team["listedActivities"]).enumerated() { add("teams.\(id).listedActivities[\(i)]", text, .teams) }
            for (i, text) in list(team["alternateNames"]).enumerated() { add("teams.\(id).alternateNames[\(i)]", text, .teams) }
        }
        let teamNames = Dictionary(objects(json["teams"]).map { ($0["id"] as? String ?? "", $0["name"] as Any) }, uniquingKeysWith: { a, _ in a })
        for activity in objects(json["activities"]) {
            let id = activity["id"] as? String ?? "?"
            for (i, text) in list(activity["alternateNames"]).enumerated() { add("activities.\(id).alternateNames[\(i)]", text, nil) }
            for (i, team) in list(activity["supportingTeams"]).enumerated() { add("activities.\(id).supportingTeams[\(i)]", teamNames[team as? String ?? ""], nil) }
        }
        let strategy = json["strategy"] as? Object ?? [:]
        let variants = strategy["variants"] as? Object ?? [:]
        add("strategy.variants.vision", variants["vision"], .strategy)
        add("strategy.variants.callToAction", variants["callToAction"], .strategy)
        for (i, label) in list((strategy["posterLabels"] as? Object)?["labels"]).enumerated() { add("strategy.posterLabels[\(i)]", label, .strategy) }
        let meta = json["meta"] as? Object ?? [:]
        add("meta.roadmapQuestion", meta["roadmapQuestion"], .strategy)
        for (i, status) in objects(meta["teamStatuses"]).enumerated() { add("meta.teamStatuses[\(i)].label", status["label"], .teams) }
        let analysis = json["changeAnalysis"] as? Object ?? [:]
        let notConsidered = analysis["teamsNotConsidered"] as? Object ?? [:]
        add("changeAnalysis.teamsNotConsidered.intro", notConsidered["intro"], .transition)
        for team in list(notConsidered["teams"]) { add("changeAnalysis.teamsNotConsidered.\(team)", teamNames[team as? String ?? ""], .transition) }
        return parts
    }
}
