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
        let finish = scheduled.schedule.projectFinishMonth
        let late = scheduled.monthsPastTimeline
        var right = late > 0 ? words.finishChange(finish, by: late).capitalizedFirst : "\(words.finish.capitalizedFirst) \(words.monthAndYear(finish))"
        if let status = scheduled.statusDate, let planned = scheduled.plannedFinish {
            // With progress the finish is a forecast: said with the status date it rests on,
            // and against the plan, as short as the width needs (Vocabulary+Progress).
            right = [words.statusAndForecast(status: status, forecast: finish, planned: planned),
                     words.statusAndForecastShort(status: status, forecast: finish)].first { TextWidth.of($0) <= width / 2 } ?? right
        }
        let title = Self.title(scheduled.roadmap, state.language, pageName: pageName)
        if state.medium == .document {
            return document(scheduled, state, width: width, title: title + (qualifier.map { " · " + $0 } ?? ""), right: right,
                            late: late > 0, shown: shown, provenance: provenance)
        }
        var canvas = Canvas(width: width, height: 2)
        let rightWidth = TextWidth.of(right)
        let room = max(0, width - rightWidth - 1)
        var used: Int
        let suffix = qualifier.map { " · " + $0 } ?? ""
        if TextWidth.of(title + suffix) > room, let cut = Self.cutTitle(title, suffix: suffix, room: room) {
            // Short of room, the roadmap's title is cut before the page's name and the order:
            // they say what is on screen, the title is the same on every page.
            used = canvas.put(cut, x: 0, y: 0, style: .heading, limit: room)
        } else if let qualifier {
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
        let style: CellStyle = state.filter.isEmpty && scheduled.delays.isEmpty && state.scenario == nil && !scheduled.statedOnly ? .muted : .accent
        for (k, line) in filterLines(scheduled, state, shown: shown, provenance: provenance, width: width).enumerated() {
            canvas.put(line, x: 0, y: 1 + k, style: style)
        }
        return canvas
    }

    /// The header of a document: the title and the finish on the first line where both fit
    /// (the title wrapped beside the finish, or above it), then the filter line wrapped —
    /// every word of both, since nothing in a file may be cut.
    private static func document(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int, title: String, right: String, late: Bool,
                                 shown: Int?, provenance: String?) -> Canvas {
        var canvas = Canvas(width: width)
        let rightWidth = TextWidth.of(right)
        let beside = width - rightWidth - 1
        let titleLines = beside >= width / 2 ? Writer.wrap(title, to: beside) : Writer.wrap(title, to: max(1, width))
        for line in titleLines { canvas.put(line, x: 0, y: canvas.addRow(), style: .heading) }
        let finishStyle: CellStyle = late ? .warning : .muted
        if beside >= width / 2, rightWidth <= width {
            canvas.put(right, x: width - rightWidth, y: 0, style: finishStyle)
        } else {
            for line in Writer.wrap(right, to: max(1, width)) { canvas.put(line, x: 0, y: canvas.addRow(), style: finishStyle) }
        }
        let style: CellStyle = state.filter.isEmpty && scheduled.delays.isEmpty && state.scenario == nil && !scheduled.statedOnly ? .muted : .accent
        for line in Writer.wrap(filterLine(scheduled, state, shown: shown, provenance: provenance), to: max(1, width)) {
            canvas.put(line, x: 0, y: canvas.addRow(), style: style)
        }
        return canvas
    }

    /// The title cut to `room` so that its last part (" — page name") and `suffix` stay whole:
    /// the roadmap's title is what gets cut, down to a few letters, then left out. Nil when
    /// even the page's name and the suffix do not fit.
    static func cutTitle(_ title: String, suffix: String, room: Int) -> String? {
        guard let dash = title.lastIndex(of: "—") else { return nil }
        let lead = String(title[..<dash]).trimmingTrailingSpaces
        let name = String(title[title.index(after: dash)...]).drop { $0 == " " }
        let tail = " — " + name + suffix
        let leadRoom = room - TextWidth.of(tail)
        if leadRoom >= 5 { return TextWidth.truncate(lead, to: leadRoom) + tail }
        let bare = String(name) + suffix
        if TextWidth.of(bare) <= room { return bare }
        return TextWidth.of(String(name)) <= room ? String(name) : nil
    }

    /// The filter line as it fits in `width`: whole on one line when it fits; otherwise the
    /// filters, cut if need be, always followed by the count of activities shown, and on a
    /// second line what did not fit of the what-ifs and the stated-only mode — never the count
    /// cut off at the edge.
    static func filterLines(_ scheduled: ScheduledRoadmap, _ state: ViewState, shown: Int?, provenance: String? = nil, width: Int) -> [String] {
        let parts = filterParts(scheduled, state, shown: shown, provenance: provenance)
        let full = parts.filters + parts.count + parts.extras.joined()
        guard TextWidth.of(full) > width, !parts.count.isEmpty else { return [full] }
        // The extras that fit after the filters and before the count, in priority order
        // (what-ifs, stated only, inference); the others go to the second line.
        let countWidth = TextWidth.of(parts.count)
        var room = width - countWidth - min(TextWidth.of(parts.filters), max(12, width / 3))
        var kept = Set<Int>()
        for k in parts.extras.indices.reversed() where TextWidth.of(parts.extras[k]) <= room {
            kept.insert(k)
            room -= TextWidth.of(parts.extras[k])
        }
        let keptText = parts.extras.indices.filter(kept.contains).map { parts.extras[$0] }.joined()
        let filters = TextWidth.truncate(parts.filters, to: max(1, width - countWidth - TextWidth.of(keptText)))
        var lines = [filters + keptText + parts.count]
        // What rests on inference, left out, is still in the legend at the foot of the page;
        // the what-ifs and the stated-only mode are the user's own doing and stay in sight.
        let rest = parts.extras.indices.filter { !kept.contains($0) && !(provenance != nil && $0 == 0) }.map { parts.extras[$0] }.joined()
        if !rest.isEmpty {
            // " · …" or " — …": the separator that joined it to the line above starts nothing here.
            let trimmed = rest.drop { $0 == " " || $0 == "·" || $0 == "—" }
            lines.append(TextWidth.truncate(String(trimmed), to: width))
        }
        return lines
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
        let parts = filterParts(scheduled, state, shown: shown, provenance: provenance)
        return parts.filters + parts.count + parts.extras.joined()
    }

    /// The filter line's pieces: "Filters: …", " — N of M activities" (empty without a count),
    /// and the extras each with the separator before it, least important first: what rests
    /// on inference, the what-ifs, the stated-only mode.
    static func filterParts(_ scheduled: ScheduledRoadmap, _ state: ViewState, shown: Int?, provenance: String? = nil)
        -> (filters: String, count: String, extras: [String]) {
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
        if filter.behindOnly { parts.append(words.behindOnly) }
        if !filter.progress.isEmpty {
            parts.append(words.progressWord + " " + ScheduleProgress.State.allCases.filter(filter.progress.contains).map(words.progressState).joined(separator: ", "))
        }
        if let maxFloat = filter.maxFloat { parts.append((fr ? "marge ≤ " : "float ≤ ") + words.months(maxFloat)) }
        if let status = filter.status { parts.append(words.status + " " + words.status(status)) }
        if filter.criticalOnly { parts.append(words.criticalOnly) }
        if !filter.search.isEmpty {
            parts.append(words.search + (state.language == .fr ? " « \(filter.search) »" : " “\(filter.search)”"))
        }
        let filters = words.filters + words.colon + " " + (parts.isEmpty ? words.noFilter : parts.joined(separator: " · "))
        let count = shown.map { " — " + words.shown($0, of: roadmap.activities.count) } ?? ""
        var extras: [String] = []
        if let provenance { extras.append(" · " + provenance) }
        if !scheduled.delays.isEmpty || state.scenario != nil {
            extras.append(" — " + whatIfs(scheduled, state))
        }
        if scheduled.statedOnly {
            extras.append(" — " + words.statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count))
        }
        return (filters, count, extras)
    }
}

