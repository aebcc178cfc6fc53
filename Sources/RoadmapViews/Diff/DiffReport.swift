import RoadmapModel

/// `roadmap diff` as a briefing note: the same sections in text and in Markdown, in either
/// language. Words come from `Vocabulary`; what comes from the files (ids, names) is kept apart
/// as `data` so that each format makes it safe its own way. Long lists stop at `listLimit`
/// items and say how many more there are: the JSON lists everything.
public struct DiffReport: Sendable {
    public static let listLimit = 200

    /// A piece of a line: the program's words, or text from a file.
    enum Piece: Sendable {
        case word(String)
        case data(String)
    }
    struct Item: Sendable {
        var line: [Piece]
        var details: [[Piece]] = []
    }
    struct Section: Sendable {
        var heading: String
        var items: [Item]
    }

    let title: String
    let files: [[Piece]]
    public let summary: String
    let sections: [Section]

    /// - Parameters: oldName, newName: how to name the two versions (their paths).
    public init(_ diff: RoadmapDiff, oldName: String, newName: String, language: Language) {
        let words = Vocabulary(language)
        let old = diff.old, new = diff.new
        title = words.diffTitle
        files = [[.word(words.diffOld + words.colon + " "), .data(oldName)], [.word(words.diffNew + words.colon + " "), .data(newName)]]
        let links = diff.dependencies.added.count + diff.dependencies.removed.count + diff.dependencies.changed.count
        // Progress is said apart from the plan's changes: a monthly update changes only it.
        let planChanged = diff.planChanged, progressChanged = diff.progressChanged
        summary = diff.isEmpty ? words.diffSame
            : words.diffSummary(added: diff.added.count, removed: diff.removed.count, changed: planChanged.count, links: links)
                + (progressChanged.isEmpty && diff.statusDateBefore == diff.statusDateAfter ? "" : " · " + words.diffProgressCount(progressChanged.count))
                + " · " + words.finish.capitalizedFirst + " " + Self.finishText(diff.schedule, words)

        // Everything by its name in the report's language, in the version it belongs to; an id
        // only where that version names nothing by it.
        func activity(_ scheduled: ScheduledRoadmap, _ i: Int) -> [Piece] {
            [.data(scheduled.roadmap.activities[i].name[language])]
        }
        func activityName(_ scheduled: ScheduledRoadmap, id: String) -> String {
            scheduled.activityIndex[id].map { scheduled.roadmap.activities[$0].name[language] } ?? id
        }
        func teamName(_ scheduled: ScheduledRoadmap, id: String) -> String {
            scheduled.teamIndex[id].map { scheduled.roadmap.teams[$0].name[language] } ?? id
        }
        func areaName(_ scheduled: ScheduledRoadmap, id: String) -> String {
            scheduled.areaIndex[id].map { scheduled.roadmap.areas[$0].name[language] } ?? id
        }
        // Only the items shown are made: a revision can add a hundred thousand activities.
        func limited<T>(_ all: [T], _ item: (T) -> Item) -> [Item] {
            let items = all.prefix(Self.listLimit).map(item)
            return all.count <= Self.listLimit ? items : items + [Item(line: [.word(words.diffMore(all.count - Self.listLimit))])]
        }
        func described(_ scheduled: ScheduledRoadmap, _ i: Int, sign: String) -> Item {
            let a = scheduled.roadmap.activities[i], s = scheduled.schedule
            var detail: [Piece] = [.data(areaName(scheduled, id: a.area)), .word(" · "), .data(a.roleAsPrinted), .word(" · " + words.status(a.status))]
            if let team = a.team { detail += [.word(" · "), .data(teamName(scheduled, id: team))] }
            detail.append(.word(" · " + words.planned + " \(a.start) – \(a.finish)"))
            if a.provenance.infers("start") || a.provenance.infers("finish") { detail.append(.word(" (" + words.inferred + ")")) }
            detail.append(.word(" · " + words.early + " \(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i]))"))
            if s.isCritical(i) { detail.append(.word(" · " + words.diffCritical)) }
            return Item(line: [.word(sign + " ")] + activity(scheduled, i), details: [detail])
        }

        var sections: [Section] = []
        if !diff.added.isEmpty {
            sections.append(Section(heading: "\(words.diffAdded) (\(diff.added.count))",
                                    items: limited(diff.added) { described(new, $0, sign: "+") }))
        }
        if !diff.removed.isEmpty {
            sections.append(Section(heading: "\(words.diffRemoved) (\(diff.removed.count))",
                                    items: limited(diff.removed) { described(old, $0, sign: "−") }))
        }
        if !planChanged.isEmpty {
            sections.append(Section(heading: "\(words.diffChanged) (\(planChanged.count))", items: limited(planChanged) { change in
                Item(line: [.word("~ ")] + activity(new, change.new), details: change.changes.filter { !$0.field.isProgress }.map { field in
                    // An area or a team by its name in each version.
                    func named(_ value: String, _ scheduled: ScheduledRoadmap) -> String {
                        switch field.field {
                        case .area: return areaName(scheduled, id: value)
                        case .team: return teamName(scheduled, id: value)
                        default: return value
                        }
                    }
                    var line: [Piece] = [.word(words.diffField(field.field) + words.colon + " ")]
                    line.append(field.old.map { .data(named($0, old)) } ?? .word(words.diffNone))
                    line.append(.word(" → "))
                    line.append(field.new.map { .data(named($0, new)) } ?? .word(words.diffNone))
                    if field.inferred { line.append(.word(" (" + words.inferred + ")")) }
                    return line
                })
            }))
        }
        if !progressChanged.isEmpty || diff.statusDateBefore != diff.statusDateAfter {
            var items: [Item] = []
            if diff.statusDateBefore != diff.statusDateAfter {
                let shown = { (month: Month?) in month.map { words.monthAndYear($0) } ?? words.diffNone }
                items.append(Item(line: [.word(words.statusDate.capitalizedFirst + words.colon + " " + shown(diff.statusDateBefore)
                                               + " → " + shown(diff.statusDateAfter))]))
            }
            items += limited(progressChanged) { change in
                Item(line: [.word("~ ")] + activity(new, change.new)
                     + [.word(words.colon + " " + Self.progressText(old.roadmap.activities[change.old], new.roadmap.activities[change.new], words))])
            }
            sections.append(Section(heading: "\(words.diffProgress) (\(progressChanged.count))", items: items))
        }
        if !diff.dependencies.isEmpty {
            var items: [Item] = []
            func link(_ d: Dependency, in scheduled: ScheduledRoadmap, sign: String, _ state: String) -> Item {
                var line: [Piece] = [.word(sign + " "), .data(activityName(scheduled, id: d.from)), .word(" → "), .data(activityName(scheduled, id: d.to)),
                                     .word(" · \(d.type.rawValue) (\(words.dependencyType(d.type))) · \(words.lag) \(d.lag) · \(state)")]
                if d.provenance.isInferred { line.append(.word(" · " + words.inferred)) }
                var details: [[Piece]] = []
                if let note = d.provenance.note, d.provenance.isInferred { details.append([.word(words.inferred.capitalizedFirst + words.colon + " "), .data(note[language])]) }
                return Item(line: line, details: details)
            }
            for i in diff.dependencies.added { items.append(link(new.roadmap.dependencies[i], in: new, sign: "+", words.diffDependencyAdded)) }
            for i in diff.dependencies.removed { items.append(link(old.roadmap.dependencies[i], in: old, sign: "−", words.diffDependencyRemoved)) }
            for change in diff.dependencies.changed {
                let a = old.roadmap.dependencies[change.old], b = new.roadmap.dependencies[change.new]
                var item = link(b, in: new, sign: "~", words.diffDependencyChanged)
                if a.lag != b.lag { item.details.insert([.word(words.lag + words.colon + " \(a.lag) → \(b.lag)")], at: 0) }
                if a.provenance.source != b.provenance.source {
                    let name = { (p: Provenance) in p.isInferred ? words.inferred : words.seed }
                    item.details.insert([.word(words.source + words.colon + " " + name(a.provenance) + " → " + name(b.provenance))], at: 0)
                }
                items.append(item)
            }
            sections.append(Section(heading: "\(words.diffDependencies) (\(items.count))", items: limited(items) { $0 }))
        }

        let schedule = diff.schedule
        var scheduleItems: [Item] = [Item(line: [.word(words.finish.capitalizedFirst + words.colon + " " + Self.finishText(schedule, words))])]
        var moved = Item(line: [.word("\(words.diffMoved) (\(schedule.moved.count))" + (schedule.moved.isEmpty ? words.colon + " " + words.nothing : words.colon))])
        for move in schedule.moved.prefix(Self.listLimit) {
            let b = old.schedule, a = new.schedule
            moved.details.append([.data(new.roadmap.activities[move.new].name[language]), .word(
                "  \(b.month(b.earlyStart[move.old])) – \(b.lastMonth(b.earlyFinish[move.old])) → \(a.month(a.earlyStart[move.new])) – \(a.lastMonth(a.earlyFinish[move.new]))"
                + " (\(words.diffStart) \(Self.signed(move.startDelta)), \(words.finish) \(Self.signed(move.finishDelta)))")])
        }
        if schedule.moved.count > Self.listLimit { moved.details.append([.word(words.diffMore(schedule.moved.count - Self.listLimit))]) }
        scheduleItems.append(moved)
        for (title, names) in [(words.diffNewlyCritical, schedule.newlyCritical.map { new.roadmap.activities[$0].name[language] }),
                               (words.diffNoLongerCritical, schedule.noLongerCritical.map { old.roadmap.activities[$0].name[language] })] {
            scheduleItems.append(Self.nameList(title, names, words))
        }
        var teams: [Piece] = [.word(words.diffTeamCriticalPath + words.colon + " ")]
        let teamsBefore = schedule.teamCriticalPathBefore.map { teamName(old, id: $0) }, teamsAfter = schedule.teamCriticalPathAfter.map { teamName(new, id: $0) }
        if !schedule.teamCriticalPathChanged {
            teams.append(.word(words.diffUnchanged + (teamsAfter.isEmpty ? "" : " — ")))
            teams += Self.joined(teamsAfter)
            scheduleItems.append(Item(line: teams))
        } else {
            teams += Self.joined(teamsBefore)
            teams.append(.word(" → "))
            teams += Self.joined(teamsAfter)
            var item = Item(line: teams)
            if !schedule.teamsJoined.isEmpty { item.details.append([.word(words.diffJoined + words.colon + " ")] + Self.joined(schedule.teamsJoined.map { teamName(new, id: $0) })) }
            if !schedule.teamsLeft.isEmpty { item.details.append([.word(words.diffLeft + words.colon + " ")] + Self.joined(schedule.teamsLeft.map { teamName(old, id: $0) })) }
            scheduleItems.append(item)
        }
        scheduleItems.append(Item(line: [.word(words.diffScheduleNote)]))
        sections.append(Section(heading: words.diffSchedule, items: scheduleItems))
        self.sections = sections
    }

