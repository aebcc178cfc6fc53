import RoadmapModel

/// A later version of a roadmap, made by changing a share of it the way planners revise one:
/// dates moved, names reworded, ids renamed, activities added and removed, links added,
/// removed and given another lag. For the benchmark of `roadmap diff` and its tests; seeded,
/// so the same roadmap, share and seed always give the same revision. The result stays valid:
/// dates stay in the timeline, removed and renamed activities take their links with them, and
/// a link is only ever added into a new activity, which nothing follows, so no cycle is made.
public enum SyntheticRevision {
    /// What was done, to check a diff against.
    public struct Counts: Hashable, Sendable {
        public var moved = 0, renamed = 0, reworded = 0, added = 0, removed = 0
        public var linksAdded = 0, linksRemoved = 0, lagsChanged = 0
        public init() {}
    }

    /// - Parameter share: the share of activities (and of links) each kind of change touches.
    public static func revise(_ roadmap: Roadmap, share: Double = 0.01, seed: UInt64 = 1) -> (roadmap: Roadmap, counts: Counts) {
        var random = SplitMix64(seed: seed)
        var counts = Counts()
        var revised = roadmap
        let timeline = roadmap.meta.timeline
        let original = roadmap.activities.count

        // One change at most per activity, so that each kind is counted once.
        enum Change { case none, move, reword, rename, remove }
        var changes = [Change](repeating: .none, count: original)
        for i in 0..<original {
            guard random.chance(share * 4) else { continue }
            changes[i] = [Change.move, .reword, .rename, .remove][random.next(below: 4)]
        }
        var renamedTo: [String: String] = [:]
        var removedIDs = Set<String>()
        var kept: [Activity] = []
        kept.reserveCapacity(original)
        for (i, var activity) in roadmap.activities.enumerated() {
            switch changes[i] {
            case .none: break
            case .move:
                let by = activity.finish < timeline.finish ? 1 : activity.start > timeline.start ? -1 : 0
                if by != 0 {
                    activity.start = activity.start + by
                    activity.finish = activity.finish + by
                    counts.moved += 1
                }
            case .reword:
                activity.name.en += " (revised)"
                counts.reworded += 1
            case .rename:
                let id = activity.id + "-r"
                renamedTo[activity.id] = id
                activity.id = id
                counts.renamed += 1
            case .remove:
                removedIDs.insert(activity.id)
                counts.removed += 1
                continue
            }
            kept.append(activity)
        }

        var links: [Dependency] = []
        links.reserveCapacity(roadmap.dependencies.count)
        for var link in roadmap.dependencies {
            if removedIDs.contains(link.from) || removedIDs.contains(link.to) { continue }
            if let id = renamedTo[link.from] { link.from = id }
            if let id = renamedTo[link.to] { link.to = id }
            if random.chance(share) { counts.linksRemoved += 1; continue }
            if random.chance(share) { link.lag += 1; counts.lagsChanged += 1 }
            links.append(link)
        }

        // New activities like existing ones, each fed by one of them.
        let added = Int((Double(original) * share).rounded())
        for k in 0..<added where !kept.isEmpty {
            let model = kept[random.next(below: kept.count)]
            var activity = model
            activity.id = "added-\(k)"
            activity.name = LocalizedText(fr: "Activité ajoutée \(k)", en: "Added activity \(k)")
            activity.gridOrder = nil
            kept.append(activity)
            counts.added += 1
            let from = kept[random.next(below: kept.count - 1)]
            if !from.id.hasPrefix("added-") {
                links.append(Dependency(from: from.id, to: activity.id, type: .SS, lag: 0))
                counts.linksAdded += 1
            }
        }
        revised.activities = kept
        revised.dependencies = links
        return (revised, counts)
    }
}
