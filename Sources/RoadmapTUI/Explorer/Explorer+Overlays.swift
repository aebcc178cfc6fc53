import Foundation
import RoadmapModel
import RoadmapViews

/// What a box overlay holds, where it sits and what its frame says: computed here once, for
/// the update (how far the box scrolls, how many lines show) and for OverlayRenderer (where it
/// draws), so that the two cannot disagree.
struct OverlayBox {
    enum Content {
        case lines([(String, CellStyle)])
        case canvas(Canvas)
        /// A page whose rows are drawn as they come into view (the what-if report).
        case page(Page)
    }

    let content: Content
    let frame: BoxFrame
    let title: String

    var lineCount: Int { content.lineCount }
}

extension OverlayBox.Content {
    /// The lines as text, for the box's search; none for a page (the what-if report).
    var text: [String] {
        switch self {
        case let .lines(lines): return lines.map(\.0)
        case let .canvas(canvas): return canvas.lines
        case .page: return []
        }
    }

    var lineCount: Int {
        switch self {
        case let .lines(lines): return lines.count
        case let .canvas(canvas): return canvas.height
        case let .page(page): return page.header.height + page.rowCount
        }
    }
}

/// The overlays' keys: each component (ScrollBox, Picker, Prompt, Question) handles its own and
/// says what it asks of the explorer, which does it here.
extension Explorer {
    /// The box of a help, details or what-if overlay at the current size; nil for the others,
    /// which are not boxes of text (pickers lay themselves out with OverlayLayout.picker).
    func box(for overlay: Overlay) -> OverlayBox? {
        let close = key(.close, in: .scrollBox)
        let content: OverlayBox.Content, preferred: Int, title: String
        switch overlay {
        case .help:
            preferred = OverlayLayout.helpWidth
            let width = OverlayLayout.width(preferred: preferred, screenWidth: self.width)
            content = .lines(HelpText.lines(state.language, width: max(1, width - 4)))
            title = vocabulary.boxTitle(vocabulary.helpTitle, close: close)
        case let .details(activity, _):
            preferred = OverlayLayout.detailsWidth
            content = .canvas(detailsPage(activity))
            title = vocabulary.boxTitle(vocabulary.detailsTitle, close: close,
                                        also: vocabulary.keyFor(key(.dependencies, in: .details), vocabulary.forDependencies))
        case let .team(team, _):
            preferred = OverlayLayout.detailsWidth
            content = .canvas(teamPage(team))
            title = vocabulary.boxTitle(vocabulary.teamTitle, close: close)
        case .whatIfs:
            preferred = OverlayLayout.detailsWidth
            content = .page(whatIfPage())
            title = vocabulary.boxTitle(vocabulary.whatIfsTitle, close: close, also: vocabulary.keyFor(key(.export, in: .whatIfs), vocabulary.toExport))
        case .picker, .prompt, .question:
            return nil
        }
        let frame = OverlayLayout.box(contentHeight: content.lineCount, preferredWidth: preferred, screenWidth: width, screenHeight: height)
        return OverlayBox(content: content, frame: frame, title: title)
    }

    /// An open overlay takes every key: its component looks the key up in its own contexts and
    /// says what it asks of the explorer.
    mutating func handle(_ key: Key, in overlay: Overlay) -> Effect {
        switch overlay {
        case var .help(box):
            let outcome = scroll(&box, overlay, key)
            self.overlay = outcome == .close ? nil : .help(box)
        case .details(let activity, var box):
            switch scroll(&box, overlay, key) {
            case .close: self.overlay = nil
            case .other(.dependencies):
                self.overlay = nil
                state.selectedActivity = activity
                state.dependencyScope = .activity
                showDependencies()
            default: self.overlay = .details(activity: activity, box)
            }
        case .team(let team, var box):
            self.overlay = scroll(&box, overlay, key) == .close ? nil : .team(team, box)
        case var .whatIfs(box):
            switch scroll(&box, overlay, key) {
            case .close: self.overlay = nil
            case .other(.export):
                self.overlay = .prompt(Prompt(kind: .export, text: defaultExportName(view: .whatIfs), view: .whatIfs))
            default: self.overlay = .whatIfs(box)
            }
        case var .picker(picker):
            let rows = OverlayLayout.picker(picker, screenWidth: width, screenHeight: height).listRows
            switch picker.handle(key, rows: rows) {
            case .stay: self.overlay = .picker(picker)
            case .cancel: self.overlay = nil
            case .switchLanguage:
                self.overlay = .picker(picker)
                switchLanguage()
            case let .apply(ids):
                self.overlay = nil
                apply(ids, of: picker.kind)
            }
        case var .prompt(prompt):
            switch prompt.handle(key, home: home, language: state.language) {
            case .stay: self.overlay = .prompt(prompt)
            case .edited:
                self.overlay = .prompt(prompt)
                // The search filters as it is typed: the page answers each key that changes it.
                if case .search = prompt.kind { setSearch(prompt.text) }
            case .cancel:
                self.overlay = nil
                if case let .search(previous) = prompt.kind { setSearch(previous) }
            case .confirm:
                return confirm(prompt)
            }
        case let .question(question):
            return answer(question, key)
        }
        return .none
    }

