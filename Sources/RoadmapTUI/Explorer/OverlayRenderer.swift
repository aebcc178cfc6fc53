import RoadmapModel
import RoadmapViews

/// Draws the overlays — help, activity details, pickers, prompts, questions — over the page,
/// where OverlayLayout puts them.
enum OverlayRenderer {
    static func draw(_ overlay: Overlay, _ explorer: Explorer, _ screen: inout Canvas) {
        let language = explorer.state.language
        if let box = explorer.box(for: overlay) {
            let scrollBox = self.scrollBox(overlay)
            let needle = TextFolding.fold(scrollBox?.needle ?? "")
            func marked(_ canvas: Canvas) -> Canvas {
                var canvas = canvas
                for y in 0..<canvas.height { SearchHighlight.mark(needle, in: &canvas, y: y) }
                return canvas
            }
            let scroll = scrollBox?.scroll ?? 0
            switch box.content {
            case let .lines(lines): draw(marked(canvas(lines, width: box.frame.innerWidth)), in: box.frame, title: box.title, scroll: scroll, &screen)
            case let .canvas(canvas): draw(marked(canvas), in: box.frame, title: box.title, scroll: scroll, &screen)
            case let .page(page): draw(page, in: box.frame, title: box.title, scroll: scroll, &screen)
            }
            if let scrollBox { drawBoxSearch(scrollBox, Vocabulary(language), &screen) }
            return
        }
        switch overlay {
        case .help, .details, .team, .whatIfs:
            break  // boxes, drawn above
        case let .picker(picker):
            drawPicker(picker, language, &screen)
        case let .prompt(prompt):
            drawPrompt(prompt, prompt.view ?? explorer.state.view, language, &screen)
        case let .question(question):
            let y = screen.height - 2
            let style = CellStyle(.warning, bold: true, selected: true)
            screen.fill(" ", x: 0, y: y, count: screen.width, style: style)
            screen.put(question.text(language), x: 0, y: y, style: style)
        }
    }

    /// The scroll and search of a box.
    private static func scrollBox(_ overlay: Overlay) -> ScrollBox? {
        switch overlay {
        case let .help(box), let .details(_, box), let .team(_, box), let .whatIfs(box): return box
        case .picker, .prompt, .question: return nil
        }
    }

    /// The box's search line on the status line while it is typed; "no match" when the last
    /// search or `n` found nothing.
    private static func drawBoxSearch(_ box: ScrollBox, _ words: Vocabulary, _ screen: inout Canvas) {
        let y = screen.height - 2
        if let finder = box.finder {
            let style = CellStyle(.accent, selected: true)
            screen.fill(" ", x: 0, y: y, count: screen.width, style: style)
            let used = screen.put(words.searchBox, x: 0, y: y, style: CellStyle(.accent, bold: true, selected: true))
            let (before, after) = visibleText(finder, room: screen.width - used - 1)
            var x = used + screen.put(before, x: used, y: y, style: style)
            x += screen.put("▏", x: x, y: y, style: CellStyle(.accent, bold: true, selected: true))
            screen.put(after, x: x, y: y, style: style)
        }
        if box.missed {
            let line = box.finder == nil ? y : y - 1
            screen.fill(" ", x: 0, y: line, count: screen.width, style: .warning)
            screen.put(words.noMatch, x: 0, y: line, style: .warning)
        }
    }

    // MARK: - Picker

