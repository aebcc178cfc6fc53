/// What is legal but worth a second look, checked only on a roadmap without an error: an
/// activity whose role is not its team's, a planned start its dependencies make impossible, and
/// work started before the work it waits for.
extension ValidationState {
    mutating func checkWarnings(_ graph: DependencyGraph) {
        for i in roadmap.activities.indices where teamOf[i] >= 0 {
            let t = Int(teamOf[i])
            if roadmap.teams[t].role != roadmap.activities[i].role {
                let activity = roadmap.activities[i], team = roadmap.teams[t]
                // A team the file infers is a reading, not the source's pairing: say so, so
                // that the mismatch is not taken for one the source prints.
                let inferred = activity.provenance.infers("team") ? "; its team is inferred, not stated by the source" : ""
                findings.warning(.roleDiffersFromTeam, .element("activities", i, "role"), id: activity.id,
                                 "the activity's role \(activity.role) differs from its task team's (\(team.id): \(team.role))" + inferred)
            }
        }
        // Slips need only the schedule's forward pass (the early starts), by its own rule.
        let origin = roadmap.meta.timeline.start
        let planned = roadmap.activities.map { $0.start - origin }
        let duration = roadmap.activities.map(\.duration)
        var earlyStart = planned, earlyFinish = [Int](repeating: 0, count: planned.count)
        Schedule.forward(graph.topologicalOrder, graph.predecessorsInOrder, [], duration, &earlyStart, &earlyFinish)
        for i in roadmap.activities.indices where earlyStart[i] > planned[i] {
            let activity = roadmap.activities[i]
            let early = origin + earlyStart[i]
            findings.warning(.startSlips, .element("activities", i, "start"), id: activity.id,
                             "planned to start \(activity.start), but its dependencies allow \(early) at the earliest (\(earlyStart[i] - planned[i]) month(s) of slip)")
        }
        checkStartedBeforePredecessors(graph)
    }

    /// An activity under way whose predecessors have not started: out of sequence, as MS Project
    /// warns. One finding per activity, naming every predecessor not started.
    private mutating func checkStartedBeforePredecessors(_ graph: DependencyGraph) {
        guard roadmap.statusDate != nil else { return }
        for i in roadmap.activities.indices where roadmap.activities[i].actualStart != nil {
            var waiting: [String] = []
            for k in graph.predecessors(of: i) {
                let edge = graph.edges[k]
                let predecessor = roadmap.activities[edge.from]
                guard predecessor.actualStart == nil else { continue }
                let inferred = roadmap.dependencies[edge.dependencyIndex].provenance.isInferred ? ", an inferred dependency" : ""
                waiting.append("\(Sanitized.inline(predecessor.id)) (\(edge.type.rawValue)\(inferred))")
            }
            guard !waiting.isEmpty, let start = roadmap.activities[i].actualStart else { continue }
            findings.warning(.startedBeforePredecessors, .element("activities", i, "actualStart"), id: Sanitized.inline(roadmap.activities[i].id),
                             "actually started \(start), though \(waiting.count == 1 ? "its predecessor" : "its predecessors") "
                                 + waiting.joined(separator: ", ") + " \(waiting.count == 1 ? "has" : "have") not started")
        }
    }
}
