/// The ids of every list: each follows its pattern and is given once. Returns each id's first
/// index, which the later passes resolve references with.
extension ValidationState {
    mutating func checkIdentifiers() {
        areaIDs = uniqueIDs(roadmap.areas.map(\.id), list: "areas", pattern: .id)
        subcommitteeIDs = uniqueIDs(roadmap.subcommittees.map(\.id), list: "subcommittees", pattern: .id)
        teamIDs = uniqueIDs(roadmap.teams.map(\.id), list: "teams", pattern: .id)
        _ = uniqueIDs(roadmap.principles.map(\.id), list: "principles", pattern: .id)
        _ = uniqueIDs(roadmap.workingGroups.map(\.id), list: "workingGroups", pattern: .id)
        councilIDs = uniqueIDs(roadmap.councils.map(\.id), list: "councils", pattern: .id)
        activityIDs = uniqueIDs(roadmap.activities.map(\.id), list: "activities", pattern: .id)
    }

    /// Checks each id against its pattern, reports the second use of an id, and returns each
    /// id's first index.
    mutating func uniqueIDs(_ ids: [String], list: String, pattern: IDRule) -> IDIndex {
        var index = IDIndex(capacity: ids.count)
        for i in ids.indices where !ids[i].isEmpty {
            findings.follows(pattern, ids[i], .element(list, i, "id"), id: Sanitized.inline(ids[i]))
            if let earlier = index.insert(ids[i], at: i) {
                findings.error(.duplicateID, .element(list, i, "id"), id: Sanitized.inline(ids[i]), "duplicate id, first used by \(list)[\(earlier)]")
            }
        }
        return index
    }
}
