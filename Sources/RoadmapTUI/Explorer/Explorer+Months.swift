import RoadmapModel
import RoadmapViews

/// The grid's months: which show (←/→) and how wide (`<`, `>`, `z`).
extension Explorer {
    /// ←/→: the grid's months one at a time, when they do not all show.
    mutating func scrollMonths(_ delta: Int) {
        guard state.view == .roadmap, let window = page.monthWindow else {
            message = Message(text: vocabulary.monthsScrollOnlyInRoadmap(back: key(.monthsBack), forward: key(.monthsForward), roadmap: key(.showRoadmap)),
                              isError: true)
            return
        }
        guard !window.isWhole else {
            message = Message(text: vocabulary.everyMonthShown(wider: key(.zoomIn)))
            return
        }
        state.firstMonth = max(0, min(window.lastFirst, window.first + delta))
    }

    /// `<`/`>`: months a step narrower or wider, the first month shown kept.
    mutating func zoom(wider: Bool) {
        guard state.view == .roadmap, let window = page.monthWindow else {
            message = Message(text: vocabulary.zoomOnlyInRoadmap(narrower: key(.zoomOut), wider: key(.zoomIn), roadmap: key(.showRoadmap)), isError: true)
            return
        }
        guard let next = MonthZoom.step(from: window.monthWidth, compressed: window.compressed, wider: wider) else {
            message = Message(text: wider ? vocabulary.monthsWidest : vocabulary.monthsCompressed)
            return
        }
        state.zoom = next
        state.firstMonth = window.first
        if let after = page.monthWindow {
            var columns: Int?, compressed = false
            switch next {
            case .compressed: compressed = true
            case let .columns(n): columns = n
            case .fit: break
            }
            message = Message(text: vocabulary.monthsWidth(columns: columns, compressed: compressed,
                                                           others: after.isWhole ? nil : (key(.monthsBack), key(.monthsForward))))
        }
    }
}
