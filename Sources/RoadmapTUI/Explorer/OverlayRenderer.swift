import RoadmapModel
import RoadmapViews

/// Draws the overlays — help, activity details, pickers, prompts — in a framed box over the page.
enum OverlayRenderer {
    static func draw(_ overlay: Overlay, _ explorer: Explorer, _ screen: inout Canvas) {
        let language = explorer.state.language
        let fr = language == .fr
        switch overlay {
        case let .help(scroll):
            let lines = HelpText.lines(language)
            box(title: fr ? "Aide — Esc pour fermer" : "Help — Esc to close", lines: lines, scroll: scroll, width: min(screen.width - 4, 78), &screen)
        case let .details(activity, scroll):
            let boxWidth = min(screen.width - 4, 90)
            let page = DetailsPage.make(explorer.scheduled, activity: activity, language: language, width: boxWidth - 4)
            let title = fr ? "Détails — Esc pour fermer, d pour les dépendances" : "Details — Esc to close, d for dependencies"
            box(title: title, canvas: page, scroll: scroll, width: boxWidth, &screen)
        case let .picker(picker):
            let title: String
            switch picker.kind {
            case .roles: title = fr ? "Rôles" : "Roles"
            case .areas: title = fr ? "Domaines d’intérêt" : "Areas of interest"
            case .teams: title = fr ? "Équipes spéciales" : "Task teams"
            }
            let hint = fr ? "Espace coche · Entrée applique · Esc annule" : "Space ticks · Enter applies · Esc cancels"
            var lines: [(String, CellStyle)] = picker.options.enumerated().map { k, option in
                let mark = picker.checked.contains(option.id) ? "[x] " : "[ ] "
                return (mark + option.label, k == picker.cursor ? CellStyle(.accent, bold: true, selected: true) : .plain)
            }
            lines.append(("", .plain))
            lines.append((hint, .muted))
            let visible = max(1, screen.height - 6)
            let scroll = max(0, picker.cursor - visible + 3)
            box(title: title, lines: lines, scroll: scroll, width: min(screen.width - 4, 70), &screen)
        case let .prompt(prompt):
            let label: String
            switch prompt.kind {
            case .search: label = fr ? "Rechercher : " : "Search: "
            case .export:
                // The extensions this view exports to, and only those.
                let extensions = Exporter.formats(of: explorer.state.view).map { "." + $0.fileExtension }.joined(separator: " ")
                label = fr ? "Exporter vers (\(extensions)) : " : "Export to (\(extensions)): "
            }
            let y = screen.height - 2
            screen.fill(" ", x: 0, y: y, count: screen.width, style: CellStyle(.accent, selected: true))
            let used = screen.put(label, x: 0, y: y, style: CellStyle(.accent, bold: true, selected: true))
            // Show the end of a long entry, where the typing happens.
            var text = prompt.text
            let room = screen.width - used - 1
            while TextWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
            let typed = screen.put(text, x: used, y: y, style: CellStyle(.accent, selected: true))
            screen.put("▏", x: used + typed, y: y, style: CellStyle(.accent, bold: true, selected: true))
        }
    }

    /// A framed box centred on the screen holding lines of text.
    static func box(title: String, lines: [(String, CellStyle)], scroll: Int, width: Int, _ screen: inout Canvas) {
        var canvas = Canvas(width: max(1, width - 4))
        for (text, style) in lines {
            let y = canvas.addRow()
            canvas.put(text, x: 0, y: y, style: style)
            if style.selected { canvas.style(x: 0, y: y, count: canvas.width) { $0.selected = true } }
        }
        box(title: title, canvas: canvas, scroll: scroll, width: width, &screen)
    }

    static func box(title: String, canvas: Canvas, scroll: Int, width: Int, _ screen: inout Canvas) {
        let innerHeight = max(1, min(canvas.height, screen.height - 4))
        let height = innerHeight + 2
        let left = max(0, (screen.width - width) / 2)
        let top = max(0, (screen.height - height) / 2)
        let frame = CellStyle(.heading)
        for y in top..<top + height where y < screen.height {
            screen.fill(" ", x: left, y: y, count: width)
            let edge: (Character, Character, Character) = y == top ? ("┌", "─", "┐") : y == top + height - 1 ? ("└", "─", "┘") : ("│", " ", "│")
            screen.fill(edge.0, x: left, y: y, count: 1, style: frame)
            screen.fill(edge.1, x: left + 1, y: y, count: width - 2, style: frame)
            screen.fill(edge.2, x: left + width - 1, y: y, count: 1, style: frame)
        }
        screen.put(" \(title) ", x: left + 2, y: top, style: .heading, limit: width - 4)
        let first = max(0, min(scroll, canvas.height - innerHeight))
        for row in 0..<innerHeight where first + row < canvas.height {
            for x in 0..<min(canvas.width, width - 4) {
                screen[left + 2 + x, top + 1 + row] = canvas[x, first + row]
            }
        }
        if canvas.height > innerHeight {
            let more = "\(first + innerHeight)/\(canvas.height)"
            screen.put(" \(more) ", x: left + width - TextWidth.of(more) - 4, y: top + height - 1, style: .muted)
        }
    }
}

/// The help screen, generated from the action table: the keys and what they do, by group.
enum HelpText {
    static func lines(_ language: Language) -> [(String, CellStyle)] {
        let fr = language == .fr
        var lines: [(String, CellStyle)] = []
        let titles: [ActionSpec.Group: String] = [
            .move: fr ? "Se déplacer et changer de vue" : "Move and switch views",
            .filter: fr ? "Filtrer" : "Filter",
            .schedule: fr ? "Dépendances et simulations" : "Dependencies and what-if",
            .other: fr ? "Autres" : "Other",
        ]
        for group in ActionSpec.Group.allCases {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((titles[group]!, .heading))
            for spec in ActionTable.all where spec.group == group {
                lines.append(("  " + TextWidth.pad(spec.label, to: 8) + " " + spec.help[language], .plain))
            }
        }
        lines.append(("", .plain))
        lines.append((fr ? "Souris : un clic choisit une ligne, la molette fait défiler." : "Mouse: a click selects a row, the wheel scrolls.", .muted))
        return lines
    }
}
