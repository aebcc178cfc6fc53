/// `dependencies`: each link's two activities, no activity depending on itself, and no two
/// activities linked twice. Makes the graph's edges on the way.
extension ValidationState {
    mutating func checkDependencies() {
        let (duplicateOf, fromIndex, toIndex) = Self.firstDuplicates(roadmap.dependencies, activityIDs, activityCount: roadmap.activities.count)
        edges.reserveCapacity(roadmap.dependencies.count)
        for i in roadmap.dependencies.indices {
            let fromID = roadmap.dependencies[i].from, toID = roadmap.dependencies[i].to
            // The name is made only for a finding (most dependencies have none).
            var name: String { Sanitized.inline("\(fromID) → \(toID)") }
            let from = fromIndex[i], to = toIndex[i]
            if let from, let to, from != to {
                edges.append(DependencyGraph.Edge(from: from, to: to, type: roadmap.dependencies[i].type, lag: roadmap.dependencies[i].lag, dependencyIndex: i))
            }
            if !fromID.isEmpty, from == nil {
                findings.unresolved(.id, fromID, .element("dependencies", i, "from"), id: name, .dependencyActivity, unknown: "unknown activity \"\(Sanitized.inline(fromID))\"")
            }
            if !toID.isEmpty, to == nil {
                findings.unresolved(.id, toID, .element("dependencies", i, "to"), id: name, .dependencyActivity, unknown: "unknown activity \"\(Sanitized.inline(toID))\"")
            }
            if !fromID.isEmpty, sameID(fromID, toID) {
                findings.error(.selfDependency, .element("dependencies", i), id: name, "an activity cannot depend on itself")
            }
            if let first = duplicateOf[i] {
                findings.warning(.duplicateDependency, .element("dependencies", i), id: name, "the same two activities are already linked by dependencies[\(first)]")
            }
        }
    }

    /// For each dependency, the first earlier one between the same two activities (as written),
    /// if any. Dependencies between known activities are grouped by their first activity's
    /// index rather than hashed by their two ids: a large roadmap has hundreds of thousands.
    /// Also gives the index of each dependency's two activities, where their ids are known.
    static func firstDuplicates(_ dependencies: [Dependency], _ activityIDs: IDIndex, activityCount: Int)
        -> (duplicateOf: [Int?], from: [Int?], to: [Int?]) {
        var result = [Int?](repeating: nil, count: dependencies.count)
        var fromIndex = [Int?](repeating: nil, count: dependencies.count)
        var toIndex = [Int?](repeating: nil, count: dependencies.count)
        var from = [Int](repeating: -1, count: dependencies.count)
        var to = [Int](repeating: -1, count: dependencies.count)
        // An unknown id (already an error) is compared as written, by bytes.
        var unresolved = IDIndex()
        // The lookups, on every processor: at a million activities each is a miss in the
        // processor's caches, and together they were a sixth of `validate` (perf).
        fromIndex.withUnsafeMutableBufferPointer { fromSlots in
            toIndex.withUnsafeMutableBufferPointer { toSlots in
                let fromSlots = SendableSlots(fromSlots), toSlots = SendableSlots(toSlots)
                Parallel.ranges(count: dependencies.count) { range in
                    for i in range {
                        fromSlots.slots[i] = activityIDs[dependencies[i].from]
                        toSlots.slots[i] = activityIDs[dependencies[i].to]
                    }
                }
            }
        }
        for i in dependencies.indices {
            if let f = fromIndex[i], let t = toIndex[i] {
                from[i] = f
                to[i] = t
            } else if let first = unresolved.insert("\(dependencies[i].from.utf8.count):" + dependencies[i].from + dependencies[i].to, at: i) {
                result[i] = first
            }
        }
        // Dependencies by first activity, in file order within each (a stable counting sort).
        var start = [Int](repeating: 0, count: activityCount + 1)
        for i in dependencies.indices where from[i] >= 0 { start[from[i] + 1] += 1 }
        for a in 0..<activityCount { start[a + 1] += start[a] }
        var fill = start
        var grouped = [Int](repeating: 0, count: start[activityCount])
        for i in dependencies.indices where from[i] >= 0 {
            grouped[fill[from[i]]] = i
            fill[from[i]] += 1
        }
        // Within a group, the first dependency to each second activity; `stamp` says which
        // group the entry of `first` belongs to, so that it never needs clearing.
        var stamp = [Int](repeating: -1, count: activityCount)
        var first = [Int](repeating: 0, count: activityCount)
        for a in 0..<activityCount {
            for k in start[a]..<start[a + 1] {
                let i = grouped[k], t = to[i]
                if stamp[t] == a { result[i] = first[t] } else { stamp[t] = a; first[t] = i }
            }
        }
        return (result, fromIndex, toIndex)
    }
}
