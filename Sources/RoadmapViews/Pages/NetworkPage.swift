import RoadmapModel

/// The whole dependency network, one row per link: predecessor → successor, its type and lag,
/// whether it binds, and whether the seed states it or it is inferred. The same links as the
/// dependencies view's exports without an activity (every link, or with filters those between
/// two activities the filters keep). Rows are drawn on demand, so a network of a hundred
/// thousand links costs only the rows on screen.
public enum NetworkPage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let words = Vocabulary(state.language)
        let fr = state.language == .fr
        var overall = state
        overall.selectedActivity = nil
        let edges = LinksExport.links(ExportInput(scheduled: scheduled, state: overall, width: width)).edges
        let qualifier = (fr ? "tout le réseau · " : "whole network · ") + (fr ? "\(edges.count) lien\(edges.count > 1 ? "s" : "")" : "\(edges.count) link\(edges.count == 1 ? "" : "s")")
        var header = PageHeader.make(scheduled, state, width: width, pageName: words.dependenciesView, qualifier: qualifier)
        let y = header.addRow()
        header.put(fr ? "Prédécesseur → successeur · type · décalage · détermine la date · source ; ◆ entre deux activités critiques ; Entrée : les liens du prédécesseur"
                      : "Predecessor → successor · type · lag · binds · source; ◆ between two critical activities; Enter: the predecessor’s links",
                   x: 0, y: y, style: .muted)
        header.fill("─", x: 0, y: header.addRow(), count: width, style: .muted)
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let language = state.language
        let empty = edges.isEmpty
        // The facts in one column at the right, as wide as the widest of the first links (the
        // words are few: type and lag, binds, the source, the reading), so the names line up.
        @Sendable func factsText(_ k: Int) -> String {
            let edge = scheduled.graph.edges[k]
            var facts = [LinksExport.typeAndLag(edge)]
            if schedule.binding[k] { facts.append(words.binds) }
            if !schedule.counts(k) { facts.append(words.leftOut) }
            let dependency = roadmap.dependencies[edge.dependencyIndex]
            facts.append(dependency.provenance.isInferred ? words.inferred : words.fromSeed)
            if let strength = dependency.strength { facts.append(words.reading(strength)) }
            return facts.joined(separator: " · ")
        }
        let factsWidth = min(width / 2, edges.prefix(2000).map { TextWidth.of(factsText($0)) }.max() ?? 0)
        return Page(width: width, header: header, rowCount: max(1, edges.count), drawRow: { row, canvas, y in
            guard !empty else {
                canvas.put(words.nothing, x: 2, y: y, style: .muted)
                return
            }
            let k = edges[row]
            let edge = scheduled.graph.edges[k]
            let right = "  " + factsText(k)
            let room = max(8, width - factsWidth - 4)
            let each = max(3, (room - 3) / 2)
            let critical = schedule.isCritical(edge.from) && schedule.isCritical(edge.to)
            if critical { canvas.put(String(RoadmapPage.Mark.critical), x: 0, y: y, style: CellStyle(.critical, bold: true)) }
            var x = 2
            x += canvas.put(TextWidth.pad(roadmap.activities[edge.from].name[language], to: each), x: x, y: y,
                            style: CellStyle(critical ? .critical : .plain), limit: each)
            x += canvas.put(" → ", x: x, y: y, style: .muted)
            x += canvas.put(TextWidth.pad(roadmap.activities[edge.to].name[language], to: each), x: x, y: y,
                            style: CellStyle(critical ? .critical : .plain), limit: each)
            canvas.put(right, x: x, y: y, style: schedule.binding[k] ? .accent : .muted)
        }, activityForRow: { row in empty ? nil : scheduled.graph.edges[edges[row]].from })
    }
}
