import Foundation
import RoadmapModel
import RoadmapViews

/// Composes the whole screen from the explorer's state: the page header, the visible rows
/// with the cursor, the status line, the key bar, and any overlay on top. Pure, so tests can
/// read the screen as text; the terminal only copies this canvas to ncurses.
enum ScreenComposer {
    static func compose(_ explorer: Explorer, allowTooSmall: Bool = false) -> Canvas {
        let width = explorer.width, height = explorer.height
        var screen = Canvas(width: width, height: height)
        if explorer.isTooSmall && !allowTooSmall {
            // Show what fits, and below it a message asking for more room.
            var normal = explorer
            normal.resizeForDrawing(width: max(width, 1), height: max(height, 3))
            let full = compose(normal, allowTooSmall: true)
            let words = Vocabulary(explorer.state.language)
            // A question asked here (quit with what-ifs) takes the message's place.
            var question: Question?
            if case let .question(asked)? = explorer.overlay { question = asked }
            let text = question?.text(words.language) ?? words.terminalTooSmall(width: width, height: height, minimumWidth: Explorer.minimumWidth,
                                                                                minimumHeight: Explorer.minimumHeight, quit: explorer.key(.quit))
            let message = Array(TextWidth.wrap(text, to: width).prefix(height))
            let top = height - message.count
            for y in 0..<top { copy(full, row: y, to: &screen, y: y) }
            for (k, line) in message.enumerated() {
                screen.fill(" ", x: 0, y: top + k, count: width)
                screen.put(line, x: 0, y: top + k, style: .warning)
            }
            return screen
        }
        let page = explorer.page
        var y = 0
        for row in 0..<max(0, min(page.header.height, height - explorer.bottomLines)) {
            copy(page.header, row: row, to: &screen, y: y)
            y += 1
        }
        let body = page.rows(explorer.scroll..<explorer.scroll + explorer.bodyHeight)
        let search = TextFolding.fold(explorer.state.filter.search)
        for row in 0..<body.height {
            copy(body, row: row, to: &screen, y: y + row)
            SearchHighlight.mark(search, in: &screen, y: y + row)
            if explorer.selectsActivities, explorer.scroll + row == explorer.cursor, explorer.selectedActivity != nil,
               explorer.page.activity(atRow: explorer.cursor) == explorer.selectedActivity {
                markSelection(&screen, y: y + row)
            }
        }
        if explorer.showsTabStrip { drawTabStrip(explorer.state, &screen, y: height - 3) }
        drawStatus(explorer, page, &screen, y: height - 2)
        drawKeyBar(explorer.state.language, explorer.keyContexts, offers: explorer.barOffers, &screen, y: height - 1)
        if let overlay = explorer.overlay { OverlayRenderer.draw(overlay, explorer, &screen) }
        return screen
    }

    /// The column left of the names, blank on every activity row (the critical mark is left of it).
    static let selectionX = 1
    static let selectionMark = "▶"

    /// The selected row: a mark in its own column, and its label (name, role, dates) bold and
    /// underlined. Not reverse video, which turns a bar's `█` into a gap; the bar's cells are
    /// left as they are, so it reads the same selected or not.
    static func markSelection(_ screen: inout Canvas, y: Int) {
        guard screen.width > selectionX + 1 else { return }
        screen.put(selectionMark, x: selectionX, y: y, style: CellStyle(.accent, bold: true))
        let start = selectionX + 1
        let firstMark = (start..<screen.width).first { isGridMark(screen[$0, y].text) } ?? screen.width
        guard let lastText = (start..<firstMark).last(where: { !screen[$0, y].text.allSatisfy(\.isWhitespace) }) else { return }
        screen.style(x: start, y: y, count: lastText - start + 1) {
            $0.bold = true
            $0.underline = true
        }
    }

    /// A bar, float or moved-plan mark, or a grid rule: where the row's label ends.
    private static func isGridMark(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 else { return false }
        return (0x2500...0x259F).contains(scalar.value) || text == String(RoadmapPage.Mark.float)
    }