extension PageHeader {
    /// The what-ifs in force, by the activities' names, and the scenario they came from:
    /// "what-if: Cloud architecture +3 months", "scenario “Cloud slips”: Cloud architecture +3
    /// months", "what-if, scenario “Cloud slips” changed: …"; "scenario “Nothing moves”: no
    /// delay". A document names the scenario whole; the screen cuts a long one.
    static func whatIfs(_ scheduled: ScheduledRoadmap, _ state: ViewState) -> String {
        let fr = state.language == .fr
        let words = Vocabulary(state.language)
        let roadmap = scheduled.roadmap
        let delays = scheduled.delays.sorted { $0.key < $1.key }.map { index, months in
            Sanitized.text(roadmap.activities[index].name[state.language]) + " " + (months > 0 ? "+" : "") + words.months(months)
        }
        let list = delays.isEmpty ? (fr ? "aucun retard" : "no delay") : delays.joined(separator: ", ")
        guard let scenario = state.scenario else { return (fr ? "simulation : " : "what-if: ") + list }
        let shown = state.medium == .document ? Sanitized.text(scenario.name) : Sanitized.inline(scenario.name, limit: 60)
        let name = fr ? "« \(shown) »" : "“\(shown)”"
        if scenario.isExactly(scheduled.delays) { return (fr ? "scénario \(name) : " : "scenario \(name): ") + list }
        return (fr ? "simulation, scénario \(name) modifié : " : "what-if, scenario \(name) changed: ") + list
    }
}

extension String {
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The text without the spaces (Characters " ") it ends with: walked back from the end
    /// over those spaces only (reversing the whole text, Character by Character through
    /// unspecialized generics, was most of wrapping a name of 2,000 characters into a narrow
    /// column, which breaks it into hundreds of pieces).
    var trimmingTrailingSpaces: String {
        guard utf8.last == 0x20 else { return self }
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " else { break }
            end = before
        }
        return String(self[..<end])
    }
}