    /// A key in a box that scrolls, with the box's length and height from `box(for:)`, and its
    /// text for `/` (the help's and the details'; the what-if report is a table, found with `n`
    /// on the main screen).
    private func scroll(_ scrollBox: inout ScrollBox, _ overlay: Overlay, _ key: Key) -> ScrollBox.Outcome {
        guard let box = box(for: overlay) else { return .stay }
        let base: [KeyContext]
        switch overlay {
        case .details: base = [.details, .scrollBox]
        case .whatIfs: base = [.whatIfs, .scrollBox]
        default: base = [.scrollBox]
        }
        return scrollBox.handle(key, contexts: base, lines: box.lineCount, visible: box.frame.innerHeight, text: box.content.text)
    }

    private mutating func answer(_ question: Question, _ key: Key) -> Effect {
        let outcome = question.handle(key)
        switch question.subject {
        case .quitWithProgress, .rewriteWhole, .changedOnDisk, .overwriteProgress:
            // The progress's questions (Explorer+Progress); any other key leaves them asked.
            return outcome == .stay ? .none : answerWrite(question.subject, outcome)
        default: break
        }
        switch outcome {
        case .stay, .reload, .overwrite, .elsewhere: break
        case .yes:
            overlay = nil
            switch question.subject {
            case .quit: return .quit
            case let .overwrite(path, format, prompt): return .export(path: path, format: format, view: prompt.view)
            case let .overwriteScenario(path, name, _): return .saveScenario(path: path, name: name)
            case .quitWithProgress, .rewriteWhole, .changedOnDisk, .overwriteProgress: break
            }
        case .no:
            overlay = nil
            switch question.subject {
            case let .overwrite(_, _, prompt), let .overwriteScenario(_, _, prompt): overlay = .prompt(prompt)
            case .quit, .quitWithProgress, .rewriteWhole, .changedOnDisk, .overwriteProgress: break
            }
        case .cancel:
            overlay = nil
        }
        return .none
    }

    /// Enter in a prompt: the search stays; an export goes ahead, asks before writing over a
    /// file, or says why it cannot and leaves the prompt open to correct the name.
    private mutating func confirm(_ prompt: Prompt) -> Effect {
        switch prompt.kind {
        case .search:
            overlay = nil
            setSearch(prompt.text)
        case .export:
            switch ExportTarget.resolve(prompt.text, view: prompt.view ?? state.view, home: home, isOpenRoadmap: isOpenRoadmap, language: state.language) {
            case let .write(path, format):
                overlay = nil
                return .export(path: path, format: format, view: prompt.view)
            case let .overwrite(path, format):
                overlay = .question(Question(subject: .overwrite(path: path, format: format, prompt: prompt)))
            case let .refuse(reason):
                var refused = prompt
                refused.note = reason
                overlay = .prompt(refused)
            }
        case let .progress(activity):
            confirmProgress(prompt, activity: activity)
        case let .statusDate(then):
            confirmStatusDate(prompt, then: then)
        case .writeElsewhere:
            return confirmWriteElsewhere(prompt)
        case .saveScenario:
            switch ScenarioTarget.resolve(prompt.text, home: home, isOpenRoadmap: isOpenRoadmap, language: state.language) {
            case let .write(path, name):
                overlay = nil
                return .saveScenario(path: path, name: name)
            case let .overwrite(path, name):
                overlay = .question(Question(subject: .overwriteScenario(path: path, name: name, prompt: prompt)))
            case let .refuse(reason):
                var refused = prompt
                refused.note = reason
                overlay = .prompt(refused)
            }
        }
        return .none
    }

    // MARK: - What the boxes show

    /// The details of an activity as the box shows them, at the box's inner width.
    func detailsPage(_ activity: Int) -> Canvas {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        return DetailsPage.make(scheduled, activity: activity, language: state.language, width: max(1, width - 4))
    }

    /// A team's details as the box shows them, at the box's inner width.
    func teamPage(_ team: Int) -> Canvas {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        return TeamDetailsPage.make(scheduled, team: team, language: state.language, width: max(1, width - 4))
    }

    /// The what-if report as the panel shows it, at the box's inner width. A page, whose rows
    /// the panel draws as they come into view: the list can hold every activity.
    func whatIfPage() -> Page {
        let width = OverlayLayout.width(preferred: OverlayLayout.detailsWidth, screenWidth: width)
        var report = state
        report.view = .whatIfs
        return reports.page(scheduled, report, width: max(1, width - 4))
    }

    /// roadmap-view-20261122-1530.txt: the view, the date and time, in the current folder, in
    /// the view's first format (text, which every view has).
    func defaultExportName(view: ViewKind? = nil) -> String {
        let view = view ?? state.view
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        let format = Exporter.formats(of: view).first ?? .text
        return "roadmap-\(view.rawValue)-\(formatter.string(from: now())).\(format.fileExtension)"
    }

    /// Called by the loop once the export is written (or failed).
    mutating func exportFinished(_ result: Result<String, Error>) {
        switch result {
        case .success(let path): message = Message(text: vocabulary.viewExported(to: path))
        case .failure(let refusal as ExportRefusal): message = Message(text: refusal.message(state.language), isError: true)
        case .failure(let error): message = Message(text: "\(error)", isError: true)
        }
    }
}