    // MARK: - Formats

    /// The sections as plain lines, for a page to lay out: each with its depth (0 a heading,
    /// 1 an item, 2 a detail).
    public var lines: [(depth: Int, text: String)] {
        var lines: [(depth: Int, text: String)] = []
        for section in sections {
            lines.append((0, section.heading))
            for item in section.items {
                lines.append((1, Self.plain(item.line)))
                for detail in item.details { lines.append((2, Self.plain(detail))) }
            }
        }
        return lines
    }

    /// Plain text, one line per item, details indented under it.
    public var text: String {
        var lines = [title] + files.map { Self.plain($0) } + ["", summary]
        for section in sections {
            lines += ["", section.heading]
            for item in section.items {
                lines.append("  " + Self.plain(item.line))
                for detail in item.details { lines.append("      " + Self.plain(detail)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown: a title, the files, the summary, a `##` heading per section and nested lists.
    public var markdown: String {
        var lines = ["# " + title, ""] + files.map { "- " + Self.escaped($0) } + ["", summary]
        for section in sections {
            lines += ["", "## " + section.heading, ""]
            for item in section.items {
                lines.append("- " + Self.escaped(item.line))
                for detail in item.details { lines.append("  - " + Self.escaped(detail)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Pieces

    static func plain(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .word(let text): return text
            case .data(let text): return oneLine(text)
            }
        }.joined()
    }

    /// Text from a file on one line, whole: its line breaks become spaces, its controls their
    /// placeholders. Never cut — a report names things whole.
    static func oneLine(_ text: String) -> String {
        var result = ""
        for character in text { result.append("\n\r\u{2028}\u{2029}".contains(character) || character == "\r\n" ? " " : character) }
        return Sanitized.text(result)
    }

    /// The program's words are written as they are (none holds a character Markdown reads);
    /// the files' text is escaped.
    private static func escaped(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .word(let text): return text
            case .data(let text):
                // `~` is not in the cell escapes, but the `~` that marks a changed item could pair with one.
                return String(MarkdownText.cell(oneLine(text)).flatMap { $0 == "~" ? ["\\", "~"] : [$0] })
            }
        }.joined()
    }

    /// Names in order, a semicolon between them (a name may hold a comma).
    private static func joined(_ names: [String]) -> [Piece] {
        var pieces: [Piece] = []
        for (k, name) in names.enumerated() {
            if k > 0 { pieces.append(.word("; ")) }
            pieces.append(.data(name))
        }
        return pieces
    }

    private static func nameList(_ title: String, _ names: [String], _ words: Vocabulary) -> Item {
        var line: [Piece] = [.word("\(title) (\(names.count))" + words.colon + " ")]
        if names.isEmpty { line.append(.word(words.nothing)) }
        // Names hold commas: a semicolon between them.
        for (k, name) in names.prefix(listLimit).enumerated() {
            if k > 0 { line.append(.word(words.semicolon + " ")) }
            line.append(.data(name))
        }
        if names.count > listLimit { line.append(.word(" " + words.diffMore(names.count - listLimit))) }
        return Item(line: line)
    }

    /// "Jun 2018, 3 months later than in the old version", as every change of finish is said.
    static func finishText(_ schedule: RoadmapDiff.ScheduleDifference, _ words: Vocabulary) -> String {
        String(words.finishChange(schedule.finishAfter, by: schedule.finishDelta, than: .oldVersion).drop { $0 != " " }.dropFirst())
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

    /// "40 % → 65 %, started 2016-10": the percentage (nothing reported reads 0 %), then each
    /// actual month that changed.
    public static func progressText(_ a: Activity, _ b: Activity, _ words: Vocabulary) -> String {
        let before = a.percentComplete ?? 0, after = b.percentComplete ?? 0
        var parts = [before == after ? words.percent(after) : words.percent(before) + " → " + words.percent(after)]
        func month(_ old: Month?, _ new: Month?, _ done: String, _ removed: String) {
            guard old != new else { return }
            switch (old, new) {
            case let (nil, n?): parts.append("\(done) \(n)")
            case let (o?, n?): parts.append("\(done) \(n) (\(words.diffWas) \(o))")
            case let (o?, nil): parts.append("\(removed) (\(words.diffWas) \(o))")
            case (nil, nil): break
            }
        }
        month(a.actualStart, b.actualStart, words.diffStarted, words.diffStartRemoved)
        month(a.actualFinish, b.actualFinish, words.diffFinished, words.diffFinishRemoved)
        return parts.joined(separator: ", ")
    }
}
