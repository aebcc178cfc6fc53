import RoadmapModel

/// What is drawn over the page, and takes the keys while it is open.
enum Overlay: Equatable {
    case help(scroll: Int)
    case details(activity: Int, scroll: Int)
    case picker(Picker)
    case prompt(Prompt)
}

/// A list of choices with check boxes: roles, areas or teams to filter by.
struct Picker: Equatable {
    enum Kind: Equatable { case roles, areas, teams }
    let kind: Kind
    /// (id, label) for each choice.
    let options: [(id: String, label: String)]
    var checked: Set<String>
    var cursor = 0

    static func == (a: Picker, b: Picker) -> Bool {
        a.kind == b.kind && a.checked == b.checked && a.cursor == b.cursor && a.options.map(\.id) == b.options.map(\.id)
    }
}

/// A line of text being typed: a search, or the name of the file to export to.
struct Prompt: Equatable {
    enum Kind: Equatable {
        /// The search in force when the prompt opened, restored by Esc.
        case search(previous: String)
        case export
    }
    let kind: Kind
    var text: String
}
