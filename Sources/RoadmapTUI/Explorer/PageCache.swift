import RoadmapModel
import RoadmapViews

/// Remembers the last page built, so that moving the cursor does not rebuild it.
final class PageCache {
    private var key: (state: ViewState, width: Int, delays: [Int: Int], statedOnly: Bool, roadmapID: ObjectIdentifier?)?
    private var cached: Page?
    /// How many pages were built: tests check that keys which change nothing on the page (an
    /// overlay's, a prompt's) build none.
    private(set) var builds = 0

    func page(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        // The selection matters only to the dependency page.
        var keyState = state
        if state.view != .dependencies { keyState.selectedActivity = nil }
        let roadmapID = ObjectIdentifier(scheduled.searchIndex)
        if let key, let cached, key.state == keyState, key.width == width, key.delays == scheduled.delays, key.statedOnly == scheduled.statedOnly, key.roadmapID == roadmapID {
            return cached
        }
        let page = PageBuilder.page(scheduled, state, width: width)
        builds += 1
        key = (keyState, width, scheduled.delays, scheduled.statedOnly, roadmapID)
        cached = page
        return page
    }
}
