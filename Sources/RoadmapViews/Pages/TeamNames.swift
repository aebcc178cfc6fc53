import RoadmapModel

/// The names the screen and the pages give task teams: each its own name, but where two teams
/// bear the same name (the seed prints three "Prototype Project X Task Team" boxes) each says
/// what tells it apart — the first activity it carries, its label before a colon ("Pilot
/// project A"), else its place among the namesakes ("1 of 3").
public enum TeamNames {
    public static func distinct(_ roadmap: Roadmap, _ language: Language) -> [String] {
        let names = roadmap.teams.map { $0.name[language] }
        var namesakes: [String: [Int]] = [:]
        for (k, name) in names.enumerated() { namesakes[name, default: []].append(k) }
        guard namesakes.values.contains(where: { $0.count > 1 }) else { return names }
        var firstActivity: [String: String] = [:]
        for activity in roadmap.activities {
            guard let team = activity.team, firstActivity[team] == nil else { continue }
            firstActivity[team] = activity.name[language]
        }
        var result = names
        for (name, teams) in namesakes where teams.count > 1 {
            let labels = teams.map { firstActivity[roadmap.teams[$0].id].map(shortLabel) }
            // The activities tell them apart only when each has one and no two are the same.
            let told = labels.allSatisfy { $0 != nil } && Set(labels.compactMap { $0 }).count == teams.count
            for (k, team) in teams.enumerated() {
                let which = told ? labels[k]! : (language == .fr ? "\(k + 1) sur \(teams.count)" : "\(k + 1) of \(teams.count)")
                result[team] = "\(name) (\(which))"
            }
        }
        return result
    }

    /// An activity's name up to its colon, where it has one: "Pilot project A: digital
    /// identity pilot…" is "Pilot project A".
    private static func shortLabel(_ name: String) -> String {
        guard let colon = name.firstIndex(of: ":"), colon > name.startIndex else { return name }
        var label = Substring(name[..<colon])
        while label.last == " " { label.removeLast() }
        return String(label)
    }
}