    private static func drawPicker(_ picker: Picker, _ language: Language, _ screen: inout Canvas) {
        let fr = language == .fr
        let (frame, rows) = OverlayLayout.picker(picker, screenWidth: screen.width, screenHeight: screen.height)
        var lines: [(String, CellStyle)] = []
        if picker.fixedLines == 3 {
            let label = fr ? "Filtre : " : "Filter: "
            let text = picker.isFiltering ? picker.filter.beforeCursor + "▏" + picker.filter.afterCursor : picker.filter.text
            lines.append((label + text, picker.isFiltering ? CellStyle(.accent, bold: true) : .muted))
        }
        let list = picker.rows
        let top = picker.top(rows: rows)
        if picker.shown.isEmpty {
            lines.append((fr ? "(aucun choix ne correspond)" : "(no choice matches)", .muted))
        }
        for row in list[min(top, list.count)..<min(list.count, top + rows)] {
            guard case let .choice(k) = row else {
                if case let .heading(name) = row { lines.append((name[language], CellStyle(.heading, bold: true))) }
                continue
            }
            let choice = picker.choices[picker.shown[k]]
            // The cursor is a mark as well as reverse video, so that it shows without
            // attributes too (a monochrome terminal, a screen reader, a copy of the screen).
            let mark = (k == picker.cursor ? "▶ " : "  ") + (picker.checked.contains(choice.id) ? "[x] " : "[ ] ")
            lines.append((mark + choice.label[language] + (choice.note.map { " · " + $0[language] } ?? ""),
                          k == picker.cursor ? CellStyle(.accent, bold: true, selected: true) : .plain))
        }
        while lines.count < frame.innerHeight - 2 { lines.append(("", .plain)) }
        lines.append(("", .plain))
        let ticked = picker.checked.count, total = picker.choices.count
        var footer = fr ? "\(ticked) coché\(ticked > 1 ? "s" : "") sur \(total)" : "\(ticked) of \(total) ticked"
        if picker.shown.count < total {
            footer += fr ? " · \(picker.shown.count) affiché\(picker.shown.count > 1 ? "s" : "")" : " · \(picker.shown.count) shown"
        }
        if ticked == 0 { footer += fr ? " · Entrée sans coche : plus de filtre" : " · Enter with none ticked: no filter" }
        lines.append((footer, .muted))
        let title: String
        switch picker.kind {
        case .roles: title = fr ? "Rôles" : "Roles"
        case .areas: title = fr ? "Domaines d’intérêt" : "Areas of interest"
        case .teams: title = fr ? "Équipes spéciales" : "Task teams"
        case .periods: title = fr ? "Périodes" : "Periods"
        case .subcommittees: title = fr ? "Sous-comités" : "Sub-committees"
        case .progress: title = fr ? "Avancement" : "Progress"
        }
        draw(canvas(lines, width: frame.innerWidth), in: frame, title: title, scroll: 0, &screen)
        if list.count > rows {
            // Where the list is, on the frame, as the other boxes say how far they scrolled.
            let more = "\(min(list.count, top + rows))/\(list.count)"
            screen.put(" \(more) ", x: frame.left + frame.width - TextWidth.of(more) - 4, y: frame.top + frame.height - 1, style: .muted)
        }
    }

    // MARK: - Prompt

    /// The prompt on the status line, the cursor as `▏` where the typing happens; above it, why
    /// the last Enter was refused, or the file names a second Tab listed.
    private static func drawPrompt(_ prompt: Prompt, _ view: ViewKind, _ language: Language, _ screen: inout Canvas) {
        let fr = language == .fr
        let label: String
        switch prompt.kind {
        case .search: label = fr ? "Rechercher : " : "Search: "
        case .export:
            // The extensions this view exports to, and only those.
            let extensions = Exporter.formats(of: view).map { "." + $0.fileExtension }.joined(separator: " ")
            label = fr ? "Exporter vers (\(extensions)) : " : "Export to (\(extensions)): "
        case .saveScenario:
            label = fr ? "Enregistrer le scénario (nom, ou fichier .json) : " : "Save the scenario as (a name, or a .json file): "
        case .progress, .statusDate:
            label = prompt.label ?? ""
        case .writeElsewhere:
            label = prompt.label ?? (fr ? "Écrire la feuille de route avec l’avancement dans (.json) : " : "Write the roadmap with the progress to (.json): ")
        }
        let y = screen.height - 2
        let style = CellStyle(.accent, selected: true)
        screen.fill(" ", x: 0, y: y, count: screen.width, style: style)
        let used = screen.put(label, x: 0, y: y, style: CellStyle(.accent, bold: true, selected: true))
        let (before, after) = visibleText(prompt.editor, room: screen.width - used - 1)
        var x = used + screen.put(before, x: used, y: y, style: style)
        x += screen.put("▏", x: x, y: y, style: CellStyle(.accent, bold: true, selected: true))
        screen.put(after, x: x, y: y, style: style)

        var above = y
        if let note = prompt.note {
            above -= 1
            screen.fill(" ", x: 0, y: above, count: screen.width, style: .warning)
            screen.put(note, x: 0, y: above, style: .warning)
        }
        if !prompt.choices.isEmpty { drawChoices(prompt.choices, language, bottom: above, &screen) }
    }

    /// The text on either side of the cursor that fits in `room` columns: the cursor always
    /// shows, with as much as fits of what is before it, then of what is after.
    static func visibleText(_ editor: LineEditor, room: Int) -> (before: String, after: String) {
        var before = editor.beforeCursor
        let after = editor.afterCursor
        guard room > 0 else { return ("", "") }
        if TextWidth.of(before) + TextWidth.of(after) <= room { return (before, after) }
        // Keep a little of what follows the cursor in sight, if there is any.
        let keepAfter = min(TextWidth.of(after), room / 4)
        while TextWidth.of(before) > room - keepAfter, !before.isEmpty { before.removeFirst() }
        let rest = room - TextWidth.of(before)
        return (before, TextWidth.of(after) <= rest ? after : TextWidth.truncate(after, to: rest))
    }

