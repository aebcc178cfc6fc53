@testable import RoadmapTUI

/// The README's key table of a context, as the action table gives it: each action's keys in
/// backquotes, then its English help.
enum KeyTable {
    static func markdown(_ context: KeyContext) -> String {
        var lines = ["| keys | action |", "|---|---|"]
        for spec in ActionTable.specs(in: context) {
            lines.append("| " + spec.keys.map { "`\($0.name)`" }.joined(separator: " ") + " | " + spec.help.en + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
