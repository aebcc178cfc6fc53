import RoadmapModel
import RoadmapViews

/// The dependency view (`3`, `d`): following links with Enter, coming back with Backspace as a
/// browser does, and the whole network (`A`).
extension Explorer {
    /// `d`: the dependency view of the selected activity, from its top — the place kept for
    /// the view was in another activity's links.
    mutating func showDependencies() {
        if state.view != .dependencies { positions[.dependencies] = nil }
        show(.dependencies)
    }

    /// Enter in the dependencies view follows the link under the cursor: to another activity,
    /// or from the whole network to a link's predecessor. On the activity itself it opens its details.
    var followsLink: Bool {
        guard let target = page.activity(atRow: cursor) else { return false }
        return state.dependencyScope == .network || target != state.selectedActivity
    }

    mutating func follow() {
        guard let target = page.activity(atRow: cursor) else { return }
        if state.dependencyScope == .network { state.trail.append(.network) }
        else if let current = state.selectedActivity { state.trail.append(.activity(current)) }
        state.dependencyScope = .activity
        state.selectedActivity = target
        rows.reset()
        restoreCursor()
    }

    /// Backspace: the activity the view was about before the last Enter, as a browser's Back.
    mutating func back() {
        guard state.view == .dependencies else {
            message = Message(text: vocabulary.backOnlyInDependencies(back: key(.back), dependencies: key(.showDependencies)))
            return
        }
        guard let previous = state.trail.popLast() else {
            message = Message(text: vocabulary.startOfHistory)
            return
        }
        let from = state.selectedActivity
        switch previous {
        case .network:
            state.dependencyScope = .network
        case let .activity(activity):
            state.dependencyScope = .activity
            state.selectedActivity = activity
        }
        rows.reset()
        restoreCursor()
        // Back on the link that was followed, as a browser comes back to where the reader was
        // (in the network, the first link from that activity).
        let skip = state.dependencyScope == .activity ? 1 : 0
        if let from, let row = (skip..<max(skip, page.rowCount)).first(where: { page.activity(atRow: $0) == from }) { moveCursor(to: row) }
    }

    /// `A`: the dependencies of the selected activity, or every link (all) of the network.
    mutating func toggleNetwork() {
        if state.view != .dependencies { show(.dependencies) }
        state.dependencyScope = state.dependencyScope == .activity ? .network : .activity
        rows.reset()
        restoreCursor()
    }
}
