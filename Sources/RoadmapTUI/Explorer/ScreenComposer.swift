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
            let text = question?.text(words.language) ?? (words.language == .fr
                ? "Terminal trop petit (\(width)×\(height)) : il faut au moins \(Explorer.minimumWidth)×\(Explorer.minimumHeight). q pour quitter."
                : "Terminal too small (\(width)×\(height)): needs at least \(Explorer.minimumWidth)×\(Explorer.minimumHeight). q to quit.")
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
        for row in 0..<max(0, min(page.header.height, height - 2)) {
            copy(page.header, row: row, to: &screen, y: y)
            y += 1
        }
        let body = page.rows(explorer.scroll..<explorer.scroll + explorer.bodyHeight)
        for row in 0..<body.height {
            copy(body, row: row, to: &screen, y: y + row)
            if explorer.selectsActivities, explorer.scroll + row == explorer.cursor {
                screen.style(x: 0, y: y + row, count: width) { $0.selected = true }
            }
        }
        drawStatus(explorer, page, &screen, y: height - 2)
        drawKeyBar(explorer.state.language, explorer.keyContexts, &screen, y: height - 1)
        if let overlay = explorer.overlay { OverlayRenderer.draw(overlay, explorer, &screen) }
        return screen
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
        if let message = explorer.message {
            left = message.text
            style = message.isError ? .warning : .accent
        } else if explorer.state.view == .teamGantt {
            left = explorer.selectedTeam.map { team in
                "▶ " + explorer.scheduled.roadmap.teams[team].name[words.language]
                    + (explorer.scheduled.teams.spans[team].map { span in
                        let s = explorer.scheduled.schedule
                        return " · \(s.month(span.earlyStart)) – \(s.lastMonth(span.earlyFinish)) · \(words.float) \(span.float)"
                    } ?? "")
            } ?? ""
        } else if let activity = explorer.selectedActivity, explorer.state.view != .strategy, explorer.state.view != .glossary, explorer.state.view != .transition,
                  explorer.state.view != .criticalPath, explorer.state.view != .currentState {
            left = "▶ " + explorer.scheduled.roadmap.activities[activity].name[words.language]
                + " · " + ScheduleText.short(activity, explorer.scheduled, words)
        } else {
            left = ""
        }
        if !explorer.undoStack.isEmpty {
            left = (words.language == .fr ? "[simulation, u annule] " : "[what-if, u undoes] ") + left
            if explorer.message == nil { style = .accent }
        }
        let rightWidth = TextWidth.of(right)
        screen.put(left, x: 0, y: y, style: style, limit: max(0, width - rightWidth - 1))
        screen.put(right, x: max(0, width - rightWidth), y: y, style: .muted)
    }

    /// The keys of what has them now — the main screen, or the open overlay — htop-style: the
    /// key, then its word.
    static func drawKeyBar(_ language: Language, _ contexts: [KeyContext], _ screen: inout Canvas, y: Int) {
        // The way out (help and quit, close, cancel) always shows; the others in table order
        // while they fit before it.
        let pinned: Set<Action> = [.help, .quit, .close, .cancel, .no]
        let items = contexts.flatMap { context in
            ActionTable.specs(in: context).compactMap { spec in spec.bar.map { (spec.action, barKey(spec), $0[language]) } }
        }
        func width(_ item: (Action, String, String)) -> Int { TextWidth.of(item.1) + TextWidth.of(item.2) + 1 }
        let always = items.filter { pinned.contains($0.0) }
        var room = screen.width - always.map(width).reduce(0, +)
        var shown: [(Action, String, String)] = []
        for item in items where !pinned.contains(item.0) {
            guard width(item) <= room else { break }
            shown.append(item)
            room -= width(item)
        }
        var x = 0
        for (_, key, word) in shown + always {
            x += screen.put(key, x: x, y: y, style: CellStyle(.key, bold: true, selected: true))
            x += screen.put(word + " ", x: x, y: y, style: .plain)
        }
    }

    private static func barKey(_ spec: ActionSpec) -> String {
        spec.keys.first == .enter ? "⏎" : spec.keys.first?.name ?? ""
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