    /// The file names that fit, in columns, above `bottom` (as a shell lists them).
    private static func drawChoices(_ choices: [String], _ language: Language, bottom: Int, _ screen: inout Canvas) {
        let columnWidth = min(screen.width, (choices.map { TextWidth.of(Sanitized.text($0)) }.max() ?? 1) + 2)
        let columns = max(1, screen.width / max(1, columnWidth))
        let neededRows = (choices.count + columns - 1) / columns
        let maxRows = max(1, bottom - 2)
        let rows = min(neededRows, maxRows)
        let shown = neededRows > rows ? (rows - 1) * columns : choices.count
        let top = bottom - rows
        for y in top..<bottom { screen.fill(" ", x: 0, y: y, count: screen.width, style: .plain) }
        for (k, name) in choices.prefix(shown).enumerated() {
            screen.put(name, x: (k / rows) * columnWidth, y: top + k % rows, style: name.hasSuffix("/") ? CellStyle(.accent, bold: true) : .plain,
                       limit: columnWidth - 1)
        }
        if shown < choices.count {
            let more = choices.count - shown
            screen.put(language == .fr ? "… et \(more) de plus" : "… and \(more) more", x: 0, y: bottom - 1, style: .muted)
        }
    }

    // MARK: - Boxes

    static func canvas(_ lines: [(String, CellStyle)], width: Int) -> Canvas {
        var canvas = Canvas(width: max(1, width))
        for (text, style) in lines {
            let y = canvas.addRow()
            canvas.put(text, x: 0, y: y, style: style)
            if style.selected { canvas.style(x: 0, y: y, count: canvas.width) { $0.selected = true } }
        }
        return canvas
    }

    /// A framed box holding a page (header, then rows) from its line `scroll` on: only the
    /// lines in the frame are drawn.
    static func draw(_ page: Page, in frame: BoxFrame, title: String, scroll: Int, _ screen: inout Canvas) {
        let total = page.header.height + page.rowCount
        let first = max(0, min(scroll, total - frame.innerHeight))
        var window = Canvas(width: page.width, height: min(frame.innerHeight, total - first))
        let rows = page.rows(max(0, first - page.header.height)..<max(0, first + frame.innerHeight - page.header.height))
        for y in 0..<window.height {
            let line = first + y
            if line < page.header.height {
                for x in 0..<page.width { window[x, y] = page.header[x, line] }
            } else {
                let row = line - page.header.height - max(0, first - page.header.height)
                for x in 0..<page.width where row < rows.height { window[x, y] = rows[x, row] }
            }
        }
        draw(window, in: frame, title: title, scroll: 0, &screen)
        if total > frame.innerHeight {
            let more = "\(first + frame.innerHeight)/\(total)"
            screen.put(" \(more) ", x: frame.left + frame.width - TextWidth.of(more) - 4, y: frame.top + frame.height - 1, style: .muted)
        }
    }

    /// A framed box at `frame` holding `canvas` from its row `scroll` on, with how far it
    /// scrolled on the frame when it does not all show.
    static func draw(_ canvas: Canvas, in frame: BoxFrame, title: String, scroll: Int, _ screen: inout Canvas) {
        let style = CellStyle(.heading)
        let bottom = frame.top + frame.height - 1
        for y in frame.top...bottom where y < screen.height {
            screen.fill(" ", x: frame.left, y: y, count: frame.width)
            let edge: (Character, Character, Character) = y == frame.top ? ("┌", "─", "┐") : y == bottom ? ("└", "─", "┘") : ("│", " ", "│")
            screen.fill(edge.0, x: frame.left, y: y, count: 1, style: style)
            screen.fill(edge.1, x: frame.left + 1, y: y, count: frame.width - 2, style: style)
            screen.fill(edge.2, x: frame.left + frame.width - 1, y: y, count: 1, style: style)
        }
        screen.put(" \(title) ", x: frame.left + 2, y: frame.top, style: .heading, limit: frame.width - 4)
        let first = max(0, min(scroll, canvas.height - frame.innerHeight))
        // A box is at least five columns wide, wider than the narrowest terminal: the cells
        // past the screen's edge are not drawn (the subscript does not clip, fill and put do).
        for row in 0..<frame.innerHeight where first + row < canvas.height && frame.top + 1 + row < screen.height {
            for x in 0..<min(canvas.width, frame.innerWidth) where frame.left + 2 + x < screen.width {
                screen[frame.left + 2 + x, frame.top + 1 + row] = canvas[x, first + row]
            }
        }
        if canvas.height > frame.innerHeight {
            let more = "\(first + frame.innerHeight)/\(canvas.height)"
            screen.put(" \(more) ", x: frame.left + frame.width - TextWidth.of(more) - 4, y: bottom, style: .muted)
        }
    }
}
