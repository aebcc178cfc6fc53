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
        /// Quitting would lose progress entered and not written (`W`), and what-ifs.
        case quitWithProgress(progress: Int, whatIfs: Int)
        /// Writing progress into a file not in canonical form rewrites all of it.
        case rewriteWhole(path: String)
        /// The file changed on disk since it was read: reload it (the entries not written are
        /// put back over it), overwrite it, or write elsewhere — as vim asks.
        case changedOnDisk(path: String)
        /// Writing the progress elsewhere, over a file that exists; "no" brings the prompt back.
        case overwriteProgress(path: String, prompt: Prompt)
    }

    static let contexts: [KeyContext] = [.question]

    /// Where its keys are looked up: the file-changed question has answers of its own.
    var contexts: [KeyContext] {
        if case .changedOnDisk = subject { return [.fileChanged] }
        return Self.contexts
    }

    let subject: Subject

    func text(_ language: Language) -> String {
        let fr = language == .fr
        switch subject {
        case let .quit(count):
            return fr ? "Quitter et perdre \(count) simulation\(count > 1 ? "s" : "") ? (o/n)"
                : "Quit and lose \(count) what-if\(count == 1 ? "" : "s")? (y/n)"
        case let .overwrite(path, _, _), let .overwriteScenario(path, _, _), let .overwriteProgress(path, _):
            let name = Sanitized.inline(path, limit: 80)
            return fr ? "\(name) existe déjà. L’écraser ? (o/n)" : "\(name) exists. Overwrite it? (y/n)"
        case let .quitWithProgress(progress, whatIfs):
            let lost = fr ? "\(progress) saisie\(progress > 1 ? "s" : "") d’avancement non écrite\(progress > 1 ? "s" : "")"
                : "\(progress) progress entr\(progress == 1 ? "y" : "ies") not written"
            let also = whatIfs == 0 ? "" : (fr ? " et \(whatIfs) simulation\(whatIfs > 1 ? "s" : "")" : " and \(whatIfs) what-if\(whatIfs == 1 ? "" : "s")")
            return fr ? "Quitter et perdre \(lost)\(also) (W les écrit) ? (o/n)" : "Quit and lose \(lost)\(also) (W writes them)? (y/n)"
        case let .rewriteWhole(path):
            let name = Sanitized.inline(path, limit: 60)
            return fr ? "\(name) n’est pas sous sa forme canonique : l’écrire la réécrit en entier (comme roadmap fmt). Écrire ? (o/n)"
                : "\(name) is not in canonical form: writing rewrites all of it (as roadmap fmt does). Write? (y/n)"
        case let .changedOnDisk(path):
            let name = Sanitized.inline(path, limit: 60)
            return fr ? "\(name) a changé sur le disque depuis sa lecture : r le relire (vos saisies remises par-dessus), é l’écraser, a écrire ailleurs, Échap rien"
                : "\(name) changed on disk since it was read: r reload it (your entries put back over it), o overwrite it, w write elsewhere, Esc nothing"
        }
    }

    enum Outcome: Equatable { case stay, yes, no, cancel, reload, overwrite, elsewhere }

    /// Only the question's keys answer it; any other key leaves it asked.
    func handle(_ key: Key) -> Outcome {
        switch ActionTable.action(for: key, in: contexts) {
        case .yes?: return .yes
        case .no?: return .no
        case .cancel?: return .cancel
        case .reloadFile?: return .reload
        case .overwriteFile?: return .overwrite
        case .writeElsewhere?: return .elsewhere
        default: return .stay
        }
    }
}
