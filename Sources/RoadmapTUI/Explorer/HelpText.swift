import RoadmapModel
import RoadmapViews

/// The help screen, generated from the action table: the main screen's keys by group, then the
/// keys of each overlay and prompt, context by context.
enum HelpText {
    static func lines(_ language: Language, width: Int) -> [(String, CellStyle)] {
        let fr = language == .fr
        var lines: [(String, CellStyle)] = []
        func section(_ title: String, _ specs: [ActionSpec]) {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((title, .heading))
            for spec in specs {
                for line in entry(spec, language, width: width) { lines.append((line, .plain)) }
            }
        }
        let groups: [ActionSpec.Group: String] = [
            .move: fr ? "Se déplacer et changer de vue" : "Move and switch views",
            .filter: fr ? "Filtrer" : "Filter",
            .schedule: fr ? "Dépendances et simulations" : "Dependencies and what-if",
            .other: fr ? "Autres" : "Other",
            .mouse: fr ? "Souris" : "Mouse",
        ]
        let main = ActionTable.specs(in: .main)
        for group in ActionSpec.Group.allCases {
            section(groups[group]!, main.filter { $0.group == group })
        }
        for context in KeyContext.allCases where context != .main {
            section(ActionTable.title(of: context)[language], ActionTable.specs(in: context))
        }
        // The main screen's mouse again, in a sentence at the end, where a reader who paged
        // through the keys looks for it.
        let mouse = main.filter { $0.group == .mouse }.map { $0.help[language] }
        if !mouse.isEmpty {
            lines.append(("", .plain))
            let sentence = (fr ? "Souris : " : "Mouse: ") + mouse.joined(separator: fr ? " ; " : "; ") + "."
            for line in TextWidth.wrap(sentence, to: max(10, width)) { lines.append((line, .muted)) }
        }
        return lines
    }

    /// One action: its keys, padded to the widest of its context, then its help, wrapped to
    /// `width` under itself.
    static func entry(_ spec: ActionSpec, _ language: Language, width: Int) -> [String] {
        let labelWidth = min(20, ActionTable.specs(in: spec.context).map { TextWidth.of($0.label(language)) }.max() ?? 8)
        let indent = 2 + labelWidth + 1
        let wrapped = TextWidth.wrap(spec.help[language], to: max(10, width - indent))
        let name = spec.label(language)
        let label = TextWidth.of(name) > labelWidth ? name + " " : TextWidth.pad(name, to: labelWidth)
        return wrapped.enumerated().map { k, line in
            (k == 0 ? "  " + label + " " : String(repeating: " ", count: indent)) + line
        }
    }
}
