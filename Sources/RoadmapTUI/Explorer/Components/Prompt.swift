import RoadmapModel
import RoadmapViews

/// A line typed on the status line: a search, the name of the file to export to, the name of
/// the scenario to save, an activity's progress, the status date, or where to write. Its keys
/// are the prompt's, then the line editor's.
struct Prompt: Equatable {
    enum Kind: Equatable {
        /// The search in force when the prompt opened, restored by Esc.
        case search(previous: String)
        case export
        /// The name, or the file, of the scenario `S` saves.
        case saveScenario
        /// An activity's progress (`%`): "PERCENT [ACTUAL-START [ACTUAL-FINISH]]".
        case progress(activity: Int)
        /// The status date, asked before the first progress of a roadmap without one; then
        /// the progress prompt of `then` opens.
        case statusDate(then: Int?)
        /// Where to write the progress when not into the file read (`W`, then w).
        case writeElsewhere
    }

    /// What the prompt says before the text, when it names something of the roadmap (the
    /// activity, the status date); nil: the kind's own words.
    var label: String?

    static let contexts: [KeyContext] = [.prompt, .lineEditor]

    let kind: Kind
    private(set) var editor: LineEditor
    /// The view an export writes, when not the one on screen (the what-if panel's report).
    var view: ViewKind?
    /// Why the last Enter was refused (an unknown extension, a folder…), until the next key.
    var note: String?
    /// The file names a second Tab listed, until the next key.
    private(set) var choices: [String] = []
    /// The last key was a Tab that could add nothing: the next one lists the choices.
    private var tabAddedNothing = false

    init(kind: Kind, text: String, view: ViewKind? = nil) {
        self.kind = kind
        self.view = view
        editor = LineEditor(text)
    }

    var text: String { editor.text }

    enum Outcome: Equatable {
        case stay
        /// The text changed (a live search runs again).
        case edited
        case confirm
        case cancel
    }

    mutating func handle(_ key: Key, home: String?, language: Language) -> Outcome {
        let action = ActionTable.action(for: key, in: Self.contexts)
        let listNext = tabAddedNothing
        tabAddedNothing = false
        choices = []
        note = nil
        switch action {
        case .confirm: return .confirm
        case .cancel: return .cancel
        case .complete:
            switch kind {
            case .search, .progress, .statusDate: return .stay
            default: break
            }
            return complete(list: listNext, home: home, language: language)
        default:
            return editor.handle(key, action: action) == .edited ? .edited : .stay
        }
    }

    /// Tab: the common beginning of the names that fit what is before the cursor; when there
    /// is nothing to add, a second Tab lists them.
    private mutating func complete(list: Bool, home: String?, language: Language) -> Outcome {
        let completion = PathCompletion.complete(editor.beforeCursor, home: home)
        if !completion.addition.isEmpty {
            editor.insert(completion.addition)
            return .edited
        }
        if completion.candidates.isEmpty {
            note = language == .fr ? "Aucun fichier ne commence ainsi." : "No file name begins so."
            return .stay
        }
        tabAddedNothing = true
        if list { choices = completion.candidates }
        return .stay
    }
}
