import RoadmapModel

/// How wide the grid's months are: as wide as the timeline allows on the width (`fit`, the
/// default), a fixed number of columns a month — the timeline then scrolls sideways when it
/// does not fit — or every month squeezed into the width (`compressed`, months sharing columns).
public enum MonthZoom: Hashable, Sendable {
    case fit
    case compressed
    case columns(Int)

    /// The fixed widths, narrowest first.
    public static let widths = [1, 2, 3, 6]

    /// One step wider (`>`) or narrower (`<`) from a grid drawn `current` columns a month
    /// (compressed when `compressed`); nil at either end.
    public static func step(from current: Int, compressed: Bool, wider: Bool) -> MonthZoom? {
        if compressed { return wider ? .columns(widths[0]) : nil }
        if wider { return widths.first { $0 > current }.map(MonthZoom.columns) }
        return widths.last { $0 < current }.map(MonthZoom.columns) ?? .compressed
    }
}

/// Which of the grid's months a page shows, for the explorer to scroll and zoom from.
public struct MonthWindow: Hashable, Sendable {
    /// The first month shown, as an offset from the timeline's start.
    public let first: Int
    public let shown: Int
    public let total: Int
    public let monthWidth: Int
    public let compressed: Bool

    public var isWhole: Bool { first == 0 && shown >= total }
    /// The largest first month that still fills the grid.
    public var lastFirst: Int { max(0, total - shown) }
}
