import RoadmapModel

/// What one dependency becomes in a TaskJuggler project. TaskJuggler has two links — a task
/// starts after another ends (`depends P`) or after it starts (`depends P { onstart }`) — each
/// with a gap that cannot be negative; a roadmap has four types, and leads.
///
/// Every link comes down to "the successor starts no earlier than the predecessor's start plus
/// `a` months", a duration being fixed: FS a = d(p) + lag, SS a = lag, FF a = d(p) + lag − d(s),
/// SF a = lag − d(s). TaskJuggler says that as an end-to-start link with a gap of a − d(p)
/// when a ≥ d(p), as a start-to-start link with a gap of a when a ≥ 0, and otherwise not as a
/// link at all: the link is then a start bound, the month it allows by the predecessor's early
/// dates. FS and SS with a lag of 0 or more are said as they are; the others are written in the
/// nearest form, with a comment in the file and a warning.
struct TaskJugglerLink {
    enum Form: Equatable {
        /// `depends P` (after its end) or `depends P { onstart }`, with a gap in months.
        case depends(afterEnd: Bool, gap: Int)
        /// Not before this month (an offset from the timeline's start).
        case bound(Int)
    }

    /// The graph edge.
    let edge: Int
    let form: Form
    /// Whether TaskJuggler states the link itself (FS or SS, lag 0 or more).
    let isExact: Bool
    /// Whether its predecessor is outside the view (so the link is a bound, and said so).
    let predecessorHidden: Bool

    init(edge k: Int, _ scheduled: ScheduledRoadmap, shown: [Bool]) {
        let schedule = scheduled.schedule
        let edge = scheduled.graph.edges[k]
        let p = edge.from, s = edge.to
        let dp = schedule.duration[p], ds = schedule.duration[s]
        let a: Int
        switch edge.type {
        case .FS: a = dp + edge.lag
        case .SS: a = edge.lag
        case .FF: a = dp + edge.lag - ds
        case .SF: a = edge.lag - ds
        }
        self.edge = k
        predecessorHidden = !shown[p]
        isExact = (edge.type == .FS || edge.type == .SS) && edge.lag >= 0
        if predecessorHidden {
            form = .bound(schedule.earlyStart[p] + a)
        } else if isExact {
            form = .depends(afterEnd: edge.type == .FS, gap: edge.lag)
        } else if a >= dp {
            form = .depends(afterEnd: true, gap: a - dp)
        } else if a >= 0 {
            form = .depends(afterEnd: false, gap: a)
        } else {
            form = .bound(schedule.earlyStart[p] + a)
        }
    }

    /// The link in the roadmap's terms: "FF +2", "SS −1", "FS".
    static func typeAndLag(_ edge: DependencyGraph.Edge) -> String {
        edge.lag == 0 ? edge.type.rawValue : "\(edge.type.rawValue) \(edge.lag > 0 ? "+" : "−")\(abs(edge.lag))"
    }

    /// Why a link is not written as itself, and how it is: the file's comment (in the view's
    /// language) and the warning (in English, as the command's messages are), each naming the
    /// predecessor and, for the warning, the successor too.
    func explanation(_ scheduled: ScheduledRoadmap, language: Language) -> (comment: String, warning: String)? {
        guard !isExact || predecessorHidden else { return nil }
        let edge = scheduled.graph.edges[self.edge]
        let roadmap = scheduled.roadmap
        let p = roadmap.activities[edge.from], s = roadmap.activities[edge.to]
        let link = Self.typeAndLag(edge)
        let schedule = scheduled.schedule
        func reason(_ fr: Bool) -> String {
            if predecessorHidden {
                return fr ? "son prédécesseur n’est pas dans cette vue" : "its predecessor is not in this view"
            }
            if edge.type == .FF || edge.type == .SF {
                let kind = edge.type == .FF ? (fr ? "fin à fin" : "finish-to-finish") : (fr ? "début à fin" : "start-to-finish")
                return fr ? "TaskJuggler n’a pas de lien \(kind)" : "TaskJuggler has no \(kind) link"
            }
            return fr ? "TaskJuggler n’a pas de délai négatif" : "TaskJuggler has no negative gap"
        }
        func written(_ fr: Bool) -> String {
            switch form {
            case .depends(let afterEnd, let gap):
                let kind = afterEnd ? (fr ? "fin à début" : "finish-to-start") : (fr ? "début à début" : "start-to-start")
                let months = fr ? "\(gap) mois" : "\(gap) month\(gap == 1 ? "" : "s")"
                return fr ? "écrit comme un lien \(kind) +\(months), le même tant que les durées restent"
                    : "written as \(kind) +\(months), the same while the durations hold"
            case .bound(let offset):
                let month = schedule.month(offset)
                return fr ? "écrit comme une borne de début : pas avant \(month), ce que le lien permet d’après les dates au plus tôt du prédécesseur"
                    : "written as a start bound: not before \(month), what the link allows by the predecessor's early dates"
            }
        }
        let name = Sanitized.inline(p.name[language], limit: .max)
        let comment = language == .fr
            ? "\(link) depuis « \(name) » : \(reason(true)) ; \(written(true))"
            : "\(link) from “\(name)”: \(reason(false)); \(written(false))"
        let warning = "the \(link) link from \(p.id) (“\(Sanitized.inline(p.name[language], limit: 60))”) to \(s.id) (“\(Sanitized.inline(s.name[language], limit: 60))”): \(reason(false)); \(written(false))"
        return (comment, warning)
    }
}