    static func copy(_ source: Canvas, row: Int, to screen: inout Canvas, y: Int) {
        guard y < screen.height else { return }
        for x in 0..<min(source.width, screen.width) { screen[x, y] = source[x, row] }
    }

    /// The message of the last action (what a what-if moved, the file exported, an error),
    /// else the selection; the position in the page on the right.
    static func drawStatus(_ explorer: Explorer, _ page: Page, _ screen: inout Canvas, y: Int) {
        let width = screen.width
        let words = Vocabulary(explorer.state.language)
        let position = page.rowCount == 0 ? "0/0" : "\(min(page.rowCount, (explorer.selectsActivities ? explorer.cursor : explorer.scroll) + 1))/\(page.rowCount)"
        let right = " " + position
        var left: String
        var style = CellStyle.muted
        // The selection's line says the whole name where the line can hold it: the file's
        // label gives way to it (the dates after it are cut as before).
        var isSelection = false
        if let message = explorer.message {
            left = message.text
            style = message.isError ? .warning : .accent
        } else if explorer.state.view == .teamGantt {
            left = explorer.selectedTeam.map { team in
                "▶ " + TeamNames.distinct(explorer.scheduled.roadmap, words.language)[team]
                    + (explorer.scheduled.teams.spans[team].map { span in
                        let s = explorer.scheduled.schedule
                        return " · \(s.month(span.earlyStart)) – \(s.lastMonth(span.earlyFinish)) · \(words.float) \(span.float)"
                    } ?? "")
            } ?? ""
            isSelection = true
        } else if let activity = statusActivity(explorer) {
            left = "▶ " + explorer.scheduled.roadmap.activities[activity].name[words.language]
                + " · " + ScheduleText.short(activity, explorer.scheduled, words)
            isSelection = true
        } else {
            left = ""
        }
        // A file that changed and no longer loads: said until a version that loads comes.
        let reloadProblem = explorer.reloadProblem(fileName: explorer.fileName ?? "roadmap.json")
        if let problem = reloadProblem {
            left = problem + (explorer.message.map { " · " + $0.text } ?? "")
            style = .warning
            isSelection = false
        }
        if let last = explorer.undoStack.last {
            // What `u` would take back: a progress entry, or a what-if.
            if case .progress = last {
                left = words.progressReminder(undo: explorer.key(.undo), write: explorer.key(.writeProgress)) + left
            } else {
                left = words.whatIfReminder(undo: explorer.key(.undo)) + left
            }
            if explorer.message == nil { style = .accent }
        }
        // Which file, and that it is a draft, stay in sight: a quarter of the line at most,
        // cut from the end. A message comes first (what happened, and the finish date): the
        // label then takes only the room the message leaves, and none below eight columns.
        let rightWidth = TextWidth.of(right)
        let room = max(0, width - rightWidth - 1)
        let label = sourceLabel(explorer)
        var sourceRoom = max(8, width / 4)
        if explorer.message != nil || reloadProblem != nil {
            sourceRoom = min(sourceRoom, room - TextWidth.of(left) - 2)
        }
        // A selected name longer than the room the file's label leaves takes that room too:
        // the name is what the reader looks for (the file is named in the title bar's place).
        if isSelection, let name = left.components(separatedBy: " · ").first, TextWidth.of(name) > room - sourceRoom - 2 { sourceRoom = 0 }
        let source = sourceRoom >= 8 ? TextWidth.truncate(label, to: sourceRoom) : ""
        let sourceWidth = TextWidth.of(source)
        let leftRoom = sourceWidth > 0 ? max(0, room - sourceWidth - 2) : room
        // An error too long for the line: its beginning over the tab strip, the rest on the
        // status line, rather than cut where the reason is.
        if style == .warning, TextWidth.of(left) > leftRoom, explorer.showsTabStrip, leftRoom > 0 {
            let (first, tail) = splitAtSpace(left, width: width)
            var rest = tail
            if TextWidth.of(rest) > leftRoom { rest = TextWidth.truncate(rest, to: leftRoom) }
            screen.fill(" ", x: 0, y: y - 1, count: width)
            screen.put(first, x: 0, y: y - 1, style: style)
            left = rest
        } else {
            left = fitStatus(left, finish: words.finish, room: leftRoom)
        }
        screen.put(left, x: 0, y: y, style: style, limit: leftRoom)
        if sourceWidth > 0 { screen.put(source, x: room - sourceWidth, y: y, style: .muted) }
        screen.put(right, x: max(0, width - rightWidth), y: y, style: .muted)
    }

