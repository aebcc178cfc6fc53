import RoadmapModel

/// The tables of a view's activities, area by area, as the HTML and Markdown exports write
/// them: the pieces to write in order (an area's head, its rows with their notes' numbers, its
/// end), and what the legend and the notes need to know of the rows before them (whether any
/// is inferred, critical or entered by hand; how many notes there are).
///
/// What each row needs is found on every processor for a large view (a pass on one processor
/// was a twentieth of the HTML export of 20,000 activities), then the notes numbered in order.
struct ActivityTables {
    /// A piece of the tables: an area's heading and table head, an activity's row with its
    /// note's number, or the end of an area's table.
    enum Part: Sendable {
        case head(Int, count: Int)
        case row(Int, note: Int?)
        case end
    }

    let parts: [Part]
    let notes: Int
    let anyInferred: Bool
    let anyCritical: Bool
    let entered: Bool

    /// `entered`: whether a row's progress was entered by hand, as the export says it.
    init(_ scheduled: ScheduledRoadmap, byArea: [[Int]], areaOrder: [Int], _ language: Language, _ words: Vocabulary,
         entered isEntered: @escaping @Sendable (ActivityRow) -> Bool) {
        let ordered = areaOrder.flatMap { byArea[$0] }
        let facts = ParallelRows.map(count: ordered.count) { k in
            let row = ActivityRow.make(ordered[k], scheduled, language, words)
            return (inferred: row.provenance.isInferred, critical: row.critical, noted: ProvenanceText.needsNote(row.provenance),
                    entered: isEntered(row))
        }
        var notes = 0, anyInferred = false, anyCritical = false, entered = false
        var parts: [Part] = []
        parts.reserveCapacity(ordered.count + 2 * areaOrder.count)
        var k = 0
        for area in areaOrder where !byArea[area].isEmpty {
            parts.append(.head(area, count: byArea[area].count))
            for i in byArea[area] {
                let fact = facts[k]
                k += 1
                anyInferred = anyInferred || fact.inferred
                anyCritical = anyCritical || fact.critical
                entered = entered || fact.entered
                var note: Int?
                if fact.noted {
                    notes += 1
                    note = notes
                }
                parts.append(.row(i, note: note))
            }
            parts.append(.end)
        }
        (self.parts, self.notes, self.anyInferred, self.anyCritical, self.entered) = (parts, notes, anyInferred, anyCritical, entered)
    }
}
