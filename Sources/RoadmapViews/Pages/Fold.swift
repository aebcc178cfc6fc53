import RoadmapModel

/// A heading a reader can fold: an area of interest on the roadmap grid, a sub-committee on the
/// teams page (nil: the teams of no sub-committee). A folded heading keeps its line and count
/// and hides what is under it, on screen and in the text export of that view alike.
public enum Fold: Hashable, Sendable {
    case area(String)
    case subcommittee(String?)

    /// The mark before a heading: `▾` open, `▸` folded (something is behind it).
    public static func mark(folded: Bool) -> String { folded ? "▸" : "▾" }
}

/// A heading on a page's row: what folds it, and whether it is folded now.
public struct PageHeading: Hashable, Sendable {
    public let fold: Fold
    public let folded: Bool

    public init(fold: Fold, folded: Bool) {
        self.fold = fold
        self.folded = folded
    }
}
