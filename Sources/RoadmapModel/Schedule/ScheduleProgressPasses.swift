/// The schedule's passes with progress (see `Schedule`'s comment for the rules), kept apart
/// from the plain passes so that a plan without a status date runs exactly those. Each is still
/// one walk of the graph in topological order: a roadmap with progress schedules in about the
/// time of one without (`roadmap bench` checks it at 100,000 activities).
extension Schedule {
    /// Early dates. `es` holds the planned starts (what-ifs included) on entry.
    static func forwardWithProgress(_ order: [Int], _ forward: DependencyGraph.LinksInOrder, _ ignored: [Bool], _ duration: [Int],
                                    _ plannedStart: [Int], _ progress: ScheduleProgress, _ es: inout [Int], _ ef: inout [Int]) {
        let resume = progress.resume
        // The arrays read once, as locals: the loop runs once per activity.
        let state = progress.state, actualStart = progress.actualStart, actualFinish = progress.actualFinish
        let remaining = progress.remaining, filePlanned = progress.plannedStart
        for (p, node) in order.enumerated() {
            switch state[node] {
            case .finished:
                es[node] = actualStart[node]
                ef[node] = actualFinish[node]
            case .started:
                // The what-if's months on this activity (never an advance: work left cannot be
                // done before the status date) slip what is left of it.
                let delay = max(0, plannedStart[node] - filePlanned[node])
                var finish = resume + delay + remaining[node]
                for j in forward.start[p]..<forward.start[p + 1] {
                    let link = forward.links[j]
                    guard link.type == .FF || link.type == .SF else { continue }
                    if !ignored.isEmpty && ignored[Int(link.edge)] { continue }
                    let from = Int(link.other)
                    finish = max(finish, earliestStart(link.type, link.lag, es[from], ef[from], 0))
                }
                es[node] = actualStart[node]
                ef[node] = finish
            case .notStarted:
                var start = max(es[node], resume)
                for j in forward.start[p]..<forward.start[p + 1] {
                    let link = forward.links[j]
                    if !ignored.isEmpty && ignored[Int(link.edge)] { continue }
                    let from = Int(link.other)
                    start = max(start, earliestStart(link.type, link.lag, es[from], ef[from], duration[node]))
                }
                es[node] = start
                ef[node] = start + duration[node]
            }
        }
    }

    /// Late dates and free float. A link that no longer constrains in the forward pass
    /// constrains nothing here either: into finished work, any; into work under way, those on
    /// its start (FS, SS); out of work under way, those from its start (SS, SF), which happened.
    /// Finished work has its early dates as late ones.
    static func backwardWithProgress(_ order: [Int], _ backward: DependencyGraph.LinksInOrder, _ ignored: [Bool], _ duration: [Int],
                                     _ progress: ScheduleProgress, _ finish: Int, _ es: [Int], _ ef: [Int],
                                     _ ls: inout [Int], _ lf: inout [Int], _ ff: inout [Int]) {
        let state = progress.state
        for p in order.indices.reversed() {
            let node = order[p]
            let own = state[node]
            if own == .finished {
                lf[node] = ef[node]
                ls[node] = es[node]
                ff[node] = 0
                continue
            }
            var late = finish
            var free = finish - ef[node]
            for j in backward.start[p]..<backward.start[p + 1] {
                let edge = backward.links[j]
                if !ignored.isEmpty && ignored[Int(edge.edge)] { continue }
                let s = Int(edge.other)
                switch state[s] {
                case .finished: continue
                case .started where edge.type == .FS || edge.type == .SS: continue
                default: break
                }
                if own == .started && (edge.type == .SS || edge.type == .SF) { continue }
                let bound = Self.latestFinishAndFree(edge.type, edge.lag, es[s], ef[s], ls[s], lf[s], es[node], ef[node], duration[node])
                late = min(late, bound.late)
                free = min(free, bound.free)
            }
            lf[node] = late
            ls[node] = late - (ef[node] - es[node])
            ff[node] = free
        }
    }

    /// Whether a dependency decides its successor's early dates: its start for work not
    /// started, its forecast finish (FF, SF only) for work under way; never for finished work.
    @inline(__always)
    static func binds(_ edge: DependencyGraph.Edge, _ state: [ScheduleProgress.State], _ es: [Int], _ ef: [Int], _ duration: [Int]) -> Bool {
        switch state[edge.to] {
        case .finished: return false
        case .started:
            guard edge.type == .FF || edge.type == .SF else { return false }
            return earliestStart(edge.type, edge.lag, es[edge.from], ef[edge.from], 0) == ef[edge.to]
        case .notStarted:
            return earliestStart(edge, es[edge.from], ef[edge.from], duration[edge.to]) == es[edge.to]
        }
    }
}
