/// The dependency graph as a whole: no cycle, each named with its whole path.
extension ValidationState {
    mutating func checkGraph() {
        switch DependencyGraph.acyclic(activityCount: roadmap.activities.count, edges: edges) {
        case .success(let acyclic): graph = acyclic
        case .failure(let cycles):
            for cycle in cycles.cycles {
                let names = cycle.activities.map { Sanitized.inline(roadmap.activities[$0].id) }.joined(separator: " → ")
                findings.error(.dependencyCycle, .element("dependencies", cycle.dependencies[0]), "dependency cycle: \(names)")
            }
        }
    }
}
