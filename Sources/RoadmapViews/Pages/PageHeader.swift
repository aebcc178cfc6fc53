import RoadmapModel

/// The two lines on top of every page: the roadmap's title with the page's name and the finish
/// date, then the active filters (always visible, so nobody reads a filtered view as the whole).
enum PageHeader {
    /// `qualifier` follows the title after a dot: how the page is arranged (its row order).
    /// `provenance`, when given, follows the count on the filter line: how much of what is
    /// shown rests on inference.
    static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, pageName: String, shown: Int? = nil,
                     qualifier: String? = nil, provenance: String? = nil) -> Canvas {
        let words = Vocabulary(state.language)
        var canvas = Canvas(width: width, height: 2)
        let finish = scheduled.schedule.projectFinishMonth
        var right = "\(words.finish.capitalizedFirst) \(words.monthAndYear(finish))"
        let late = scheduled.monthsPastTimeline
        if late > 0 { right += " (+\(words.months(late)))" }
        let rightWidth = TextWidth.of(right)
        let title = Self.title(scheduled.roadmap, state.language, pageName: pageName)
        let room = max(0, width - rightWidth - 1)
        var used: Int
        if let qualifier {
            // The qualifier says how the rows are arranged: where room is short, the title is
            // what gets cut, as long as the title keeps a third of the room.
            let suffix = " · " + qualifier
            let suffixWidth = TextWidth.of(suffix)
            if TextWidth.of(title) + suffixWidth > room, suffixWidth <= room * 2 / 3 {
                used = canvas.put(title, x: 0, y: 0, style: .heading, limit: room - suffixWidth)
                used += canvas.put(suffix, x: used, y: 0, style: .heading, limit: room - used)
            } else {
                used = canvas.put(title + suffix, x: 0, y: 0, style: .heading, limit: room)
            }
        } else {
            used = canvas.put(title, x: 0, y: 0, style: .heading, limit: room)
        }
        if used + 1 + rightWidth <= width {
            canvas.put(right, x: width - rightWidth, y: 0, style: late > 0 ? .warning : .muted)
        }
        canvas.put(filterLine(scheduled, state, shown: shown, provenance: provenance), x: 0, y: 1,
                   style: state.filter.isEmpty && scheduled.delays.isEmpty && !scheduled.statedOnly ? .muted : .accent)
        return canvas
    }

    /// The roadmap's title and the page's name, the name left out when the title already ends
    /// with it: the shipped roadmap is titled "… — Roadmap", which is also the grid's name.
    static func title(_ roadmap: Roadmap, _ language: Language, pageName: String) -> String {
        let title = roadmap.meta.title[language]
        guard !title.isEmpty else { return pageName }
        let last = title.split(separator: "—", omittingEmptySubsequences: false).last ?? Substring(title)
        let trimmed = last.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        if TextFolding.fold(String(trimmed)) == TextFolding.fold(pageName) { return title }
        return title + " — " + pageName
    }

    /// "Filters: role CE, Pr · area … — 3 of 31 activities", what rests on inference when
    /// `provenance` says, the what-if delays in force, and whether the schedule leaves the
    /// inferred dependencies out.
    static func filterLine(_ scheduled: ScheduledRoadmap, _ state: ViewState, shown: Int?, provenance: String? = nil) -> String {
        let words = Vocabulary(state.language)
        let roadmap = scheduled.roadmap
        let filter = state.filter
        var parts: [String] = []
        if !filter.roles.isEmpty {
            parts.append(words.role + " " + roadmap.roles.map(\.id).filter(filter.roles.contains).joined(separator: ", "))
        }
        if !filter.areas.isEmpty {
            parts.append(words.area + " " + roadmap.areas.filter { filter.areas.contains($0.id) }.map { $0.name[state.language] }.joined(separator: ", "))
        }
        if !filter.teams.isEmpty {
            parts.append(words.team + " " + roadmap.teams.filter { filter.teams.contains($0.id) }.map { $0.name[state.language] }.joined(separator: ", "))
        }
        let fr = state.language == .fr
        if !filter.periods.isEmpty {
            parts.append((fr ? "période " : "period ") + roadmap.meta.periods.filter { filter.periods.contains($0.id) }.map { $0.label[state.language] }.joined(separator: ", "))
        }
        if !filter.subcommittees.isEmpty {
            parts.append((fr ? "sous-comité " : "sub-committee ")
                         + roadmap.subcommittees.filter { filter.subcommittees.contains($0.id) }.map { $0.name[state.language] }.joined(separator: ", "))
        }
        if filter.slippingOnly { parts.append(fr ? "qui glissent" : "slipping") }
        if let maxFloat = filter.maxFloat { parts.append((fr ? "marge ≤ " : "float ≤ ") + words.months(maxFloat)) }
        if let status = filter.status { parts.append(words.status + " " + words.status(status)) }
        if filter.criticalOnly { parts.append(words.criticalOnly) }
        if !filter.search.isEmpty {
            parts.append(words.search + (state.language == .fr ? " « \(filter.search) »" : " “\(filter.search)”"))
        }
        var line = words.filters + words.colon + " " + (parts.isEmpty ? words.noFilter : parts.joined(separator: " · "))
        if let shown { line += " — " + words.shown(shown, of: roadmap.activities.count) }
        if let provenance { line += " · " + provenance }
        if !scheduled.delays.isEmpty {
            let delays = scheduled.delays.sorted { $0.key < $1.key }.map { index, months in
                roadmap.activities[index].id + (months > 0 ? " +\(months)" : " \(months)")
            }
            line += state.language == .fr ? " — simulation : " : " — what-if: "
            line += delays.joined(separator: ", ")
        }
        if scheduled.statedOnly {
            line += " — " + words.statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count)
        }
        return line
    }
}

extension String {
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
