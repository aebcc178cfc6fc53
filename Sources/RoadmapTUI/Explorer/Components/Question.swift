import RoadmapModel
import RoadmapViews

/// A yes-or-no question on the status line, asked before something that cannot be taken back:
/// quitting with what-ifs that would be lost, writing over a file.
struct Question: Equatable {
    enum Subject: Equatable {
        case quit(whatIfs: Int)
        /// The prompt comes back on "no", so that another name can be typed.
        case overwrite(path: String, format: ExportFormat, prompt: Prompt)
        /// A scenario file (`S`); "no" brings its prompt back too.
        case overwriteScenario(path: String, name: String, prompt: Prompt)
    }

    static let contexts: [KeyContext] = [.question]

    let subject: Subject

    func text(_ language: Language) -> String {
        let fr = language == .fr
        switch subject {
        case let .quit(count):
            return fr ? "Quitter et perdre \(count) simulation\(count > 1 ? "s" : "") ? (o/n)"
                : "Quit and lose \(count) what-if\(count == 1 ? "" : "s")? (y/n)"
        case let .overwrite(path, _, _), let .overwriteScenario(path, _, _):
            let name = Sanitized.inline(path, limit: 80)
            return fr ? "\(name) existe déjà. L’écraser ? (o/n)" : "\(name) exists. Overwrite it? (y/n)"
        }
    }

    enum Outcome: Equatable { case stay, yes, no, cancel }

    /// Only the question's keys answer it; any other key leaves it asked.
    func handle(_ key: Key) -> Outcome {
        switch ActionTable.action(for: key, in: Self.contexts) {
        case .yes?: return .yes
        case .no?: return .no
        case .cancel?: return .cancel
        default: return .stay
        }
    }
}
