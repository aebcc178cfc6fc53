import RoadmapModel

/// What is drawn over the page, and takes the keys while it is open. Each is a component that
/// handles its own keys, looked up in its contexts of the action table.
enum Overlay: Equatable {
    case help(ScrollBox)
    case details(activity: Int, ScrollBox)
    /// A task team's details (Enter on the team Gantt).
    case team(Int, ScrollBox)
    /// What the what-ifs moved (`w`).
    case whatIfs(ScrollBox)
    case picker(Picker)
    case prompt(Prompt)
    case question(Question)

    /// Where its keys are looked up, in order; the key bar shows theirs.
    var contexts: [KeyContext] {
        switch self {
        case let .help(box): return box.contexts([.scrollBox])
        case let .details(_, box): return box.contexts([.details, .scrollBox])
        case let .whatIfs(box): return box.contexts([.whatIfs, .scrollBox])
        case let .team(_, box): return box.contexts([.scrollBox])
        case let .picker(picker): return picker.contexts
        case .prompt: return Prompt.contexts
        case let .question(question): return question.contexts
        }
    }
}