    /// The longest beginning of `text` that ends at a space and fits `width` (cut at the width
    /// when no space does), and the rest.
    static func splitAtSpace(_ text: String, width: Int) -> (String, String) {
        var cut: String.Index?
        var index = text.startIndex
        while let space = text[index...].firstIndex(of: " "), TextWidth.of(String(text[..<space])) <= width {
            cut = space
            index = text.index(after: space)
        }
        if TextWidth.of(text) <= width { return (text, "") }
        guard let cut else {
            let first = TextWidth.truncate(text, to: width)
            return (first, "")
        }
        return (String(text[..<cut]), String(text[text.index(after: cut)...]))
    }

    /// The activity the status line is about: the selection on the pages with activity rows;
    /// in the dependencies view, the link under the cursor (where Enter goes).
    static func statusActivity(_ explorer: Explorer) -> Int? {
        switch explorer.state.view {
        case .roadmap, .teams: return explorer.selectedActivity
        case .dependencies: return explorer.page.activity(atRow: explorer.cursor) ?? explorer.selectedActivity
        case .strategy, .glossary, .transition, .criticalPath, .currentState, .teamGantt, .whatIfs: return nil
        }
    }

    /// The status text cut to `room` by priority: its first part (what happened) and the part
    /// that gives the finish date stay — the first cut if need be — and the parts between go,
    /// last first; the "[what-if, u undoes]" reminder goes first of all.
    static func fitStatus(_ text: String, finish: String, room: Int) -> String {
        guard TextWidth.of(text) > room else { return text }
        var text = text
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            text = String(String(text[text.index(after: end)...]).drop { $0 == " " })
            if TextWidth.of(text) <= room { return text }
        }
        var parts = text.components(separatedBy: " · ")
        guard let finishIndex = parts.lastIndex(where: { $0.lowercased().hasPrefix(finish.lowercased() + " ") }), finishIndex > 0 else {
            return text
        }
        let kept = parts[finishIndex]
        parts.remove(at: finishIndex)
        while parts.count > 1, TextWidth.of((parts + [kept]).joined(separator: " · ")) > room { parts.removeLast() }
        let tail = " · " + kept
        return TextWidth.truncate(parts[0], to: max(1, room - TextWidth.of(tail))) + tail
    }

    /// The views and their numbers, tmux-style, the current one marked: every name where they
    /// fit; else the current one's whole and the others' shortened, as far as the width needs;
    /// numbers alone only where not even three letters of each fit.
    static func drawTabStrip(_ state: ViewState, _ screen: inout Canvas, y: Int) {
        for tab in tabs(state, width: screen.width) {
            screen.put(tab.text, x: tab.x, y: y, style: tab.view == state.view ? CellStyle(.accent, bold: true) : .muted)
        }
    }

    /// Where each tab of the strip is: the one layout the drawing and a mouse click read. The
    /// views with a number key; the what-if report is a panel (w).
    static func tabs(_ state: ViewState, width: Int) -> [(view: ViewKind, x: Int, width: Int, text: String)] {
        let views = ViewKind.screens
        let names = views.map { PageBuilder.name(of: $0, state.language) }
        // The others' names cut to `room` columns (nil: whole; 0: no name, the number alone).
        func texts(_ room: Int?) -> [String] {
            views.indices.map { k in
                let current = views[k] == state.view
                let name = current || room == nil ? names[k] : room! > 0 ? TextWidth.truncate(names[k], to: room!) : ""
                let label = name.isEmpty ? "\(k + 1)" : "\(k + 1) \(name)"
                return current ? "[" + label + "]" : label
            }
        }
        func total(_ texts: [String]) -> Int { texts.map(TextWidth.of).reduce(0, +) + texts.count - 1 }
        var chosen = texts(nil)
        // Whole names where they fit two spaces apart (drawn one apart, the strip keeps room).
        if TextWidth.of(views.indices.map { "\($0 + 1) \(names[$0])" }.joined(separator: "  ")) > width {
            let longest = names.map(TextWidth.of).max() ?? 0
            chosen = texts(0)
            for room in stride(from: longest - 1, through: 3, by: -1) where total(texts(room)) <= width {
                chosen = texts(room)
                break
            }
        }
        var x = 0
        var tabs: [(view: ViewKind, x: Int, width: Int, text: String)] = []
        for (k, text) in chosen.enumerated() {
            let w = TextWidth.of(text)
            tabs.append((views[k], x, w, text))
            x += w + 1
        }
        return tabs
    }

    /// "roadmap.json · Working draft (for discussion only)": the file on screen (or the copy
    /// built into the program) and the draft status the roadmap gives itself (`meta.status`).
    static func sourceLabel(_ explorer: Explorer) -> String {
        let language = explorer.state.language
        let file = explorer.fileName.map { Sanitized.inline($0, limit: 60) }
            ?? explorer.vocabulary.builtInRoadmap
        guard let status = explorer.scheduled.roadmap.meta.status?[language], !status.isEmpty else { return file }
        return file + " · " + status
    }

    /// The keys of what has them now — the main screen, or the open overlay — htop-style: the
    /// key, then its word.
    /// `offers`: whether an action works where the keys go now (the page shown, the prompt open).
    static func drawKeyBar(_ language: Language, _ contexts: [KeyContext], offers: (ActionSpec) -> Bool = { _ in true },
                           _ screen: inout Canvas, y: Int) {
        // The way out (help and quit, close, cancel) always shows; the others in table order
        // while they fit before it.
        let pinned: Set<Action> = [.help, .quit, .close, .cancel, .no]
        // Then what a user comes for and would not guess: the what-if and the export.
        let preferred: Set<Action> = [.delay, .export]
        let items = contexts.flatMap { context in
            ActionTable.specs(in: context).filter(offers).compactMap { spec in spec.bar.map { (spec.action, barKey(spec, language), $0[language]) } }
        }
        let moreWord = Vocabulary(language).moreKeys
        // The help's room is enough for either of its words; the last item needs no space after it.
        func width(_ item: (Action, String, String)) -> Int {
            TextWidth.of(item.1) + max(TextWidth.of(item.2), item.0 == .help ? TextWidth.of(moreWord) : 0) + 1
        }
        var room = screen.width + 1
        var chosen = Set<Action>()
        for rank in [pinned, preferred] {
            for item in items where rank.contains(item.0) && width(item) <= room {
                chosen.insert(item.0)
                room -= width(item)
            }
        }
        for item in items where !chosen.contains(item.0) {
            guard width(item) <= room else { break }
            chosen.insert(item.0)
            room -= width(item)
        }
        // Some keys left out: the help's word says there are more (the help lists them all).
        let more = items.contains { !chosen.contains($0.0) }
        let shown = items.filter { chosen.contains($0.0) && !pinned.contains($0.0) }.map { item in item }
        let always = items.filter { chosen.contains($0.0) && pinned.contains($0.0) }.map { item in
            item.0 == .help && more ? (item.0, item.1, moreWord) : item
        }
        var x = 0
        for (_, key, word) in shown + always {
            x += screen.put(key, x: x, y: y, style: CellStyle(.key, bold: true, selected: true))
            x += screen.put(word + " ", x: x, y: y, style: .plain)
        }
    }

    private static func barKey(_ spec: ActionSpec, _ language: Language) -> String {
        spec.keys.first == .enter ? "⏎" : spec.keys(language).first?.name(language) ?? ""
    }
}

extension ScheduleText {
    /// One line: early dates, floats, critical.
    static func short(_ i: Int, _ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String {
        let s = scheduled.schedule
        var text = "\(s.month(s.earlyStart[i])) – \(s.lastMonth(s.earlyFinish[i])) · \(words.totalFloat) \(s.totalFloat[i])"
        if s.isCritical(i) { text += " · " + words.critical }
        if s.slip(i) > 0 { text += " · \(words.slip) +\(s.slip(i))" }
        return text
    }
}
